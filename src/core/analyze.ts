/**
 * The extraction pipeline: RFC 3464 / ARF / MDN structure first, generic reply-line reading of the
 * notice text second, family-specific refinement last; then classification by the knowledge base.
 */
import { actionValue, addressValue, collapseWhitespace, diagnosticValue, field, hostValue, parseFieldLines, forEachRecipient, statusValue } from './dsn';
import type { FieldBlock } from './dsn';
import { addressesInText, cutReturnedOriginal, extractFromText, remoteHostIn, replyInDiagnostic } from './extract';
import { forwardedNotice } from './forwarded';
import { htmlToText } from './html';
import { adviceGroups, advise, classify, noticeHeadline } from './knowledge/index';
import { sendingAddressIn } from './knowledge/sending-address';
import { remoteIpIn, reportingHostIn } from './notice-facts';
import { TrigramSet, mayContain, patternKeys } from './knowledge/prefilter';
import { decodeHeaderValue, parseHeaders, parseMessage, splitHeaderBody } from './mime';
import type { MimePart } from './mime';
import { AUTOREPLY_SUBJECT_TAG, AUTOREPLY_SUBJECTS, DAEMON_FROM, DECISIVE_TEXT, DELAY_SUBJECTS, DELAY_TEXT, DELIVERED_TEXT, FAILURE_SUBJECTS, FAILURE_TEXT, FEEDBACK_SUBJECTS, FORWARD_SUBJECT, GAVE_UP_TEXT, LIST_ADMIN_SUBJECT, LIST_MANAGER_FROM, NOTICE_SUBJECTS, OTHER_OUTCOME_HEADINGS, OUTCOME_HEADINGS, RECEIPT_SUBJECTS, REPLY_SUBJECT, STILL_RETRYING_TEXT, HEADER_FIELD_NAMES, escapeRegex } from './notice-language';
import { detectReporter, readStructured, signedByMailSystem } from './reporters/index';
import type { Draft, NoticeView, Reporter, StructuredNotice } from './reporters/index';
import { mightBeBounce } from './precheck';
import { parseDate, retryWindow } from './retry';
import type { Diagnosis, DsnAction, NoticeKind, Reason, RecipientStatus, RetryWindow } from './types';

export interface AnalyzeContext {
  subject?: string | null;
  from?: string | null;
  date?: string | null;
  now?: Date;
}

/** What the raw message yields before interpretation. */
interface Collected {
  plain: string[];
  /** Decoded only when there is no plain text: most notices that carry HTML carry a plain alternative too. */
  html: MimePart[];
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
      const htmlNotice = type === 'multipart/alternative' ? htmlOverStub(part) : null;
      if (htmlNotice !== null) {
        collected.plain.push(htmlNotice);
        return;
      }
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
        collected.html.push(part);
        return;
      default:
        return;
    }
  };
  visit(root, 0);
  return collected;
}

/**
 * The HTML alternative's text, where the plain one is only a stub ("Message undeliverable.") and the
 * HTML holds the notice: the webmail shows the HTML, and so it is read. Else null.
 */
function htmlOverStub(alternative: MimePart): string | null {
  const plain = alternative.parts.find((child) => child.mediaType === 'text/plain');
  const html = alternative.parts.find((child) => child.mediaType === 'text/html');
  if (!plain || !html) return null;
  const stub = plain.text().trim();
  if (stub.length > STUB_TEXT || stub.includes('@')) return null;
  const shown = htmlToText(html.text());
  return shown.length > 3 * stub.length + 100 ? shown : null;
}
/** At most this long, a plain alternative without an address may be a stub of its HTML. */
const STUB_TEXT = 300;

/** A text part named like a saved message is the returned original, not the notice. */
function isAttachmentOfOriginal(part: MimePart): boolean {
  const name = part.contentType.params['name'] ?? '';
  return /\.(?:eml|msg)$/i.test(name);
}

const BOUNCE_HEADERS = ['x-failed-recipients', 'x-ms-exchange-message-is-ndr'];
const AUTOREPLY_HEADERS = ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-vacation', 'x-mail-autoreply'];
const ARF_TEXT = /^Feedback-Type:\s*\w/im;
/**
 * The human-readable opening of a feedback report, the part a webmail shows: "This is an email abuse
 * report for an email message received from IP ..." (RFC 5965 section 3's example; Yahoo, AOL and
 * Microsoft's feedback loops) or "This is an authentication failure report for an email message"
 * (RFC 6591).
 */
