/**
 * The knowledge base: what bounce diagnostics mean, who must act, and what to tell a non-expert.
 * Knowledge lives in tables (causes.ts, codes.ts, matchers.ts, retry.ts, strings.ts); this module
 * holds only the lookup order and the verdict rule.
 */
import type { Actor, Advice, DsnAction, NoticeKind, Reason, RecipientStatus, Verdict } from '../types';
import { WHILE_RETRYING_STEPS, causeOrThrow, getCause, type Cause } from './causes';
import { ENHANCED_CODE, enhancedDetail, enhancedSubject, parseStatus, replyMeaning, vendorCode } from './codes';
import { GENERIC_MATCHERS, PROVIDER_MATCHERS, REPORTER_DEFAULT_CAUSES, allPatterns as matcherPatterns, type TextMatcher } from './matchers';
import { defaultRetryFor } from './retry';
import { STRINGS, actorLabel } from './strings';
import { decideVerdict, deliveryStage } from './verdict';

export { CAUSES, getCause } from './causes';
export type { Cause, TemporaryBehaviour } from './causes';
export {
  ENHANCED_CLASSES, ENHANCED_SUBJECTS, ENHANCED_DETAILS, VENDOR_CODES, REPLY_CODES,
  describeStatus, enhancedDetail, enhancedSubject, enhancedClass, replyMeaning, vendorCode, parseStatus,
} from './codes';
export { PROVIDER_MATCHERS, GENERIC_MATCHERS, REPORTER_DEFAULT_CAUSES } from './matchers';
export type { TextMatcher } from './matchers';
export { RETRY_DEFAULTS } from './retry';
export { SOURCES } from './sources';
export { ACTOR_LABELS, STRINGS, actorLabel } from './strings';
export { decideVerdict, deliveryStage } from './verdict';
export type { DeliveryStage } from './verdict';

export interface ClassifyInput {
  status: string | null;
  reply: number | null;
  diagnostic: string | null;
  reporter: string | null;
  action: DsnAction | null;
  remoteMta: string | null;
  /** Other text of the notice that may hint at the cause (e.g. Gmail's "address couldn't be found"). */
  context?: string | null;
}

export interface Classification {
  reason: Reason;
  cause: string;
  verdict: Verdict;
  actor: Actor;
}

/**
 * Order in which coarse reasons are tried when only generic wordings apply. The first list lets
 * the enhanced code's own reason compete with the wording; the second is tried (wording only)
 * when the code's reason is vague. This mirrors the tie-breaking of established bounce analyzers,
 * so e.g. "5.1.1 ... mailbox full" is reported as a full mailbox.
 */
const REASONS_WITH_CODE: readonly Reason[] = [
  'mailboxfull', 'mesgtoobig', 'exceedlimit', 'suspend', 'hasmoved', 'norelaying', 'authfailure',
  'userunknown', 'filtered', 'requireptr', 'notcompliantrfc', 'badreputation', 'contenterror',
  'rejected', 'hostunknown', 'spamdetected', 'speeding', 'toomanyconn', 'blocked',
];
const REASONS_BY_WORDING: readonly Reason[] = [
  'mailboxfull', 'authfailure', 'badreputation', 'speeding', 'spamdetected', 'virusdetected',
  'policyviolation', 'norelaying', 'systemerror', 'networkerror', 'suspend', 'contenterror',
  'systemfull', 'notaccept', 'expired', 'failedstarttls', 'securityerror', 'suppressed', 'mailererror',
  'syntaxerror',
];
/** Code-derived reasons too vague to beat a specific wording. */
const VAGUE_CODE_REASONS: ReadonlySet<Reason> = new Set([
  'undefined', 'onhold', 'systemerror', 'securityerror', 'expired', 'networkerror',
]);

interface Match {
  cause: Cause;
  reason: Reason;
  /** Found by a provider's own wording (as opposed to a generic phrase or a code). */
  specific?: boolean;
}

type CodeClass = '2' | '4' | '5';

function codeClassOf(input: ClassifyInput): CodeClass | null {
  const parsed = parseStatus(input.status);
  if (parsed) return parsed.cls;
  if (input.reply != null && input.reply >= 200 && input.reply < 600) return String(Math.floor(input.reply / 100)) as CodeClass;
  return null;
}

