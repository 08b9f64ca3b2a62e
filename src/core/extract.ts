/**
 * Generic extraction from the human-readable notice text: failed-recipient addresses, SMTP reply
 * lines (basic + enhanced codes and the server's words), retry windows. These patterns are what
 * nearly every MTA prints, whatever its family, so they carry notices from unknown systems too.
 *
 * All regexes are linear: bounded repetitions, no nested quantifiers over overlapping classes.
 *
 * Character-level hot paths here call String methods as `String.prototype.charCodeAt.call(text, i)`
 * rather than `text.charCodeAt(i)`. V8 gives each string representation its own hidden class (flat,
 * sliced, concatenated, internalized; one- or two-byte), and the analyzer's texts arrive in all of them:
 * a method looked up on five or more makes the call site megamorphic, so every call goes through a
 * generic lookup and a generic call (`perf` put the lookups at about 10 % of a rendered analysis).
 * Through `String.prototype…call` the target is a constant that V8 inlines, whatever the
 * representation. Measured on a scan around each "@" of strings in eleven representations (ns a
 * text): Node 295 with the method syntax, 106 this way; Chromium 289 and 93; Firefox, whose lookup
 * does not depend on the representation, 109 and 127. Two shorter spellings were measured and
 * rejected: a function bound with Function.prototype.call.bind (Node's primordials) took 200 in
 * Firefox, and a module constant holding the method, called with `.call`, lost the gain in V8.
 * Only this module keeps the form: written plainly everywhere, a rendered corpus notice took 47.6-48.5
 * µs against 45.9-46.4 (the 20,000 a second floor of `npm run bench` then failed); plain everywhere
 * but here measured the same as before (45.8 / 43.9 against 45.3 / 44.0 µs), so the other modules
 * use the plain form.
 */
import type { Draft } from './reporters/types';
import { cleanDiagnostic, collapseWhitespace, isTrimmed, statusValue } from './dsn';
import { mayContain, patternKeys, type TrigramSet } from './knowledge/prefilter';
import { escapeRegex, HEADER_FIELD_NAMES, ORIGINAL_MESSAGE_MARKERS } from './notice-language';
import { inputCutByCaller, MAX_NOTICE_TEXT, stoppedAtLimit } from './limits';

/** Upper bounds that keep hostile input cheap (reaching one is reported: limits.ts). */
const MAX_TEXT = MAX_NOTICE_TEXT;
const MAX_ADDRESSES = 10_000;

export interface ReplyHit {
  /** Offset of the code in the text. */
  index: number;
  reply: number | null;
  status: string | null;
  /** From the code to the end of its paragraph, cleaned (computed when first read). */
  readonly diagnostic: string;
  /** Introduced as the remote server's answer ("said:", "<<<", "returned"). */
  remote: boolean;
}

/**
 * A hit whose paragraph is cut and cleaned only when asked for: a notice yields many candidate
 * codes, most of them never chosen, and hostile text can yield thousands.
 */
class LazyReplyHit implements ReplyHit {
  private paragraph: string | null = null;

  constructor(
    private readonly text: string,
    readonly index: number,
    readonly reply: number | null,
    readonly status: string | null,
    readonly remote: boolean,
    private readonly from: number,
  ) {}

  get diagnostic(): string {
    if (this.paragraph === null) this.paragraph = paragraphFrom(this.text, this.from);
    return this.paragraph;
  }
}

/**
 * Line bounds looked up near a position, never more than LINE_WINDOW characters away. A megabyte
 * on one line must not make every hit on it rescan the line (lastIndexOf / indexOf are unbounded,
 * which made hostile single-line input quadratic).
 */
const LINE_WINDOW = 400;

function lineStartNear(text: string, index: number): number {
  const floor = Math.max(0, index - LINE_WINDOW);
  for (let i = index - 1; i >= floor; i--) if (String.prototype.charCodeAt.call(text, i) === 10) return i + 1;
  return floor;
}

function lineEndNear(text: string, index: number, limit = LINE_WINDOW): number {
  const ceiling = Math.min(text.length, index + limit);
  for (let i = index; i < ceiling; i++) if (String.prototype.charCodeAt.call(text, i) === 10) return i;
  return ceiling;
}

