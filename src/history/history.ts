/**
 * Recent bounces: what Bounce Lens keeps of each bounce it recognised in a webmail page, and what the list
 * says about repeats. Pure data and functions (no DOM, no browser APIs): the background script records, the
 * popup lists and the panel words the repeat note; tests drive it with plain arrays.
 *
 * Kept per notice, and nothing else: when, the site, the kind of notice and the mail system that wrote it,
 * and per recipient the address, the codes, the reason, the cause id, the verdict and who must act. Never
 * the body, the subject, the sender, or the server's words.
 */
import type { Actor, Diagnosis, DsnAction, EvidenceKind, Reason, RecipientStatus, Verdict } from '../core/types';

/** The list holds the latest this many notices; older ones drop off as new ones come in. */
export const HISTORY_MAX = 200;
/** Recipients kept per notice (a notice to a whole list would otherwise fill the storage). */
export const HISTORY_MAX_RECIPIENTS = 20;
/** Repeats are looked for this far back. */
export const REPEAT_WINDOW_MS = 30 * 24 * 3600_000;

export interface HistoryRecipient {
  address: string | null;
  action: DsnAction | null;
  reply: number | null;
  status: string | null;
  reason: Reason;
  /** What kind of evidence decided the reason (the words themselves are not kept). */
  evidence: EvidenceKind;
  cause: string;
  verdict: Verdict;
  actor: Actor;
}

export interface HistoryEntry {
  /** Fingerprint of the notice (not reversible to its text), so opening it again adds no second entry. */
  id: string;
  /** When Bounce Lens first saw it (ms since the epoch). */
  seen: number;
  /** When the notice was sent, if the page showed a readable date; otherwise when it was seen. */
  at: number;
  /** Host name of the webmail page, e.g. mail.google.com. */
  site: string;
  kind: 'failure' | 'delay';
  /** Id of the mail system that wrote the notice (e.g. "postfix"), which words its retry defaults. */
  reporter: string | null;
  recipients: HistoryRecipient[];
  /** Recipients beyond HISTORY_MAX_RECIPIENTS, counted but not kept. */
  more: number;
}

/** What the history says about the notice at hand: the panel words it ("3rd delay from example.org since Monday"). */
export interface RepeatNote {
  /** This notice's place among the domain's delays and temporary failures in the window: 3 for the third. */
  ordinal: number;
  domain: string;
  /** When the first of them was sent (ms). */
  since: number;
  /** All of them were delays (still retrying), as opposed to temporary failures given up on. */
  delaysOnly: boolean;
  /** Who should look into a cause that clears by itself but keeps coming back; null when the cause needs a fix anyway. */
  persists: Actor | null;
}

/** The parts of a notice the history compares; a HistoryEntry is one, and so is a fresh diagnosis. */
export interface NoticeFacts {
  id: string | null;
  at: number;
  kind: Diagnosis['kind'];
  /** Which mail system wrote the notice: some causes are that system's own side (see persistsActor). */
  reporter?: string | null;
  recipients: ReadonlyArray<Pick<RecipientStatus, 'address' | 'action' | 'reply' | 'status' | 'cause'>>;
}

export function toHistoryRecipient(r: RecipientStatus): HistoryRecipient {
  return {
    address: r.address,
    action: r.action,
    reply: r.reply,
    status: r.status,
    reason: r.reason,
    evidence: r.reasonEvidence.kind,
    cause: r.cause,
    verdict: r.verdict,
    actor: r.actor,
  };
}

/** The entry for a bounce, or null for anything else (ordinary mail, receipts and reports are never kept). */
export function entryFor(d: Diagnosis, o: { id: string; site: string; seen: number; sent?: number | null }): HistoryEntry | null {
  if (!d.bounce || (d.kind !== 'failure' && d.kind !== 'delay')) return null;
  const sent = o.sent;
  return {
    id: o.id,
    seen: o.seen,
    // A date in the future is a wrong clock somewhere; the moment we saw it is then the better guess.
    at: sent != null && Number.isFinite(sent) && sent <= o.seen ? sent : o.seen,
    site: o.site,
    kind: d.kind,
    reporter: d.reporter,
    recipients: d.recipients.slice(0, HISTORY_MAX_RECIPIENTS).map(toHistoryRecipient),
    more: Math.max(0, d.recipients.length - HISTORY_MAX_RECIPIENTS),
  };
}