/** "550-5.7.1 " at the start of each continuation line of a multi-line reply. */
const CONTINUATION_PREFIX = /\b[245]\d\d-(?:[245]\.\d{1,3}\.\d{1,3} )?/g;
/** The last line's "550 5.7.1 " repeated inside the text once lines are joined. */
const INNER_REPLY_PREFIX = /(?<=\S) [245]\d\d (?:[245]\.\d{1,3}\.\d{1,3} )?/g;
const WHITESPACE = /\s+/g;

/** Whitespace collapsed, plus a copy without multi-line reply prefixes ("550-5.7.1 "). */
function haystackOf(raw: string | null | undefined): string {
  const diagnostic = (raw ?? '').replace(WHITESPACE, ' ').trim();
  if (!diagnostic) return '';
  const unfolded = diagnostic.replace(CONTINUATION_PREFIX, '').replace(INNER_REPLY_PREFIX, ' ');
  return unfolded === diagnostic ? diagnostic : `${diagnostic}\n${unfolded}`;
}

function providerOf(input: ClassifyInput): string {
  return `${input.reporter ?? ''} ${input.remoteMta ?? ''}`.toLowerCase();
}

function applies(m: TextMatcher, text: string, temporary: boolean | null, provider: string): boolean {
  if (m.when === 'temporary' && temporary !== true) return false;
  if (m.when === 'permanent' && temporary !== false) return false;
  if (m.providers && !m.providers.some((p) => provider.includes(p))) return false;
  return m.pattern.test(text);
}

function matchOf(m: TextMatcher): Match {
  const cause = causeOrThrow(m.cause);
  return { cause, reason: m.reason ?? cause.reason };
}

function codeMatch(status: string | null, cls: CodeClass | null): Match | null {
  const vendor = vendorCode(status);
  if (vendor) {
    const cause = causeOrThrow(vendor.cause);
    return { cause, reason: vendor.reason ?? cause.reason };
  }
  const detail = enhancedDetail(status);
  if (detail && cls !== '2') {
    // "Other/undefined" says nothing about permanence beyond the class itself.
    const cause = causeOrThrow(detail.cause === 'permanent-unknown' && cls === '4' ? 'temporary-unknown' : detail.cause);
    const reason = (cls === '4' ? detail.reason4 : detail.reason5) ?? 'onhold';
    return { cause, reason };
  }
  return null;
}

/** A cause named by the wording (provider texts first, then generic wordings in reason order). */
interface WordingPass {
  /** Try provider wordings first. */
  providers: boolean;
  /** Reasons tried in order, each competing with the enhanced code's own reason. */
  withCode: readonly Reason[];
  /** Reasons tried afterwards, on the wording alone. */
  byWording: readonly Reason[];
}

function causeFromWording(text: string, byCode: Match | null, temporary: boolean | null, provider: string, pass: WordingPass): Match | null {
  if (!text) return null;
  if (pass.providers) {
    const specific = PROVIDER_MATCHERS.find((m) => applies(m, text, temporary, provider));
    if (specific) return { ...matchOf(specific), specific: true };
  }
  const generic = (reason: Reason) =>
    GENERIC_MATCHERS.find((m) => causeOrThrow(m.cause).reason === reason && applies(m, text, temporary, provider));
  for (const reason of pass.withCode) {
    if (byCode && byCode.reason === reason) return byCode;
    const m = generic(reason);
    if (m) return matchOf(m);
  }
  for (const reason of pass.byWording) {
    const m = generic(reason);
    if (m) return matchOf(m);
  }
  return null;
}

const FULL_PASS: WordingPass = { providers: true, withCode: REASONS_WITH_CODE, byWording: REASONS_BY_WORDING };
const STRONG_PASS: WordingPass = { providers: true, withCode: REASONS_WITH_CODE, byWording: [] };
const WEAK_PASS: WordingPass = { providers: false, withCode: [], byWording: REASONS_BY_WORDING };

/**
 * A recipient refused as "unknown" only after the message body was sent had already been accepted
 * at the RCPT stage, so the refusal comes from a filter, not from a missing mailbox. (When the
 * stage is unknown the wording is taken at its word.)
 */
