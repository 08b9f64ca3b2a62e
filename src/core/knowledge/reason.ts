/**
 * The coarse reason of a refusal, decided by ranked evidence:
 *   1. a provider's own wording or error token, for replies from that provider's servers;
 *   2. the server's own words matched against the reason lexicon, in rank order, where an enhanced
 *      status code that names a specific reason competes at that reason's rank;
 *   3. the enhanced status code alone, when its reason is specific;
 *   4. the words again, for the reasons only words can tell;
 *   5. the code's class (X.6 content, X.7 security), the reply (50x syntax), the SMTP stage and the
 *      DSN Action ("delayed" means the retries are the story);
 *   6. the reporting system's own default;
 *   7. "onhold" when there were words but none decided, "undefined" when there were none.
 * Generic codes (X.0.0, a bare 5.7.1) never beat decisive words: their reasons are "vague" and only
 * speak when the words say nothing. The ranks are the order in which the best-measured bounce
 * analyzer breaks ties (Sisimai 5.1.0p3, Reason.pm, see ../shared/reference/smtp/README.md), so that
 * "5.1.1 ... mailbox full" is a full mailbox and "user unknown" refused after DATA is a filter.
 *
 * Every decision says which evidence decided (`ReasonEvidence`), shown under the panel's details.
 */
import type { DsnAction, EvidenceKind, Reason, ReasonEvidence } from '../types';
import { ERROR_CODE_FAMILIES, GENERIC_WORDINGS, PROVIDER_LEXICONS, RULED_OUT_BY, type ProviderLexicon, type ProviderWording } from './lexicon';
import type { SmtpCommand } from './stage';
import { WordingIndex } from './wording-index';

export type { EvidenceKind, ReasonEvidence };

export interface ReasonDecision {
  reason: Reason;
  evidence: ReasonEvidence;
  /** The evidence was found in the rest of the notice rather than in the server's words. */
  fromContext?: boolean;
  /** The SMTP stage gave the words another meaning than their own ("unknown user" after DATA: a filter). */
  reinterpreted?: boolean;
}

/** Reasons tried first, in this order; each decides by its status code or by its wordings. */
export const FIRST_PASS: readonly Reason[] = [
  'mailboxfull', 'mesgtoobig', 'exceedlimit', 'suspend', 'hasmoved', 'norelaying', 'authfailure', 'userunknown',
  'filtered', 'requireptr', 'notcompliantrfc', 'badreputation', 'rejected', 'hostunknown', 'spamdetected', 'speeding',
  'toomanyconn', 'blocked',
];
/** Reasons only words decide, tried when neither the first pass nor a specific code did. */
export const SECOND_PASS: readonly Reason[] = [
  'mailboxfull', 'authfailure', 'badreputation', 'speeding', 'spamdetected', 'virusdetected', 'policyviolation',
  'norelaying', 'systemerror', 'networkerror', 'suspend', 'contenterror', 'systemfull', 'notaccept', 'expired',
  'failedstarttls', 'securityerror', 'suppressed', 'mailererror', 'syntaxerror',
];
/** Reasons a status code names too vaguely to decide on its own while words may say more. */
const VAGUE_STATUS_REASONS: ReadonlySet<Reason> = new Set([
  'undefined', 'onhold', 'systemerror', 'securityerror', 'expired', 'suspend', 'networkerror', 'hostunknown', 'userunknown',
]);
/** Words that say another reason than an address status code: then the code's "user unknown" does not hold. */
const OVERRIDE_BAD_MAILBOX: readonly Reason[] = ['systemerror', 'systemfull', 'filtered', 'speeding'];

/** A wording of this project's own matchers (matchers.ts) that the caller found: it counts like a lexicon wording. */
export interface OwnWording {
  reason: Reason;
  /**
   * 'provider': trusted only for the providers it names; 'specific': a provider's or gateway's own
   * wording (PROVIDER_MATCHERS) that other servers do not use; 'generic': any server's.
   */
  rank: 'provider' | 'specific' | 'generic';
  text: string;
}