/**
 * The list with `entry` added at the end (newest last), at most HISTORY_MAX long. A notice already listed
 * (same id) is not added again: it keeps its place and first-seen time.
 */
export function appendEntry(list: readonly HistoryEntry[], entry: HistoryEntry, max = HISTORY_MAX): HistoryEntry[] {
  if (list.some((e) => e.id === entry.id)) return list.slice(-max);
  const next = [...list, entry];
  return next.length > max ? next.slice(next.length - max) : next;
}

/** Only well-formed entries survive a read: storage may hold anything an older or broken version wrote. */
export function sanitizeHistory(value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isEntry).slice(-HISTORY_MAX);
}

function isEntry(v: unknown): v is HistoryEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<HistoryEntry>;
  return (
    typeof e.id === 'string' &&
    typeof e.seen === 'number' &&
    typeof e.at === 'number' &&
    typeof e.site === 'string' &&
    (e.kind === 'failure' || e.kind === 'delay') &&
    Array.isArray(e.recipients) &&
    e.recipients.every((r) => typeof r === 'object' && r !== null && typeof (r as HistoryRecipient).cause === 'string')
  );
}

/** The part after the last "@", lower-cased; null without one. */
export function domainOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  if (at < 0 || at === address.length - 1) return null;
  return address.slice(at + 1).replace(/[>\s]+$/, '').toLowerCase() || null;
}

/** Still being retried when the notice was written. */
function isDelay(r: Pick<RecipientStatus, 'action'>, kind: NoticeFacts['kind']): boolean {
  return r.action === 'delayed' || (r.action == null && kind === 'delay');
}

/** A delay, or a failure whose code says the problem was temporary (a 4xx the sending server gave up on). */
export function isTemporary(r: Pick<RecipientStatus, 'action' | 'reply' | 'status'>, kind: NoticeFacts['kind']): boolean {
  if (isDelay(r, kind)) return true;
  if (r.status) return r.status.startsWith('4.');
  return r.reply != null && r.reply >= 400 && r.reply < 500;
}

/** Local midnight at the start of the day `ms` falls on. */
function dayStart(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * Whether the primary recipient's domain produced delays or temporary failures on earlier days, per the
 * history; null when not (or when this notice is not a temporary problem itself). Entries after this notice
 * do not count, so a notice opened again later reads as it did the first time. `persistsActor` looks the
 * cause up in the knowledge base: who should act when it keeps coming back, or null when it does not clear
 * by itself anyway.
 */
export function findRepeat(
  history: readonly HistoryEntry[],
  current: NoticeFacts,
  persistsActor: (cause: string, reporter: string | null) => Actor | null,
): RepeatNote | null {
  const primary = current.recipients[0];
  if (!primary || !isTemporary(primary, current.kind)) return null;
  const domain = domainOf(primary.address);
  if (!domain) return null;
  const earlier: HistoryEntry[] = [];
  let delaysOnly = isDelay(primary, current.kind);
  for (const e of history) {
    if (e.id === current.id || e.at >= current.at || current.at - e.at > REPEAT_WINDOW_MS) continue;
    const match = e.recipients.find((r) => domainOf(r.address) === domain && isTemporary(r, e.kind));
    if (!match) continue;
    earlier.push(e);
    if (!isDelay(match, e.kind)) delaysOnly = false;
  }
  const today = dayStart(current.at);
  if (!earlier.some((e) => e.at < today)) return null;
  return {
    ordinal: earlier.length + 1,
    domain,
    since: Math.min(...earlier.map((e) => e.at)),
    delaysOnly,
    persists: persistsActor(primary.cause, current.reporter ?? null),
  };
}

/** For the popup's filter: every field a person might type, in one lower-case string. */
export function searchText(e: HistoryEntry): string {
  return [
    e.site,
    e.kind,
    e.reporter ?? '',
    ...e.recipients.flatMap((r) => [r.address ?? '', r.reply == null ? '' : String(r.reply), r.status ?? '', r.reason, r.verdict, r.actor]),
  ]
    .join(' ')
    .toLowerCase();
}

/** Newest first (by when it was seen), filtered by every word of `query`. */
export function listHistory(list: readonly HistoryEntry[], query = ''): HistoryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const out = list.filter((e) => {
    if (!words.length) return true;
    const hay = searchText(e);
    return words.every((w) => hay.includes(w));
  });
  // The list is stored oldest first: reversed, the stable sort keeps the later of two equal times first.
  return out.reverse().sort((a, b) => b.seen - a.seen);
}
