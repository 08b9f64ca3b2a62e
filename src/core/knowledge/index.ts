/**
 * The knowledge base: what bounce diagnostics mean, who must act, and what to tell a non-expert.
 * Knowledge lives in tables (causes.ts, codes.ts, matchers.ts, retry.ts, strings.ts); this module
 * holds only the lookup order and the verdict rule.
 */
import type { Actor, DsnAction, Reason, Verdict } from '../types';
import { causeOrThrow, type Cause } from './causes';
import { SENDING_ADDRESS_PATTERNS } from './sending-address';
import { ENHANCED_CODE, ENHANCED_SUBJECTS, detailOf, parseStatus, replyMeaning, vendorApplies, vendorOf, type ParsedStatus, type VendorCode } from './codes';
import { GENERIC_MATCHERS, PROVIDER_MATCHERS, REPORTER_DEFAULT_CAUSES, allPatterns as matcherPatterns, type TextMatcher } from './matchers';
import { LiteralIndex, TrigramSet, keysOf, needlesOf, type NeedleKey } from './prefilter';
import { ANY_PHRASE, MAY_NAME_STAGE, MAY_NAME_STAGE_BEFORE_RECIPIENTS, STAGE_PHRASES, stageOf, type SmtpCommand } from './stage';
import { defaultRetryFor } from './retry';
import { decideVerdict, deliveryStage } from './verdict';
import { ANY_ERROR_TOKEN, decideReason, lexiconLiterals, providerNamed, type OwnWording, type ReasonEvidence } from './reason';
import { ERROR_CODE_FAMILIES } from './lexicon';

export { CAUSES, getCause } from './causes';
export type { Cause, TemporaryBehaviour } from './causes';
export {
  ENHANCED_CLASSES, ENHANCED_SUBJECTS, ENHANCED_DETAILS, VENDOR_CODES, REPLY_CODES,
  describeStatus, enhancedDetail, enhancedSubject, enhancedClass, replyMeaning, vendorCode, vendorApplies, parseStatus,
} from './codes';
export { PROVIDER_MATCHERS, GENERIC_MATCHERS, REPORTER_DEFAULT_CAUSES } from './matchers';
export type { TextMatcher } from './matchers';
export { RETRY_DEFAULTS } from './retry';
export { SOURCES } from './sources';
export { advise, adviceGroups, causeText, noticeHeadline, type AdviseInput } from './advice';
export { ADVICE_STRINGS, CAUSE_TEXTS } from './texts/en';
export { LANGUAGES, languageOf, textsFor, type LanguageTexts } from './texts/index';
export { decideVerdict, deliveryStage } from './verdict';
export { STAGE_PHRASES, stageOf } from './stage';
export type { SmtpCommand, StagePhrase } from './stage';
export type { DeliveryStage } from './verdict';
export type { EvidenceKind, ReasonEvidence } from './reason';

export interface ClassifyInput {
  status: string | null;
  reply: number | null;
  diagnostic: string | null;
  reporter: string | null;
  action: DsnAction | null;
  remoteMta: string | null;
  /** Other text of the notice that may hint at the cause (e.g. Gmail's "address couldn't be found"). */
  context?: string | null;
  /**
   * The SMTP command the refusal answered, when the caller knows it. When absent it is read from
   * the diagnostic and context ("in reply to end of DATA command", "after MAIL FROM:", ">>> DATA");
   * null says it is unknown and must not be guessed.
   */
  command?: SmtpCommand | null;
  /** The failed recipient's address: its domain may name the provider whose servers answered. */
  recipient?: string | null;
  /** The reporting system's own classification of this recipient, when its notice carries one. */
  reporterCategory?: { reason: Reason; text: string } | null;
  /** The Diagnostic-Code's type (RFC 3464 §2.3.6), lower-cased: "x-unix" marks a local program's output (Postfix). */
  diagnosticType?: string | null;
}

export interface Classification {
  reason: Reason;
  /** What decided the reason (see reason.ts). */
  reasonEvidence: ReasonEvidence;
  cause: string;
  verdict: Verdict;
  actor: Actor;
}

interface Match {
  cause: Cause;
  reason: Reason;
  /** Found by a provider's own wording (as opposed to a generic phrase or a code). */
  specific?: boolean;
  /** Trusted only for replies from the providers it names (matchers.ts `providers`). */
  restricted?: boolean;
  /** A status code whose cause beats a generic wording of the same reason (codes.ts `namesCause`). */
  namesCause?: boolean;
  /** Found by a wording (provider or generic), as opposed to a status code alone. */
  worded?: boolean;
  /** The text the wording matched. */
  text?: string;
  /** Causes of wordings this code makes more precise (codes.ts `refines`). */
  refines?: readonly string[];
}

/** A matcher's find: its match with the words it matched, which is all the reason decision reads (OwnWording). */
interface WordedMatch extends Match, OwnWording {
  text: string;
}

/** A cause with the reason it explains and what decided that reason. */
interface Decided {
  cause: Cause;
  reason: Reason;
  evidence: ReasonEvidence;
}

type CodeClass = '2' | '4' | '5';

function codeClassOf(parsed: ParsedStatus | null, reply: number | null): CodeClass | null {
  if (parsed) return parsed.cls;
  if (reply != null && reply >= 200 && reply < 600) return String(Math.floor(reply / 100)) as CodeClass;
  return null;
}

