import type { FoundMessage, SiteAdapter } from './types';
import { cleanLine, findEmail, formatSender, hiddenByMarkup, outermostOnly } from './dom';

// OWA's class names are build-hashed and drift, and aria-labels are translated (outlook.md), so anchors are
// ids, roles and data attributes; the only class used (.f77rj) is a bonus for the subject.
const BODY_SEL = '[id^="UniqueMessageBody_"], [role="document"]';
const PANE_SEL = '[data-app-section="MailReadCompose"], [data-app-section="ConversationContainer"], #ConversationReadingPaneContainer, [role="main"]';
const LIST_SEL = '[role="listbox"], [role="option"], [role="grid"], [role="row"], [contenteditable="true"]';
const EDITOR_SEL = '[contenteditable="true"], [role="textbox"]';
/** "From:" in the UI languages whose OWA sender labels we have seen or can expect; a label is "<word>: <name>". */
const FROM_LABEL_RE = /^\s*(?:From|Von|De|Da|Van|Från|Fra|Lähettäjä|Feladó|Від|От|Kimden|Od|差出人|发件人|寄件者|보낸 사람)\s*[:：]\s*/i;

interface BodyPair {
  /** Element whose text we read (innermost). */
  text: HTMLElement;
  /** Element the panel goes above (outermost of the pair). */
  outer: HTMLElement;
}

function bodies(root: ParentNode): BodyPair[] {
  const all = Array.from(root.querySelectorAll<HTMLElement>(BODY_SEL)).filter(
    (el) => !el.closest(LIST_SEL) && !el.isContentEditable,
  );
  // Mailvelope's fixture has role=document around #UniqueMessageBody_N, other builds put both on one element.
  return outermostOnly(all).map((outer) => {
    const inner = outer.matches('[id^="UniqueMessageBody_"]')
      ? outer
      : outer.querySelector<HTMLElement>('[id^="UniqueMessageBody_"]') ?? outer;
    return { text: inner, outer };
  });
}

/** Largest ancestor holding just this one message: its header (sender, date) lives there too. */
function messageContainer(outer: HTMLElement): HTMLElement {
  let el = outer;
  while (el.parentElement) {
    const up = el.parentElement;
    if (up.matches(PANE_SEL) || up === up.ownerDocument.body || bodyBeside(el, up)) break;
    el = up;
  }
  return el;
}

/**
 * Whether `up` holds another message body than the one in `el`. Only `el`'s siblings are searched: `el`
 * holds the body, which may be megabytes of markup (a count of every body under `up`, at each level of
 * the climb, cost a 5 MB body about 20 ms).
 */
function bodyBeside(el: Element, up: Element): boolean {
  for (let s = up.firstElementChild; s; s = s.nextElementSibling) {
    if (s !== el && (s.matches(BODY_SEL) || s.querySelector(BODY_SEL))) return true;
  }
  return false;
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
}

function senderIn(container: HTMLElement, body: HTMLElement): string | null {
  const labelled = Array.from(container.querySelectorAll<HTMLElement>('[aria-label], [title]')).filter(
    (el) => !body.contains(el) && precedes(el, body),
  );
  for (const el of labelled) {
    const label = el.getAttribute('aria-label') ?? '';
    if (!FROM_LABEL_RE.test(label)) continue;
    const rest = label.replace(FROM_LABEL_RE, '');
    // OWA shows the name and keeps the address in a title, on the labelled element itself or inside it.
    const email = findEmail(rest) ?? findEmail(el.textContent) ?? findEmail(el.getAttribute('title')) ?? findEmail(el.querySelector('[title]')?.getAttribute('title'));
    return formatSender(email ? rest.replace(email, '').replace(/[<>]/g, '') : rest, email);
  }
  // Unknown UI language: the first address shown above the body is the sender in OWA's header layout.
  for (const el of labelled) {
    const email = findEmail(el.getAttribute('title')) ?? findEmail(el.getAttribute('aria-label'));
    if (email) return email;
  }
  return null;
}

/** The subject's known class; headings are the fallback when the hashed class has drifted. */
const SUBJECT_CLASS_SEL = '.f77rj';
const HEADING_SEL = '[role="heading"], h1, h2, h3';
/** Outermost scope for the subject: the reading pane (the popout window has no other chrome around it). */
const READING_PANE_SEL = '[data-app-section="MailReadCompose"], #ReadingPaneContainerId, [role="main"]';

function subjectIn(scope: ParentNode, sel: string): string | null {
  for (const el of Array.from(scope.querySelectorAll(sel))) {
    // Headings inside any message body (newsletters, quoted mail) are not the conversation's subject.
    if (el.closest(BODY_SEL) || el.closest(LIST_SEL)) continue;
    const s = cleanLine(el.textContent) ?? cleanLine(el.getAttribute('title'));
    if (s) return s;
  }
  return null;
}

/**
 * OWA puts the subject line above the conversation, outside [data-app-section="ConversationContainer"]
 * (outlook.md): search from the nearest pane outward up to the reading pane, or the whole document in a
 * popout window that has none. The known subject class wins over any heading in a wider scope.
 */
function subjectNear(container: HTMLElement): string | null {
  const scopes: ParentNode[] = [];
  let reachedPane = false;
  for (let el: Element | null = container.closest(PANE_SEL); el; el = el.parentElement?.closest(PANE_SEL) ?? null) {
    scopes.push(el);
    if (el.matches(READING_PANE_SEL)) {
      reachedPane = true;
      break;
    }
  }
  if (!reachedPane) scopes.push(container.ownerDocument);
  for (const sel of [SUBJECT_CLASS_SEL, HEADING_SEL]) {
    for (const scope of scopes) {
      const s = subjectIn(scope, sel);
      if (s) return s;
    }
  }
  return null;
}

function dateIn(container: HTMLElement, body: HTMLElement): string | null {
  const el = Array.from(container.querySelectorAll('time[datetime]')).find((t) => !body.contains(t));
  return cleanLine(el?.getAttribute('datetime'));
}

export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  watch: BODY_SEL,
  find(root) {
    const out: FoundMessage[] = [];
    for (const { text, outer } of bodies(root)) {
      if (hiddenByMarkup(outer) || !outer.parentNode) continue;
      // Composing a reply quotes the notice; an editor is never a message to explain.
      if (outer.querySelector(EDITOR_SEL)) continue;
      const describe = () => {
        const container = messageContainer(outer);
        return { subject: subjectNear(container), from: senderIn(container, outer), date: dateIn(container, outer) };
      };
      // OWA exposes no per-message id we can rely on in the reading pane: the key is derived from what is shown.
      out.push({ key: null, body: text, describe, mount: { parent: outer.parentNode, before: outer, inset: true } });
    }
    return out;
  },
};