const AFTER_DATA = /after end of data|in reply to end of DATA command|in reply to DATA command|>>> DATA/i;
const RCPT_STAGE = /RCPT TO|in reply to RCPT|does not like recipient/i;

function refineByPhase(match: Match, byCode: Match | null, diagnostic: string, context: string): Match {
  if (match.specific || match.cause.id !== 'user-unknown' || match.reason !== 'userunknown') return match;
  if (byCode?.reason === 'userunknown') return match;
  // The rest of the notice counts only when it shows no RCPT-stage refusal (it may cover several recipients).
  const afterData = AFTER_DATA.test(diagnostic) || (AFTER_DATA.test(context) && !RCPT_STAGE.test(context));
  return afterData ? { cause: causeOrThrow('content-filtered'), reason: 'filtered' } : match;
}

function findCause(input: ClassifyInput, expired: boolean): Match {
  const cls = codeClassOf(input);
  const temporary = cls === '4' ? true : cls === '5' ? false : input.action === 'delayed' ? true : null;
  const provider = providerOf(input);

  if (cls === '2' || input.action === 'delivered' || input.action === 'relayed' || input.action === 'expanded') {
    return { cause: causeOrThrow('delivered'), reason: 'delivered' };
  }

  const vendor = vendorCode(input.status);
  const byCode = codeMatch(input.status, cls);
  const diagnostic = haystackOf(input.diagnostic);
  // The remote server's own words decide first; the rest of the notice (which may describe other
  // recipients or be boilerplate) only when they say nothing recognisable.
  const context = haystackOf(input.context);
  const worded = causeFromWording(diagnostic, vendor ? null : byCode, temporary, provider, FULL_PASS) ?? (vendor ? byCode : null);
  // An expiry report that quotes the last deferral keeps that deferral as the cause (it says who
  // must fix what), while the coarse reason is the expiry itself. A DNS failure is the exception:
  // no server was ever reached, so the coarse reason stays the network error.
  if (worded && worded.cause.id !== 'dns-lookup-failed' && EXPIRY_WRAPPER.test(diagnostic)) return { ...worded, reason: 'expired' };
  if (worded) return refineByPhase(worded, byCode, diagnostic, context);
  // X.4.7 says outright that retries ran out; boilerplate elsewhere in the notice must not override it.
  if (byCode?.reason === 'expired') return byCode;
  const fromContext = causeFromWording(context, byCode, temporary, provider, STRONG_PASS);
  if (fromContext) return refineByPhase(fromContext, byCode, diagnostic, context);

  const reporterDefault = REPORTER_DEFAULT_CAUSES[(input.reporter ?? '').toLowerCase()];
  if (reporterDefault) {
    const cause = causeOrThrow(reporterDefault);
    return { cause, reason: cause.reason };
  }

  if (byCode && !VAGUE_CODE_REASONS.has(byCode.reason)) return byCode;
  const weakFromContext = causeFromWording(context, null, temporary, provider, WEAK_PASS);
  if (weakFromContext) return weakFromContext;
  if (byCode && byCode.reason !== 'onhold' && byCode.reason !== 'undefined') return byCode;

  // Nothing specific: a notice still retrying, or one that says retries ran out, is expiry in
  // bounce-analyzer terms.
  if (input.action === 'delayed' || expired) {
    const fallback = byCode?.cause ?? causeOrThrow(input.action === 'delayed' ? 'temporary-unknown' : 'message-expired');
    return { cause: fallback, reason: 'expired' };
  }
  const subject = enhancedSubject(input.status);
  if (subject && subject.subject === '6') return { cause: causeOrThrow(subject.cause), reason: 'contenterror' };
  if (subject && subject.subject === '7') return { cause: causeOrThrow(subject.cause), reason: 'securityerror' };
  if (byCode) return byCode;
  const hasWords = Boolean(diagnostic);
  if (subject) return { cause: causeOrThrow(subject.cause), reason: hasWords ? 'onhold' : 'undefined' };
  const reply = replyMeaning(input.reply);
  if (reply) return { cause: causeOrThrow(reply.cause), reason: reply.reason ?? (hasWords ? 'onhold' : 'undefined') };
  return { cause: causeOrThrow(hasWords ? 'permanent-unknown' : 'unknown'), reason: hasWords ? 'onhold' : 'undefined' };
}