const REMOTE_CUE = /(?:<<<|said:?|returned|responded|response was:?|reply was:?|error was:?|answered|\(reason:)\W{0,8}$/i;

function isRemote(text: string, index: number): boolean {
  const lineStart = lineStartNear(text, index);
  const prefix = String.prototype.slice.call(text, Math.max(lineStart, index - 40), index);
  if (REMOTE_CUE.test(prefix)) return true;
  // "said:" at the end of the previous line (Postfix wraps there)
  if (prefix.trim() === '' && lineStart > 1) {
    const previousStart = lineStartNear(text, lineStart - 1);
    return REMOTE_CUE.test(String.prototype.slice.call(text, Math.max(previousStart, lineStart - 41), lineStart - 1));
  }
  return false;
}

export interface AddressHit {
  address: string;
  index: number;
  /** Offset of the start of the line holding the address. */
  lineStart: number;
  strong: boolean;
  /** In a header field of the returned original that names its sender or other addressees (never a recipient). */
  party: boolean;
  /** Position in the list being associated (set during extraction). */
  position: number;
}

/**
 * Cut the notice where the returned original (or its headers) begins. `trigrams`: the trigram table
 * of the whole text, when the caller has one (a marker whose literals are absent is not looked for).
 */
export function cutReturnedOriginal(text: string, trigrams?: TrigramSet): { notice: string; original: string } {
  const bounded = text.length > MAX_TEXT ? String.prototype.slice.call(text, 0, MAX_TEXT) : text;
  const marker = ORIGINAL_MESSAGE_MARKERS.exec(bounded, trigrams);
  const headerBlock = mayContain(trigrams, ORIGINAL_HEADER_KEYS) ? ORIGINAL_HEADER_START.exec(bounded) : null;
  const index = Math.min(marker ? bounded.lastIndexOf('\n', marker.index) + 1 : bounded.length, headerBlock ? headerBlock.index + 1 : bounded.length);
  if (index >= bounded.length) {
    // The notice runs to the end of what is read, and the text went on: its list may go on too.
    if (bounded !== text || inputCutByCaller()) stoppedAtLimit();
    return { notice: bounded, original: '' };
  }
  return { notice: bounded.slice(0, index), original: bounded.slice(index) };
}

/**
 * A pasted header block is the returned original's, whatever the wording before it. Webmail HTML
 * views often put a blank line between the header lines, so one is allowed.
 */
// (the colon inside each alternative gives the trigram filter "received:" to look for, not "received")
const ORIGINAL_HEADER_START = /\n(?:Received:|Return-Path:|DKIM-Signature:|Message-ID:|Message-Id:|MIME-Version:|X-Original-To:|Delivered-To:|Authentication-Results:|ARC-Seal:)[ \t][^\n]*\n\n?(?:[ \t]|[A-Za-z][\w-]{0,40}:[ \t])/;
const ORIGINAL_HEADER_KEYS = patternKeys(ORIGINAL_HEADER_START);

/** A multi-line reply's "550-" prefix, glued to the address that follows it in the server's words. */
const REPLY_CONTINUATION = /^[245]\d\d-[^@]/;

/** Local parts that are rarely the failed recipient (unless the text says so). */
const SYSTEM_LOCAL_PART = /^(?:mailer-daemon|postmaster|mail-daemon|maildaemon|mailerdaemon|no-?reply|bounce[s]?|abuse|root|daemon|post_master|mail\.delivery\.system)$/i;

/** A Message-ID ("<id@host>" after Message-ID:, References:, In-Reply-To:) names a message, not a mailbox. */
const MESSAGE_ID_CUE = /(?:message-id|references|in-reply-to|x-ms-exchange-[\w-]{0,40}id|original-message-id|x-message-id)(?: of (?:your|the) (?:post|message))?\s*:[^:]{0,30}<$/i;

/** A greeting or apology that opens a line and addresses the reader (in the panel's languages). */
const GREETING = /^[ \t]*(?:dear|hello|hi|hey|sorry|greetings|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|cher|chère|désolé|estimad[oa]|hola|lo sentimos|gentile|car[oa]|ciao|spiacenti|olá|prezad[oa]|beste|geachte|уважаем(?:ый|ая)|здравствуйте)[ \t]*,?[ \t]*<?$/i;
/**
 * What follows the greeted address: a comma, colon or exclamation mark, or a full stop ending the
 * sentence (AOL's "Sorry sender@example.com. Your mail to the following recipients…"); ">" closing it first.
 */
const GREETING_END = /^>?(?:[,:!]|\.(?:\s|$))/;

/**
 * An address the notice gives for help ("please contact <help@…>", Postfix's "please send mail to <postmaster@…>"),
 * or the remote server's reply gives for a complaint or a delisting ("report details to abuse@…", Microsoft's
 * "please forward this message to delist@…", also wrapped onto the next line).
 */
const CONTACT_CUE = /(?:\b(?:contact(?:ez|e|a)?|write to|send (?:e-?)?mail to|kontaktieren sie)(?: us| (?:your|our) (?:help ?desk|(?:e-?mail |mail |system )?(?:administrator|admin)|it department|support(?: team)?|postmaster))?(?: at| via)?|\bforward (?:this|the) (?:message|e-?mail|ndr|notice) to|\breport (?:details|this|it) to|\be-?mail us at|need help\?|напишите нам)[ \t:]*<?$/i;

/** The header field names (HEADER_FIELD_NAMES) that name one thing: "from" gives From, Von, De, От… */
function fieldNames(role: 'from' | 'to'): string[] {
  return Object.entries(HEADER_FIELD_NAMES).filter(([, named]) => named === role).map(([name]) => name);
}

/** A line that opens with one of the field names and its colon (quoted or bold: "> From:", "*Von:*"), read in place. */
function fieldLine(names: readonly string[]): RegExp {
  return new RegExp(`[ \\t>]*\\*?(?:${names.map(escapeRegex).join('|')})\\*?[ \\t]*[:：]`, 'iy');
}

/** Where a sticky pattern's match at `at` ends, or -1 (read in place: no slice of the text). */
function stickyAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** The words PARTY_LABEL and CONTACT_CUE end in (lower-cased). */
const CUE_LAST_WORDS: ReadonlySet<string> = new Set([
  'address', 'by', 'par', 'von', 'da', 'por', 'отправитель', 'to', 'from', 'contact', 'contactez', 'contacte', 'contacta',
  'us', 'at', 'via', 'sie', 'help?', 'нам', 'desk', 'helpdesk', 'administrator', 'admin', 'department', 'support',
  'for', 'verifying', 'expéditeur', 'absenderadresse', 'remitente', 'mittente', 'remetente', 'afzender', 'try', 'team', 'postmaster',
  'recipient',
]);

/** The last word of a prefix before the spaces, colon and "<" or "[" that may close it ("help?" keeps its "?"). */
function lastWordOf(prefix: string): string {
  let end = prefix.length;
  while (end > 0 && ' \t:<['.includes(prefix[end - 1]!)) end--;
  let start = end;
  if (start > 0 && prefix[start - 1] === '?') start--;
  while (start > 0 && isLetterCode(prefix.charCodeAt(start - 1))) start--;
  return prefix.slice(start, end).toLowerCase();
}

/** Whether a prefix holds only indentation (and a "<"). */
function isBlankPrefix(prefix: string): boolean {
  return /^[ \t]*<?$/.test(prefix);
}

/** A–Z, a–z, or any character past Latin-1's symbols (accented letters, Cyrillic…): enough for CUE_LAST_WORDS. */
function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0;
}

/** Sendmail's "The original message was received at <date>" is followed by "from <the sender>". */
const RECEIVED_FROM = /^[ \t]*from[ \t]+<?$/i;

/**
 * The sender or the reader named as such: Exchange's "Sender Address:" (its "Original Message
 * Details"), "Sent by:", "Message envoyé par :", "This notification was sent to" (the reader's own
 * address), in the panel's languages; the SMTP command that names the envelope sender (RFC 5321),
 * as transcripts and Exim's errors quote it; the forward-path a 551 reply suggests ("User not local; please
 * try <forward-path>", RFC 5321 §3.4) or Postfix's relocated(5) table ("User has moved to <new address>");
 * and Exim's failed sender callout ("Verification failed for
 * <sender>", "Callback setup failed while verifying <sender>", its acl.c), which refusals quote. (One pattern: each is tried at every position of the prefix.)
 */
const PARTY_LABEL = /(?:sender address|adresse de l'expéditeur|absenderadresse|dirección del remitente|indirizzo (?:del )?mittente|endereço do remetente|adres van afzender|verification failed for|failed while verifying|\bsent by|envoyé par|gesendet von|inviato da|enviado por|отправитель|(?:notification|notice|report|message|e-?mail) (?:was|has been) sent to|\bMAIL FROM|please try|has moved to|original (?:address|recipient))[ \t]*:?[ \t]*[<[]?$/i;

const X400_MAILBOX_ATTRIBUTE = /^(?:smtp|rfc-?822)=/i;

/** A From field's label right before an address, wherever it stands in its line. */
const FROM_FIELD_BEFORE = /\bfrom[ \t]*:[ \t]*<?$/i;

/**
 * What a server says right after the sender's address it refuses: Postfix's "<ann@…>: Sender address
 * rejected: …", Sendmail's "<ann@…>... Domain of sender address ann@… does not exist" (its proto.m4).
 */
const SENDER_REFUSED_AFTER = /[>\]]?(?::|\.\.\.)?[ \t]*(?:sender address rejected|domain of sender address)/iy;

/**
 * The original's Subject as notices repeat it ("Subject:" and the webmails' translations; Exim's "The
 * subject of the message is:"): an address in it is part of a title ("Re: offer from ann@…").
 */
const SUBJECT_FIELDS = [...Object.entries(HEADER_FIELD_NAMES).filter(([, named]) => named === 'subject').map(([name]) => name), 'the subject of the message is'];

/**
 * A header field of the returned original, repeated in the notice's text, that names its sender or its
 * other addressees (From, Cc, Reply-To… and the webmails' translations): not a failed recipient. To
 * is left out: the original's To is often the only place a notice names the recipient.
 */
const ORIGINAL_PARTY_FIELD = fieldLine([...fieldNames('from'), 'cc', 'bcc', 'reply-to', 'sender', 'return-path', 'копия', 'kopie', ...SUBJECT_FIELDS]);

/** What separates the addresses of a list written in a sentence: ", ", "; ", " and ", ", and " (and translations). */
const LIST_SEPARATOR = /^>?(?:[ \t]*[,;][ \t]*|,?[ \t]+(?:and|or|et|und|y|e|en|i|и)[ \t]+)<?$/i;

/** Words right before an address that mark it as the (failed) recipient. */
const RECIPIENT_CUE = /(?:\bto|\bfor|recipients?|rcpt to|address(?:es)?|addressee|\buser|mailbox|destinatario|destinataire|empfänger|destinatário|ontvanger|宛先|получател[ьяи]|deliver(?:ed)? to|message to|failed|destinatari)\W{0,6}$/i;