const REPORT_OPENING = /\bthis is an? (?:[\w/-]+ ){0,3}(?:abuse|authentication[- ]failure|feedback|fraud|opt-out|virus) report for an? (?:e-?mail )?message\b/i;
/** (Its leading \b makes V8 try it at every character: ~0.3 µs a rendered corpus notice without the filter.) */
const REPORT_OPENING_KEYS = patternKeys(REPORT_OPENING);
// the colon inside each alternative gives the trigram filter literals rarer than "action" and "status"
const INLINE_DSN = /^(?:Final-Recipient:|Original-Recipient:|Action:|Status:|Diagnostic-Code:)[ \t]*\S/im;
const INLINE_DSN_KEYS = patternKeys(INLINE_DSN);
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
  if (bodyText.trim() === '' && collected.html.length > 0) bodyText = collected.html.map((part) => htmlToText(part.text())).join('\n\n');
  const index = bodyText.length <= INDEXED ? RAW_NOTICE_TRIGRAMS[nesting]!.fill(bodyText) : undefined;
  const { notice, original } = cutReturnedOriginal(bodyText, index);

  const returnedHeaders = collected.returnedHeaders?.embedded()?.headers ?? headersOfInlineOriginal(original);
  const view: NoticeView = {
    subject,
    from: from.toLowerCase(),
    text: notice,
    header: (name) => headers.get(name),
    rendered: false,
    index,
  };

  const noticeTime = lazily(() => parseDate(headers.get('date')) ?? parseDate(context.date) ?? context.now?.getTime() ?? null);

  // Non-bounce reports first: their structure is unambiguous.
  const complaintCopy = returnedHeaders?.get('x-hmxmroriginalrecipient') ?? null;
  if (
    collected.reportType === 'feedback-report' ||
    collected.feedbackReport.length > 0 ||
    complaintCopy !== null ||
    (mayContain(index, ARF_KEYS) && ARF_TEXT.test(notice) && /abuse|feedback|fbl|complaint/i.test(subject + notice.slice(0, 2000))) ||
    (FEEDBACK_SUBJECTS.test(subject) && (collected.returnedHeaders !== null || /auto-replied/i.test(headers.get('auto-submitted') ?? '')))
  ) {
    const fields = parseFieldLines(collected.feedbackReport.join('\n\n') || notice);
    const addresses = feedbackRecipients(fields, complaintCopy ?? returnedHeaders?.get('to') ?? headers.get('to'));
    return nonBounce('feedback', feedbackDrafts(addresses), view, 'raw');
  }
  // A read receipt, unless it reports a Sieve reject: RFC 5429 lets a mail store refuse a message it
  // already took with an MDN whose disposition is "deleted" (Dovecot, Cyrus: "Your message to <x> was
  // automatically rejected: Quota exceeded"), a refusal the text below reads like any notice.
  const dispositions = collected.reportType === 'disposition-notification' || collected.dispositionNotification.length > 0
    ? parseFieldLines(collected.dispositionNotification.join('\n\n'))
    : null;
  const sieveReject = dispositions !== null && dispositions.some((block) => /\bdeleted\b/i.test(field(block, 'disposition') ?? '')) && FAILURE_TEXT.test(notice, index);
  if (dispositions && !sieveReject) {
    const address = addressValue(dispositions.map((block) => field(block, 'final-recipient') ?? field(block, 'original-recipient')).find((value) => value) ?? null) ?? addressesIn(from)[0] ?? null;
    return nonBounce('delivered', address ? [emptyDraft(address)] : [], view, 'raw');
  }
  const distributedByList = LIST_HEADERS.some((name) => headers.has(name));
  // a machine format a person pasted into a post or a reply (a developer's question about it) is not a notice
  const structured = readStructured(view);
  if (structured && !writtenByPerson(view, distributedByList)) return fromStructured(structured.notice, structured.reporter, view, noticeTime, 'raw');

  let dsnText = collected.deliveryStatus.join('\n\n');
  const inline = dsnText === '' && mayContain(index, INLINE_DSN_KEYS) && INLINE_DSN.test(notice);
  if (inline) dsnText = inlineDsnText(unquoted(notice));
  if (dsnText) view.deliveryStatus = dsnText;
  let dsnDrafts = dsnText ? draftsFromDeliveryStatus(dsnText) : [];
  // a Sieve reject names its recipient in the MDN's fields and its reason only in the text (Cyrus: "The
  // following reason was given: …"; Dovecot: "… was automatically rejected: Quota exceeded")
  if (sieveReject && dsnDrafts.length === 0) dsnDrafts = sieveRejectDrafts(dispositions!, notice);
  // a person's post that pastes a notice's fields into its own words is not a notice
  if (inline && (!meaningfulDsn(dsnDrafts) || writtenByPerson(view, distributedByList))) dsnDrafts = [];
  for (const draft of dsnDrafts) completeDraft(draft);

  const failedHeader = addressesIn(headers.getAll('x-failed-recipients').join(','));
  const strongEvidence = dsnDrafts.length > 0 || BOUNCE_HEADERS.some((name) => headers.has(name)) || collected.reportType === 'delivery-status';
  // A list manager's own notice to its owners (Mailman's "Uncaught bounce notification", "moderator
  // request(s) waiting") speaks about bounces, but only a notice it attaches is one.
  const systemSender = DAEMON_FROM.test(from);
  const listAdministrivia = systemSender && LIST_ADMIN_SUBJECT.test(subject);
  if (!strongEvidence && (!systemSender || listAdministrivia)) {
    const forwarded = readForwarded(subject, bodyText, context, nesting) ?? attachedNotice(collected.returnedHeaders?.embedded() ?? null, context, nesting);
    if (forwarded) return { ...forwarded, input: 'raw' };
    if (listAdministrivia) return notABounce('raw');
  }
  // A returned original attached as a part is a mail system's doing. Auto-Submitted is not counted: it
  // marks notices (RFC 3834) and as well every notification system's and ticket system's mail, and over
  // the corpus no notice needed it (every one has other evidence).
  const attachedOrigin = collected.returnedHeaders !== null;
  // (any mail system's address on a post the list distributes under its tag, "[ANNOUNCE] …", posts as well:
  // a postmaster's announcement to the members; a notice the list passes on keeps its own subject)
  const listManagerPosting = postedByListManager(from, subject, headers.has('list-post')) || (headers.has('list-post') && LIST_TAG_SUBJECT.test(subject));
  // A postmaster's answer to someone's question ("Re: …" with In-Reply-To) is a person's reply from a
  // mail system's address: notices set subjects of their own. (Raw mode only: Gmail shows a notice under
  // its thread's subject, which may be a reply's.)
  const answersMessage = REPLY_SUBJECT.test(subject) && headers.has('in-reply-to');
  const daemonFrom = systemSender && !listManagerPosting && !answersMessage && !personAtSystemAddress(from, subject);
  // RFC 5321 §4.5.5: a notice is sent with a null reverse-path, so that nothing bounces back to it
  const nullReversePath = /^\s*<>\s*$/.test(headers.get('return-path') ?? '');
  const evidence = hasBounceEvidence(view, daemonFrom, nullReversePath, attachedOrigin, returnedBySystem(original, from, returnedHeaders?.get('from')), distributedByList);

  // A vacation program's own header (X-Autoreply…) says what the message is, whatever text it echoes
  // (a helpdesk's acknowledgement quoting the notice it was sent); mail systems do not set it on notices.
  const autoReplyHeader = AUTOREPLY_HEADERS.some((name) => headers.has(name));
  if (!strongEvidence && (!evidence || autoReplyHeader)) {
    if (isAutoReply(view, headers.get('auto-submitted'), autoReplyHeader || /auto.?reply/i.test(headers.get('precedence') ?? ''))) {
      return nonBounce('autoreply', addressesIn(from).slice(0, 1).map((address) => emptyDraft(address)), view, 'raw');
    }
    return notABounce('raw');
  }

  const reporter = detectReporter(view);
  // A DSN that already gives every recipient its address, codes and the server's words leaves the
  // prose nothing to add (mergeDrafts only fills gaps): skip reading it. Mass DSNs stay linear.
  const dsnComplete = dsnDrafts.length > 0 && dsnDrafts.every((draft) => draft.address !== null && draft.address.includes('@') && draft.status !== null && draft.reply !== null && draft.diagnostic !== null && draft.reply !== PLACEHOLDER_REPLY);
  // The notice's own parties, never a failed recipient (read only when the prose is read).
  const textDrafts = dsnComplete
    ? []
    : extractWithFallback(beforeInlineDsn(notice, index), new Set<string>([...addressesIn(headers.get('to')), ...addressesIn(from), ...addressesIn(returnedHeaders?.get('from') ?? null), ...addressesIn(headers.get('return-path'))]));
  if (dsnDrafts.length === 0 && nesting < MAX_NESTED_NOTICES && textDrafts.every((draft) => draft.reply === null && draft.status === null)) {
    const inner = collected.returnedHeaders?.embedded();
    if (inner && (inner.mediaType === 'multipart/report' || DAEMON_FROM.test(inner.headers.get('from') ?? ''))) {
      const nested = analyzeParsed(inner, context, nesting + 1);
      // A person's message that attaches a notice forwarded it ("forward as attachment").
      if (nested.bounce) return systemSender ? nested : { ...nested, forwarded: true };
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

export function analyzeRenderedText(text: string, context: AnalyzeContext, nesting = 0): Diagnosis {
  const plain = hasMarkup(text) ? htmlToText(text) : text;
  const body = plain.indexOf('\r') >= 0 ? plain.replace(/\r\n?/g, '\n') : plain;
  const subject = context.subject ?? '';
  const from = context.from ?? '';
  const systemSender = DAEMON_FROM.test(from);
  if (!systemSender) {
    const forwarded = readForwarded(subject, body, context, nesting);
    if (forwarded) return forwarded;
  }
  const index = body.length <= INDEXED ? NOTICE_TRIGRAMS.fill(body) : undefined;
  const { notice, original } = cutReturnedOriginal(body, index);
  const view: NoticeView = { subject, from: from.toLowerCase(), text: notice, header: () => null, rendered: true, index };
  const noticeTime = lazily(() => parseDate(context.date) ?? context.now?.getTime() ?? null);

  // A report whose visible part is empty shows only its subject (Microsoft's "complaint about message from <IP>").
  const reportSubject = FEEDBACK_SUBJECTS.test(subject) && notice.trim() === '';
  if ((mayContain(index, ARF_KEYS) && ARF_TEXT.test(notice) && /abuse|feedback|fbl|complaint/i.test(subject + notice.slice(0, 2000))) || (mayContain(index, REPORT_OPENING_KEYS) && REPORT_OPENING.test(notice.slice(0, 2000))) || reportSubject) {
    return nonBounce('feedback', feedbackDrafts(feedbackRecipients(parseFieldLines(notice), null)), view, 'rendered');
  }
  // the webmail shows no list headers: the list's tag opening the subject tells a list's distribution
  const distributedByList = LIST_TAG_SUBJECT.test(subject);
  // (asked only where a machine format or DSN fields were found: most notices have neither)
  const structured = readStructured(view);
  if (structured && !writtenByPerson(view, distributedByList)) return fromStructured(structured.notice, structured.reporter, view, noticeTime, 'rendered');
  let dsnDrafts = mayContain(index, INLINE_DSN_KEYS) && INLINE_DSN.test(notice) ? draftsFromDeliveryStatus(inlineDsnText(unquoted(notice))) : [];
  if (dsnDrafts.length > 0 && (!meaningfulDsn(dsnDrafts) || writtenByPerson(view, distributedByList))) dsnDrafts = [];
  for (const draft of dsnDrafts) completeDraft(draft);
  // A pasted original (headers after the notice's marker) names its sender, who is not a failed
  // recipient, and its To, the recipient when the notice itself names nobody else.
  const [returnedFrom, returnedToField] = fieldsOfInlineOriginal(original, RETURNED_FIELDS);
  if (systemSender && LIST_ADMIN_SUBJECT.test(subject)) return notABounce('rendered');
  const evidence = hasBounceEvidence(view, systemSender && !postedByListManager(from, subject, false) && !personAtSystemAddress(from, subject), false, from.trim() === '', returnedBySystem(original, from, returnedFrom), distributedByList);
  // The content script skips what the pre-check rejects, so a bounce must pass it here too.
  if ((dsnDrafts.length === 0 && !evidence) || !mightBeBounce(text, subject, from)) {
    if (isAutoReply(view, null, false)) return nonBounce('autoreply', addressesIn(from).slice(0, 1).map((address) => emptyDraft(address)), view, 'rendered');
    if (RECEIPT_SUBJECTS.test(subject) && !FAILURE_SUBJECTS.test(subject)) return nonBounce('delivered', [], view, 'rendered');
    return notABounce('rendered');
  }
  const exclude = new Set<string>(addressesIn(from));
  for (const address of addressesIn(returnedFrom ?? null)) exclude.add(address);
  const returnedTo = addressesIn(returnedToField ?? null)[0] ?? null;
  const reporter = detectReporter(view);
  let drafts = mergeDrafts(dsnDrafts, extractWithFallback(beforeInlineDsn(notice, index), exclude, returnedTo));
  if (drafts.length === 0) drafts = [emptyDraft(null)];
  return finish(drafts, view, reporter, noticeTime, 'rendered');
}

/** A notice a person attached to their own message ("forward as attachment"): a report, or a mail system's message. */
function attachedNotice(inner: MimePart | null, context: AnalyzeContext, nesting: number): Diagnosis | null {
  if (!inner || nesting >= MAX_NESTED_NOTICES) return null;
  if (inner.mediaType !== 'multipart/report' && !DAEMON_FROM.test(inner.headers.get('from') ?? '')) return null;
  const nested = analyzeParsed(inner, context, nesting + 1);
  return nested.bounce ? { ...nested, forwarded: true } : null;
}

/**
 * The notice a person forwarded, read from under the forward header block with its own subject, sender
 * and date; null when there is none, or when what was forwarded is not a bounce.
 */
function readForwarded(subject: string, text: string, context: AnalyzeContext, nesting: number): Diagnosis | null {
  if (nesting >= MAX_NESTED_NOTICES) return null;
  const found = forwardedNotice(subject, text);
  if (!found) return null;
  const inner = analyzeRenderedText(found.text, { subject: found.subject, from: found.from, date: found.date ?? context.date, now: context.now }, nesting + 1);
  return inner.bounce ? { ...inner, forwarded: true } : null;
}

/**
 * Notices up to this length (rendered text, a raw message's body text; nearly all: the corpus's
 * rendered average is 860 characters) get a trigram table before anything scans them. The wording
 * sets, the reporters' signals, the returned-original markers and the inline-DSN fields then run
 * only when their literals occur: each is an alternation that V8 tries at every character (2-5 ns a
 * character), while filling the table is one pass (2-3 ns a character), and most notices hold the
 * literals of few of them.
 */
const INDEXED = 8_000;

/**
 * Reused by every rendered analysis (which is synchronous and never nested): allocating the 2 KiB
 * table per notice measured 1.5 µs, as much as filling it.
 */
const NOTICE_TRIGRAMS = new TrigramSet();
/**
 * The same for raw messages (the trigrams of the body text the notice is cut from), one per nesting
 * level: an attached or forwarded notice is read while the outer one's table is still in use.
 * Against no table for raw messages this measured 3.5 µs less a raw corpus message (of ~70): the
 * reporters' signals, the returned-original markers and the inline-DSN fields run only where their
 * literals occur, as in rendered mode.
 */
const RAW_NOTICE_TRIGRAMS: readonly TrigramSet[] = Array.from({ length: MAX_NESTED_NOTICES + 1 }, () => new TrigramSet());

const ARF_KEYS = patternKeys(ARF_TEXT);

// (the tag's name ends at a space, ">" or "/": "<p.nguyen@example.com>" is an address, not a paragraph)
const MARKUP_TAG = /<(?:html|body|div|table|p|br)(?=[\s>/])/iy;

/**
 * Whether the view is HTML source rather than text: a block tag in its first 5,000 characters. Most
 * rendered views hold no markup but do hold "<" (around addresses), so the tag is tried only where a
 * "<" stands: measured 0.13 µs a rendered corpus notice, against 0.77 µs for a case-insensitive
 * search of the whole head.
 */
function hasMarkup(text: string): boolean {
  const head = text.length > 5000 ? text.slice(0, 5000) : text;
  for (let at = head.indexOf('<'); at >= 0; at = head.indexOf('<', at + 1)) {
    MARKUP_TAG.lastIndex = at;
    if (MARKUP_TAG.test(head)) return true;
  }
  return false;
}

/**
 * When every address the notice names is the sender's: the returned original's To when the notice
 * shows it (the notice greets its sender, as Google Groups' does, and names the recipient nowhere;
 * that To is the sender's own address for mail to oneself), else any address the notice names.
 */
function extractWithFallback(notice: string, exclude: ReadonlySet<string>, returnedTo: string | null = null): Draft[] {
  const drafts = extractFromText(notice, exclude);
  if (drafts.some((draft) => draft.address !== null) || exclude.size === 0) return drafts;
  if (returnedTo) {
    if (drafts.length === 0) return [emptyDraft(returnedTo)];
    drafts[0]!.address = returnedTo;
    return drafts;
  }
  const relaxed = extractFromText(notice, new Set());
  return relaxed.some((draft) => draft.address !== null) ? relaxed : drafts;
}

function sieveRejectDrafts(dispositions: readonly FieldBlock[], notice: string): Draft[] {
  const stated = /(?:reason was given|automatically rejected)[^:\n]*:\s*([^\n]+(?:\n[^\n]+)*)/i.exec(notice)?.[1] ?? notice;
  const diagnostic = collapseWhitespace(stated).slice(0, 500).trim() || null;
  const drafts: Draft[] = [];
  for (const block of dispositions) {
    const address = addressValue(field(block, 'final-recipient') ?? field(block, 'original-recipient'));
    if (address) drafts.push({ ...emptyDraft(address), action: 'failed', diagnostic });
  }
  return drafts;
}

function emptyDraft(address: string | null): Draft {
  return { address, action: null, status: null, reply: null, diagnostic: null, remoteMta: null, willRetryUntil: null };
}

/**
 * Whether independent signs (two or more) say the message is a delivery notice. A notice comes FROM
 * a mail system: a daemon-like sender, or the notice's own structure in the (unquoted) body. Without
 * either, a subject and an SMTP code are not enough: people discuss bounces, quote reply lines
 * ("> 550 5.1.1 User unknown") and answer them ("Re: Undeliverable: ..."), and parcel services
 * announce failed deliveries.
 * Signs: a daemon-like sender (1), the notice's own subject (1), with either a null envelope sender
 * (1), wording only a notice prints (2) or failure / delay wording (1), an SMTP status (1).
 * `nullReversePath`: the Return-Path is "<>" (raw mode); `otherOrigin`: the caller's own sign of a
 * mail-system origin (the returned original attached as a part, or a rendered view that does not show
 * the sender at all); `pastedOriginal`: the returned original's text follows the notice.
 * The cheap signs are counted first: the wording sets are the costly part (each scans the notice's
 * head), and a daemon sender with a status code already decides most notices without them.
 */
function hasBounceEvidence(view: NoticeView, daemonFrom: boolean, nullReversePath: boolean, otherOrigin: boolean, pastedOriginal: boolean, distributedByList: boolean): boolean {
  // a list's digest bundles its members' posts, whatever they quote; cron mails a job's output (a log
  // summary's rejected and bounced lines) as "(Cron Daemon)"
  if (DIGEST_SUBJECT.test(view.subject) || HELD_SUBJECT.test(view.subject) || view.from.includes(CRON_SENDER)) return false;
  // a mail server's statistics mailed by a local job (not by its delivery system) list the day's refusals
  if (!daemonFrom && MAIL_STATISTICS_SUBJECT.test(view.subject)) return false;
  const head = unquoted(view.text.length > 8000 ? view.text.slice(0, 8000) : view.text);
  // A person's message (a list post, a patch) may paste a server's refusal, or a whole notice with the
  // returned headers, into its own words: it is not a notice. (A notice it forwards was found before.)
  if (!daemonFrom && !nullReversePath && !otherOrigin && writtenByPerson(view, distributedByList)) return false;
  // a reply carries the notice's subject but is written by a person
  const ownSubject = !repliedOrForwarded(view.subject);
  const systemOrigin = daemonFrom || nullReversePath || otherOrigin || pastedOriginal || (ownSubject && hasNoticeSubject(view.subject));
  // without a mail-system origin, only the notice's own wording can vouch for it
  const index = view.index;
  // (and a notice names the mailbox it failed for: "your parcel could not be delivered to: 12 Elm Street"
  // does not, nor does a colleague who pastes one line of a notice, "Remote Server returned '554 5.7.1 …'")
  if (!systemOrigin) {
    // a ticket system's acknowledgement echoes the notice a user reported
    if (TICKET_SUBJECT.test(view.subject)) return false;
    // a mail system that signs its notice in its own words and says the delivery failed
    if (!DECISIVE_TEXT.test(head, index)) return head.includes('@') && FAILURE_TEXT.test(head, index) && signedByMailSystem(view);
    // a log excerpt pasted into a report or an incident summary is a log, not a notice: Postfix logs its
    // deliveries as "postfix/smtp[20211]: to=<…>, status=bounced (host … said: 550 …)"
    const prose = SYSLOG_LINE.test(head) ? head.split('\n').filter((line) => !SYSLOG_LINE.test(line)).join('\n') : head;
    return (prose === head || DECISIVE_TEXT.test(prose)) && prose.includes('@');
  }
  let score = 0;
  if (daemonFrom) score++;
  const noticeSubject = ownSubject && (FAILURE_SUBJECTS.test(view.subject) || DELAY_SUBJECTS.test(view.subject));
  if (noticeSubject) score++;
  // A null envelope sender (raw mode; RFC 5321 §4.5.5) marks a notice when a mail system's From or a
  // notice's subject comes with it; alone it marks any automatic reply (RFC 3834 §3.3: a challenge-response
  // system's "please confirm" too).
  if (nullReversePath && (daemonFrom || noticeSubject)) score++;
  if (ANY_CODE.test(head)) score++;
  // A mail system's sender and a code alone are also a postmaster's announcement quoting the reply people
  // will see: without a notice's subject, the text must say that something failed or waits.
  if (score >= 3 || (score === 2 && noticeSubject) || DECISIVE_TEXT.test(head, index)) return true;
  const saysFailureOrDelay = FAILURE_TEXT.test(head, index) || DELAY_TEXT.test(head, index);
  // Without a notice's subject, a mail system's words are also its announcements ("delivery will be
  // retried once we are back"), warnings ("your mailbox is almost full: senders' mail couldn't be
  // delivered") and reports ("share of traffic that was rejected: 550-5.7.1 …"): a notice names the
  // mailbox it failed for or is still trying.
  if (score >= 1) return saysFailureOrDelay && (noticeSubject || head.includes('@'));
  // Nothing beside the body (a notice pasted into the popup, a view that shows no sender): a mail system
  // that signs its notice in its own words ("This is the Postfix program at host …", "Message from
  // InterScan Messaging Security Suite") and says the delivery failed or is delayed.
  return saysFailureOrDelay && otherOrigin && view.subject === '' && detectReporter(view) !== null;
}

/**
 * A ticket's number in a subject, as ticket systems tag their mail: "[#55123]", "[rt.example.org #4411]"
 * (Request Tracker, osTicket, Zendesk, Freshdesk), "Ticket #48213", "Case #00012", "[Ticket#2024061710000012]" (OTRS).
 */
const TICKET_SUBJECT = /\[[^\]\n]{0,40}#\s?\d{2,}\]|\b(?:ticket|case|request|incident)\s?(?:#|no\.|number)\s?\d{2,}/i;
/**
 * A filtering service's report of mail it holds (Sophos' "Daily Quarantine Report", Proofpoint's "End User
 * Digest", Cisco's "Spam Quarantine Notification", Mimecast's "Message Held for Review"): the mail waits for
 * a release or a review, nothing bounced.
 */
const HELD_SUBJECT = /quarantine (?:report|summary|digest|notification)|end user digest|held for review/i;
/** The name cron(8) (Vixie cron, cronie) mails a job's output under: "root@host (Cron Daemon)" (view.from is lower-cased). */
const CRON_SENDER = 'cron daemon';
/** A line of a system log (RFC 3164 / journald): a program's tag and process id before the message ("postfix/smtp[20211]: "). */
// (bounded: a tag is a short word, and unbounded runs made "a-a-a-…" lines quadratic, 100 ms for 8,000 characters)
const SYSLOG_LINE = /(?<![\w/-])[\w-]{1,40}(?:\/[\w-]{1,40}){0,3}\[\d{1,10}\]: /;

/** Headers a mailing list adds to the posts it distributes (RFC 2369, RFC 2919). */
const LIST_HEADERS = ['list-id', 'list-post', 'list-unsubscribe', 'list-archive'];
/** An automated sender that takes no replies is not a person. */
const NO_REPLY_FROM = /\b(?:no-?reply|do-?not-?reply)@/i;
/** The list's name in brackets opening a subject ("[gardeners] …"), as list managers tag their posts. */
const LIST_TAG_SUBJECT = /^\s*\[[^\]\n]{1,40}\]\s/;

/**
 * A list manager's address (list-owner@, list-request@) that sends mail through the list to its members
 * (List-Post, or the list's tag on the subject) is posting, as an owner's explanation or a digest: the
 * manager's notices go to the owner, under their own subjects.
 */
function postedByListManager(from: string, subject: string, listPost: boolean): boolean {
  return LIST_MANAGER_FROM.test(from) && (listPost || LIST_TAG_SUBJECT.test(subject));
}

/** A list digest's subject: Mailman's "<list> Digest, Vol 42, Issue 7", Majordomo's "<list> Digest V1 #123". */
const DIGEST_SUBJECT = /\bdigest,? (?:vol(?:ume)?\.? ?\d+|v\d+ #\d+)/i;
/**
 * The subject of a mail server's statistics or log summary, as the usual tools mail them: eximstats,
 * pflogsumm ("Postfix log summaries", "Postfix daily report"), Logwatch ("Logwatch for <host>").
 */
const MAIL_STATISTICS_SUBJECT = /\beximstats\b|\bpflogsumm\b|\blogwatch for\b|\blog summar(?:y|ies)\b|\b(?:postfix|exim|sendmail|mail(?: server)?) (?:daily |weekly )?(?:report|statistics|stats)\b/i;
/** A patch series' subject ("[PATCH v2 3/7] ...", "[RFC PATCH] ..."). */
const PATCH_SUBJECT = /^\s*\[[^\]]{0,30}\bPATCH\b/i;

/**
 * A person's message: its From is a person (not a mail system) and either a mailing list
 * distributed it or its subject is not a notice's (a reply, a patch, a subject of its own). Such a
 * message may paste a server's refusal ("host mx.example.net said: 550 5.1.1 ..."), but it is not a
 * notice; a notice it forwards is found before this question is asked.
 */
function writtenByPerson(view: NoticeView, distributedByList: boolean): boolean {
  const from = view.from;
  if (from.trim() === '' || NO_REPLY_FROM.test(from)) return false;
  const subject = view.subject;
  // From a mail system's address: a person who signs with their name and writes about no notice of
  // theirs, or who posts as that address to a list under the list's tag (raw mode: the list's headers show)
  if (DAEMON_FROM.test(from)) return personAtSystemAddress(from, subject) || (!view.rendered && distributedByList && LIST_TAG_SUBJECT.test(subject));
  if (distributedByList || repliedOrForwarded(subject) || PATCH_SUBJECT.test(subject)) return true;
  // A person's name beside the address ("Dana Whitfield <dana@example.org>"): a subject of one's own
  // with words like "bounce" does not make it a notice, and a notice's set subject ("Undeliverable: …")
  // does not either when the name is plainly a person's (a member who pastes their notice under its
  // subject): a system names itself ("MMDF Mail System", "Barracuda Email Protection"). A bare address
  // says too little: some systems send their notices from one that is no daemon's, and a webmail may
  // show only the address.
  return PERSON_NAME.test(from) && (!hasNoticeSubject(subject) || personalName(from));
}

/** A display name of two to four words, none a system's ("mail", "gateway", "security"…), no digits: a person's. */
function personalName(from: string): boolean {
  const angle = from.indexOf('<');
  const name = (angle > 0 ? from.slice(0, angle) : '').replace(/"/g, '').trim();
  return PERSONAL_NAME.test(name) && !SYSTEM_NAME_PART.test(name);
}
const PERSONAL_NAME = /^[\p{L}'.-]+(?: [\p{L}'.-]+){1,3}$/u;
const SYSTEM_NAME_PART = /mail|syst|sistem|систем|server|gateway|protect|secur|deliver|service|servicio|admin|master|daemon|notif|filter|spam|relay|smtp|exchange|outlook|office|support|team|bounce|robot|reply|alert|monitor|microsoft|google|yahoo|apple|amazon|micro|proof|guard|cloud|online|net\b|report|messag|correo|posta|poczt|почт|メール|메일|邮件|郵件/i;

/**
 * A person's name on a mail system's address ("Martin Keller <postmaster@example.net>") over a subject
 * that is no notice's: the postmaster writing as themselves. Notices name the system ("Mail Delivery
 * System", "Content-filter at mx.example.com", "Facebook") and set a notice's subject when they do not.
 */
function personAtSystemAddress(from: string, subject: string): boolean {
  if (MACHINE_ADDRESS.test(from) || !personalName(from)) return false;
  return !FAILURE_SUBJECTS.test(subject) && !DELAY_SUBJECTS.test(subject) && !NOTICE_SUBJECTS.test(subject);
}
/** Addresses only programs send from (people write as postmaster@ or hostmaster@, never as MAILER-DAEMON@). */
const MACHINE_ADDRESS = /daemon@|<microsoftexchange[0-9a-f]{16}@/i;

/**
 * A notice's own subject opens with its set phrase (after a list tag, "[SPAM] " or Zoho's "Mail "): a
 * person's subject that names one further in ('Customizing the "Undelivered Mail Returned to Sender"
 * template') is about notices. Over the corpus every notice subject holding a phrase has it within
 * the first 5 characters.
 */
function hasNoticeSubject(subject: string): boolean {
  if (!NOTICE_SUBJECTS.test(subject)) return false;
  const lower = subject.toLowerCase();
  return NOTICE_SUBJECTS.fragments.some((phrase) => {
    const at = lower.indexOf(phrase);
    return at >= 0 && at <= NOTICE_SUBJECT_LEAD;
  });
}
const NOTICE_SUBJECT_LEAD = 12;

/** A display name of a person before the address: not a role ("Mail System", "Postmaster", "Admin", "Notification"). */
const PERSON_NAME = /^\s*"?(?!(?:mail|system|admin|administrator|root|notification|notifications|support|alert|alerts|server|daemon|service|postmaster|it|helpdesk)\b)[^\s"<@]{2,}(?: [^\s"<@]{1,}){0,4}"?\s*</i;

/**
 * An enhanced status code ("5.1.1", "#4.4.7", the "5.1.1" of "550-5.1.1") not glued to a word or
 * number. A basic code before it, or a "#", needs no alternative of its own: the character before
 * the enhanced code is then a space, a hyphen or the "#", none of which the lookbehind refuses.
 * (The pattern with those alternatives spelt out measured nearly twice as slow.)
 */
export const ANY_CODE = /(?<![\w.])[45]\.\d{1,3}\.\d{1,3}(?![\w.])/;
/** A basic failure reply code standing as a word ("550", "452-"). */
const ANY_REPLY = /(?<![\w.])[45][0-5]\d(?![\w.])/;

/** A reply's or a forward's subject: a person's message about whatever it quotes. */
function repliedOrForwarded(subject: string): boolean {
  return REPLY_SUBJECT.test(subject) || FORWARD_SUBJECT.test(subject) || AUTOREPLY_SUBJECT_TAG.test(subject);
}

/**
 * The text without quoted lines ("> ..."), which are someone else's words in a reply. Transcript
 * arrows (">>> RCPT TO:") are the notice's own and stay. A quoted block that starts with a mail
 * system's header ("> From: Mail Delivery Subsystem <MAILER-DAEMON>") is a forwarded notice: it is
 * kept, unquoted, since the notice is what the user wants explained.
 */
function unquoted(text: string): string {
  if (text.charCodeAt(0) !== 62 && text.indexOf('\n>') < 0) return text;
  const forwarded = FORWARDED_NOTICE.test(text);
  let out = '';
  let start = 0;
  const length = text.length;
  while (start < length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    if (text.charCodeAt(start) !== 62 || text.startsWith('>>>', start)) out += text.slice(start, end + 1);
    else if (forwarded) out += text.slice(start + (text.charCodeAt(start + 1) === 32 ? 2 : 1), end + 1);
    start = end + 1;
  }
  return out;
}

const FORWARDED_NOTICE = /^> ?From:[^\n]{0,80}(?:mailer-daemon|postmaster|mail delivery|delivery subsystem)/im;

/**
 * Field lines in a text count as a DSN only when they name a recipient (RFC 3464 makes Final-Recipient
 * a required field of every recipient's block): "Action: failed" or "Status: Delayed" alone is how job
 * reports, tickets and parcel notices word their own news.
 */
function meaningfulDsn(drafts: readonly Draft[]): boolean {
  return drafts.some((draft) => draft.address !== null);
}

function isAutoReply(view: NoticeView, autoSubmitted: string | null, autoReplyHeader: boolean): boolean {
  if (autoReplyHeader) return true;
  if (autoSubmitted && /auto-replied/i.test(autoSubmitted)) return true;
  return AUTOREPLY_SUBJECTS.test(view.subject);
}

/** The prose before an inline DSN block (the block itself is read as fields). */
function beforeInlineDsn(text: string, trigrams?: TrigramSet): string {
  const match = mayContain(trigrams, INLINE_DSN_START_KEYS) ? INLINE_DSN_START.exec(text) : null;
  return match && match.index > 0 ? text.slice(0, match.index) : text;
}

const INLINE_DSN_START = /^(?:Reporting-MTA:|Final-Recipient:|Original-Recipient:)[ \t]*\S/im;
const INLINE_DSN_START_KEYS = patternKeys(INLINE_DSN_START);

/** Text from the first DSN-looking field line on, so inline DSNs parse like a real part. */
function inlineDsnText(text: string): string {
  const match = /^(?:Reporting-MTA|Final-Recipient|Original-Recipient|Arrival-Date|Action):/im.exec(text);
  return match ? text.slice(match.index) : '';
}

function draftsFromDeliveryStatus(text: string): Draft[] {
  const drafts: Draft[] = [];
  forEachRecipient(text, (block) => {
    const final = addressValue(block.finalRecipient);
    const original = addressValue(block.originalRecipient);
    // a Final-Recipient without a dotted domain (source route, local alias) says less than the original
    const address = final && (isMailbox(final) || !original || !isMailbox(original)) ? final : (original ?? addressValue(block.actualRecipient));
    drafts.push({
      address,
      action: actionValue(block.action),
      status: statusValue(block.status),
      reply: null,
      diagnostic: diagnosticValue(block.diagnosticCode),
      remoteMta: hostValue(block.remoteMta),
      willRetryUntil: block.willRetryUntil,
      diagnosticType: diagnosticTypeOf(block.diagnosticCode),
    });
  });
  return drafts;
}

/** The type before a Diagnostic-Code's ";" ("smtp", "x-unix"), lower-cased, or null. */
function diagnosticTypeOf(value: string | null): string | null {
  const type = value ? /^\s*([\w-]{1,20})\s*;/.exec(value) : null;
  return type ? type[1]!.toLowerCase() : null;
}

/**
 * An address in the public DNS: a dotted domain that is not a private-network name (RFC 6762 Appendix G's
 * .local, .lan, .home, .corp, .internal, .intranet, .private, and .localdomain). A server that rewrote the
 * recipient to its internal mailbox ("user@mailcluster.local") reports the address the sender wrote as the
 * Original-Recipient.
 */
function isMailbox(address: string): boolean {
  return /@[^@.\s]+\.[^@\s]+$/.test(address) && !PRIVATE_NETWORK_DOMAIN.test(address);
}
const PRIVATE_NETWORK_DOMAIN = /\.(?:local|localdomain|lan|home|corp|internal|intranet|private)$/i;

/** DSN drafts own the structure; the notice text fills what the DSN leaves out. */
/**
 * Exchange's delay notices put "400 4.4.7 Message delayed" in the DSN (400 is no SMTP reply) and the
 * remote server's last real answer only in the text ("… - Remote Server at … returned '450 4.7.3 …'").
 */
const PLACEHOLDER_REPLY = 400;

function mergeDrafts(dsn: Draft[], text: Draft[]): Draft[] {
  if (dsn.length === 0) return text;
  const byAddress = new Map<string, Draft>();
  for (const draft of text) if (draft.address) byAddress.set(draft.address, draft);
  const soleText = text.length === 1 ? text[0]! : null;
  for (const draft of dsn) {
    // "Final-Recipient: rfc822; unknown", or no Final-Recipient at all: the text names the address
    const placeholder = draft.address === null || !draft.address.includes('@');
    const match = (draft.address ? byAddress.get(draft.address) : undefined) ?? (dsn.length === 1 ? soleText : null) ?? (placeholder ? textDraftNamedIn(draft.diagnostic, byAddress) : null);
    if (!match) continue;
    if (placeholder && match.address) draft.address = match.address;
    if (draft.reply === PLACEHOLDER_REPLY && match.reply !== null && match.reply !== PLACEHOLDER_REPLY) {
      draft.reply = match.reply;
      draft.status = match.status ?? draft.status;
      draft.diagnostic = match.diagnostic;
    }
    if (!draft.address) draft.address = match.address;
    if (!draft.diagnostic && match.diagnostic) draft.diagnostic = match.diagnostic;
    if (!draft.status && match.status) draft.status = match.status;
    if (draft.reply === null && match.reply !== null) draft.reply = match.reply;
    if (!draft.remoteMta && match.remoteMta) draft.remoteMta = match.remoteMta;
  }
  return dsn;
}

/** The one recipient of the text whose address a DSN block's Diagnostic-Code names ("550 5.1.1 <x>: …"). */
function textDraftNamedIn(diagnostic: string | null, byAddress: Map<string, Draft>): Draft | null {
  const named = new Set(addressesIn(diagnostic).filter((address) => byAddress.has(address)));
  return named.size === 1 ? byAddress.get([...named][0]!)! : null;
}

/**
 * When the notice was written (its Date, else the caller's), read on first need: only a delay's
 * retry window uses it, and parsing a date measured 1-1.5 % of an analysis.
 */
type NoticeTime = () => number | null;

function lazily(read: () => number | null): NoticeTime {
  let value: number | null | undefined;
  return () => (value === undefined ? (value = read()) : value);
}

/**
 * The recipients' action a notice kind implies. A conditional, not a lookup table: a table read
 * with a variable key whose value changes goes megamorphic in V8.
 */
function actionOfKind(kind: 'failure' | 'delay'): DsnAction {
  return kind === 'failure' ? 'failed' : 'delayed';
}

/**
 * Delay or failure from the notice itself: the DSN's Action first, then the notice's own wording
 * ("still retrying" vs "gave up"), the subject last. In rendered mode the subject shown may be the
 * ORIGINAL message's (Gmail threads a notice under it), so it only breaks ties the text leaves open.
 */
function noticeKind(drafts: Draft[], view: NoticeView): 'failure' | 'delay' | 'delivered' {
  const actions = drafts.map((draft) => draft.action).filter((action): action is DsnAction => action !== null);
  if (actions.includes('failed')) return 'failure';
  if (actions.includes('delayed')) return 'delay';
  if (actions.length > 0 && actions.length === drafts.length) return 'delivered';
  const head = view.text.length > 8000 ? view.text.slice(0, 8000) : view.text;
  const failureCode = drafts.some((draft) => (draft.reply !== null && draft.reply >= 400) || (draft.status !== null && draft.status[0] !== '2'));
  const index = view.index;
  // ("has not yet been delivered to the following recipient" holds a success phrase: still retrying decides;
  // a receipt repeats the original's subject, which may say anything: "Subject: Undeliverable parcels")
  if (!failureCode && DELIVERED_TEXT.test(head, index) && !FAILURE_TEXT.test(withoutSubjectLines(head), index) && !STILL_RETRYING_TEXT.test(head, index)) return 'delivered';
  // every recipient the text names was accepted ("250 2.1.5 Ok": Postfix's address verification report)
  if (!failureCode && drafts.length > 0 && drafts.every(acceptedInTranscript) && !FAILURE_TEXT.test(head, index) && !DELAY_TEXT.test(head, index)) return 'delivered';
  const permanentCode = drafts.some((draft) => (draft.reply !== null && draft.reply >= 500) || (draft.status !== null && draft.status[0] === '5'));
  // A permanent code decides before any wording: that spares two scans of the head in most notices.
  if (permanentCode) return 'failure';
  const gaveUp = GAVE_UP_TEXT.test(head, index);
  if (!gaveUp && STILL_RETRYING_TEXT.test(head, index)) return 'delay';
  if (gaveUp || FAILURE_TEXT.test(head, index)) return 'failure';
  if (DELAY_TEXT.test(head, index)) return 'delay';
  if (DELAY_SUBJECTS.test(view.subject) && !FAILURE_SUBJECTS.test(view.subject)) return 'delay';
  return 'failure';
}

/**
 * A recipient the text lists (with no DSN Action of its own) takes the outcome of the heading above it,
 * in a notice that sorts its recipients under headings of two outcomes or more (OUTCOME_HEADINGS):
 * the delivered ones are then no failure, and a delay section's are still being tried.
 */
function actionsFromHeadings(drafts: Draft[], view: NoticeView): void {
  // (one recipient has no other to be told apart from: the notice's kind says its outcome)
  if (drafts.length < 2 || !drafts.some((draft) => draft.action === null && draft.address) || !OTHER_OUTCOME_HEADINGS.test(view.text, view.index)) return;
  const headings: { index: number; action: DsnAction }[] = [];
  for (const [action, pattern] of OUTCOME_HEADING_PATTERNS) for (const match of view.text.matchAll(pattern)) headings.push({ index: match.index, action });
  if (new Set(headings.map((heading) => heading.action)).size < 2) return;
  headings.sort((a, b) => a.index - b.index);
  const lower = view.text.toLowerCase();
  // Recipients are listed in order: each is looked for from the last one found, and from the top only a
  // few times (a hostile notice lists thousands in reverse).
  let from = 0;
  let searchesFromTop = 0;
  for (const draft of drafts) {
    // (a recipient the server answered 2xx is left to acceptedInTranscript)
    if (draft.action !== null || !draft.address || acceptedInTranscript(draft)) continue;
    let at = lower.indexOf(draft.address, from);
    if (at < 0 && from > 0 && searchesFromTop++ < MAX_CONTEXT_SEARCHES) at = lower.indexOf(draft.address);
    if (at < 0) continue;
    from = at;
    const heading = headings.findLast((candidate) => candidate.index < at);
    if (heading) draft.action = heading.action;
  }
}
const OUTCOME_HEADING_PATTERNS = (Object.entries(OUTCOME_HEADINGS) as [DsnAction, readonly string[]][]).map(
  ([action, phrases]) => [action, new RegExp(phrases.map((phrase) => escapeRegex(phrase).replace(/ /g, '\\s+')).join('|'), 'gi')] as const,
);

/** The text less the lines that repeat the original's Subject (in the webmails' languages). */
function withoutSubjectLines(text: string): string {
  return text.replace(SUBJECT_LINE, '');
}
const SUBJECT_LINE = new RegExp(
  `^[ \\t]*(?:${Object.keys(HEADER_FIELD_NAMES).filter((name) => HEADER_FIELD_NAMES[name] === 'subject').map(escapeRegex).join('|')})[ \\t]*[:：].*$`,
  'gim',
);

function finish(drafts: Draft[], view: NoticeView, reporter: Reporter | null, noticeTime: NoticeTime, input: 'raw' | 'rendered'): Diagnosis {
  for (const draft of drafts) completeDraft(draft);
  if (reporter?.refine) reporter.refine(drafts, view);
  actionsFromHeadings(drafts, view);
  const kind = noticeKind(drafts, view);
  if (kind === 'delivered') return nonBounce('delivered', drafts, view, input);
  return bounceDiagnosis(kind, drafts, view, reporter, noticeTime, input);
}

function fromStructured(notice: StructuredNotice, reporter: Reporter, view: NoticeView, noticeTime: NoticeTime, input: 'raw' | 'rendered'): Diagnosis {
  for (const draft of notice.drafts) completeDraft(draft);
  if (notice.kind === 'failure' || notice.kind === 'delay') {
    const drafts = notice.drafts.length > 0 ? notice.drafts : [emptyDraft(null)];
    return bounceDiagnosis(notice.kind, drafts, view, reporter, noticeTime, input);
  }
  const diagnosis = nonBounce(notice.kind, notice.drafts, view, input);
  return { ...diagnosis, reporter: reporter.id, reporterName: reporter.name };
}

function bounceDiagnosis(kind: 'failure' | 'delay', drafts: Draft[], view: NoticeView, reporter: Reporter | null, noticeTime: NoticeTime, input: 'raw' | 'rendered'): Diagnosis {
  const reporterId = reporter?.id ?? null;
  const relevant = drafts.filter((draft) => (draft.action === null && !acceptedInTranscript(draft)) || draft.action === 'failed' || draft.action === 'delayed');
  const listed = withoutRepeats(relevant.length > 0 ? relevant : drafts);
  // The panel shows recipients[0] and the advice is written for it: the first recipient (in
  // document order) whose outcome is the notice's kind, e.g. the first failed one of a mixed DSN.
  const wanted = actionOfKind(kind);
  const primaryIndex = listed.findIndex((draft) => (draft.action ?? wanted) === wanted);
  if (primaryIndex > 0) listed.unshift(...listed.splice(primaryIndex, 1));
  // Mass bounces repeat the same answer for many recipients, often with the recipient's own address
  // in it: classify each distinct answer (address left out) once. Past MAX_CLASSIFIED distinct
  // answers (hostile input), recipients with the same codes share one classification.
  const classified = new Map<string, ReturnType<typeof classify>>();
  const sharedContext = listed.length > MAX_CONTEXT_SEARCHES ? classifyContext(view, null) : null;
  // the recipients whose entries open a line of the notice: their lines are kept out of the others' contexts
  const entryOpeners = !sharedContext && listed.length > 1 ? listed.filter((draft) => draft.address && opensALine(view.text, draft.address)).map((draft) => draft.address!) : [];
  let retry: RetryWindow | null | undefined;
  const remoteIps: RemoteIpsInNotice = new Map();
  const recipients: RecipientStatus[] = listed.map((draft) => {
    const action = draft.action ?? actionOfKind(kind);
    // A notice with one recipient, nearly all of them, needs no key: building and hashing one measured 0.25 µs.
    let key = '';
    if (listed.length > 1) {
      const codes = `${draft.status}|${draft.reply}|${action}|${draft.diagnosticType ?? ''}`;
      key = `${codes}|${draft.remoteMta}|${domainOf(draft.address)}|${withoutAddress(draft.diagnostic, draft.address)}`;
      if (classified.size >= MAX_CLASSIFIED && !classified.has(key)) key = codes;
    }
    let classification = classified.get(key);
    if (!classification) {
      classification = classify({
        status: draft.status,
        reply: draft.reply,
        diagnostic: draft.diagnostic,
        reporter: reporterId,
        action,
        remoteMta: draft.remoteMta,
        context: sharedContext ?? classifyContext(view, draft, entryOpeners),
        recipient: draft.address,
        diagnosticType: draft.diagnosticType ?? null,
      });
      classified.set(key, classification);
    }
    // Only a notice whose sender is still trying has a retry window; a final failure has none,
    // whatever its code class (a 4xx quoted in an expiry report included).
    const delayed = action === 'delayed';
    if (delayed && retry === undefined) {
      retry = retryWindow({ willRetryUntil: draft.willRetryUntil, text: `${view.subject}\n${view.text}`, reporter: reporterId, reporterName: reporter?.name ?? null, noticeTime: noticeTime() });
    }
    const ips = ipAddressesOf(draft, view, remoteIps);
    return {
      address: draft.address,
      action,
      status: draft.status,
      reply: draft.reply,
      diagnostic: draft.diagnostic,
      remoteMta: draft.remoteMta,
      remoteIp: ips.remoteIp,
      sendingIp: ips.sendingIp,
      reason: classification.reason,
      reasonEvidence: classification.reasonEvidence,
      cause: classification.cause,
      verdict: classification.verdict,
      actor: classification.actor,
      retryUntil: delayed ? (draft.willRetryUntil ? retryWindow({ willRetryUntil: draft.willRetryUntil, text: '', reporter: reporterId, reporterName: reporter?.name ?? null, noticeTime: noticeTime() }) : retry!) : null,
    };
  });
  const primary = recipients[0]!;
  const groups = adviceGroups(recipients, kind, reporterId);
  const time = noticeTime();
  return {
    bounce: true,
    kind,
    reporter: reporterId,
    reporterName: reporter?.name ?? null,
    recipients,
    // (the group of recipients[0], when it has one, was advised for it)
    advice: groups.find((group) => group.recipients[0] === 0)?.advice ?? advise({ recipient: primary, kind, reporter: reporterId }),
    headline: noticeHeadline(recipients, groups),
    groups,
    date: time === null ? null : new Date(time).toISOString(),
    reportingMta: reportingHostIn(view.deliveryStatus ?? '', view.text, view.index),
    input,
    forwarded: false,
  };
}

/**
 * The drafts less those that repeat an earlier one field for field: a DSN has one block per original
 * recipient (RFC 3464 §2.3), so two aliases expanded to one mailbox report it twice.
 */
function withoutRepeats(drafts: Draft[]): Draft[] {
  if (drafts.length < 2) return drafts;
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    if (!draft.address) return true;
    const key = `${draft.address}\n${draft.action}\n${draft.status}\n${draft.reply}\n${draft.diagnostic}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A recipient the notice's text names only with a positive reply (RFC 5321 §4.2.1: 2yz), as in a
 * session transcript ("RCPT To:<x>" answered "250 … Recipient ok", Sendmail's "<<<" and MDaemon's
 * "<--" alike): the server took it, and its failure, if any, is another recipient's.
 */
function acceptedInTranscript(draft: Draft): boolean {
  return draft.reply !== null && draft.reply >= 200 && draft.reply < 300;
}

/**
 * The notice's own text, searched once per remote host (a mass bounce names the same few hosts
 * thousands of times). The caller keeps one map per notice: a WeakMap keyed by the view, as this
 * was first written, cost 1.4 % of the rendered rate in its set() (ephemeron bookkeeping per notice).
 */
type RemoteIpsInNotice = Map<string, string | null>;
function remoteIpInNotice(view: NoticeView, remoteHost: string | null, known: RemoteIpsInNotice): string | null {
  const key = remoteHost ?? '';
  if (!known.has(key)) known.set(key, remoteIpIn([view.deliveryStatus, view.text], remoteHost));
  return known.get(key)!;
}

/**
 * The remote server's address beside its name, and the sending address it names in its refusal (if another).
 * (Its result is copied field by field, not spread: see the note on object spreads in classify.)
 */
function ipAddressesOf(draft: Draft, view: NoticeView, known: RemoteIpsInNotice): { remoteIp: string | null; sendingIp: string | null } {
  const remoteIp = remoteIpIn([draft.diagnostic], draft.remoteMta) ?? remoteIpInNotice(view, draft.remoteMta, known);
  const sending = sendingAddressIn(draft.diagnostic, true)?.text ?? null;
  return { remoteIp, sendingIp: sending !== remoteIp ? sending : null };
}

const MAX_CLASSIFIED = 64;
/** Beyond this many recipients, one context (the notice's opening) serves them all. */
const MAX_CONTEXT_SEARCHES = 32;

function domainOf(address: string | null): string {
  return address ? address.slice(address.lastIndexOf('@') + 1).toLowerCase() : '';
}

/** The diagnostic with (the first mention of) the recipient's own address blanked out. */
function withoutAddress(diagnostic: string | null, address: string | null): string {
  if (!diagnostic) return '';
  if (!address) return diagnostic;
  let at = diagnostic.indexOf(address);
  if (at < 0) at = diagnostic.toLowerCase().indexOf(address);
  return at < 0 ? diagnostic : diagnostic.slice(0, at) + '<>' + diagnostic.slice(at + address.length);
}

/** How much of the notice classify() sees besides the diagnostic. */
const CONTEXT_HEAD = 600;
const CONTEXT_AROUND = 400;

/**
 * A short context for classify(): the subject, the notice's opening (where systems state the
 * failure in words, e.g. "The email account that you tried to reach does not exist") and the lines
 * around this recipient's reply. Not the whole notice: the classifier scans every character it is
 * given, and the rest is boilerplate or other recipients.
 */
function classifyContext(view: NoticeView, draft: Draft | null, entryOpeners: readonly string[] = []): string {
  const text = view.text;
  let context: string;
  if (text.length <= CONTEXT_HEAD + 2 * CONTEXT_AROUND) context = `${view.subject}\n${text}`;
  else {
    const probe = draft?.diagnostic ? draft.diagnostic.slice(0, 24) : null;
    let at = probe ? text.indexOf(probe) : -1;
    if (at < 0 && draft?.address) at = text.indexOf(draft.address);
    const head = text.slice(0, CONTEXT_HEAD);
    context = at < 0 || at < CONTEXT_HEAD
      ? `${view.subject}\n${text.slice(0, Math.max(CONTEXT_HEAD, at + CONTEXT_AROUND))}`
      : `${view.subject}\n${head}\n${text.slice(Math.max(CONTEXT_HEAD, at - CONTEXT_AROUND), at + CONTEXT_AROUND)}`;
  }
  return withoutOthersLines(context, draft, entryOpeners);
}

/**
 * The context without the lines that open with another failed recipient: those are its own account
 * ("r.singh@example.org (Mailbox full)" under "k.okafor@example.org (User not on post office)"). An
 * address inside a line (a reply that names a forwarding target) keeps the line.
 */
function withoutOthersLines(context: string, draft: Draft | null, entryOpeners: readonly string[]): string {
  const own = draft?.address;
  // (looked for as written before any line is split: most contexts hold no other recipient's entry)
  const others = own ? entryOpeners.filter((address) => address !== own && opensALine(context, address)).map((address) => address.toLowerCase()) : [];
  if (others.length === 0) return context;
  return context
    .split('\n')
    .filter((line) => {
      const opening = line.trimStart().replace(/^[<(]/, '').toLowerCase();
      return !others.some((address) => opening.startsWith(address));
    })
    .join('\n');
}

/** Whether `address` (as written) opens a line of `text`, after indentation and a "<" or "(". */
function opensALine(text: string, address: string): boolean {
  for (let at = text.indexOf(address); at >= 0; at = text.indexOf(address, at + 1)) {
    let start = at;
    if (start > 0 && (text[start - 1] === '<' || text[start - 1] === '(')) start--;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    if (start === 0 || text[start - 1] === '\n') return true;
  }
  return false;
}

/** Sendmail-style "554 <user@example.com>... 550 Host unknown": the inner code is the remote server's. */
const RELAYED_REPLY = /^[245]\d\d <[^<>\s]{1,256}>\.\.\. ([245]\d\d)\b/;

/** An expiry report quoting the last attempt's answer: "...message expired...<421 4.4.2 Connection timed out>". */
const LAST_ATTEMPT_REPLY = /[<(]([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})\b/;

/** Fill reply, status and remote host from the diagnostic text when the structure left them out. */
function completeDraft(draft: Draft): void {
  // Runs once after extraction and again after merging; only a changed diagnostic needs a new read.
  const marked = draft as CompletedDraft;
  if (marked[COMPLETED_WITH] !== undefined && marked[COMPLETED_WITH] === draft.diagnostic) return;
  marked[COMPLETED_WITH] = draft.diagnostic;
  const derived = derivedFrom(draft.diagnostic, draft.address);
  if (derived.forcedReply !== null) draft.reply = derived.forcedReply;
  if (derived.reply !== null && draft.reply === null) draft.reply = derived.reply;
  // The DSN Status is the reporting MTA's summary; the code quoted in the diagnostic is the
  // remote server's own (RFC 3464 2.3.6), so it wins unless it is vaguer (x.0.0).
  if (derived.status !== null && (draft.status === null || !/\.0\.0$/.test(derived.status))) draft.status = derived.status;
  if (!draft.remoteMta) draft.remoteMta = remoteMtaOf(derived);
}

// The diagnostic a draft was completed with, kept on the draft: a WeakMap entry per draft made the
// garbage collector's ephemeron work a visible share of a 10,000-recipient DSN.
const COMPLETED_WITH = Symbol('completedWith');
type CompletedDraft = Draft & { [COMPLETED_WITH]?: string | null };

interface Derived {
  /** A code that overrides the structure's (the relayed remote's, the last attempt's). */
  forcedReply: number | null;
  reply: number | null;
  status: string | null;
  /** The receiving host the diagnostic names: read on first need (most drafts already have one). */
  remoteMta?: string | null;
  /** The diagnostic read (the remote host comes from it, address included, as before the memo). */
  source: string | null;
}

// Mass bounces repeat one diagnostic with only the address changing: remember the last reading.
let lastDerivedKey: string | null = null;
let lastDerived: Derived | null = null;

function derivedFrom(diagnostic: string | null, address: string | null): Derived {
  const key = diagnostic === null ? null : withoutAddress(diagnostic, address);
  if (lastDerived && key === lastDerivedKey) return lastDerived;
  const relayed = diagnostic ? RELAYED_REPLY.exec(diagnostic) : null;
  const lastAttempt = diagnostic ? LAST_ATTEMPT_REPLY.exec(diagnostic) : null;
  const quoted = lastAttempt ? { reply: Number(lastAttempt[1]), status: statusValue(lastAttempt[2]!) } : replyInDiagnostic(diagnostic);
  const derived: Derived = {
    forcedReply: lastAttempt ? Number(lastAttempt[1]) : relayed ? Number(relayed[1]) : null,
    reply: quoted?.reply ?? null,
    status: quoted?.status ?? null,
    source: diagnostic,
  };
  lastDerivedKey = key;
  lastDerived = derived;
  return derived;
}

function remoteMtaOf(derived: Derived): string | null {
  if (derived.remoteMta === undefined) derived.remoteMta = remoteHostIn(derived.source) ?? null;
  return derived.remoteMta;
}

const NON_BOUNCE_REASON: Record<'delivered' | 'autoreply' | 'feedback', Reason> = {
  delivered: 'delivered',
  autoreply: 'vacation',
  feedback: 'feedback',
};

function nonBounce(kind: 'delivered' | 'autoreply' | 'feedback', drafts: Draft[], view: NoticeView, input: 'raw' | 'rendered'): Diagnosis {
  const reporter = kind === 'delivered' ? null : detectReporterQuietly(view);
  const action: DsnAction | null = kind === 'delivered' ? 'delivered' : null;
  const remoteIps: RemoteIpsInNotice = new Map();
  return {
    bounce: false,
    kind,
    reporter: reporter?.id ?? null,
    reporterName: reporter?.name ?? null,
    recipients: drafts.map((draft) => {
      const ips = ipAddressesOf(draft, view, remoteIps);
      return {
        address: draft.address,
        action: draft.action ?? action,
        status: draft.status,
        reply: draft.reply,
        diagnostic: draft.diagnostic,
        remoteMta: draft.remoteMta,
        remoteIp: ips.remoteIp,
        sendingIp: ips.sendingIp,
        reason: NON_BOUNCE_REASON[kind],
        reasonEvidence: { kind: 'none', text: '' },
        cause: kind,
        verdict: 'wait',
        actor: 'nobody',
        retryUntil: null,
      };
    }),
    advice: null,
    headline: null,
    groups: [],
    date: null,
    reportingMta: null,
    input,
    forwarded: false,
  };
}

function detectReporterQuietly(view: NoticeView): Reporter | null {
  return view.rendered ? null : detectReporter(view);
}

function notABounce(input: 'raw' | 'rendered'): Diagnosis {
  return { bounce: false, kind: null as NoticeKind | null, reporter: null, reporterName: null, recipients: [], advice: null, headline: null, groups: [], date: null, reportingMta: null, input, forwarded: false };
}

/** A report is about a recipient even when the part that names it is not shown (its address is then unknown). */
function feedbackDrafts(addresses: string[]): Draft[] {
  return addresses.length > 0 ? addresses.map((address) => emptyDraft(address)) : [emptyDraft(null)];
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

/**
 * Whether text after a returned-original marker is a mail system's return of someone's message: a
 * notice goes to the original's sender from another address. A person who pastes the headers of a
 * message of their own (for the help desk) is that message's sender.
 */
function returnedBySystem(original: string, from: string, returnedFrom: string | null | undefined): boolean {
  if (original === '') return false;
  const sender = addressesIn(from)[0];
  return !sender || !addressesIn(returnedFrom ?? null).includes(sender);
}

/** Headers of an original that a non-MIME notice pastes after its marker line. */
function headersOfInlineOriginal(original: string) {
  const headerText = inlineOriginalHeaderText(original);
  return headerText === null ? null : parseHeaders(headerText);
}

/** The first value of each of `names` among those headers. */
function fieldsOfInlineOriginal(original: string, names: readonly string[]): (string | null)[] {
  const headerText = inlineOriginalHeaderText(original);
  if (headerText === null) return names.map(() => null);
  const headers = parseHeaders(headerText, names);
  return names.map((name) => headers.get(name));
}

const RETURNED_FIELDS = ['from', 'to'];

function inlineOriginalHeaderText(original: string): string | null {
  if (!original) return null;
  const firstHeader = /^[A-Za-z][\w-]{0,40}:[ \t]/m.exec(original.length > 50_000 ? original.slice(0, 50_000) : original);
  if (!firstHeader) return null;
  return splitHeaderBody(original.slice(firstHeader.index)).headerText;
}
