/**
 * The extraction pipeline: RFC 3464 / ARF / MDN structure first, generic reply-line reading of the
 * notice text second, family-specific refinement last; then classification by the knowledge base.
 */
import { actionValue, addressValue, diagnosticValue, field, hostValue, parseDeliveryStatus, parseFieldLines, statusValue } from './dsn';
import type { FieldBlock } from './dsn';
import { addressesInText, cutReturnedOriginal, extractFromText, remoteHostIn, replyInDiagnostic } from './extract';
import { htmlToText } from './html';
import { advise, classify } from './knowledge/index';
import { decodeHeaderValue, parseHeaders, parseMessage, splitHeaderBody } from './mime';
import type { MimePart } from './mime';
import { AUTOREPLY_SUBJECTS, DECISIVE_TEXT, DELAY_SUBJECTS, DELAY_TEXT, FAILURE_SUBJECTS, FAILURE_TEXT, FEEDBACK_SUBJECTS, RECEIPT_SUBJECTS } from './notice-language';
import { detectReporter, readStructured } from './reporters/index';
import type { Draft, NoticeView, Reporter, StructuredNotice } from './reporters/index';
import { parseDate, retryWindow } from './retry';
import type { Diagnosis, DsnAction, NoticeKind, Reason, RecipientStatus } from './types';

export interface AnalyzeContext {
  subject?: string | null;
  from?: string | null;
  date?: string | null;
  now?: Date;
}

/** What the raw message yields before interpretation. */
interface Collected {
  plain: string[];
  html: string[];
  deliveryStatus: string[];
  feedbackReport: string[];
  dispositionNotification: string[];
  /** Headers of the returned original, when the notice carries it as a part. */
  returnedHeaders: MimePart | null;
  reportType: string | null;
}

function collect(root: MimePart): Collected {
  const collected: Collected = { plain: [], html: [], deliveryStatus: [], feedbackReport: [], dispositionNotification: [], returnedHeaders: null, reportType: null };
  const visit = (part: MimePart, depth: number): void => {
    const type = part.mediaType;
    if (part.isMultipart && part.parts.length > 0) {
      if (type === 'multipart/report' && !collected.reportType) collected.reportType = (part.contentType.params['report-type'] ?? '').toLowerCase();
      for (const child of part.parts) visit(child, depth + 1);
      return;
    }
    switch (type) {
      case 'message/delivery-status':
      case 'message/global-delivery-status':
        collected.deliveryStatus.push(part.text());
        return;
      case 'message/feedback-report':
        collected.feedbackReport.push(part.text());
        return;
      case 'message/disposition-notification':
      case 'message/global-disposition-notification':
        collected.dispositionNotification.push(part.text());
        return;
      case 'message/rfc822':
      case 'message/global':
      case 'message/partial':
      case 'text/rfc822-headers':
      case 'text/rfc822-header':
      case 'message/rfc822-headers':
      case 'message/global-headers':
        if (!collected.returnedHeaders) collected.returnedHeaders = part;
        return;
      case 'text/plain':
      case 'text/enriched':
      case 'multipart/report':
      case 'multipart/mixed':
      case 'multipart/alternative':
        if (!isAttachmentOfOriginal(part) || depth === 0) collected.plain.push(part.text());
        return;
      case 'text/html':
        collected.html.push(part.text());
        return;
      default:
        return;
    }
  };
  visit(root, 0);
  return collected;
}

/** A text part named like a saved message is the returned original, not the notice. */
function isAttachmentOfOriginal(part: MimePart): boolean {
  const name = part.contentType.params['name'] ?? '';
  return /\.(?:eml|msg)$/i.test(name);
}

const DAEMON_FROM = /mailer-daemon|postmaster|mail delivery|delivery subsystem|mail administrator|post_master|mail\.delivery|\bdaemon\b|ndr administrator/i;
const BOUNCE_HEADERS = ['x-failed-recipients', 'x-ms-exchange-message-is-ndr'];
const AUTOREPLY_HEADERS = ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-vacation', 'x-mail-autoreply'];
const ARF_TEXT = /^Feedback-Type:\s*\w/im;
const INLINE_DSN = /^(?:Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code):[ \t]*\S/im;
function addressesIn(value: string | null): string[] {
  return addressesInText(value);
}