/** "550-5.7.1 " at the start of each continuation line of a multi-line reply. */
const CONTINUATION_PREFIX = /\b[245]\d\d-(?:[245]\.\d{1,3}\.\d{1,3} )?/g;
/**
 * The last line's "550 5.7.1 " repeated inside the text once lines are joined, with the character
 * before it (kept by the replacement "$1 "). The same matches as " (?<=\S )550 …" (a match ends
 * in a space, so the next match's leading \S cannot lie inside it), but the fixed " 550 " at
 * offsets 1-5 lets the engine skip ahead instead of stopping at every space: measured 0.35 µs
 * against 0.7 µs per corpus context. (A pattern that opens with a lookbehind, "(?<=\S) 550 ",
 * measured 2.1 µs.)
 */
const INNER_REPLY_PREFIX = /(\S) [245]\d\d (?:[245]\.\d{1,3}\.\d{1,3} )?/g;
/**
 * Runs of whitespace other than a lone space (replacing a lone space by a space changes nothing):
 * the same result as /\s+/g, about twice as fast on mail text (5 µs against 9 µs per 4,000 characters).
 */
const WHITESPACE = / \s+|[^\S ]\s*/g;
/**
 * Whether haystackOf has anything to do: whitespace other than lone inner spaces, or a reply
 * prefix CONTINUATION_PREFIX or INNER_REPLY_PREFIX would take out (in a text with collapsed
 * whitespace they match exactly where these do). 477 of the corpus's 540 diagnostics need nothing,
 * and one test instead of three replacements and a trim measured 0.25 µs against 0.33 µs a
 * diagnostic. A notice's context nearly always has line breaks: there the test only adds 0.1 µs.
 */
const NEEDS_NORMALISING = /[^\S ]|  |^ | $|\b[245]\d\d-|\S [245]\d\d /;

/**
 * Longest diagnostic and context scanned. Real server replies are far shorter (multi-line replies
 * run to a few hundred characters); the caps bound the work on hostile or pasted-in text.
 */
const MAX_DIAGNOSTIC = 2_000;
const MAX_CONTEXT = 4_000;

/** A text to match: whitespace collapsed, plus a copy without multi-line reply prefixes ("550-5.7.1 "). */
export interface Haystack {
  /** What the patterns run over: the text, or the text and its unfolded copy joined by a newline. */
  text: string;
  /** The same as separate flat strings, for the literal scan. */
  parts: string[];
  /** The unfolded copy (the text itself when unfolding changes nothing). */
  unfolded: string;
}

const NO_TEXT: Haystack = { text: '', parts: [], unfolded: '' };

/** `oneLine`: the text is usually a single line without reply prefixes (a server's reply). */
function haystackOf(raw: string | null | undefined, max: number, oneLine: boolean): Haystack {
  const capped = raw && raw.length > max ? raw.slice(0, max) : (raw ?? '');
  if (oneLine && !NEEDS_NORMALISING.test(capped)) return capped ? { text: capped, parts: [capped], unfolded: capped } : NO_TEXT;
  const diagnostic = capped.replace(WHITESPACE, ' ').trim();
  if (!diagnostic) return NO_TEXT;
  const unfolded = diagnostic.replace(CONTINUATION_PREFIX, '').replace(INNER_REPLY_PREFIX, '$1 ');
  return unfolded === diagnostic
    ? { text: diagnostic, parts: [diagnostic], unfolded }
    : { text: `${diagnostic}\n${unfolded}`, parts: [diagnostic, unfolded], unfolded };
}

/**
 * @internal For tests: what haystackOf makes of a text, with the diagnostic's shortcut
 * (NEEDS_NORMALISING) and without it.
 */
export function normalisedForTests(raw: string, oneLine: boolean): Haystack {
  return haystackOf(raw, MAX_CONTEXT, oneLine);
}

/** Google's replies end in "- gsmtp" and link to support.google.com, which names the receiver when no Remote-MTA does. */
const GOOGLE_REPLY = /\bgsmtp\b|support\.google\.com/i;

/** Lowercase names of the reporter and the receiving host, matched against matchers' `providers`. */
function providerOf(input: ClassifyInput, diagnostic: string): string {
  const google = GOOGLE_REPLY.test(diagnostic) ? ' google' : '';
  return `${input.reporter ?? ''} ${input.remoteMta ?? ''}${google}`.toLowerCase();
}

/**
 * A matcher prepared once: its cause, coarse reason and its place in the literal index. The
 * matcher's optional fields are copied with null for "unset", so every Compiled has one shape: read
 * off the matchers themselves (a dozen shapes), those loads went megamorphic.
 */
interface Compiled {
  id: number;
  pattern: RegExp;
  when: TextMatcher['when'] | null;
  providers: readonly string[] | null;
  stages: readonly SmtpCommand[] | null;
  except: RegExp | null;
  match: Omit<WordedMatch, 'text'>;
}

const ALL_MATCHERS: readonly TextMatcher[] = [...PROVIDER_MATCHERS, ...GENERIC_MATCHERS];
function compile(m: TextMatcher, id: number): Compiled {
  const cause = causeOrThrow(m.cause);
  const specific = id < PROVIDER_MATCHERS.length;
  const restricted = m.providers !== undefined;
  const match: Omit<WordedMatch, 'text'> = { cause, reason: m.reason ?? cause.reason, specific, restricted, worded: true, rank: restricted ? 'provider' : specific ? 'specific' : 'generic' };
  return { id, pattern: m.pattern, when: m.when ?? null, providers: m.providers ?? null, stages: m.stages ?? null, except: m.except ?? null, match };
}
const COMPILED: readonly Compiled[] = ALL_MATCHERS.map(compile);
const PROVIDERS_COMPILED: readonly Compiled[] = COMPILED.slice(0, PROVIDER_MATCHERS.length);
const MATCHER_COUNT = ALL_MATCHERS.length;

