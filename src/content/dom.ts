/** Small DOM helpers shared by the site adapters. None of them throws on odd markup. */

/**
 * A 64-bit fingerprint of a text, as two independent 32-bit lanes (FNV-1a and a multiply-xorshift
 * lane, each finished with an avalanche step). It keys stored panel states where a site gives no
 * message id (Outlook, the fallback), and tells "same body as before" from "changed": at 32 bits a
 * mailbox of ten thousand notices would have had a one-in-a-hundred chance of two sharing a key.
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return lane(a).toString(36).padStart(7, '0') + lane(b ^ text.length).toString(36).padStart(7, '0');
}

/** Final mixing (the murmur3 finaliser), so nearby inputs give unrelated lanes. */
function lane(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Visible text with line breaks as rendered; the analyzer reads notices line by line. */
export function visibleText(el: HTMLElement): string {
  // innerText skips display:none parts (e.g. Gmail's hidden trimmed copy) and keeps block line breaks;
  // textContent is the fallback where layout is unavailable.
  const inner = (el as { innerText?: unknown }).innerText;
  const text = typeof inner === 'string' && inner.trim() !== '' ? inner : el.textContent ?? '';
  return text.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n');
}

export function cleanLine(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Hidden by markup (attribute or inline style) on the element or an ancestor up to `stop`. Layout is not consulted: it is costly and absent in tests. */
export function hiddenByMarkup(el: Element, stop: Element | null = null): boolean {
  for (let n: Element | null = el; n && n !== stop; n = n.parentElement) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return true;
    const style = (n as HTMLElement).style;
    if (style && style.display === 'none') return true;
  }
  return false;
}

/** Deepest-first list without elements that contain another listed element would double-count one message. */
export function outermostOnly<T extends Element>(els: T[]): T[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}

const EMAIL_RE = /[^\s<>()"'@,;:]+@[^\s<>()"'@,;:]+\.[a-z0-9-]{2,}/i;

export function findEmail(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = EMAIL_RE.exec(s);
  return m ? m[0] : null;
}

/** Formats a sender as "Name <addr>" the way mail headers do, so the analyzer sees the usual shape. */
export function formatSender(name: string | null, email: string | null): string | null {
  const n = cleanLine(name);
  if (email && n && n !== email) return `${n} <${email}>`;
  return email ?? n;
}

/**
 * Phrases that open or mark a rendered non-delivery notice, in the families we know. Used only to locate
 * a notice when a site's own anchors are gone; the analyzer decides whether it is really a bounce.
 */
export const NDR_MARKER_RE = new RegExp(
  [
    'Diagnostic-Code:',
    'Status code:\\s*[245]\\d\\d',
    'Reported error:\\s*[245]\\d\\d',
    'Remote Server\\s+returned',
    'Delivery has failed to these recipients',
    'Delivery is delayed to these recipients',
    "couldn't be delivered",
    '\\*\\* (?:Address not found|Message not delivered|Delivery incomplete) \\*\\*',
    'The response (?:from the remote server )?was:',
    'Delivery to the following recipients? (?:failed permanently|has been delayed)',
    'This is the mail system at host',
    'could not be delivered to one or more (?:of its )?recipients',
    'The following addresses had permanent fatal errors',
    'This is the qmail-send program',
    'Diagnostic information for administrators',
    'Diagnoseinformationen für Administratoren',
    'Informations de diagnostic pour les administrateurs',
    'Informazioni di diagnostica per gli amministratori',
    'Información de diagnóstico para administradores',
    '管理者向けの診断情報',
  ].join('|'),
  'i',
);