export function analyzeRawMessage(input: string | Uint8Array, context: AnalyzeContext): Diagnosis {
  return analyzeParsed(parseMessage(input), context, 0);
}

/** A notice that only wraps another notice (a relay forwarding a bounce) is read from the inner one. */
const MAX_NESTED_NOTICES = 2;

function analyzeParsed(root: MimePart, context: AnalyzeContext, nesting: number): Diagnosis {
  const headers = root.headers;
  const subject = decodeHeaderValue(headers.get('subject') ?? context.subject ?? '', root.binary);
  const from = decodeHeaderValue(headers.get('from') ?? context.from ?? '', root.binary);
  const collected = collect(root);

  let bodyText = collected.plain.join('\n\n');
  if (bodyText.trim() === '' && collected.html.length > 0) bodyText = collected.html.map(htmlToText).join('\n\n');
  const { notice, original } = cutReturnedOriginal(bodyText);

  const returnedHeaders = collected.returnedHeaders?.embedded()?.headers ?? headersOfInlineOriginal(original);
  const view: NoticeView = {
    subject,
    from: from.toLowerCase(),
    text: notice,
    header: (name) => headers.get(name),
    rendered: false,
  };

  const exclude = new Set<string>([...addressesIn(headers.get('to')), ...addressesIn(from), ...addressesIn(returnedHeaders?.get('from') ?? null), ...addressesIn(headers.get('return-path'))]);
  const noticeTime = parseDate(headers.get('date')) ?? parseDate(context.date) ?? context.now?.getTime() ?? null;

  // Non-bounce reports first: their structure is unambiguous.
  const complaintCopy = returnedHeaders?.get('x-hmxmroriginalrecipient') ?? null;
  if (
    collected.reportType === 'feedback-report' ||
    collected.feedbackReport.length > 0 ||
    complaintCopy !== null ||
    (ARF_TEXT.test(notice) && /abuse|feedback|fbl|complaint/i.test(subject + notice.slice(0, 2000))) ||
    (FEEDBACK_SUBJECTS.test(subject) && (collected.returnedHeaders !== null || /auto-replied/i.test(headers.get('auto-submitted') ?? '')))
  ) {
    const fields = parseFieldLines(collected.feedbackReport.join('\n\n') || notice);
    const addresses = feedbackRecipients(fields, complaintCopy ?? returnedHeaders?.get('to') ?? headers.get('to'));
    return nonBounce('feedback', addresses.map((address) => emptyDraft(address)), view, 'raw');
  }
  if (collected.reportType === 'disposition-notification' || collected.dispositionNotification.length > 0) {
    const fields = parseFieldLines(collected.dispositionNotification.join('\n\n'));
    const address = addressValue(fields.map((block) => field(block, 'final-recipient') ?? field(block, 'original-recipient')).find((value) => value) ?? null) ?? addressesIn(from)[0] ?? null;
    return nonBounce('delivered', address ? [emptyDraft(address)] : [], view, 'raw');
  }
  const structured = readStructured(view);
  if (structured) return fromStructured(structured.notice, structured.reporter, view, noticeTime, 'raw');

  let dsnText = collected.deliveryStatus.join('\n\n');
  if (dsnText === '' && INLINE_DSN.test(notice)) dsnText = inlineDsnText(notice);
  const dsnDrafts = dsnText ? draftsFromDeliveryStatus(dsnText) : [];
  for (const draft of dsnDrafts) completeDraft(draft);

  const failedHeader = addressesIn(headers.getAll('x-failed-recipients').join(','));
  const strongEvidence = dsnDrafts.length > 0 || BOUNCE_HEADERS.some((name) => headers.has(name)) || collected.reportType === 'delivery-status';
  const evidence = bounceEvidence(view, DAEMON_FROM.test(from) || /^\s*<>\s*$/.test(headers.get('return-path') ?? ''));

  if (!strongEvidence && evidence < 2) {
    if (isAutoReply(view, headers.get('auto-submitted'), AUTOREPLY_HEADERS.some((name) => headers.has(name)) || /auto.?reply/i.test(headers.get('precedence') ?? ''))) {
      return nonBounce('autoreply', addressesIn(from).slice(0, 1).map((address) => emptyDraft(address)), view, 'raw');
    }
    return notABounce('raw');
  }

  const reporter = detectReporter(view);
  const textDrafts = extractWithFallback(beforeInlineDsn(notice), exclude);
  if (dsnDrafts.length === 0 && nesting < MAX_NESTED_NOTICES && textDrafts.every((draft) => draft.reply === null && draft.status === null)) {
    const inner = collected.returnedHeaders?.embedded();
    if (inner && (inner.mediaType === 'multipart/report' || DAEMON_FROM.test(inner.headers.get('from') ?? ''))) {
      const nested = analyzeParsed(inner, context, nesting + 1);
      if (nested.bounce) return nested;
    }
  }
  // X-Failed-Recipients (Exim and friends) is the authoritative list when there is no DSN part.
  const listed = dsnDrafts.length > 0 ? dsnDrafts : failedHeader.map((address) => emptyDraft(address));
  let drafts = mergeDrafts(listed, textDrafts);
  if (drafts.length === 0 || drafts.every((draft) => draft.address === null)) {
    const fallback = addressesIn(returnedHeaders?.get('to') ?? null)[0] ?? null;
    if (drafts.length === 0) drafts.push(emptyDraft(fallback));
    else drafts[0]!.address = fallback;
  }
  drafts = drafts.filter((draft, index) => draft.address !== null || index === 0);
  return finish(drafts, view, reporter, noticeTime, 'raw');
}