interface Slot {
  trigrams: TrigramSet;
  found: Int32Array;
  count: number;
}

/**
 * One trigram index for all the knowledge base looks for in a text: the literals each matcher needs
 * (ids below MATCHER_COUNT; none for a pattern the reader cannot vouch for, e.g. with the u flag) and
 * the reason lexicon's wordings (ids from MATCHER_COUNT on). One pass over the text answers both: a
 * separate search for the 1,159 wordings cost about as much again as the matchers' pass (2 µs a
 * diagnostic). Built on the first classify call: a process that never classifies (the CLI's --help)
 * does not pay for it.
 * The two scratch slots serve the two texts of one classify call (diagnostic, context): classify is
 * synchronous and never re-entered, so reusable tables avoid allocating per call.
 */
let tables: { literals: LiteralIndex; slots: readonly [Slot, Slot] } | undefined;
function literalTables(): NonNullable<typeof tables> {
  if (tables) return tables;
  const matcherKeys = ALL_MATCHERS.map((m) => (m.pattern.flags.includes('u') ? null : keysOf(needlesOf(m.pattern.source))));
  const wordingKeys = lexiconLiterals().map((literals) => (literals.length ? keysOf([literals]) : null));
  const literals = new LiteralIndex([...matcherKeys, ...wordingKeys]);
  const slot = (): Slot => ({ trigrams: new TrigramSet(), found: new Int32Array(literals.size), count: 0 });
  return (tables = { literals, slots: [slot(), slot()] });
}

/** One text being classified: its trigram table and candidate matchers are built on first use. */
class Scan {
  private ready = false;
  /**
   * Built on first use: most calls are decided by the diagnostic alone, and normalising the context
   * (up to 4,000 characters) up front cost ~5 µs a rendered corpus message.
   */
  private haystack: Haystack | null = null;
  /** Slot 0 holds the diagnostic (a server's reply), slot 1 the notice's context. */
  constructor(private readonly raw: string | null | undefined, private readonly max: number, private readonly slot: 0 | 1) {}

  private get normalised(): Haystack {
    return (this.haystack ??= haystackOf(this.raw, this.max, this.slot === 0));
  }

  get text(): string {
    return this.normalised.text;
  }

  /**
   * The stage this text names as a whole notice (stageOf's 'notice' scope). Read from the unfolded
   * copy alone: a phrase found in the collapsed text is also found there (taking out a reply prefix
   * cannot cut into a phrase, which holds no digits, nor change the word boundaries at its ends),
   * and this scope asks only which phrases occur, not where; measured 0.94 µs against 1.43 µs per
   * corpus context. A text MAY_NAME_STAGE rules out is not normalised at all (see there).
   */
  noticeStage(): SmtpCommand | null {
    if (!this.haystack && !MAY_NAME_STAGE.test(this.capped)) return null;
    const unfolded = this.normalised.unfolded;
    return unfolded ? stageOf(unfolded, 'notice', this.trigramsIfScanned) : null;
  }

  /**
   * Whether the text may name, as a whole notice, a stage before RCPT TO (MAIL FROM, HELO, the
   * greeting): false only when no phrase of theirs can occur in it (see MAY_NAME_STAGE).
   */
  mayNameStageBeforeRecipients(): boolean {
    return this.haystack !== null || MAY_NAME_STAGE_BEFORE_RECIPIENTS.test(this.capped);
  }

  /** The capped input before normalisation (what haystackOf starts from). */
  get capped(): string {
    const raw = this.raw;
    return raw && raw.length > this.max ? raw.slice(0, this.max) : (raw ?? '');
  }

  private prepare(): Slot {
    const { literals, slots } = literalTables();
    const slot = slots[this.slot];
    if (!this.ready) {
      slot.count = literals.scan(this.normalised.parts, slot.trigrams, slot.found);
      this.ready = true;
    }
    return slot;
  }

  get trigrams(): TrigramSet {
    return this.prepare().trigrams;
  }

  /** The trigram table if it has been built (building it costs more than most of its uses save). */
  get trigramsIfScanned(): TrigramSet | undefined {
    return this.ready ? literalTables().slots[this.slot].trigrams : undefined;
  }

  /** The matchers (their ids in COMPILED) whose literals may all occur in the text, ascending. */
  matchers(): number[] {
    return this.candidatesIn(0, MATCHER_COUNT);
  }

  /** The lexicon wordings (their ids in reason.ts) that may occur in the text, ascending. */
  wordings(): number[] {
    return this.candidatesIn(MATCHER_COUNT, Infinity);
  }