/**
 * Addresses are found by scanning out from each "@" rather than with one address regex: a regex
 * has to be tried at every position of the text, and that measured as the single most expensive
 * step of the analysis (~35% of extraction time over the corpus).
 */
export function findAddresses(text: string, exclude: ReadonlySet<string>): AddressHit[] {
  const hits: AddressHit[] = [];
  let contacts: Set<string> | undefined;
  // where the last recipient-like address ended, if it was strong: the next one may continue its list
  let strongListEnd = -1;
  let at = String.prototype.indexOf.call(text, '@');
  while (at >= 0 && hits.length < MAX_ADDRESSES) {
    const found = addressAround(text, at);
    at = String.prototype.indexOf.call(text, '@', at + 1);
    if (!found) continue;
    let { index, raw } = found;
    // a multi-line reply's "550-" glued to the address it names ("550-ann@example.net is not …")
    if (REPLY_CONTINUATION.test(raw)) {
      index += 4;
      raw = String.prototype.slice.call(raw, 4);
    }
    // an X.400 address's attribute that carries the mailbox (Exchange's "dda:SMTP=ann@…", RFC 2156's "RFC-822=")
    const dda = X400_MAILBOX_ATTRIBUTE.exec(raw);
    if (dda) {
      index += dda[0].length;
      raw = raw.slice(dda[0].length);
    }
    let address = String.prototype.toLowerCase.call(raw);
    if (exclude.has(address)) continue;
    if (String.prototype.startsWith.call(address, '=')) address = String.prototype.slice.call(address, 1);
    // part of a Message-ID or URL rather than a mailbox
    if (String.prototype.charCodeAt.call(text, index - 1) === 47 /* / */) continue;
    const lineStart = lineStartNear(text, index);
    const prefixStart = Math.max(lineStart, index - 40);
    const prefix = String.prototype.slice.call(text, prefixStart, index);
    // the cue ends with "<": most prefixes are ruled out without running the regex
    if (String.prototype.charCodeAt.call(text, index - 1) === 60 /* < */ && index > prefixStart && MESSAGE_ID_CUE.test(prefix)) continue;
    // the sender or the reader named as such, the envelope sender of a quoted SMTP dialogue ("after
    // MAIL FROM:<sender@…>"), or Sendmail's "from <sender>" under the arrival line
    // (both cues end in one of a few words: most prefixes are ruled out by their last word alone)
    const cued = CUE_LAST_WORDS.has(lastWordOf(prefix));
    if ((cued && PARTY_LABEL.test(prefix)) || (index - lineStart < 8 && RECEIVED_FROM.test(prefix))) continue;
    // a reply wrapped right before the address ("User has moved to\n    ann@…"): the label ends the line above
    if (lineStart >= 2 && isBlankPrefix(prefix)) {
      const above = String.prototype.slice.call(text, Math.max(lineStartNear(text, lineStart - 1), lineStart - 41), lineStart - 1);
      if (CUE_LAST_WORDS.has(lastWordOf(above))) {
        if (PARTY_LABEL.test(above)) continue;
        if (CONTACT_CUE.test(above)) {
          (contacts ??= new Set()).add(address);
          continue;
        }
      }
    }
    if (stickyAt(SENDER_REFUSED_AFTER, text, index + raw.length) >= 0) continue;
    // the notice's help desk ("For further assistance, please contact <support@…>"), wherever else it stands
    if (cued && CONTACT_CUE.test(prefix)) {
      (contacts ??= new Set()).add(address);
      continue;
    }
    // kept to end the text read for the recipient before it, never a recipient itself
    const partyField = index - lineStart < 200 ? stickyAt(ORIGINAL_PARTY_FIELD, text, lineStart) : -1;
    if (partyField >= 0 && partyField <= index) {
      hits.push({ address, index, lineStart, strong: false, party: true, position: 0 });
      continue;
    }
    // a From field inside a line of another kind (a session log's "17:16:47.104: *  From: ann@…") names the sender too
    if (cued && FROM_FIELD_BEFORE.test(prefix)) continue;
    if (isSystemLocalPart(address) && !RECIPIENT_CUE.test(prefix)) continue;
    // "Hello sender@example.com," / "Sorry sender@example.com, ...": the notice greets its reader, the sender
    if (index - lineStart < 24 && GREETING.test(String.prototype.slice.call(text, lineStart, index)) && GREETING_END.test(String.prototype.slice.call(text, index + raw.length, index + raw.length + 3))) continue;
    // the text before and after judged in place: slicing, trimming and two regexes for it made
    // findAddresses ~1.18 µs per rendered notice of the corpus, against ~1.0 now
    // (an address that continues a strong one's list, "to ann@…, bob@… and cy@…", is as strong)
    const continuesList = strongListEnd >= 0 && index - strongListEnd <= 8 && LIST_SEPARATOR.test(text.slice(strongListEnd, index));
    const strong = (dda !== null || continuesList || isBareBefore(text, prefixStart, index) || isTerminatedAfter(text, index + raw.length) || RECIPIENT_CUE.test(prefix)) &&
      !inRepeatedHeaderTo(text, lineStart, index);
    strongListEnd = strong ? index + raw.length : -1;
    hits.push({ address, index, lineStart, strong, party: false, position: 0 });
  }
  if (at >= 0) stoppedAtLimit();
  return contacts ? hits.filter((hit) => !contacts.has(hit.address)) : hits;
}

/** The To field of the original's header lines as a notice repeats them (with its Date, From, Subject…). */
const TO_FIELD = fieldLine(fieldNames('to').filter((name) => name !== 'cc'));
const HEADER_FIELD_LINE = fieldLine([...Object.keys(HEADER_FIELD_NAMES), 'message-id', 'reply-to']);

/**
 * An address in the To field of a block of the original's header fields (iPlanet's "This report relates
 * to a message you sent with the following header fields:", a webmail's quoted headers): it names every
 * addressee, so it counts only when the notice names its failed recipients nowhere else.
 */
function inRepeatedHeaderTo(text: string, lineStart: number, index: number): boolean {
  if (index - lineStart > 200) return false;
  const toField = stickyAt(TO_FIELD, text, lineStart);
  if (toField < 0 || toField > index) return false;
  const previousStart = lineStart > 0 ? lineStartNear(text, lineStart - 1) : -1;
  if (previousStart >= 0 && stickyAt(HEADER_FIELD_LINE, text, previousStart) >= 0) return true;
  const nextStart = lineEndNear(text, index) + 1;
  return nextStart < text.length && stickyAt(HEADER_FIELD_LINE, text, nextStart) >= 0;
}

/** text[from..to) trimmed is empty or one of < " * - ( (what /^[<"*\-(]?$/ accepts of the trimmed prefix). */
function isBareBefore(text: string, from: number, to: number): boolean {
  while (from < to && isTrimmed(String.prototype.charCodeAt.call(text, from))) from++;
  while (to > from && isTrimmed(String.prototype.charCodeAt.call(text, to - 1))) to--;
  if (to === from) return true;
  if (to - from > 1) return false;
  const code = String.prototype.charCodeAt.call(text, from);
  return code === 60 || code === 34 || code === 42 || code === 45 || code === 40;
}

/**
 * Within 4 characters after the address, on its line: an optional ">", whitespace, then ":",
 * "..." or the end of that span (what /^>?\s*(?::|\.\.\.|$)/ accepts of those characters).
 */