export function analyzeRenderedText(text: string, context: AnalyzeContext): Diagnosis {
  const plain = /<(?:html|body|div|table|p|br)\b/i.test(text.slice(0, 5000)) ? htmlToText(text) : text;
  const { notice } = cutReturnedOriginal(plain.indexOf('\r') >= 0 ? plain.replace(/\r\n?/g, '\n') : plain);
  const subject = context.subject ?? '';
  const from = context.from ?? '';
  const view: NoticeView = { subject, from: from.toLowerCase(), text: notice, header: () => null, rendered: true };
  const noticeTime = parseDate(context.date) ?? context.now?.getTime() ?? null;

  if (ARF_TEXT.test(notice) && /abuse|feedback|fbl|complaint/i.test(subject + notice.slice(0, 2000))) {
    return nonBounce('feedback', feedbackRecipients(parseFieldLines(notice), null).map((address) => emptyDraft(address)), view, 'rendered');
  }
  const structured = readStructured(view);
  if (structured) return fromStructured(structured.notice, structured.reporter, view, noticeTime, 'rendered');
  const dsnDrafts = INLINE_DSN.test(notice) ? draftsFromDeliveryStatus(inlineDsnText(notice)) : [];
  for (const draft of dsnDrafts) completeDraft(draft);
  const evidence = bounceEvidence(view, DAEMON_FROM.test(from));
  if (dsnDrafts.length === 0 && evidence < 2) {
    if (isAutoReply(view, null, false)) return nonBounce('autoreply', addressesIn(from).slice(0, 1).map((address) => emptyDraft(address)), view, 'rendered');
    if (RECEIPT_SUBJECTS.test(subject) && !FAILURE_SUBJECTS.test(subject)) return nonBounce('delivered', [], view, 'rendered');
    return notABounce('rendered');
  }
  const exclude = new Set<string>(addressesIn(from));
  const reporter = detectReporter(view);
  let drafts = mergeDrafts(dsnDrafts, extractWithFallback(beforeInlineDsn(notice), exclude));
  if (drafts.length === 0) drafts = [emptyDraft(null)];
  return finish(drafts, view, reporter, noticeTime, 'rendered');
}

/** When every candidate was excluded as the sender (mail to oneself), accept the sender's address. */
function extractWithFallback(notice: string, exclude: ReadonlySet<string>): Draft[] {
  const drafts = extractFromText(notice, exclude);
  if (drafts.some((draft) => draft.address !== null) || exclude.size === 0) return drafts;
  const relaxed = extractFromText(notice, new Set());
  return relaxed.some((draft) => draft.address !== null) ? relaxed : drafts;
}