  /**
   * The candidate ids from `from` up to `to`, less `from`, ascending. A text has a handful of
   * candidates: collecting them and sorting only when there are several measured 0.2-0.3 µs less
   * an uncached classify call than sorting a typed-array copy of the whole found list.
   */
  private candidatesIn(from: number, to: number): number[] {
    if (!this.text) return [];
    // found[0 .. count): the ids of the matchers and lexicon wordings whose literals may all occur
    // in the text, in no particular order (see literalTables).
    const { found, count } = this.prepare();
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const id = found[i]!;
      if (id >= from && id < to) ids.push(id - from);
    }
    return ids.length > 1 ? ids.sort((a, b) => a - b) : ids;
  }

  /** pattern.test(text), skipped when the literals the pattern needs are absent. */
  test(pattern: RegExp, keys: NeedleKey[] | null): boolean {
    return this.text !== '' && this.trigrams.mayContain(keys) && pattern.test(this.text);
  }

  /** The text a matcher the literal filter let through matches, or null when it does not apply. */
  matchOf(c: Compiled, facts: Facts): string | null {
    if (c.when === 'temporary' && facts.temporary !== true) return null;
    if (c.when === 'permanent' && facts.temporary !== false) return null;
    if (c.providers !== null) {
      const provider = facts.provider();
      if (!c.providers.some((p) => provider.includes(p))) return null;
    }
    if (c.stages !== null) {
      const command = facts.command();
      if (command === null || !c.stages.includes(command)) return null;
    }
    const found = c.pattern.exec(this.text)?.[0] ?? null;
    if (found === null || c.except === null) return found;
    return c.pattern.exec(this.text.replace(c.except, (phrase) => ' '.repeat(phrase.length)))?.[0] ?? null;
  }
}

function codeMatch(parsed: ParsedStatus | null, vendor: VendorCode | undefined, cls: CodeClass | null): Match | null {
  if (vendor) {
    const cause = causeOrThrow(vendor.cause);
    return { cause, reason: vendor.reason ?? cause.reason, specific: true, refines: vendor.refines };
  }
  const detail = parsed ? detailOf(parsed) : undefined;
  if (detail && cls !== '2') {
    // "Other/undefined" says nothing about permanence beyond the class itself.
    const cause = causeOrThrow(detail.cause === 'permanent-unknown' && cls === '4' ? 'temporary-unknown' : detail.cause);
    const reason = (cls === '4' ? detail.reason4 : detail.reason5) ?? 'onhold';
    return { cause, reason, namesCause: detail.namesCause === true };
  }
  return null;
}

interface Facts {
  temporary: boolean | null;
  /** Worked out only when a vendor code or a provider's wording needs it (rarely). */
  provider: () => string;
  /** The SMTP stage, worked out only when a rule needs it. */
  command: () => SmtpCommand | null;
}

/**
 * Every matcher of matchers.ts that applies to the text, provider wordings first, then the generic
 * ones, each list in its own order. The literal filter lets through the few whose words occur.
 */
function ownMatches(scan: Scan, facts: Facts): WordedMatch[] {
  const matches: WordedMatch[] = [];
  for (const id of scan.matchers()) {
    const c = COMPILED[id]!;
    const text = scan.matchOf(c, facts);
    if (text !== null) matches.push(withText(c.match, text));
  }
  return matches;
}

/**
 * A matcher's match with the words it matched. Written out field by field: Node 20's V8 builds an
 * object literal that spreads another and adds a property, `{ ...c.match, text }`, in a runtime
 * call of about 1 µs (against ~20 ns for a bare `{ ...x }`); this measured 2 µs less an uncached
 * classify call over the corpus.
 */
function withText(match: Omit<WordedMatch, 'text'>, text: string): WordedMatch {
  return { cause: match.cause, reason: match.reason, specific: match.specific, restricted: match.restricted, worded: match.worded, rank: match.rank, text };
}

/** Reasons that describe the recipient's address or mailbox: only a refusal at RCPT TO or later can mean them. */
const RECIPIENT_REASONS: ReadonlySet<Reason> = new Set(['userunknown', 'hostunknown', 'mailboxfull', 'hasmoved', 'suspend', 'filtered']);
/** Reasons too unspecific to say who was refused: the stage then says it. */
const STAGE_DECIDES: ReadonlySet<Reason> = new Set(['onhold', 'undefined', 'securityerror', 'systemerror', 'blocked']);

/** REPORTER_DEFAULT_CAUSES as a Map: the record read with the reporter id as key went megamorphic. */
const REPORTER_DEFAULTS: ReadonlyMap<string, string> = new Map(Object.entries(REPORTER_DEFAULT_CAUSES));

/** Reasons a local delivery program's words can name for the mailbox itself ("Disk quota exceeded", "unknown user"). */
const LOCAL_DELIVERY_REASONS: ReadonlySet<Reason> = new Set<Reason>(['mailboxfull', 'userunknown', 'suspend', 'hasmoved', 'mesgtoobig', 'exceedlimit', 'filtered']);