export interface ReasonFacts {
  /** The enhanced status as given ("5.1.1"), and the reason the status table gives it (null: none). */
  status: string | null;
  statusReason: Reason | null;
  reply: number | null;
  /** The reason the basic reply code names by itself (551 "user not local", 521/556 "accepts no mail"), if any. */
  replyReason: Reason | null;
  action: DsnAction | null;
  /** The server's words: whitespace collapsed, multi-line reply prefixes unfolded ('' when none). */
  words: string;
  /** Ids of the lexicon wordings the words may hold, ascending (ruled out by the trigram index). */
  wordingsInWords: () => readonly number[];
  /** The rest of the notice, prepared the same way, read only when the server's words decide nothing. */
  context: () => string;
  wordingsInContext: () => readonly number[];
  /** The SMTP command the refusal answered (null: unknown). */
  stage: () => SmtpCommand | null;
  /** Whether the servers of the provider `id` gave the reply (see lexicon.ts, ProviderLexicon.receivers). */
  namesProvider: (id: string) => boolean;
  /** The project's own matchers found in the words / in the context, most specific first. */
  own: readonly OwnWording[];
  ownInContext: () => readonly OwnWording[];
  /** The reporting system's own classification of this recipient (e.g. PowerMTA's bounce category). */
  reporterCategory: { reason: Reason; text: string } | null;
  /** What the reporting system's notices always mean when nothing else decides (e.g. a list manager's refusal). */
  reporterDefault: { reason: Reason; text: string } | null;
  /** The diagnostic's type names a local delivery program (X-Unix) rather than an SMTP reply. */
  mailerDiagnostic: boolean;
}

// ── The lexicon, indexed once ───────────────────────────────────────────────────────────────────

interface IndexedWording {
  reason: Reason;
  wording: string;
  /** For a provider wording: the provider and the code it comes with. */
  provider: string | null;
  code: string | null;
}

const ENTRIES: IndexedWording[] = [];
for (const [reason, wordings] of Object.entries(GENERIC_WORDINGS) as [Reason, readonly string[]][]) {
  for (const wording of wordings) ENTRIES.push({ reason, wording, provider: null, code: null });
}
const RULED_OUT_START = ENTRIES.length;
for (const [reason, wordings] of Object.entries(RULED_OUT_BY) as [Reason, readonly string[]][]) {
  for (const wording of wordings) ENTRIES.push({ reason, wording, provider: 'ruled-out', code: null });
}
for (const lexicon of PROVIDER_LEXICONS) {
  for (const [reason, wordings] of Object.entries(lexicon.wordings) as [Reason, readonly ProviderWording[]][]) {
    for (const entry of wordings) {
      const [wording, code] = typeof entry === 'string' ? [entry, null] : entry;
      ENTRIES.push({ reason, wording, provider: lexicon.id, code });
    }
  }
}
/** Built on first use: a process that never classifies (the CLI's --help) does not pay for it. */
let index: WordingIndex | undefined;
function lexiconIndex(): WordingIndex {
  return (index ??= new WordingIndex(ENTRIES.map((e) => e.wording)));
}

/**
 * Per lexicon wording (by the ids lexicon candidates are given in), the literals a text must hold for it
 * to occur: the knowledge base files them in its one trigram index beside the matchers' own.
 */
export function lexiconLiterals(): string[][] {
  const wordings = lexiconIndex();
  return ENTRIES.map((_, id) => wordings.literalsOf(id));
}

/** What the lexicon finds in one text. */
interface Found {
  /**
   * First generic wording found per reason, as the text writes it; the reasons ruled out. Lists, not
   * a Map and a Set: a text holds a few wordings, and the decision asks about some forty reasons
   * (comparing interned strings measured ~0.3 µs less a rendered corpus notice than hashing them).
   */
  generic: { reason: Reason; words: string }[];
  ruledOut: Reason[];
  provider: { entry: IndexedWording; written: string }[];
}

/** The first generic wording of a reason found in the text. */
function genericWords(found: Found, reason: Reason): string | undefined {
  for (const entry of found.generic) if (entry.reason === reason) return entry.words;
  return undefined;
}

/** What a text without any of the lexicon's wordings yields (shared: never written to). */
const NOTHING_FOUND: Found = { generic: [], ruledOut: [], provider: [] };

/**
 * The lexicon's wordings in `text` (whitespace collapsed, any case). Each is reported as the text
 * writes it: the lexicon is lower-case, and lower-casing keeps every position but for a few
 * characters (Turkish dotted I), when the lexicon's own spelling is reported instead.
 */