function emptyDraft(address: string | null): Draft {
  return { address, action: null, status: null, reply: null, diagnostic: null, remoteMta: null, willRetryUntil: null };
}

/** Count independent signs that the message is a delivery notice. */
function bounceEvidence(view: NoticeView, daemonFrom: boolean): number {
  let score = 0;
  if (daemonFrom) score++;
  if (FAILURE_SUBJECTS.test(view.subject) || DELAY_SUBJECTS.test(view.subject)) score++;
  const head = view.text.length > 8000 ? view.text.slice(0, 8000) : view.text;
  if (DECISIVE_TEXT.test(head)) score += 2;
  else if (FAILURE_TEXT.test(head) || DELAY_TEXT.test(head)) score++;
  if (/(?<![\w.])[45]\d\d[ -]#?[45]\.\d{1,3}\.\d{1,3}(?![\w.])|(?<![\w.])#?[45]\.\d{1,3}\.\d{1,3}(?![\w.])/.test(head)) score++;
  return score;
}

function isAutoReply(view: NoticeView, autoSubmitted: string | null, autoReplyHeader: boolean): boolean {
  if (autoReplyHeader) return true;
  if (autoSubmitted && /auto-replied/i.test(autoSubmitted)) return true;
  return AUTOREPLY_SUBJECTS.test(view.subject);
}

/** The prose before an inline DSN block (the block itself is read as fields). */
function beforeInlineDsn(text: string): string {
  const match = INLINE_DSN_START.exec(text);
  return match && match.index > 0 ? text.slice(0, match.index) : text;
}

const INLINE_DSN_START = /^(?:Reporting-MTA|Final-Recipient|Original-Recipient):[ \t]*\S/im;

/** Text from the first DSN-looking field line on, so inline DSNs parse like a real part. */
function inlineDsnText(text: string): string {
  const match = /^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Arrival-Date|Action):/im.exec(text);
  return match ? text.slice(match.index) : '';
}

function draftsFromDeliveryStatus(text: string): Draft[] {
  const status = parseDeliveryStatus(text);
  const drafts: Draft[] = [];
  for (const block of status.recipients) {
    const final = addressValue(field(block, 'final-recipient'));
    const original = addressValue(field(block, 'original-recipient'));
    // a Final-Recipient without a dotted domain (source route, local alias) says less than the original
    const address = final && (isMailbox(final) || !original || !isMailbox(original)) ? final : (original ?? addressValue(field(block, 'x-actual-recipient')));
    const diagnostic = diagnosticValue(diagnosticField(block));
    drafts.push({
      address: address && address.includes('@') ? address : address,
      action: actionValue(field(block, 'action')),
      status: statusValue(field(block, 'status')),
      reply: null,
      diagnostic,
      remoteMta: hostValue(field(block, 'remote-mta')),
      willRetryUntil: field(block, 'will-retry-until'),
    });
  }
  return drafts;
}

function isMailbox(address: string): boolean {
  return /@[^@.\s]+\.[^@\s]+$/.test(address);
}

function diagnosticField(block: FieldBlock): string | null {
  const values = block.get('diagnostic-code');
  if (!values || values.length === 0) return null;
  return values.join(' ');
}

/** DSN drafts own the structure; the notice text fills what the DSN leaves out. */
function mergeDrafts(dsn: Draft[], text: Draft[]): Draft[] {
  if (dsn.length === 0) return text;
  const byAddress = new Map<string, Draft>();
  for (const draft of text) if (draft.address) byAddress.set(draft.address, draft);
  const soleText = text.length === 1 ? text[0]! : null;
  for (const draft of dsn) {
    const match = (draft.address ? byAddress.get(draft.address) : undefined) ?? (dsn.length === 1 ? soleText : null);
    if (!match) continue;
    if (!draft.address) draft.address = match.address;
    if (!draft.diagnostic && match.diagnostic) draft.diagnostic = match.diagnostic;
    if (!draft.status && match.status) draft.status = match.status;
    if (draft.reply === null && match.reply !== null) draft.reply = match.reply;
  }
  return dsn;
}