function findCause(input: ClassifyInput, parsed: ParsedStatus | null, cls: CodeClass | null, expired: () => boolean, diagnostic: Scan, context: Scan): Decided {
  const temporary = cls === '4' ? true : cls === '5' ? false : input.action === 'delayed' ? true : null;
  // Given by the caller (null = unknown, not to be guessed), else read from the texts on first need.
  let stage: SmtpCommand | null | undefined = input.command;
  let replyStage: SmtpCommand | null | undefined;
  const stageInReply = (): SmtpCommand | null => {
    if (replyStage === undefined) replyStage = (diagnostic.text && stageOf(diagnostic.text, 'reply', diagnostic.trigrams)) || null;
    return replyStage;
  };
  const command = (): SmtpCommand | null => {
    if (stage === undefined) stage = stageInReply() || context.noticeStage() || null;
    return stage;
  };
  // The stage as far as byStage needs it, which acts on a refusal before RCPT TO only: when the reply
  // names no stage and the notice cannot name such a one, the notice's stage is not read (byStage
  // was the first to ask in 135 of the 232 rendered corpus notices read for it, and two of those
  // named one; ~0.5 µs a rendered corpus notice).
  const commandBeforeRecipients = (): SmtpCommand | null =>
    stage !== undefined || stageInReply() !== null || context.mayNameStageBeforeRecipients() ? command() : null;
  let provider: string | undefined;
  const facts: Facts = { temporary, provider: () => (provider ??= providerOf(input, diagnostic.text)), command };

  if (cls === '2' || input.action === 'delivered' || input.action === 'relayed' || input.action === 'expanded') {
    return { cause: causeOrThrow('delivered'), reason: 'delivered', evidence: { kind: input.status ? 'status' : 'stage', text: input.status ?? `Action: ${input.action}` } };
  }

  const vendorMeaning = parsed ? vendorOf(parsed) : undefined;
  const vendor = vendorMeaning && vendorApplies(vendorMeaning, facts.provider()) ? vendorMeaning : undefined;
  const byCode = codeMatch(parsed, vendor, cls);
  const own = ownMatches(diagnostic, facts);
  let ownInContext: WordedMatch[] | undefined;
  const ownContext = (): WordedMatch[] => (ownInContext ??= ownMatches(context, facts));
  const recipientDomain = input.recipient ? input.recipient.slice(input.recipient.lastIndexOf('@') + 1).toLowerCase() : null;
  const reporterDefault = REPORTER_DEFAULTS.get((input.reporter ?? '').toLowerCase());
  const decision = decideReason({
    status: input.status,
    statusReason: byCode && byCode.reason !== 'onhold' ? byCode.reason : null,
    reply: input.reply,
    replyReason: replyMeaning(input.reply)?.reason ?? null,
    action: input.action,
    words: wordsOf(diagnostic),
    wordingsInWords: () => diagnostic.wordings(),
    context: () => wordsOf(context),
    wordingsInContext: () => context.wordings(),
    stage: command,
    namesProvider: (id) => providerNamed(id, facts.provider(), recipientDomain),
    own,
    ownInContext: ownContext,
    reporterCategory: input.reporterCategory ?? null,
    reporterDefault: reporterDefault ? { reason: causeOrThrow(reporterDefault).reason, text: input.reporter ?? '' } : null,
    mailerDiagnostic: false,
  });
  let { reason, evidence } = decision;
  // A local program's output (Postfix's "Diagnostic-Code: x-unix; …" from pipe(8) or local(8)): its words
  // about networks, blocks or errors are the program's own failure to deliver, a mailer error (the
  // reference's decision order: an X-Unix diagnostic is "mailererror" where no recipient reason is worded).
  if (input.diagnosticType === 'x-unix' && reason !== 'mailererror' && !LOCAL_DELIVERY_REASONS.has(reason)) {
    return { cause: causeOrThrow('mailer-error'), reason: 'mailererror', evidence: { kind: 'stage', text: 'Diagnostic-Code: x-unix' } };
  }
  // The notice's other text names the cause only when it also decided the reason (or the server said nothing).
  const contextMatches = decision.fromContext || !diagnostic.text ? ownContext : () => [];
  let cause = causeFor(reason, evidence, decision.reinterpreted === true, own, contextMatches, byCode, cls, input.action, input.reply);

  // An expiry report that quotes the last deferral keeps that deferral as the cause (it says who
  // must fix what), while the coarse reason is the expiry itself. A DNS failure is the exception:
  // no server was ever reached, so the coarse reason stays the network error.
  const worded = evidence.kind === 'provider' || evidence.kind === 'words';
  if (worded && cause.id !== 'dns-lookup-failed' && diagnostic.test(EXPIRY_WRAPPER, EXPIRY_WRAPPER_KEYS)) {
    return { cause, reason: 'expired', evidence: { kind: 'words', text: EXPIRY_WRAPPER.exec(diagnostic.text)![0] } };
  }
  // A temporary refusal that clears by itself (busy server, greylisting, rate limit) ended in a
  // final failure only because retries ran out: the expiry is the whole story.
  if (cls === '4' && input.action !== 'delayed' && cause.temporary === 'clears-by-itself' && reason !== 'networkerror' && reason !== 'expired' && expired()) {
    return { cause, reason: 'expired', evidence: { kind: 'stage', text: 'retries ran out' } };
  }
  if (evidence.kind === 'none' && expired()) {
    return { cause: byCode?.cause ?? causeOrThrow('message-expired'), reason: 'expired', evidence: { kind: 'stage', text: 'retries ran out' } };
  }
  if (evidence.kind !== 'provider' && evidence.kind !== 'reporter') {
    const staged = byStage(reason, cause, evidence, commandBeforeRecipients);
    if (staged) ({ reason, cause, evidence } = staged);
  }
  return { cause, reason, evidence };
}

/** The server's words as the lexicon reads them: whitespace collapsed, reply prefixes unfolded (haystackOf did that). */
function wordsOf(scan: Scan): string {
  return scan.text;
}

/**
 * The fine-grained cause of a decided reason: the project's own matcher that found it (or another
 * of the same reason), else the status code's cause when it means the same, else the reason's own.
 * Causes follow reasons: a generic wording of another reason (a rate limit's "too many messages")
 * never names the cause of a full mailbox.
 */