function isTerminatedAfter(text: string, from: number): boolean {
  const end = lineEndNear(text, from, 4);
  let i = from;
  if (i < end && String.prototype.charCodeAt.call(text, i) === 62 /* > */) i++;
  while (i < end && isTrimmed(String.prototype.charCodeAt.call(text, i))) i++;
  if (i === end) return true;
  const code = String.prototype.charCodeAt.call(text, i);
  return code === 58 /* : */ || (code === 46 && end - i >= 3 && String.prototype.charCodeAt.call(text, i + 1) === 46 && String.prototype.charCodeAt.call(text, i + 2) === 46);
}

function isSystemLocalPart(address: string): boolean {
  // most local parts start with none of the names' first letters: no slice, no regex for them
  let first = 0;
  while (String.prototype.charCodeAt.call(address, first) === 34 /* " */) first++;
  if (!SYSTEM_INITIALS.includes(address[first] ?? '')) return false;
  const local = String.prototype.slice.call(address, 0, String.prototype.lastIndexOf.call(address, '@'));
  return SYSTEM_LOCAL_PART.test(String.prototype.includes.call(local, '"') ? local.replace(/"/g, '') : local);
}

/** First letters of SYSTEM_LOCAL_PART's names (the address is lower-cased). */
const SYSTEM_INITIALS = 'abdmnpr';

/** Every plausible address in a text (header values, list fields), lower-cased, in order. */
export function addressesInText(text: string | null): string[] {
  const addresses: string[] = [];
  if (!text) return addresses;
  let at = String.prototype.indexOf.call(text, '@');
  while (at >= 0 && addresses.length < MAX_ADDRESSES) {
    const found = addressAround(text, at);
    if (found) addresses.push(String.prototype.toLowerCase.call(found.raw));
    at = String.prototype.indexOf.call(text, '@', at + 1);
  }
  if (at >= 0) stoppedAtLimit();
  return addresses;
}

function isLocalChar(code: number): boolean {
  return code < 128 ? LOCAL_CHARS[code] === 1 : isAccentedLatin(code);
}

/**
 * A Latin letter with a diacritic (U+00C0–U+024F less × and ÷, U+1E00–U+1EFF): an internationalised
 * local part (RFC 6531/6532, "josé.garcía@…") as a notice prints it. Other scripts are left out: CJK and
 * Cyrillic prose runs into an address without a space ("宛先user@…").
 */
function isAccentedLatin(code: number): boolean {
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);
}

/** 1 for A-Z a-z 0-9 and ! # $ % & ' * + - . / = ? ^ _ ` { | } ~ (a table: a Set lookup per character measured slower). */
const LOCAL_CHARS = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-./=?^_`{|}~") LOCAL_CHARS[char.charCodeAt(0)] = 1;

function isDomainChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 46 || code === 95;
}

/** The address around an "@", or null when it is not a plausible mailbox. */
function addressAround(text: string, at: number): { index: number; raw: string } | null {
  let start = at;
  if (String.prototype.charCodeAt.call(text, at - 1) === 34 /* " */) {
    // a quoted local part: its opening quote within 66 characters, on the same line
    let open = at - 2;
    while (open >= 0 && at - open <= 66 && String.prototype.charCodeAt.call(text, open) !== 34) open--;
    if (open < 0 || at - open > 66 || String.prototype.slice.call(text, open, at).includes('\n')) return null;
    start = open;
  } else {
    while (start > 0 && at - start < 64 && isLocalChar(String.prototype.charCodeAt.call(text, start - 1))) start--;
    // trim leading punctuation ("'<user" style wrappers are not part of the address)
    while (start < at && !isWordCode(String.prototype.charCodeAt.call(text, start))) start++;
  }
  if (start === at) return null;
  let end = at + 1;
  const length = text.length;
  while (end < length && end - at < 254 && isDomainChar(String.prototype.charCodeAt.call(text, end))) end++;
  while (end > at + 1 && (String.prototype.charCodeAt.call(text, end - 1) === 46 || String.prototype.charCodeAt.call(text, end - 1) === 45)) end--;
  // the domain: 3 characters or more, a dot after its first character, no ".." (checked in place, not on a slice)
  if (end - at - 1 < 3 || String.prototype.charCodeAt.call(text, at + 1) === 46) return null;
  let dotted = false;
  for (let i = at + 2; i < end; i++) {
    if (String.prototype.charCodeAt.call(text, i) !== 46) continue;
    if (String.prototype.charCodeAt.call(text, i - 1) === 46) return null;
    dotted = true;
  }
  return dotted ? { index: start, raw: String.prototype.slice.call(text, start, end) } : null;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 34 || code === 61 || isAccentedLatin(code);
}

/**
 * Where a code may start: a digit 2, 4 or 5 followed by two digits ("550") or by ".digit"
 * ("5.1.1"), not glued to a word, number or path. One scan finds the candidates of all three
 * kinds of hit below, which are then checked in place (sticky regexes, character tests): three
 * global regexes, each over the whole notice, made findReplies ~2.4 µs per rendered notice of the
 * corpus, against ~1.7 µs now.
 */
const CODE_CANDIDATE = /[245](?<![\w./-].)(?:[0-5]\d|\.\d)/g;
/**
 * "550 5.1.1", "550-5.1.1", "550 #5.1.1", "550-'5.2.2": what follows a basic reply code to make it
 * a reply with its enhanced code (matched right after the code).
 */
const STATUS_AFTER_CODE = /(?:[ :-]{1,3}|-?['"]|\n[ \t]{1,12})#?([245]\.\d{1,3}\.\d{1,3})(?![\w.])/y;
/** What ends a basic reply code standing alone (not "550 bytes", "250 days"). */
const CODE_END = /(?=[\s\-'",;:)\]]|$)(?![\s-]*(?:bytes|hours?|days?|minutes?|seconds?|kb|mb|ms|%))/iy;
/** An enhanced code at a candidate ("5.1.1"). */
const ENHANCED_AT = /[245]\.\d{1,3}\.\d{1,3}(?![\w.])/y;
const REPLY_CUE = /(?:said|returned|error|reply|response|reason|answer|responded|status|code|failed|rejected|diagnostic|<<<|dialog|refused|deferred|message|smtp|remote|host|server|\]|:)\W{0,12}$/i;

/**
 * Offsets of the code candidates in text, in order. A candidate is always 3 characters long, so
 * test() and lastIndex give its offset without exec()'s match array (~0.1 µs less per rendered
 * notice and diagnostic of the corpus; a character loop instead of the regex was 4x slower).
 */
function codeCandidates(text: string): number[] {
  const offsets: number[] = [];
  CODE_CANDIDATE.lastIndex = 0;
  while (CODE_CANDIDATE.test(text)) offsets.push(CODE_CANDIDATE.lastIndex - 3);
  return offsets;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A basic code ("550") at a candidate, rather than an enhanced one ("5.1.1"). */
function isBasicAt(text: string, index: number): boolean {
  return String.prototype.charCodeAt.call(text, index + 1) !== 46 /* . */;
}

/** The candidate follows "<digit>:", as in a time or a port ("12:550", "10:25:00"). */
function afterDigitColon(text: string, index: number): boolean {
  return String.prototype.charCodeAt.call(text, index - 1) === 58 /* : */ && isDigitCode(String.prototype.charCodeAt.call(text, index - 2));
}

/** The three-digit code at text[index..]. */
function codeValue(text: string, index: number): number {
  return (String.prototype.charCodeAt.call(text, index) - 48) * 100 + (String.prototype.charCodeAt.call(text, index + 1) - 48) * 10 + (String.prototype.charCodeAt.call(text, index + 2) - 48);
}

/**
 * The reply from its code to the end of the line, plus continuation lines: indented ones (Postfix,
 * Exim wrap like that) or ones repeating the code (multi-line SMTP replies "550-5.1.1 ...").
 */
function paragraphFrom(text: string, index: number): string {
  return cleanDiagnostic(String.prototype.slice.call(text, index, paragraphEnd(text, index)));
}

/** Where paragraphFrom's paragraph ends (at most 800 characters from index). */
function paragraphEnd(text: string, index: number): number {
  const code = String.prototype.slice.call(text, index, index + 3);
  const numeric = isDigitCode(String.prototype.charCodeAt.call(code, 0)) && isDigitCode(String.prototype.charCodeAt.call(code, 1)) && isDigitCode(String.prototype.charCodeAt.call(code, 2));
  // A continuation is indented at least as deep as the reply's own line: Exim lists recipients at
  // indent 2 and their replies at indent 4, so a shallower line starts the next recipient.
  const lineStart = lineStartNear(text, index);
  const minIndent = Math.max(1, indentOf(text, lineStart, index));
  let end = lineEndNear(text, index, 800);
  // A line that holds only the codes ("said: 550 5.2.1", wrapped there) has its words on the next line, indented or not.
  let codesOnly = CODES_ONLY.test(String.prototype.slice.call(text, index, end));
  const length = text.length;
  while (end < length && end - index < 800) {
    const lineEnd = lineEndNear(text, end + 1, 800);
    const indent = indentOf(text, end + 1, lineEnd);
    const first = end + 1 + indent;
    const continues =
      ((indent >= minIndent || codesOnly) && first < lineEnd && !isContinuationStop(text, first, lineEnd) && !opensWithAnotherAddress(text, first, lineEnd, Math.max(0, lineStart - ENTRY_LOOKBACK), end)) ||
      (numeric && String.prototype.startsWith.call(text, code, end + 1));
    codesOnly = false;
    if (!continues) break;
    end = lineEnd;
  }
  return Math.min(end, index + 800);
}

const CODES_ONLY = /^\d{3}(?:[ -]#?[245]\.\d{1,3}\.\d{1,3})?[ \t]*$/;

/** A log line's time stamp: "Thu 2024-06-06 14:00:42.210:", "2024-06-06 14:00:42". */
const LOG_LINE_TIME = /(?:[A-Z][a-z]{2},? )?\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d/y;

/**
 * A line that opens with an address the paragraph (or the entry's lines above it) has not named: the next
 * recipient's entry, even at the same indentation (GroupWise's "\tann@… (552 5.3.4 …)" over "\tbob@… (550
 * 5.7.1 …)"). Postfix wraps the recipient's own address onto a continuation line ("<ann@…>: host …\n    …
 * said: 550\n    <ann@…>... User unknown").
 */
const ENTRY_LOOKBACK = 300;
function opensWithAnotherAddress(text: string, first: number, lineEnd: number, paragraphStart: number, paragraphEnd: number): boolean {
  let local = first;
  if (String.prototype.charCodeAt.call(text, local) === 60 /* < */) local++;
  let at = local;
  while (at < lineEnd && at - local < 64 && isLocalChar(String.prototype.charCodeAt.call(text, at))) at++;
  if (at === local || String.prototype.charCodeAt.call(text, at) !== 64 /* @ */) return false;
  const found = addressAround(text, at);
  if (!found || found.index !== local) return false;
  return !String.prototype.slice.call(text, paragraphStart, paragraphEnd).toLowerCase().includes(found.raw.toLowerCase());
}

/**
 * Transcript arrows and rules ("<<<", ">>>", "---") end a reply paragraph, and so does a timestamped log
 * line (a session log pasted into a notice, as MDaemon's "Session Transcript": " Thu 2024-06-06
 * 14:00:42.210: <-- 550 …"): each line is a record of its own.
 */
function isContinuationStop(text: string, first: number, lineEnd: number): boolean {
  if (first + 3 > lineEnd) return false;
  if (stickyAt(LOG_LINE_TIME, text, first) >= 0) return true;
  const a = String.prototype.charCodeAt.call(text, first);
  const b = String.prototype.charCodeAt.call(text, first + 1);
  const c = String.prototype.charCodeAt.call(text, first + 2);
  if (a === 45) return b === 45 && c === 45;
  return (a === 60 || a === 62) && (b === 60 || b === 62) && (c === 60 || c === 62);
}

/**
 * Raw characters of a long reply paragraph cleaned to judge a bare code, and the cleaned length
 * the judging regexes need: the code, 200 characters, a separator, an enhanced code of up to 9
 * and the one after it (214), with a margin.
 */
const HEAD_RAW = 256;
const HEAD_NEEDED = 216;

/**
 * The start of the diagnostic paragraphFrom() makes for a code at index (its paragraph ending at
 * end), when the paragraph is long: cleaning 800 characters for every "250-..." line of a
 * transcript cost ~7 µs a line, for codes that are rarely chosen. Null when the whole is needed.
 */
function diagnosticHead(text: string, index: number, end: number): string | null {
  if (end - index <= HEAD_RAW) return null;
  // whitespace collapsed in a prefix gives a prefix of the collapsed whole
  const head = collapseWhitespace(String.prototype.slice.call(text, index, index + HEAD_RAW));
  if (head.length < HEAD_NEEDED || CODE_AND_RUN.test(head)) return null;
  // and the whole keeps it when something the final trim leaves (not space or ' " ) >) follows
  for (let i = index + HEAD_RAW; i < end; i++) {
    const code = String.prototype.charCodeAt.call(text, i);
    if (!isTrimmed(code) && code !== 34 && code !== 39 && code !== 41 && code !== 62) return head;
  }
  return null;
}

/** A head that is all separators after the code leaves BARE_REPLY undecided. */
const CODE_AND_RUN = /^\d{3}[\s:,-]*$/;
/** A bare number must look like a reply: followed by words, not more digits. */
const BARE_REPLY = /^\d{3}[\s:,-]+[^\d\s]/;
/**
 * qmail-style "(#5.1.1)" later in the same reply: within 200 characters of its three digits, on
 * their line. Searched for from the fourth character, the bounds checked after: the equivalent
 * /^\d{3}[^\n]{0,200}?[\s(#:](…)/ retries the rest of the pattern at every step of its lazy
 * repetition (3.4 ns a character of the corpus's replies, against 1.1 ns for this).
 */
const LATER_STATUS = /[\s(#:]([245]\.\d{1,3}\.\d{1,3})(?![\w.])/g;

/** qmail's own summary code at the end of the text, "(#5.7.1)", however long the remote's reply before it. */
const QMAIL_STATUS_AT_END = /\(#([245]\.\d{1,3}\.\d{1,3})\)?$/;

function qmailStatusIn(reply: string): string | undefined {
  return QMAIL_STATUS_AT_END.exec(reply)?.[1];
}

/** The code LATER_STATUS finds in a reply that opens with three digits (BARE_REPLY). @internal exported for tests */
export function laterStatusIn(reply: string): string | undefined {
  LATER_STATUS.lastIndex = 3;
  const match = LATER_STATUS.exec(reply);
  if (!match || match.index > 203) return undefined;
  const newline = String.prototype.indexOf.call(reply, '\n', 3);
  return newline >= 0 && newline < match.index ? undefined : match[1];
}

/**
 * statusValue() of a text that is one enhanced code ("5.1.1"): the text itself unless a part
 * has a leading zero, without statusValue's regex and string building.
 */
function statusOf(code: string): string {
  const second = String.prototype.indexOf.call(code, '.', 2);
  const leadingZero = (String.prototype.charCodeAt.call(code, 2) === 48 && second > 3) || (String.prototype.charCodeAt.call(code, second + 1) === 48 && second + 2 < code.length);
  return leadingZero ? statusValue(code)! : code;
}

/** Spaces and tabs at text[from..limit). */
function indentOf(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const code = String.prototype.charCodeAt.call(text, i);
    if (code !== 32 && code !== 9) break;
    i++;
  }
  return i - from;
}

/**
 * Reply lines (basic code, enhanced code, the server's words) in order of appearance. The passes
 * over the candidates keep their order of precedence: codes with an enhanced code first, then
 * basic codes alone, then enhanced codes alone (each pass adds hits only while under the cap).
 */
export function findReplies(text: string): ReplyHit[] {
  const hits: ReplyHit[] = [];
  const candidates = codeCandidates(text);
  const covered = new Set<number>();
  for (const index of candidates) {
    if (hits.length >= MAX_ADDRESSES) break;
    const hit = replyWithStatusAt(text, index);
    if (hit === null) continue;
    hits.push(hit);
    covered.add(index);
  }
  for (const index of candidates) {
    if (hits.length >= MAX_ADDRESSES) break;
    if (covered.has(index)) continue;
    const hit = bareReplyAt(text, index);
    if (hit !== null) hits.push(hit);
  }
  hits.sort((a, b) => a.index - b.index);
  // an enhanced code alone ("#5.1.1" counts from its "#" when that is not glued to a word either)
  const coded = hits.slice();
  let cursor = 0;
  for (const digit of candidates) {
    if (hits.length >= MAX_ADDRESSES) break;
    const hit = enhancedAloneAt(text, digit);
    if (hit === null) continue;
    while (cursor < coded.length && coded[cursor]!.index + 24 <= hit.index) cursor++;
    if (cursor < coded.length && coded[cursor]!.index <= hit.index) continue;
    hits.push(hit);
  }
  hits.sort((a, b) => a.index - b.index);
  return hits;
}

/** "550 5.1.1": a basic reply with its enhanced code at a candidate; digits right after ":" are a time or a port. */
function replyWithStatusAt(text: string, index: number): ReplyHit | null {
  if (!isBasicAt(text, index) || String.prototype.charCodeAt.call(text, index - 1) === 58 /* : */) return null;
  STATUS_AFTER_CODE.lastIndex = index + 3;
  const match = STATUS_AFTER_CODE.exec(text);
  if (match === null) return null;
  return new LazyReplyHit(text, index, codeValue(text, index), statusOf(match[1]!), isRemote(text, index), index);
}

/** A basic reply code alone at a candidate, where a cue says it is the server's answer. */
function bareReplyAt(text: string, index: number): ReplyHit | null {
  if (!isBasicAt(text, index) || afterDigitColon(text, index)) return null;
  CODE_END.lastIndex = index + 3;
  if (!CODE_END.test(text)) return null;
  const lineStart = lineStartNear(text, index);
  const prefix = String.prototype.slice.call(text, Math.max(lineStart, index - 60), index);
  if (!/^(?:<<<|[-*>#'"(])?$/.test(prefix.trim()) && !REPLY_CUE.test(prefix)) return null;
  // the diagnostic, or its start when that is enough to judge the code
  const end = paragraphEnd(text, index);
  const head = diagnosticHead(text, index, end);
  const diagnostic = head === null ? cleanDiagnostic(String.prototype.slice.call(text, index, end)) : null;
  const judged = head ?? diagnostic!;
  if (!BARE_REPLY.test(judged) && !(judged.length === 3 && isDigitCode(String.prototype.charCodeAt.call(judged, 0)))) return null;
  const laterStatus = laterStatusIn(judged) ?? qmailStatusIn(diagnostic ?? paragraphFrom(text, index));
  const status = laterStatus === undefined ? null : statusOf(laterStatus);
  const reply = codeValue(text, index);
  // Sendmail's "(reason: 551 ...)" under each failed address is its summary of the remote's final answer.
  const remote = /<<<|said|returned|respon|answer|\(reason:/i.test(prefix);
  return diagnostic === null ? new LazyReplyHit(text, index, reply, status, remote, index) : { index, reply, status, diagnostic, remote };
}

/** An enhanced code at a candidate, before the check that no reply with a basic code covers it. */
function enhancedAloneAt(text: string, digit: number): ReplyHit | null {
  if (isBasicAt(text, digit)) return null;
  const hashed = String.prototype.charCodeAt.call(text, digit - 1) === 35 /* # */;
  if (!hashed && afterDigitColon(text, digit)) return null;
  ENHANCED_AT.lastIndex = digit;
  const match = ENHANCED_AT.exec(text);
  if (match === null) return null;
  const fromHash = hashed && WORD_OR_PATH[String.prototype.charCodeAt.call(text, digit - 2)] !== 1 && !afterDigitColon(text, digit - 1);
  const index = fromHash ? digit - 1 : digit;
  return new LazyReplyHit(text, index, null, statusOf(match[0]), false, lineStartNear(text, index));
}

/** 1 for the characters [\w./-] (undefined past ASCII, and for the NaN of an offset before the text). */
const WORD_OR_PATH = new Uint8Array(128);
for (const char of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./-') WORD_OR_PATH[char.charCodeAt(0)] = 1;

/**
 * A hit with both codes beats one with a basic code, which beats an enhanced code alone; a
 * success code (a transcript's "250 Ok" before the failing step) loses to any failure code; and
 * what the remote server itself answered ("<<< 550 ...", "said: 550 ...") beats the reporting
 * MTA's own summary line (Sendmail's "554 5.0.0 Service unavailable").
 */
function hitRank(hit: ReplyHit): number {
  const success = (hit.reply !== null && hit.reply < 400) || (hit.status !== null && hit.status[0] === '2');
  // "400" is no SMTP reply (RFC 5321 has none): Exchange's placeholder "400 4.4.7 Message delayed",
  // printed above the remote server's real answer in its delay notices
  const placeholder = hit.reply === 400 ? -3 : 0;
  return (success ? -4 : 0) + placeholder + (hit.reply !== null ? 2 : 0) + (hit.status !== null ? 1 : 0) + (hit.remote ? 1.5 : 0);
}

export function bestReply(hits: readonly ReplyHit[]): ReplyHit | null {
  let best: ReplyHit | null = null;
  for (const hit of hits) if (!best || hitRank(hit) > hitRank(best)) best = hit;
  return best;
}

/**
 * Failed recipients found in the notice text, each with the reply that follows it (up to the
 * next recipient). When replies cannot be told apart per recipient, the notice's one reply is shared.
 */
export function extractFromText(text: string, exclude: ReadonlySet<string>): Draft[] {
  const addressHits = findAddresses(text, exclude);
  const parties = addressHits.filter((hit) => hit.party);
  const candidates = parties.length > 0 ? addressHits.filter((hit) => !hit.party) : addressHits;
  const strong = candidates.filter((hit) => hit.strong);
  const used = strong.length > 0 ? strong : candidates;
  for (let i = 0; i < used.length; i++) used[i]!.position = i;
  const replies = repliesIn(text);
  const occurrences = hitsByAddress(used);
  // (a Map keeps its keys in insertion order: the recipients in the order the notice first names them)
  const order = [...occurrences.keys()];
  // where the text read for an occurrence ends: at the next other recipient or original-party field
  const segmentEndOf = (occurrence: AddressHit) => Math.min(nextOtherOccurrence(used, occurrence), nextParty(parties, occurrence));
  const drafts: Draft[] = [];
  // every mention of each address, party fields and weak ones too (built when first needed)
  let allByAddress: Map<string, AddressHit[]> | undefined;
  const shared = bestReply(replies);
  const sharedApplies = order.length === 1 || distinctReplies(replies) <= 1;
  for (const address of order) {
    let found: ReplyHit | null = null;
    // The enhanced code of the chosen reply, when another line of the same segment gives it with the
    // same basic code (Sendmail's "(reason: 550 Host unknown)" above "550 5.1.2 <...>... Host unknown").
    let foundStatus: string | null = null;
    for (const occurrence of occurrences.get(address)!) {
      const segmentEnd = segmentEndOf(occurrence);
      let candidate: ReplyHit | null = null;
      const from = firstAtOrAfter(replies, occurrence.lineStart);
      let to = from;
      for (; to < replies.length && replies[to]!.index < segmentEnd; to++) {
        const hit = replies[to]!;
        if (!candidate || hitRank(hit) > hitRank(candidate) || restatesWithWords(hit, candidate)) candidate = hit;
      }
      if (candidate && (!found || hitRank(candidate) > hitRank(found))) {
        found = candidate;
        foundStatus = candidate.status ?? statusBesides(replies, from, to, candidate);
      }
      if (found && hitRank(found) >= 4.5) break;
    }
    const first = occurrences.get(address)![0]!;
    // The notice's one reply is every recipient's unless it stands with another recipient and this one
    // has its own account of the failure somewhere (qmail: "<a@…>: user is over quota" above "<b@…>: …
    // (#5.1.1)"; Sendmail's transcript, "<a@…>... Deferred: Connection refused by …", below a list that
    // quotes another recipient's reply).
    const preceding = found ? null : precedingReply(replies, used, first);
    const ownEntry = !found && !preceding && order.length > 1 && shared !== null ? occurrences.get(address)!.find((occurrence) => hasOwnAccount(text, occurrence, segmentEndOf(occurrence), shared)) : undefined;
    const chosen = found ?? preceding ?? (sharedApplies && !ownEntry ? shared : null);
    const listedAlone = chosen === null && !ownEntry ? accountAfterList(text, occurrences.get(address)!, (allByAddress ??= hitsByAddress(addressHits)).get(address)!) : undefined;
    const told = ownEntry ?? first;
    // "host mx.example.net [198.51.100.31]" printed between the recipient and its reply (Exim, Postfix)
    const hostLines = found && found.index > first.lineStart && found.index - first.lineStart < 600 ? String.prototype.slice.call(text, first.lineStart, found.index) : null;
    drafts.push({
      address,
      action: null,
      status: chosen === found ? foundStatus : (chosen?.status ?? null),
      reply: chosen?.reply ?? null,
      // without a quoted reply, the words printed with the address are the best account of the failure
      diagnostic: chosen?.diagnostic ?? (listedAlone ? wordsAround(text, listedAlone, lineEndNear(text, listedAlone.index, 600)) : wordsAround(text, told, segmentEndOf(told))),
      remoteMta: remoteHostIn(hostLines),
      willRetryUntil: null,
    });
  }
  if (drafts.length === 0 && shared) {
    drafts.push({ address: null, action: null, status: shared.status, reply: shared.reply, diagnostic: shared.diagnostic, remoteMta: null, willRetryUntil: null });
  }
  return drafts;
}

/**
 * findReplies() of the text extracted from last: analyze.ts extracts a notice a second time, with
 * no address excluded, when every candidate was the sender (9% of the corpus's notices). The hits
 * do not change once made (a lazy diagnostic is the same whenever it is read).
 */
let lastRepliesText: string | null = null;
let lastReplies: readonly ReplyHit[] = [];

function repliesIn(text: string): readonly ReplyHit[] {
  if (text !== lastRepliesText) {
    lastReplies = findReplies(text);
    lastRepliesText = text;
  }
  return lastReplies;
}

/**
 * The same codes again, now with the server's words: Exchange prints "Status code: 550 4.4.7" first and
 * "Reported error: 550 4.4.7 QUEUE.Expired; ..." further down.
 */
function restatesWithWords(hit: ReplyHit, chosen: ReplyHit): boolean {
  return hit.reply === chosen.reply && hit.status === chosen.status && hitRank(hit) === hitRank(chosen) && CODES_ONLY.test(chosen.diagnostic);
}

/** The enhanced code another hit in replies[from, to) gives with the same basic code. */
function statusBesides(replies: readonly ReplyHit[], from: number, to: number, hit: ReplyHit): string | null {
  if (hit.reply === null) return null;
  for (let i = from; i < to; i++) {
    const other = replies[i]!;
    if (other !== hit && other.reply === hit.reply && other.status !== null) return other.status;
  }
  return null;
}

/** Where the next different recipient is named; hits are in text order. */
function nextOtherOccurrence(hits: readonly AddressHit[], occurrence: AddressHit): number {
  let i = occurrence.position;
  while (i < hits.length && hits[i]!.address === occurrence.address) i++;
  const next = hits[i];
  if (!next) return Number.MAX_SAFE_INTEGER;
  return next.lineStart > occurrence.index ? next.lineStart : next.index;
}

/**
 * Whether the recipient's entry is a short paragraph of its own (it ends within OWN_ENTRY characters)
 * that holds words (three letters in a row), while the shared reply stands in another recipient's
 * entry: a list of recipients each with its own account (qmail's
 * "<a@…>: user is over quota" above "<b@…>: … (#5.1.1)"; Postfix's "<b@…>: Host or domain name not
 * found" below another recipient's quoted reply).
 */
function hasOwnAccount(text: string, occurrence: AddressHit, segmentEnd: number, shared: ReplyHit): boolean {
  const from = occurrence.index + occurrence.address.length;
  if (shared.index >= occurrence.lineStart && shared.index < segmentEnd) return false;
  // A reply before the entry is another recipient's only when this entry is labelled by its address;
  // a labelled entry ends at a blank line (the last one of a list has no next recipient to end it).
  const labelled = labelsEntry(text, occurrence) !== null || headsIndentedBlock(text, occurrence);
  if (shared.index < occurrence.lineStart && !labelled) return false;
  const blankLine = labelled ? text.indexOf('\n\n', from) : -1;
  const entryEnd = labelled ? Math.min(segmentEnd, blankLine < 0 ? text.length : blankLine) : segmentEnd;
  return entryEnd - from <= OWN_ENTRY && OWN_WORDS.test(text.slice(from, entryEnd));
}
const OWN_ENTRY = 400;
const OWN_WORDS = /\p{L}{3}/u;

/**
 * An address alone on its line (or in "<…>") over lines indented deeper: the entry of a list that gives
 * each recipient its own block (Exim's "  ann@…\n    host …\n    550 …", "  bob@…\n    Unrouteable address").
 */
function headsIndentedBlock(text: string, occurrence: AddressHit): boolean {
  const lineEnd = lineEndNear(text, occurrence.index);
  const indent = indentOf(text, occurrence.lineStart, lineEnd);
  const line = text.slice(occurrence.lineStart + indent, lineEnd).trimEnd().toLowerCase();
  if (line !== occurrence.address && line !== `<${occurrence.address}>`) return false;
  const nextEnd = lineEndNear(text, lineEnd + 1);
  const nextIndent = indentOf(text, lineEnd + 1, nextEnd);
  return nextIndent > indent && lineEnd + 1 + nextIndent < nextEnd;
}

/** Where the first original-party field after the occurrence begins (its line), if any. */
function nextParty(parties: readonly AddressHit[], occurrence: AddressHit): number {
  for (const party of parties) {
    if (party.index > occurrence.index) return party.lineStart > occurrence.index ? party.lineStart : party.index;
  }
  return Number.MAX_SAFE_INTEGER;
}

/** The paragraph naming the recipient (up to 3 lines), up to where the next recipient's entry begins. */
function wordsAround(text: string, occurrence: AddressHit, segmentEnd: number): string | null {
  let end = occurrence.lineStart;
  for (let line = 0; line < 3; line++) {
    const next = lineEndNear(text, end, 600);
    if (next >= text.length || String.prototype.charCodeAt.call(text, next) !== 10) {
      end = next;
      break;
    }
    end = next + 1;
    if (String.prototype.charCodeAt.call(text, end) === 10) break;
  }
  // an entry labelled by its address ("<bob@…>: Host or domain name not found") is read from after the label
  const label = labelsEntry(text, occurrence);
  // (and an entry headed by the address alone, from the line below it)
  const start = label ? occurrence.lineStart + label.length : headsIndentedBlock(text, occurrence) ? lineEndNear(text, occurrence.index) + 1 : occurrence.lineStart;
  const words = cleanDiagnostic(String.prototype.slice.call(text, start, Math.min(end, segmentEnd, occurrence.lineStart + 2000)));
  return words.length > 0 ? words.slice(0, 500) : null;
}

/**
 * Where a recipient first named alone on its line, in a list, is named again with words: its own
 * account further on (Domino lists the recipients, then "because:" one line each, "User Ann Lee
 * (ann@…) not listed in Domino Directory"; Sendmail lists them, then its transcript says
 * "<ann@…>... Deferred: Name server: example.org.: host name lookup failure").
 */
function accountAfterList(text: string, occurrences: readonly AddressHit[], mentions: readonly AddressHit[]): AddressHit | undefined {
  const first = occurrences[0]!;
  if (OWN_WORDS.test(lineWithout(text, first))) return undefined;
  return mentions.find((hit) => hit.index > first.index && !hit.party && OWN_WORDS.test(lineWithout(text, hit)));
}

/** The hits of each address, in order (a search of all hits per recipient made a 10,000-recipient list quadratic). */
function hitsByAddress(hits: readonly AddressHit[]): Map<string, AddressHit[]> {
  const byAddress = new Map<string, AddressHit[]>();
  for (const hit of hits) {
    const list = byAddress.get(hit.address);
    if (list) list.push(hit);
    else byAddress.set(hit.address, [hit]);
  }
  return byAddress;
}

/** The occurrence's line with the address left out. */
function lineWithout(text: string, occurrence: AddressHit): string {
  const end = lineEndNear(text, occurrence.index, 600);
  return text.slice(occurrence.lineStart, occurrence.index) + text.slice(occurrence.index + occurrence.address.length, end);
}

/** The address opening its line as the label of its entry ("<bob@…>: …", qmail's "<bob@…>:", Sendmail's "<bob@…>... "): the label, else null. */
function labelsEntry(text: string, occurrence: AddressHit): string | null {
  let at = occurrence.lineStart;
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] === '<') at++;
  if (at !== occurrence.index) return null;
  let end = occurrence.index + occurrence.address.length;
  if (text[end] === '>') end++;
  if (text[end] === ':') end++;
  else if (text.startsWith('...', end)) end += 3;
  else return null;
  if (end < text.length && text[end] !== ' ' && text[end] !== '\t' && text[end] !== '\n') return null;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return text.slice(occurrence.lineStart, end);
}

/** The reply right before a recipient's first mention, when no other recipient sits in between. */
function precedingReply(replies: readonly ReplyHit[], hits: readonly AddressHit[], occurrence: AddressHit): ReplyHit | null {
  const index = firstAtOrAfter(replies, occurrence.lineStart) - 1;
  // (index -1 checked, not read: an array read at -1 is a property lookup by name)
  const reply = index >= 0 ? replies[index] : undefined;
  if (!reply) return null;
  for (let i = occurrence.position - 1; i >= 0; i--) {
    const hit = hits[i]!;
    // the reply stands in the entry of another recipient named before it: it is that recipient's
    if (hit.index < reply.index) return hit.address !== occurrence.address && reply.index < nextOtherOccurrence(hits, hit) ? null : reply;
    if (hit.address !== occurrence.address) return null;
  }
  return reply;
}

function firstAtOrAfter(hits: readonly ReplyHit[], index: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (hits[middle]!.index < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

function distinctReplies(hits: readonly ReplyHit[]): number {
  const keys = new Set<string>();
  for (const hit of hits) keys.add(`${hit.reply}/${hit.status}`);
  return keys.size;
}

/**
 * The reply (and enhanced code) a diagnostic text starts with or quotes: of findReplies()'s hits,
 * the first failure reply, else the first reply, else the first hit.
 *
 * Read candidate by candidate, stopping at the first failure reply, rather than by collecting
 * every hit: whether a candidate is a reply does not depend on the other candidates, and the
 * diagnostic's own code usually comes first (0.84 -> 0.39 µs per rendered notice of the corpus,
 * 0.78 -> 0.36 raw). That is findReplies()'s choice while its cap cannot bind: candidates are 3
 * characters apart at least, so a text shorter than 3 x MAX_ADDRESSES has fewer. Longer (hostile)
 * text is left to findReplies().
 */
export function replyInDiagnostic(diagnostic: string | null): ReplyHit | null {
  if (!diagnostic) return null;
  if (diagnostic.length >= 3 * MAX_ADDRESSES) return firstReplyOf(findReplies(diagnostic));
  let firstReply: ReplyHit | null = null;
  // candidates one at a time (the checks below do not use CODE_CANDIDATE): most diagnostics are answered by their first
  CODE_CANDIDATE.lastIndex = 0;
  while (CODE_CANDIDATE.test(diagnostic)) {
    const index = CODE_CANDIDATE.lastIndex - 3;
    const hit = replyWithStatusAt(diagnostic, index) ?? bareReplyAt(diagnostic, index);
    if (hit === null) continue;
    // the diagnostic's own (first) reply, not codes of later transcript lines it happens to quote
    if (hit.reply! >= 400) return hit;
    firstReply ??= hit;
  }
  if (firstReply !== null) return firstReply;
  // no reply: the first enhanced code (none is covered by a reply)
  for (const digit of codeCandidates(diagnostic)) {
    const hit = enhancedAloneAt(diagnostic, digit);
    if (hit !== null) return hit;
  }
  return null;
}

function firstReplyOf(hits: readonly ReplyHit[]): ReplyHit | null {
  return hits.find((hit) => hit.reply !== null && hit.reply >= 400) ?? hits.find((hit) => hit.reply !== null) ?? hits[0] ?? null;
}

/**
 * Remote host named in the notice ("host mx.example.com[192.0.2.1] said", "while talking to
 * mx.example.com.:"). "Client host [ip]" in a reply names the sender's own address, not the server.
 * ("from remote host", "remote server" are covered by their last word, which captures the same
 * name; as alternatives of their own they made this regex 1.6x slower.)
 */
const REMOTE_HOST = /(?:(?<!client )\bhost|talking to|server|mx)\s+\[?([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,10})\.?\]?/i;

export function remoteHostIn(text: string | null): string | null {
  if (!text) return null;
  const match = REMOTE_HOST.exec(text.length > 2000 ? String.prototype.slice.call(text, 0, 2000) : text);
  if (!match) return null;
  const host = match[1]!.toLowerCase();
  return /[a-z]/.test(host) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ? host : null;
}