const ACTION_OF_KIND: Record<'failure' | 'delay', DsnAction> = { failure: 'failed', delay: 'delayed' };

function noticeKind(drafts: Draft[], view: NoticeView): 'failure' | 'delay' | 'delivered' {
  const actions = drafts.map((draft) => draft.action).filter((action): action is DsnAction => action !== null);
  if (actions.includes('failed')) return 'failure';
  if (actions.includes('delayed')) return 'delay';
  if (actions.length > 0 && actions.length === drafts.length) return 'delivered';
  if (DELAY_SUBJECTS.test(view.subject)) return 'delay';
  const head = view.text.length > 8000 ? view.text.slice(0, 8000) : view.text;
  if (DELAY_TEXT.test(head) && !FAILURE_TEXT.test(head) && !FAILURE_SUBJECTS.test(view.subject)) return 'delay';
  return 'failure';
}

function finish(drafts: Draft[], view: NoticeView, reporter: Reporter | null, noticeTime: number | null, input: 'raw' | 'rendered'): Diagnosis {
  for (const draft of drafts) completeDraft(draft);
  if (reporter?.refine) reporter.refine(drafts, view);
  const kind = noticeKind(drafts, view);
  if (kind === 'delivered') return nonBounce('delivered', drafts, view, input);
  return bounceDiagnosis(kind, drafts, view, reporter, noticeTime, input);
}

function fromStructured(notice: StructuredNotice, reporter: Reporter, view: NoticeView, noticeTime: number | null, input: 'raw' | 'rendered'): Diagnosis {
  for (const draft of notice.drafts) completeDraft(draft);
  if (notice.kind === 'failure' || notice.kind === 'delay') {
    const drafts = notice.drafts.length > 0 ? notice.drafts : [emptyDraft(null)];
    return bounceDiagnosis(notice.kind, drafts, view, reporter, noticeTime, input);
  }
  const diagnosis = nonBounce(notice.kind, notice.drafts, view, input);
  return { ...diagnosis, reporter: reporter.id, reporterName: reporter.name };
}

function bounceDiagnosis(kind: 'failure' | 'delay', drafts: Draft[], view: NoticeView, reporter: Reporter | null, noticeTime: number | null, input: 'raw' | 'rendered'): Diagnosis {
  const reporterId = reporter?.id ?? null;
  const context = view.text.length > 4000 ? view.text.slice(0, 4000) : view.text;
  const relevant = drafts.filter((draft) => draft.action === null || draft.action === 'failed' || draft.action === 'delayed');
  // Mass bounces repeat the same answer for many recipients: classify each distinct one once.
  const classified = new Map<string, ReturnType<typeof classify>>();
  const noticeContext = `${view.subject}\n${context}`;
  const recipients: RecipientStatus[] = (relevant.length > 0 ? relevant : drafts).map((draft) => {
    const action = draft.action ?? ACTION_OF_KIND[kind];
    const key = `${draft.status}|${draft.reply}|${action}|${draft.remoteMta}|${draft.diagnostic}`;
    let classification = classified.get(key);
    if (!classification) {
      classification = classify({
        status: draft.status,
        reply: draft.reply,
        diagnostic: draft.diagnostic,
        reporter: reporterId,
        action,
        remoteMta: draft.remoteMta,
        context: noticeContext,
      });
      classified.set(key, classification);
    }
    const delayed = action === 'delayed';
    return {
      address: draft.address,
      action,
      status: draft.status,
      reply: draft.reply,
      diagnostic: draft.diagnostic,
      remoteMta: draft.remoteMta,
      reason: classification.reason,
      cause: classification.cause,
      verdict: classification.verdict,
      actor: classification.actor,
      retryUntil: delayed
        ? retryWindow({ willRetryUntil: draft.willRetryUntil, text: `${view.subject}\n${view.text}`, reporter: reporterId, reporterName: reporter?.name ?? null, noticeTime })
        : null,
    };
  });
  const primary = recipients[0]!;
  return {
    bounce: true,
    kind,
    reporter: reporterId,
    reporterName: reporter?.name ?? null,
    recipients,
    advice: advise({ recipient: primary, kind, reporter: reporterId }),
    input,
  };
}