const MAILBOX_FULL_STATUS = /^\d\.2\.2$/;
const QMAIL_GIVING_UP = /^giving up on$/i;

function causeFor(reason: Reason, evidence: ReasonEvidence, reinterpreted: boolean, own: readonly Match[], ownContext: () => readonly Match[], byCode: Match | null, cls: CodeClass | null, action: DsnAction | null, reply: number | null): Cause {
  const cause = causeOfReason(reason, evidence, reinterpreted, own, ownContext, byCode, cls, action, reply);
  // Still retrying is no expiry, whatever the words (Postfix's delay warning says "could not be
  // delivered for more than 4 hour(s)"): the retry window is the story.
  if (action === 'delayed' && cause.id === 'message-expired') return causeOrThrow('temporary-unknown');
  // qmail-remote closes every permanent refusal with "Giving up on <ip>": a 5xx answer so worded is a
  // refusal whose words said nothing more, not an expiry (analyzers still call its reason "expired").
  if (cause.id === 'message-expired' && cls === '5' && reply !== null && reply >= 500 && QMAIL_GIVING_UP.test(evidence.text)) return causeOrThrow('permanent-unknown');
  return cause;
}

function causeOfReason(reason: Reason, evidence: ReasonEvidence, reinterpreted: boolean, own: readonly Match[], ownContext: () => readonly Match[], byCode: Match | null, cls: CodeClass | null, action: DsnAction | null, reply: number | null): Cause {
  // A provider's own wording (matchers.ts, from its documentation) names the exact situation and
  // what to do about it, whatever coarse name the reason vocabulary gives it (Microsoft's "4.7.500
  // Access denied, please try again later" is a temporary throttle that analyzers call "blocked").
  // (A wording that says too little for a reason, "please try again later", gives way to any other.)
  const first = own.find((match) => match.reason !== 'onhold') ?? own[0];
  // An expiry that quotes the last attempt's answer (Exchange's "QUEUE.Expired; message expired [Message=452
  // 4.2.2 … Mailbox full]"): that answer says why the retries ran out, and who can fix it.
  if (reason === 'expired') {
    const lastAnswer = own.find((match) => match.reason !== 'onhold' && match.reason !== 'expired' && match.cause.id !== 'message-expired');
    if (lastAnswer) return lastAnswer.cause;
  }
  // (unless the vendor's code says which of the cases that wording covers)
  if (first && byCode?.refines?.includes(first.cause.id)) return byCode.cause;
  if (first && first.specific) return first.cause;
  if (byCode?.namesCause && fits(byCode, reason)) return byCode.cause;
  // The very words that decided the reason, when a matcher knows them better ("Connection dropped":
  // analyzers file it under "blocked", and it is an ordinary network interruption).
  const sameWords = evidence.kind === 'words' && !reinterpreted ? own.find((match) => match.text !== undefined && covers(match.text, evidence.text)) : undefined;
  if (sameWords) return sameWords.cause;
  const fitting = own.find((match) => fits(match, reason)) ?? ownContext().find((match) => fits(match, reason));
  if (fitting) return fitting.cause;
  const temporary = cls === '4' || (cls === null && action === 'delayed');
  const fromCode = (() => {
    if (byCode && fits(byCode, reason)) return byCode;
    const meaning = reason === 'onhold' || reason === 'undefined' ? replyMeaning(reply) : undefined;
    if (meaning && meaning.reply.length === 3) return { cause: causeOrThrow(meaning.cause), reason, specific: false };
    return { cause: defaultCause(reason, temporary, evidence), reason, specific: false };
  })();
  // Only a code named the cause: a temporary code whose words say nothing recognisable stays a temporary
  // unknown (4.2.1 is not "account disabled", 4.7.1 not a block) unless a provider documents the code.
  // (X.2.2 is the exception: RFC 3463 names it "mailbox full" outright, and a full mailbox stays full
  // until its owner makes room, however long the sending server retries.)
  // (and so do a full mailbox's own words, whatever the code: "452 4.2.2 … Mailbox quota usage exceeded")
  const definite = (evidence.kind === 'status' && MAILBOX_FULL_STATUS.test(evidence.text)) || (evidence.kind === 'words' && reason === 'mailboxfull');
  if (temporary && !fromCode.specific && !definite && fromCode.cause.temporary === 'needs-fix') return causeOrThrow('temporary-unknown');
  return fromCode.cause;
}

/** Whether a matcher's quotation of the server's words holds all of another's (case aside). */
function covers(matched: string, evidence: string): boolean {
  return matched.toLowerCase().includes(evidence.toLowerCase());
}

/** Whether a matcher's (or a code's) cause explains the decided reason. */
function fits(match: Match, reason: Reason): boolean {
  if (match.reason === reason) return true;
  // An expiry is explained by the last deferral.
  return reason === 'expired' && (match.cause.temporary === 'clears-by-itself' || match.reason === 'networkerror');
}