function lookUp(text: string, candidates: () => readonly number[]): Found {
  if (!text) return NOTHING_FOUND;
  const ids = candidates();
  if (ids.length === 0) return NOTHING_FOUND;
  const lower = text.toLowerCase();
  const hits = lexiconIndex().findAmong(lower, ids);
  if (hits.length === 0) return NOTHING_FOUND;
  const found: Found = { generic: [], ruledOut: [], provider: [] };
  const samePositions = lower.length === text.length;
  for (const hit of hits) {
    const entry = ENTRIES[hit.id]!;
    const written = samePositions ? text.slice(hit.start, hit.end) : entry.wording;
    if (hit.id < RULED_OUT_START) {
      if (genericWords(found, entry.reason) === undefined) found.generic.push({ reason: entry.reason, words: written });
    } else if (entry.provider === 'ruled-out') found.ruledOut.push(entry.reason);
    else found.provider.push({ entry, written });
  }
  return found;
}

// ── Providers ───────────────────────────────────────────────────────────────────────────────────

const LEXICON_BY_ID: ReadonlyMap<string, ProviderLexicon> = new Map(PROVIDER_LEXICONS.map((lexicon) => [lexicon.id, lexicon]));
if (LEXICON_BY_ID.size !== PROVIDER_LEXICONS.length) throw new Error('provider lexicon ids must be unique');

/**
 * Whether the provider `id` is named by a receiving host, reporter or signature (`names`, lower-case)
 * or serves the recipient's domain. Asked only for the providers of the wordings found, one at a
 * time: the set of all providers named, worked out (and remembered) per reply, cost ~2 µs a call
 * with the memo emptied, ~0.7 µs a rendered corpus notice.
 */
export function providerNamed(id: string, names: string, recipientDomain: string | null): boolean {
  const lexicon = LEXICON_BY_ID.get(id);
  if (!lexicon) return false;
  return lexicon.receivers.some((r) => names.includes(r)) || (recipientDomain !== null && servesDomain(lexicon, recipientDomain));
}

