/**
 * Puts plain text on the clipboard from a click handler: the asynchronous Clipboard API first (webmail pages
 * and extension pages are secure contexts, and a click is the user activation it needs, so no clipboardWrite
 * permission is asked for), then the older execCommand('copy') on a hidden text area where that API is
 * missing or refused. `within` is where the text area may go (the panel's shadow root). Never throws.
 */
export async function copyText(text: string, within: ParentNode & Node): Promise<boolean> {
  const doc = within.ownerDocument ?? (within as unknown as Document);
  try {
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard?.writeText) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no focus, a permissions policy): try the older way below.
  }
  // Selecting the hidden text moves the focus; it goes back to the button that was pressed.
  const focused = ((within as Partial<DocumentOrShadowRoot>).activeElement ?? doc.activeElement) as HTMLElement | null;
  try {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
    within.appendChild(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    focused?.focus?.();
    return ok;
  } catch {
    return false;
  }
}