/** A reason's own cause when nothing more specific names one: [temporary, permanent]. */
const REASON_CAUSES: Readonly<Record<Reason, readonly [string, string]>> = {
  mailboxfull: ['mailbox-full', 'mailbox-full'],
  mesgtoobig: ['message-too-big', 'message-too-big'],
  exceedlimit: ['recipient-size-limit', 'recipient-size-limit'],
  suspend: ['mailbox-locked', 'account-disabled'],
  hasmoved: ['mailbox-moved', 'mailbox-moved'],
  norelaying: ['relay-denied', 'relay-denied'],
  authfailure: ['auth-required', 'auth-required'],
  userunknown: ['user-unknown', 'user-unknown'],
  filtered: ['content-filtered', 'content-filtered'],
  requireptr: ['no-ptr', 'no-ptr'],
  notcompliantrfc: ['not-rfc-compliant', 'not-rfc-compliant'],
  badreputation: ['reputation-deferral', 'reputation-block'],
  rejected: ['sender-rejected', 'sender-rejected'],
  hostunknown: ['recipient-domain-unknown', 'recipient-domain-unknown'],
  spamdetected: ['spam-detected', 'spam-detected'],
  speeding: ['ip-throttled', 'ip-throttled'],
  toomanyconn: ['too-many-connections', 'too-many-connections'],
  blocked: ['client-blocked', 'client-blocked'],
  virusdetected: ['virus-detected', 'virus-detected'],
  policyviolation: ['recipient-policy', 'recipient-policy'],
  systemerror: ['receiver-temporary-error', 'receiver-system-error'],
  networkerror: ['network-error', 'network-error'],
  contenterror: ['content-error', 'content-error'],
  systemfull: ['receiver-disk-full', 'receiver-disk-full'],
  notaccept: ['receiver-not-accepting', 'domain-accepts-no-mail'],
  expired: ['message-expired', 'message-expired'],
  failedstarttls: ['tls-failed', 'tls-failed'],
  securityerror: ['security-policy', 'security-policy'],
  mailererror: ['mailer-error', 'mailer-error'],
  syntaxerror: ['protocol-error', 'protocol-error'],
  suppressed: ['suppressed', 'suppressed'],
  onhold: ['temporary-unknown', 'permanent-unknown'],
  undefined: ['temporary-unknown', 'unknown'],
  delivered: ['delivered', 'delivered'],
  vacation: ['auto-reply', 'auto-reply'],
  feedback: ['abuse-report', 'abuse-report'],
};

function defaultCause(reason: Reason, temporary: boolean, evidence: ReasonEvidence): Cause {
  if (reason === 'userunknown' && evidence.kind === 'status' && evidence.text.endsWith('.1.3')) return causeOrThrow('address-syntax');
  return causeOrThrow(REASON_CAUSES[reason][temporary ? 0 : 1]);
}

/**
 * Where the SMTP stage changes the meaning (see stage.ts): at MAIL FROM, a refusal that names
 * nothing more specific, or an address that "does not exist", is about the sender; at the greeting or
 * HELO, such a refusal, or one worded about a recipient (no recipient has been named yet), is about
 * the sending server. (So `stage` may answer null for any stage after those.)
 */
function byStage(reason: Reason, cause: Cause, evidence: ReasonEvidence, stage: () => SmtpCommand | null): { reason: Reason; cause: Cause; evidence: ReasonEvidence } | null {
  const vague = STAGE_DECIDES.has(reason) && evidence.kind !== 'words';
  if (!vague && !RECIPIENT_REASONS.has(reason)) return null;
  const command = stage();
  if (command === 'MAIL' && (vague || reason === 'userunknown' || reason === 'hostunknown')) {
    return { reason: 'rejected', cause: causeOrThrow('sender-rejected'), evidence: { kind: 'stage', text: 'refused at MAIL FROM' } };
  }
  if (command === 'CONN' || command === 'HELO') {
    return {
      reason: 'blocked',
      cause: causeOrThrow(command === 'HELO' ? 'bad-helo' : 'client-blocked'),
      evidence: { kind: 'stage', text: command === 'HELO' ? 'refused at HELO/EHLO' : 'refused at connection' },
    };
  }
  return null;
}

/** The reporting server's own "gave up" wording that wraps the remote's last reply. */
const EXPIRY_WRAPPER = /QUEUE\.Expired|message expired|\[internal\] exceeded max time without delivery/i;
const EXPIRY_WORDING = /QUEUE\.Expired|message expired|envelope expired|delivery time expired|retry timeout exceeded|has been in the queue too long|not going to try again|gave up|giving up/i;
/**
 * Part of one word of every EXPIRY_WORDING alternative. Letters only, so whitespace collapsing and
 * reply-prefix unfolding cannot create it: absent from the raw context, the normalised context cannot
 * match either, and the context need not be normalised at all. "xpired" and "meout" rather than
 * "expired" and "timeout": the engine stops at every e or t of the text (0.65 µs against 0.8 µs
 * per corpus context), and "xceed" instead let a third more contexts through.
 */
const EXPIRY_WORDS = /xpired|meout|queue|going|gave|giving/i;
const EXPIRY_WRAPPER_KEYS = keysOf(needlesOf(EXPIRY_WRAPPER.source));
const EXPIRY_WORDING_KEYS = keysOf(needlesOf(EXPIRY_WORDING.source));

/**
 * Recent answers: webmail re-renders the same notice many times and mass bounces repeat one answer
 * for many recipients. Bounded so a long session cannot grow it. The key is a number mixed from the
 * reply code and fingerprints of the status, receiving host, diagnostic and context (see
 * fingerprint); an entry keeps the input, compared in full on a hit, so a colliding key only costs
 * a miss. Against a string key holding the diagnostic (which Map must flatten and hash whole) this
 * measured 0.3 µs less a call over the corpus.
 */