function servesDomain(lexicon: ProviderLexicon, domain: string): boolean {
  return lexicon.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Whether a provider wording's code (status, status range or reply) fits the recipient's codes. */
function codeFits(code: string | null, facts: ReasonFacts): boolean {
  if (code === null) return true;
  if (/^\d{3}$/.test(code)) return facts.reply === null || facts.reply === Number(code);
  if (facts.status === null) return true;
  const range = /^(\d\.\d{1,3}\.)(\d{1,3})-(\d{1,3})$/.exec(code);
  if (!range) return facts.status === code;
  if (!facts.status.startsWith(range[1]!)) return false;
  const detail = Number(facts.status.slice(range[1]!.length));
  return detail >= Number(range[2]) && detail <= Number(range[3]);
}

/** Any family's token, case aside: one scan rules out nearly every text before the families' own tokens run. */
export const ANY_ERROR_TOKEN = new RegExp(ERROR_CODE_FAMILIES.map((family) => family.token.source).join('|'), 'i');

function byErrorCode(text: string): ReasonDecision | null {
  if (!ANY_ERROR_TOKEN.test(text)) return null;
  for (const family of ERROR_CODE_FAMILIES) {
    const token = family.token.exec(text);
    if (!token) continue;
    const code = token[1]!.toUpperCase();
    for (const [listed, reason] of family.codes) {
      const range = /^(\d+)-(\d+)$/.exec(listed);
      const fits = range ? Number(code) >= Number(range[1]) && Number(code) <= Number(range[2]) : listed.toUpperCase() === code;
      if (fits) return { reason, evidence: { kind: 'provider', text: `${family.name} ${token[0]}` } };
    }
  }
  return null;
}

// ── The decision ────────────────────────────────────────────────────────────────────────────────

const RANK_OF = (order: readonly Reason[]): ReadonlyMap<Reason, number> => new Map(order.map((reason, at) => [reason, at]));
const FIRST_RANK = RANK_OF(FIRST_PASS);

export function decideReason(facts: ReasonFacts): ReasonDecision {
  const found = lookUp(facts.words, facts.wordingsInWords);
  const provider = byProvider(found, facts) ?? (facts.words ? byErrorCode(facts.words) : null) ?? ownProvider(facts.own);
  if (provider) return provider;
  if (facts.reporterCategory) return { reason: facts.reporterCategory.reason, evidence: { kind: 'reporter', text: facts.reporterCategory.text } };

  const first = firstPass(found, facts.own, facts, facts.statusReason);
  if (first) return first;
  const { statusReason } = facts;
  if (statusReason && !VAGUE_STATUS_REASONS.has(statusReason) && statusReason !== 'delivered') {
    return { reason: statusReason, evidence: { kind: 'status', text: facts.status ?? '' } };
  }
  const second = wordsOnly(found, facts.own, SECOND_PASS);
  if (second) return second;
  if (facts.replyReason) return { reason: facts.replyReason, evidence: { kind: 'reply', text: String(facts.reply) } };

  // X.4.7 says outright that retries ran out: the notice's boilerplate must not override it.
  if (statusReason === 'expired') return { reason: 'expired', evidence: { kind: 'status', text: facts.status ?? '' } };
  // The server's words decided nothing: the rest of the notice may say it in words ("The email account
  // that you tried to reach does not exist" above a bare 550).
  const context = facts.context();
  if (context) {
    const inContext = lookUp(context, facts.wordingsInContext);
    const own = facts.ownInContext();
    const fromContext = byProvider(inContext, facts) ?? ownProvider(own) ?? firstPass(inContext, own, facts, null) ?? wordsOnly(inContext, own, SECOND_PASS);
    // (Written out rather than spread: see withText in index.ts.)
    if (fromContext) return { reason: fromContext.reason, evidence: fromContext.evidence, fromContext: true, reinterpreted: fromContext.reinterpreted };
  }

  const fallback = byClassReplyOrStage(facts);
  if (fallback) return fallback;
  // A vague code still says more than nothing ("5.3.0": something in the receiving system).
  if (statusReason && statusReason !== 'onhold' && statusReason !== 'undefined') return { reason: statusReason, evidence: { kind: 'status', text: facts.status ?? '' } };
  if (facts.reporterDefault) return { reason: facts.reporterDefault.reason, evidence: { kind: 'reporter', text: facts.reporterDefault.text } };
  const vacation = genericWords(found, 'vacation');
  if (vacation !== undefined) return { reason: 'vacation', evidence: { kind: 'words', text: vacation } };
  return facts.words ? { reason: 'onhold', evidence: { kind: 'none', text: '' } } : { reason: 'undefined', evidence: { kind: 'none', text: '' } };
}

function byProvider(found: Found, facts: ReasonFacts): ReasonDecision | null {
  if (found.provider.length === 0) return null;
  let best: Found['provider'][number] | null = null;
  for (const candidate of found.provider) {
    const { entry } = candidate;
    if (!facts.namesProvider(entry.provider!) || !codeFits(entry.code, facts)) continue;
    if (!best || rankOf(entry.reason) < rankOf(best.entry.reason)) best = candidate;
  }
  return best ? { reason: best.entry.reason, evidence: { kind: 'provider', text: best.written } } : null;
}

function ownProvider(own: readonly OwnWording[]): ReasonDecision | null {
  const first = own[0];
  if (!first || first.rank === 'generic' || first.reason === 'onhold') return null;
  return { reason: first.reason, evidence: { kind: first.rank === 'provider' ? 'provider' : 'words', text: first.text } };
}

function rankOf(reason: Reason): number {
  return FIRST_RANK.get(reason) ?? FIRST_PASS.length + (SECOND_PASS.indexOf(reason) + 1 || SECOND_PASS.length);
}

/** The words of a reason: the lexicon's, else the project's own generic matcher. */
function wordsOf(found: Found, own: readonly OwnWording[], reason: Reason): string | null {
  if (found.ruledOut.includes(reason)) return null;
  const generic = genericWords(found, reason);
  if (generic !== undefined) return generic;
  for (const wording of own) {
    if (wording.reason === reason && !insideLexiconWording(found, wording)) return wording.text;
  }
  return null;
}

/**
 * Whether the lexicon found a longer wording of another reason around this matcher's words: then the
 * lexicon's reading stands ("is not an active address at this host" names a missing mailbox, though
 * "not an active address" alone reads as a disabled one). Both are read from the same text, so they
 * compare as written, whatever its case.
 */
function insideLexiconWording(found: Found, wording: OwnWording): boolean {
  for (const entry of found.generic) {
    if (entry.reason !== wording.reason && entry.words.length > wording.text.length && entry.words.includes(wording.text)) return true;
  }
  return false;
}

/** `statusReason`: the facts' own, or null where the status code must not compete (the context's words). */
function firstPass(found: Found, own: readonly OwnWording[], facts: ReasonFacts, statusReason: Reason | null): ReasonDecision | null {
  const decided = (reason: Reason, words: string | null): ReasonDecision =>
    words !== null ? { reason, evidence: { kind: 'words', text: words } } : { reason, evidence: { kind: 'status', text: facts.status ?? '' } };
  for (const reason of FIRST_PASS) {
    const words = wordsOf(found, own, reason);
    switch (reason) {
      case 'userunknown': {
        // A bad-mailbox code is taken at its word unless the words say something else. Words alone
        // name a missing mailbox unless the refusal came after DATA (the address had been accepted:
        // that is a filter) or at MAIL FROM (the sender's address is meant).
        if (statusReason === 'userunknown') {
          if (!OVERRIDE_BAD_MAILBOX.some((other) => wordsOf(found, own, other) !== null)) return decided(reason, words);
        } else if (statusReason !== 'suspend' && words !== null) {
          const stage = facts.stage();
          if (stage !== 'DATA' && stage !== 'MAIL') return decided(reason, words);
        }
        break;
      }
      case 'filtered': {
        if (statusReason === 'suspend') break;
        const userWords = wordsOf(found, own, 'userunknown');
        if (words === null && userWords === null) break;
        if (statusReason === 'filtered' || facts.stage() === 'DATA') {
          if (words !== null) return decided(reason, words);
          return { reason, evidence: { kind: 'words', text: `${userWords} (refused after DATA)` }, reinterpreted: true };
        }
        if (words !== null) {
          const stage = facts.stage();
          if (stage !== 'RCPT' && stage !== 'MAIL') return decided(reason, words);
        }
        break;
      }
      case 'mesgtoobig': {
        // RFC 3463 tells the two size limits apart by code (X.2.3 the recipient's, X.3.4 the system's)
        // where servers word both "message too large": the code decides between them, unless a longer
        // wording says which ("message too large for this recipient").
        if (statusReason === 'exceedlimit' && (words === null || (wordsOf(found, own, 'exceedlimit')?.length ?? 0) >= words.length)) break;
        if (words !== null || statusReason === reason) return decided(reason, words);
        break;
      }
      case 'rejected': {
        if (statusReason === 'rejected') return decided(reason, words);
        if (words === null) break;
        const stage = facts.stage();
        if (stage === 'MAIL' || (stage === 'DATA' && statusReason !== 'userunknown') || statusReason === null || statusReason === 'onhold' || statusReason === 'undefined') {
          return decided(reason, words);
        }
        break;
      }
      case 'hostunknown': {
        if (statusReason === 'hostunknown' && wordsOf(found, own, 'networkerror') === null) return decided(reason, words);
        if (words !== null) return decided(reason, words);
        break;
      }
      case 'norelaying': {
        if (words === null && statusReason !== reason) break;
        const stage = facts.stage();
        if (stage !== 'CONN' && stage !== 'HELO') return decided(reason, words);
        break;
      }
      default:
        if (words !== null || statusReason === reason) return decided(reason, words);
    }
  }
  return null;
}

function wordsOnly(found: Found, own: readonly OwnWording[], order: readonly Reason[]): ReasonDecision | null {
  for (const reason of order) {
    const words = wordsOf(found, own, reason);
    if (words !== null) return { reason, evidence: { kind: 'words', text: words } };
  }
  return null;
}

/** X.6 and X.7 codes, a local delivery program, a syntax reply, the stage and the DSN Action. */
function byClassReplyOrStage(facts: ReasonFacts): ReasonDecision | null {
  const subject = facts.status ? facts.status.split('.')[1] : undefined;
  if (subject === '6') return { reason: 'contenterror', evidence: { kind: 'status', text: facts.status! } };
  if (subject === '7') return { reason: 'securityerror', evidence: { kind: 'status', text: facts.status! } };
  if (facts.mailerDiagnostic) return { reason: 'mailererror', evidence: { kind: 'reply', text: 'X-Unix' } };
  if (facts.reply !== null && facts.reply >= 500 && facts.reply <= 504) return { reason: 'syntaxerror', evidence: { kind: 'reply', text: String(facts.reply) } };
  if (facts.action === 'delayed') return { reason: 'expired', evidence: { kind: 'stage', text: 'Action: delayed' } };
  const stage = facts.stage();
  if (stage === 'HELO' || stage === 'CONN') return { reason: 'blocked', evidence: { kind: 'stage', text: stage === 'HELO' ? 'refused at HELO/EHLO' : 'refused at connection' } };
  return null;
}