/** Sendmail-style "554 <user@example.com>... 550 Host unknown": the inner code is the remote server's. */
const RELAYED_REPLY = /^[245]\d\d <[^<>\s]{1,256}>\.\.\. ([245]\d\d)\b/;

/** An expiry report quoting the last attempt's answer: "...message expired...<421 4.4.2 Connection timed out>". */
const LAST_ATTEMPT_REPLY = /[<(]([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})\b/;

/** Fill reply, status and remote host from the diagnostic text when the structure left them out. */
function completeDraft(draft: Draft): void {
  const relayed = draft.diagnostic ? RELAYED_REPLY.exec(draft.diagnostic) : null;
  if (relayed) draft.reply = Number(relayed[1]);
  const lastAttempt = draft.diagnostic ? LAST_ATTEMPT_REPLY.exec(draft.diagnostic) : null;
  const quoted = lastAttempt ? { reply: Number(lastAttempt[1]), status: statusValue(lastAttempt[2]!) } : replyInDiagnostic(draft.diagnostic);
  if (lastAttempt) draft.reply = Number(lastAttempt[1]);
  if (quoted) {
    if (draft.reply === null && quoted.reply !== null) draft.reply = quoted.reply;
    // The DSN Status is the reporting MTA's summary; the code quoted in the diagnostic is the
    // remote server's own (RFC 3464 2.3.6), so it wins unless it is vaguer (x.0.0).
    if (quoted.status !== null && (draft.status === null || !/\.0\.0$/.test(quoted.status))) draft.status = quoted.status;
  }
  if (!draft.remoteMta) draft.remoteMta = remoteHostIn(draft.diagnostic) ?? null;
}

const NON_BOUNCE_REASON: Record<'delivered' | 'autoreply' | 'feedback', Reason> = {
  delivered: 'delivered',
  autoreply: 'vacation',
  feedback: 'feedback',
};

function nonBounce(kind: 'delivered' | 'autoreply' | 'feedback', drafts: Draft[], view: NoticeView, input: 'raw' | 'rendered'): Diagnosis {
  const reporter = kind === 'delivered' ? null : detectReporterQuietly(view);
  const action: DsnAction | null = kind === 'delivered' ? 'delivered' : null;
  return {
    bounce: false,
    kind,
    reporter: reporter?.id ?? null,
    reporterName: reporter?.name ?? null,
    recipients: drafts.map((draft) => ({
      address: draft.address,
      action: draft.action ?? action,
      status: draft.status,
      reply: draft.reply,
      diagnostic: draft.diagnostic,
      remoteMta: draft.remoteMta,
      reason: NON_BOUNCE_REASON[kind],
      cause: kind,
      verdict: 'wait',
      actor: 'nobody',
      retryUntil: null,
    })),
    advice: null,
    input,
  };
}

function detectReporterQuietly(view: NoticeView): Reporter | null {
  return view.rendered ? null : detectReporter(view);
}

function notABounce(input: 'raw' | 'rendered'): Diagnosis {
  return { bounce: false, kind: null as NoticeKind | null, reporter: null, reporterName: null, recipients: [], advice: null, input };
}

function feedbackRecipients(blocks: FieldBlock[], returnedTo: string | null): string[] {
  const addresses: string[] = [];
  for (const block of blocks) {
    for (const name of ['original-rcpt-to', 'removal-recipient']) {
      for (const value of block.get(name) ?? []) {
        const address = addressValue(value);
        if (address && !addresses.includes(address)) addresses.push(address);
      }
    }
  }
  if (addresses.length === 0) addresses.push(...addressesIn(returnedTo).slice(0, 1));
  return addresses;
}

/** Headers of an original that a non-MIME notice pastes after its marker line. */
function headersOfInlineOriginal(original: string) {
  if (!original) return null;
  const firstHeader = /^[A-Za-z][\w-]{0,40}:[ \t]/m.exec(original.length > 50_000 ? original.slice(0, 50_000) : original);
  if (!firstHeader) return null;
  return parseHeaders(splitHeaderBody(original.slice(firstHeader.index)).headerText);
}