const CACHE_LIMIT = 512;
/** The input a cached answer was given for (compared in full on a hit), and the answer. */
type CacheEntry = Omit<ClassifyInput, 'context' | 'command' | 'recipient' | 'reporterCategory' | 'diagnosticType'> & {
  diagnosticType: string | null;
  command: SmtpCommand | null | undefined;
  recipient: string | null;
  reporterCategory: ClassifyInput['reporterCategory'];
  context: string;
  result: Classification;
};
const cache = new Map<number, CacheEntry>();

/** Forget cached answers (for benchmarks and tests that measure the uncached path). */
export function clearClassifyCache(): void {
  cache.clear();
}

const FINGERPRINT_SAMPLES = 16;

/** h mixed with text's length and a few sampled characters: cheap and collision-prone by design. */
function fingerprint(h: number, text: string | null | undefined): number {
  if (text == null) return (Math.imul(h, 31) + (text === null ? 1 : 2)) | 0;
  const n = text.length;
  h = (Math.imul(h, 31) + n) | 0;
  const step = n > FINGERPRINT_SAMPLES ? Math.floor(n / FINGERPRINT_SAMPLES) : 1;
  for (let i = n - 1; i >= 0; i -= step) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

function sameInput(entry: CacheEntry, input: ClassifyInput, context: string): boolean {
  return entry.diagnostic === input.diagnostic && entry.status === input.status && entry.reply === input.reply &&
    entry.action === input.action && entry.reporter === input.reporter && entry.remoteMta === input.remoteMta &&
    entry.command === input.command && entry.context === context && entry.recipient === (input.recipient ?? null) &&
    entry.reporterCategory === (input.reporterCategory ?? null) && entry.diagnosticType === (input.diagnosticType ?? null);
}

export function classify(input: ClassifyInput): Classification {
  const context = input.context ?? '';
  // The texts, codes and receiving host tell the corpus's inputs apart but for one pair of contexts;
  // the reporter, action and command, compared on a hit, add nothing there.
  const key = fingerprint(fingerprint(fingerprint(fingerprint(input.reply ?? -1, input.status), input.remoteMta), input.diagnostic), context);
  const hit = cache.get(key);
  if (hit && sameInput(hit, input, context)) return { ...hit.result };
  const result = classifyUncached(input);
  if (!hit && cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  const { status, reply, diagnostic, reporter, action, remoteMta, command } = input;
  cache.set(key, { status, reply, diagnostic, reporter, action, remoteMta, command, context, recipient: input.recipient ?? null, reporterCategory: input.reporterCategory ?? null, diagnosticType: input.diagnosticType ?? null, result });
  return { ...result };
}

function classifyUncached(input: ClassifyInput): Classification {
  const parsed = parseStatus(input.status);
  const cls = codeClassOf(parsed, input.reply);
  const diagnostic = new Scan(input.diagnostic, MAX_DIAGNOSTIC, 0);
  const context = new Scan(input.context, MAX_CONTEXT, 1);
  // Whether retries ran out, worked out only when the answer depends on it: the expiry wordings
  // run over the whole context, and most calls (a failure whose cause reads the same either way)
  // never need them. Measured 0.6 µs less a call over the corpus.
  let expiry: boolean | undefined;
  const expired = (): boolean =>
    (expiry ??=
      (parsed?.subject === 4 && parsed.detail === 7) ||
      diagnostic.test(EXPIRY_WORDING, EXPIRY_WORDING_KEYS) ||
      (EXPIRY_WORDS.test(context.capped) && EXPIRY_WORDING.test(context.text)));
  const { cause, reason, evidence } = findCause(input, parsed, cls, expired, diagnostic, context);
  const ifNotExpired = decideVerdict(cause, deliveryStage(input.action, cls, false));
  const ifExpired = decideVerdict(cause, deliveryStage(input.action, cls, true));
  const sameEither = ifNotExpired.verdict === ifExpired.verdict && ifNotExpired.actor === ifExpired.actor;
  const { verdict, actor } = sameEither ? ifNotExpired : expired() ? ifExpired : ifNotExpired;
  return { reason, reasonEvidence: evidence, cause: cause.id, verdict, actor };
}

/** Who should look into a cause that keeps coming back, as reported by this system (causes.ts `ifPersistsByReporter`). */
export function ifPersistsActor(cause: Cause, reporter: string | null): Actor {
  return (reporter !== null ? cause.ifPersistsByReporter?.[reporter] : undefined) ?? cause.ifPersists;
}

/** The reporter's documented default retry window, when known. */
export function defaultRetryWindow(reporter: string | null): { hours: number; note: string } | null {
  const found = defaultRetryFor(reporter);
  return found ? { hours: found.hours, note: found.note } : null;
}

/** Every regular expression the knowledge base runs over remote servers' text (for the ReDoS check). */
export function allPatterns(): RegExp[] {
  return [...matcherPatterns(), ...STAGE_PHRASES.map((p) => p.pattern), ANY_PHRASE, MAY_NAME_STAGE, MAY_NAME_STAGE_BEFORE_RECIPIENTS, GOOGLE_REPLY, EXPIRY_WORDING, EXPIRY_WORDS, EXPIRY_WRAPPER, CONTINUATION_PREFIX, INNER_REPLY_PREFIX, WHITESPACE, NEEDS_NORMALISING, ENHANCED_CODE, ...SENDING_ADDRESS_PATTERNS, ANY_ERROR_TOKEN, ...ERROR_CODE_FAMILIES.map((family) => family.token)];
}
