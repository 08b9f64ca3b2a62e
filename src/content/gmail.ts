import type { FoundMessage, SiteAdapter } from './types';
import { cleanLine, formatSender, hiddenByMarkup, NDR_MARKER_RE } from './dom';

// Anchors follow InboxSDK / gmail.js / Mailvelope usage: ids and attributes first, classes as a second line.
const MESSAGE_SEL = '[data-message-id], [data-legacy-message-id]';
const BODY_SEL = '.ii.gt, .adP';
const INNER_BODY_SEL = '.a3s';
/** Collapsed (kv/ky) and hidden (kQ/kx) message states in a thread. */
const COLLAPSED_SEL = '.kv, .ky, .kQ, .kx';
const STOP_SEL = '[role="list"], [role="main"], .a98.iY, .if, .PeIF1d, body';
const THREAD_SEL = '.a98.iY, .if, .PeIF1d, [data-thread-perm-id], [data-legacy-thread-id]';
const SUBJECT_SEL = 'h2.hP, .ha h2, h2[data-thread-perm-id], h2[data-legacy-thread-id]';

/** Only the message's own list item counts: an unrelated outer element may carry one of these short classes. */
function collapsed(msg: Element): boolean {
  for (let n: Element | null = msg; n && !n.matches(STOP_SEL); n = n.parentElement) {
    if (n.matches(COLLAPSED_SEL)) return true;
  }
  return false;
}

function messageKey(el: Element): string | null {
  const legacy = el.getAttribute('data-legacy-message-id');
  if (legacy) return `gmail:${legacy}`;
  const id = el.getAttribute('data-message-id');
  // '#msg-a:' ids are provisional for locally sent messages; still stable enough within a session.
  return id ? `gmail:${id.replace(/^#/, '')}` : null;
}

function subjectFor(msg: Element, root: ParentNode): string | null {
  const thread = msg.closest(THREAD_SEL);
  const scoped = thread?.querySelector(SUBJECT_SEL) ?? null;
  const el = scoped ?? root.querySelector(SUBJECT_SEL);
  return cleanLine(el?.textContent);
}

function senderFor(msg: Element, body: Element): string | null {
  // The first span[email] before the body is the sender (later ones are recipients in .hb).
  for (const el of Array.from(msg.querySelectorAll('span[email]'))) {
    if (body.contains(el) || el.closest('.hb')) continue;
    return formatSender(el.getAttribute('name') ?? el.textContent, el.getAttribute('email'));
  }
  return null;
}

function dateFor(msg: Element): string | null {
  const el = msg.querySelector('.g3, .gK [title]');
  return cleanLine(el?.getAttribute('title')) ?? cleanLine(el?.textContent);
}

/**
 * Classes renamed: climb from a notice phrase to the largest block that still excludes the sender/header
 * (the header holds span[email] or the subject), which is where the body sits.
 */
function bodyByText(msg: HTMLElement): HTMLElement | null {
  const walker = msg.ownerDocument.createTreeWalker(msg, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!NDR_MARKER_RE.test(node.nodeValue ?? '')) continue;
    let block: HTMLElement | null = node.parentElement;
    while (block && block.parentElement && block.parentElement !== msg) {
      const up: HTMLElement = block.parentElement;
      if (up.querySelector('span[email], h2, [role="heading"]')) break;
      block = up;
    }
    return block;
  }
  return null;
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  watch: `${MESSAGE_SEL}, ${BODY_SEL}, ${INNER_BODY_SEL}`,
  find(root) {
    const out: FoundMessage[] = [];
    for (const msg of Array.from(root.querySelectorAll<HTMLElement>(MESSAGE_SEL))) {
      // Both attributes can sit on nested elements of one message; the outer one wins.
      if (msg.parentElement?.closest(MESSAGE_SEL) || collapsed(msg) || hiddenByMarkup(msg)) continue;
      const candidates = Array.from(msg.querySelectorAll<HTMLElement>(BODY_SEL));
      let body: HTMLElement | null = candidates.find((b) => !hiddenByMarkup(b, msg)) ?? null;
      if (!body) {
        const inner = msg.querySelector<HTMLElement>(INNER_BODY_SEL);
        body = inner && !hiddenByMarkup(inner, msg) ? inner : bodyByText(msg);
      }
      if (!body || !body.parentNode) continue;
      const found = body;
      out.push({
        key: messageKey(msg),
        body,
        describe: () => ({ subject: subjectFor(msg, root), from: senderFor(msg, found), date: dateFor(msg) }),
        mount: { parent: body.parentNode, before: body },
      });
    }
    return out;
  },
};
