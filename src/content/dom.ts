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
  return normalizeText(text);
}

function normalizeText(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n');
}

export interface BodyText {
  text: string;
  /** The body went on past `cap` characters: `text` is its beginning. */
  truncated: boolean;
}

/**
 * The body's visible text, at most `cap` characters of it. innerText lays out and copies the whole
 * element: for a 5 MB Outlook body that cost the page about 200 ms of main thread, then the same again
 * to hash the copy, though the analyzer reads only the first MAX_NOTICE_TEXT characters. So the text
 * nodes are counted first (stopping at the cap); a body within it is read with innerText as before,
 * a longer one by a walk that stops at the cap.
 */
export function bodyText(el: HTMLElement, cap: number): BodyText {
  if (textLengthAtMost(el, cap)) {
    const text = visibleText(el);
    return text.length > cap ? { text: text.slice(0, cap), truncated: true } : { text, truncated: false };
  }
  return { text: textBeginning(el, cap), truncated: true };
}

/** Whether the element's text nodes hold at most `cap` characters; stops counting past it. */
function textLengthAtMost(el: Node, cap: number): boolean {
  let length = 0;
  for (let node = nextInTree(el, el, true); node; node = nextInTree(node, el, true)) {
    if (node.nodeType === 3) {
      length += (node as Text).length;
      if (length > cap) return false;
    }
  }
  return true;
}

/** Elements whose text is never shown. */
const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'SELECT']);
/** Elements that start and end a line in rendered text, as innerText breaks them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/**
 * The first `cap` characters of the element's text, with line breaks where blocks and <br> are, without
 * parts hidden by markup. No layout is read (what CSS hides cannot be told): this runs only for bodies
 * too long for innerText, whose beginning is what the analyzer reads.
 */
function textBeginning(el: HTMLElement, cap: number): string {
  const parts: string[] = [];
  let length = 0;
  const add = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  let node: Node | null = el.firstChild;
  while (node && length < cap) {
    let enter = false;
    if (node.nodeType === 3) {
      add((node as Text).data);
    } else if (node.nodeType === 1) {
      const e = node as HTMLElement;
      if (!UNSHOWN.has(e.tagName) && !e.hasAttribute('hidden') && e.style?.display !== 'none') {
        if (e.tagName === 'BR' || BLOCKS.has(e.tagName)) add('\n');
        enter = e.firstChild !== null;
      }
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    // Up to the next sibling, ending the blocks left on the way.
    while (node && node !== el && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== el && node.nodeType === 1 && BLOCKS.has((node as Element).tagName)) add('\n');
    }
    node = node && node !== el ? node.nextSibling : null;
  }
  const text = normalizeText(parts.join('')).replace(/[ \t]*\n(?:[ \t]*\n){2,}/g, '\n\n');
  return text.length > cap ? text.slice(0, cap) : text;
}

/** Document order within `root` (elements and text), without allocating a walker. */
function nextInTree(node: Node, root: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && n !== root && !n.nextSibling) n = n.parentNode;
  return n && n !== root ? n.nextSibling : null;
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