/** The reporting server's own "gave up" wording that wraps the remote's last reply. */
const EXPIRY_WRAPPER = /QUEUE\.Expired|message expired|\[internal\] exceeded max time without delivery/i;
const EXPIRY_WORDING = /QUEUE\.Expired|message expired|envelope expired|delivery time expired|retry timeout exceeded|has been in the queue too long|not going to try again|gave up|giving up/i;

export function classify(input: ClassifyInput): Classification {
  const cls = codeClassOf(input);
  const text = `${haystackOf(input.diagnostic)}\n${haystackOf(input.context)}`;
  const parsed = parseStatus(input.status);
  const expired = (parsed?.subject === 4 && parsed.detail === 7) || EXPIRY_WORDING.test(text);
  const stage = deliveryStage(input.action, cls, expired);
  const { cause, reason } = findCause(input, expired);
  const { verdict, actor } = decideVerdict(cause, stage);
  return { reason, cause: cause.id, verdict, actor };
}

export interface AdviseInput {
  recipient: RecipientStatus;
  kind: NoticeKind;
  reporter: string | null;
}

function retryNote(recipient: RecipientStatus, reporter: string | null): string | null {
  if (recipient.retryUntil?.note) return recipient.retryUntil.note;
  return defaultRetryWindow(reporter)?.note ?? null;
}

export function advise(input: AdviseInput): Advice {
  const { recipient, kind, reporter } = input;
  const cause = getCause(recipient.cause) ?? causeOrThrow('unknown');
  const dnsExamples = [...(cause.dnsExamples ?? [])];

  if (kind !== 'failure' && kind !== 'delay') {
    return { headline: STRINGS.headlineNotBounce, explanation: cause.explanation, steps: [...cause.steps], dnsExamples: [] };
  }

  const stillRetrying = kind === 'delay' || recipient.action === 'delayed';
  const note = stillRetrying ? retryNote(recipient, reporter) : null;

  if (recipient.verdict === 'wait') {
    const explanation = [cause.explanation, STRINGS.stillRetrying, note ? STRINGS.retryFor(note) : null]
      .filter(Boolean)
      .join(' ');
    return { headline: STRINGS.headlineWait, explanation, steps: [...cause.steps], dnsExamples };
  }

  const who = actorLabel(recipient.actor);
  const parts = [cause.explanation];
  const steps: string[] = [];
  if (stillRetrying) {
    parts.push(STRINGS.stillRetrying, STRINGS.needsFixWhileRetrying(who));
    if (note) parts.push(STRINGS.retryFor(note));
    steps.push(STRINGS.noResend);
  } else if (cause.temporary === 'clears-by-itself') {
    parts.push(STRINGS.gaveUp);
    steps.push(...STRINGS.gaveUpSteps);
  }
  steps.push(...cause.steps.filter((s) => !WHILE_RETRYING_STEPS.includes(s)));
  if (recipient.actor === 'sender-admin' && !steps.some((s) => /administrator/i.test(s))) steps.push(STRINGS.forwardToAdmin);
  if ((recipient.actor === 'recipient' || recipient.actor === 'recipient-admin') && !steps.some((s) => /another way/i.test(s))) {
    steps.push(STRINGS.tellRecipient);
  }
  return { headline: STRINGS.headlineAct(who), explanation: parts.join(' '), steps: dedupe(steps), dnsExamples };
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}

/** The reporter's documented default retry window, when known. */
export function defaultRetryWindow(reporter: string | null): { hours: number; note: string } | null {
  const found = defaultRetryFor(reporter);
  return found ? { hours: found.hours, note: found.note } : null;
}

/** Every regular expression the knowledge base runs over remote servers' text (for the ReDoS check). */
export function allPatterns(): RegExp[] {
  return [...matcherPatterns(), AFTER_DATA, RCPT_STAGE, EXPIRY_WORDING, EXPIRY_WRAPPER, CONTINUATION_PREFIX, INNER_REPLY_PREFIX, WHITESPACE, ENHANCED_CODE];
}
