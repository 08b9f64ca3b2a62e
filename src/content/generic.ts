import type { FoundMessage, SiteAdapter } from './types';
import { cleanLine, findEmail, hiddenByMarkup, NDR_MARKER_RE, outermostOnly } from './dom';

/** Message lists show subjects and snippets of notices; those rows are not opened messages. */
const LIST_SEL = '[role="listbox"], [role="option"], [role="grid"], [role="row"], [role="navigation"], [contenteditable="true"], [data-bounce-lens]';
/** A header above a body holds the sender or the subject; climbing stops before swallowing it. */
const HEADER_SEL = '[email], h1, h2, [role="heading"]';

/** The climb can end at a block that starts with a short sender line (no [email] markup); the body is the rest. */
function dropHeader(block: HTMLElement, marker: Element): HTMLElement {
  const kids = Array.from(block.children) as HTMLElement[];
  const i = kids.findIndex((k) => k.contains(marker));
  if (i <= 0) return block;
  const before = kids.slice(0, i);
  const headerLike = before.every((k) => (k.textContent ?? '').length < 300) && before.some((k) => findEmail(k.textContent));
  return headerLike ? kids[i]! : block;
}

/**
 * Last line of defence when a site's anchors were renamed: finds notice phrases inside the main area and
 * takes the largest block around each one that does not include a message header.
 */
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  find(root) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const main = root.querySelector<HTMLElement>('[role="main"]') ?? doc.body;
    if (!main || !NDR_MARKER_RE.test(main.textContent ?? '')) return [];
    const blocks: HTMLElement[] = [];
    const walker = doc.createTreeWalker(main, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !NDR_MARKER_RE.test(node.nodeValue ?? '')) continue;
      if (parent.closest(LIST_SEL) || hiddenByMarkup(parent, main)) continue;
      if (blocks.some((b) => b.contains(parent))) continue;
      let block: HTMLElement = parent;
      while (block.parentElement && block.parentElement !== main) {
        const up: HTMLElement = block.parentElement;
        if (up.querySelector(HEADER_SEL) || up.matches('[role="article"], [role="listitem"]')) break;
        block = up;
      }
      blocks.push(dropHeader(block, parent));
    }
    const out: FoundMessage[] = [];
    for (const body of outermostOnly(blocks)) {
      if (!body.parentNode || body.querySelector('[contenteditable="true"], [role="textbox"]')) continue;
      const describe = () => {
        const header = body.previousElementSibling ?? body.parentElement;
        const heading = main.querySelector('h1, h2, [role="heading"]');
        const senderEl = header?.querySelector('[email]');
        return {
          subject: heading && !body.contains(heading) ? cleanLine(heading.textContent) : null,
          from: senderEl?.getAttribute('email') ?? findEmail(header && !header.contains(body) ? header.textContent : null),
          date: null,
        };
      };
      out.push({ key: null, body, describe, mount: { parent: body.parentNode, before: body } });
    }
    return out;
  },
};
