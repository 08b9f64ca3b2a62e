import { isTrimmed } from './dsn';
import { factoredBranches } from './factored';
import { mayContain, phraseKeys, type NeedleKey, type TrigramSet } from './knowledge/prefilter';

/**
 * Multilingual wording of automatic notices, as data. Each list is matched case-insensitively
 * against the subject or the notice text. Short, distinctive fragments only: the point is to
 * recognise the notice family and its kind, not to parse sentences.
 */

/**
 * A set of phrases, matched case-insensitively with any run of whitespace standing for a space.
 * One regex per set over the lower-cased text, its phrases factored by their common beginnings
 * (prefixTree): V8 merges the common prefixes of plain literals only, not of phrases that hold
 * \s+, and the factored form scanned the corpus texts 4-39 % faster (per text set) than the sorted
 * alternation (DELAY_TEXT 3.4 -> 2.3 µs, FAILURE_TEXT 1.3 -> 0.8 µs a notice). Measured before
 * that over the corpus's notice heads (CPU time, all six text sets):
 * 20 µs a message for an indexOf per phrase on lower-cased, whitespace-collapsed text (collapsing
 * alone 4 µs), 15 µs for this; the same regex with the i flag on the original text was no faster
 * than indexOf, so lower-casing stays a separate, cached step.
 */
export class PhraseSet {
  /**
   * Built at the first text that may hold a phrase (factoring the phrases is run-once code that V8 runs
   * unoptimised): building all the sets when the analyzer loaded took 14 ms of a one-notice CLI run,
   * and a notice reaches the regex of only some of them.
   */
  private pattern: RegExp | null = null;
  private readonly keys: NeedleKey[] | null;

  constructor(readonly fragments: readonly string[]) {
    if (fragments.length === 0) throw new Error('a phrase set needs phrases');
    this.keys = phraseKeys(fragments);
  }

  /**
   * `index`: the trigram table of a text that holds every line of `text` (the whole notice, for its
   * head or for its head without quoted lines): the keys are a phrase's words, and no word spans a
   * line. A set none of whose phrases can occur there is answered without scanning: the sets that
   * do not match are the ones that scan a whole text, and most notices hold no phrase of most sets.
   */
  test(text: string, index?: TrigramSet): boolean {
    if (!text || !mayContain(index, this.keys)) return false;
    const entry = lowerCased(text);
    let result = entry.results.get(this);
    if (result === undefined) {
      this.pattern ??= new RegExp(prefixTree(this.fragments.map((fragment) => fragment.toLowerCase())));
      result = this.pattern.test(entry.lower);
      entry.results.set(this, result);
    }
    return result;
  }
}

interface LowerCased {
  text: string;
  lower: string;
  /** Answers already given for this text: the kind and evidence checks ask the same sets again. */
  results: Map<PhraseSet, boolean>;
}

// The same few texts (subject, notice head) are tested in turn by many phrase sets: lower-case each
// once and remember the answers. A few entries, so alternating subject / text does not evict.
const recent: LowerCased[] = [];
const RECENT = 4;

function lowerCased(text: string): LowerCased {
  for (const entry of recent) if (entry.text === text) return entry;
  const entry: LowerCased = { text, lower: text.toLowerCase(), results: new Map() };
  if (recent.length >= RECENT) recent.pop();
  recent.unshift(entry);
  return entry;
}

function anyOf(fragments: readonly string[]): PhraseSet {
  return new PhraseSet(fragments);
}

/**
 * Markers whose position matters (used once per notice): `exec(text)` finds the earliest, as one
 * case-insensitive, multi-line regex over the whole text would. That regex costs a full scan at
 * every character (V8 cannot skip ahead in a case-insensitive alternation of two dozen phrases):
 * 2.9 µs over a rendered corpus notice. Every phrase holds one of a few short anchor words, which a
 * small regex finds at a third of the cost; the phrases' regex then starts just before the first
 * anchor, no earlier than a match could start: a phrase has at most `lead` non-whitespace characters
 * before its anchor (whitespace runs are unbounded, so they are not counted).
 */
class AnchoredMarkers {
  private readonly phrases: RegExp;
  private readonly anchors: RegExp;
  private readonly lead: number;
  private readonly keys: NeedleKey[] | null;

  constructor(fragments: readonly string[], lineStartFragments: readonly string[], anchorWords: readonly string[]) {
    this.phrases = anyOfPattern(fragments, lineStartFragments);
    this.keys = phraseKeys([...fragments, ...lineStartFragments]);
    this.anchors = new RegExp(anchorWords.map(escapeRegex).join('|'), 'i');
    // a line-start heading may follow up to 12 decoration characters (see anyOfPattern)
    const leadOf = (fragment: string, decoration: number): number => {
      const lower = fragment.toLowerCase();
      const at = Math.min(...anchorWords.map((word) => lower.indexOf(word.toLowerCase())).filter((i) => i >= 0));
      if (!Number.isFinite(at)) throw new Error(`marker without an anchor word: ${JSON.stringify(fragment)}`);
      return lower.slice(0, at).replace(/\s/g, '').length + decoration;
    };
    this.lead = Math.max(...fragments.map((f) => leadOf(f, 0)), ...lineStartFragments.map((f) => leadOf(f, 12)));
  }

  /** `index`: as for PhraseSet.test. */
  exec(text: string, index?: TrigramSet): { index: number } | null {
    if (!mayContain(index, this.keys)) return null;
    const anchor = this.anchors.exec(text);
    if (!anchor) return null;
    // back from the first anchor over `lead` non-whitespace characters: no match starts earlier
    let start = anchor.index;
    let solid = 0;
    while (start > 0) {
      // isTrimmed's set is exactly what \s matches
      if (!isTrimmed(text.charCodeAt(start - 1)) && ++solid > this.lead) break;
      start--;
    }
    this.phrases.lastIndex = start;
    const match = this.phrases.exec(text);
    return match ? { index: match.index } : null;
  }
}

/**
 * The phrases as one regex source that matches at the same places as their alternation
 * (phrasePattern of each, joined by "|"), factored by common beginnings: "could\s+not\s+be\s+
 * (?:delivered|sent)" (see factoredBranches).
 */
export function prefixTree(phrases: readonly string[]): string {
  if (phrases.length === 0) throw new Error('a phrase set needs phrases');
  const token = (char: string) => (char === ' ' ? '\\s+' : escapeRegex(char));
  return factoredBranches(phrases.map((phrase) => [...phrase].map(token))).join('|');
}

/** A phrase as a regex source: its text literally, any whitespace run for each space. */
function phrasePattern(fragment: string): string {
  return escapeRegex(fragment).replace(/ /g, '\\s+');
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regex of a marker list: phrases anywhere, and headings that count only where they open a line. */
function anyOfPattern(fragments: readonly string[], lineStartFragments: readonly string[]): RegExp {
  // factored (prefixTree): the flat alternation cost 2.6 % of the rendered rate, tried phrase by phrase at every position
  const anywhere = prefixTree(fragments);
  // headings that are also ordinary words ("元のメッセージを添付します" = "the original is attached")
  // count only where they open a line, after optional decoration
  return new RegExp(`${anywhere}|^[ \\t>*=_#-]{0,12}(?:${prefixTree(lineStartFragments)})`, 'img');
}

/** Subjects of failure notices (delivery gave up). */
export const FAILURE_SUBJECTS = anyOf([
  // English
  'undeliverable', 'undelivered mail', 'undeliverable mail', 'returned mail', 'mail delivery failed', 'delivery failure',
  'delivery status notification (failure)', 'failure notice', 'mail failure', 'delivery failed', 'message not delivered',
  'could not send message', 'returned to sender', 'nondeliverable', 'non-deliverable', 'mail system error',
  'delivery notification: delivery has failed', 'message delivery failure', 'delivery problem', 'rejected:',
  'mail could not be delivered', 'message could not be delivered', 'automatically rejected mail', 'message frozen', 'bounce', 'notice: mail delivery status', 'undeliverable message',
  'permanent delivery failure', 'failed delivery', 'unable to deliver', 'mail delivery status', 'postmaster notify',
  'delivery status notification', 'error sending message', 'message you sent', 'failed mail', 'delivery report',
  'mail failed', 'not member', 'there was an error sending', 'mail error', 'returned mail', 'delivery status',
  'message blocked', 'blocked by', 'loop alert', 'loop detected', 'mail loop',
  // French
  'non remis', 'non_remis', 'échec de la remise', 'echec de la remise', 'message non délivré', 'non distribuable',
  // German
  'unzustellbar', 'nicht zustellbar', 'unzustellbare', 'fehlgeschlagen', 'zustellung fehlgeschlagen',
  // Italian
  'non recapitabile', 'mancato recapito', 'impossibile recapitare', 'non recapitato', 'non consegnato',
  // Spanish
  'no se puede entregar', 'no entregado', 'no se pudo entregar', 'devuelto', 'mensaje no entregado',
  // Portuguese
  'não entregue', 'nao entregue', 'não foi possível entregar', 'falha na entrega', 'mensagem não entregue',
  // Dutch
  'onbestelbaar', 'niet bezorgd', 'kan niet worden bezorgd', 'onbestelbare',
  // Swedish
  'olevererbart', 'kunde inte levereras',
  // Japanese
  '配信できません', '配信に失敗', '配信失敗', '配送エラー', '配信不能', '送信できませんでした', '送信失敗', 'エラーメール', '不達', 'エラー通知',
  // Russian
  'не доставлено', 'недоставленное', 'не может быть доставлено', 'ошибка доставки', 'невозможно доставить',
  // Polish, Czech
  'niedostarczalne', 'niedostarczona', 'niedostarczone', 'nedoručitelné', 'nedoručená', 'nedoručeno',
  // Chinese / Korean (seen from large providers)
  '退信', '无法投递', '投递失败', '传输失败', '전달 실패', '발송 실패', '전송 실패',
]);

/**
 * Subjects that mail systems write and people do not (unless replying: "Re:" is checked apart).
 * One of these counts as the notice's own structure, like a daemon sender.
 */
export const NOTICE_SUBJECTS = anyOf([
  'delivery status notification', 'undelivered mail returned to sender', 'mail delivery failed: returning message',
  'returned mail: ', 'undeliverable: ', 'undeliverable mail', 'failure notice', 'delayed mail (still being retried)',
  'warning: message ', 'mail delivery subsystem', 'message delivery failure', 'nondeliverable mail', 'delivery notification: ',
  'mail system error - returned mail', 'non remis : ', 'non remis: ', 'unzustellbar: ', 'non recapitabile: ',
  'no se puede entregar: ', 'onbestelbaar: ', 'não é possível entregar: ', 'olevererbart: ',
  // Courier's own DSN subject; MDaemon's and its SecurityGateway's
  'notice: mail delivery status', 'permanent delivery failure',
]);

/** Subjects of delay notices (still retrying). */
export const DELAY_SUBJECTS = anyOf([
  'delivery status notification (delay)', 'delayed mail', 'still being retried', 'delivery delayed', 'delay',
  'warning: could not send message', 'warning: message', 'delivery status notification (warning)',
  'has not been delivered yet', 'message delayed', 'retrying', 'delivery status notification: delayed',
  // French, German, Italian, Spanish, Portuguese, Dutch, Japanese, Russian
  'remise différée', 'retardé', 'verzögert', 'zustellung verzögert', 'ritardat', 'in ritardo', 'retrasad', 'atrasad', 'vertraagd',
  'opóźnion', '遅延', 'задерж',
]);

/** Notice text that says the sending server keeps trying (a delay, not a failure). */
export const DELAY_TEXT = anyOf([
  'will retry', 'will be retried', 'still being retried', 'will continue to be attempted', 'will keep trying',
  'has not yet been delivered', "hasn't been delivered yet", 'has not been delivered yet', 'delivery incomplete',
  'this is a warning message only', 'you do not need to resend', 'no action is required on your part',
  'delivery to the following recipients has been delayed', 'delivery to the following recipient has been delayed',
  'is delayed for more than', 'could not be delivered yet', 'delivery is delayed', 'delivery has been delayed',
  'temporarily deferred', 'will try again', 'is still in the queue', 'message is delayed', 'message delayed',
  'still trying', 'retry timeout not reached', 'notification about a delay', 'not yet received', 'continue trying',
  // French, German, Italian, Spanish, Portuguese, Dutch, Japanese, Russian
  'nouvelle tentative', 'sera retenté', 'erneut versucht', 'weiterhin versucht', 'verrà ritentat', 'se reintentará',
  'será reenviad', 'nova tentativa', 'opnieuw geprobeerd', '再試行', 'будет повтор', 'non è ancora stato consegnato',
  'próby będą ponawiane',
]);

/**
 * Wording only a delay notice prints: the sending server is still trying. It decides the kind over
 * generic failure words (Postfix's warning says "could not be delivered for more than 4 hours"),
 * and it must not depend on the subject: Gmail threads a notice under the original's subject.
 */
export const STILL_RETRYING_TEXT = anyOf([
  'this is a warning message only', 'this is a warning only', 'you do not need to resend', 'no action is required on your part',
  'will be retried until', 'will keep trying until', 'will keep trying to deliver', 'will retry for', 'gmail will retry',
  'still being retried', 'will continue to be attempted', 'delivery attempts will continue', 'has not yet been delivered',
  "hasn't been delivered yet", 'has not been delivered yet', 'delivery to the following recipients has been delayed',
  'delivery to the following recipient has been delayed', 'delivery is delayed to these recipients', 'is delayed for more than',
  'message not delivered yet', 'there was a temporary problem delivering your message', 'could not be delivered yet',
  'notification about a delay', 'not yet received your message', 'have not yet received your message',
  'server will retry', 'we will retry', 'will try again later', 'retrying to deliver',
  // French, German, Italian, Spanish, Portuguese, Dutch, Japanese, Russian
  'remise différée', 'nouvelle tentative', 'sera retenté', 'wird weiterhin versucht', 'erneut versucht', 'zustellung verzögert',
  'verrà ritentat', 'se reintentará', 'será reenviad', 'nova tentativa', 'opnieuw geprobeerd', '再試行します', 'будет повтор',
  // "this is a warning only" / "it keeps trying" / "not delivered yet", as translated notices say them
  'ceci est un simple avertissement', "n'a pas encore été remis", 'nur eine warnung', 'versucht weiterhin', 'bisher nicht zugestellt',
  'noch nicht zugestellt', 'solo un avviso', 'non è ancora stato recapitato', 'solo una advertencia', 'todavía no se ha entregado',
  'apenas um aviso', 'ainda não foi entregue', 'nog niet bezorgd', 'まだ配信されていません', 'только предупреждение',
  'продолжим попытки', 'пока не доставлено', 'ещё не доставлено', 'еще не доставлено',
  'non è ancora stato consegnato', 'tylko ostrzeżenie', 'nie musisz ponownie wysyłać', 'próby będą ponawiane',
  'nie została jeszcze dostarczona',
]);

/** Wording that says retries are over: a final notice even when it quotes a 4xx deferral. */
export const GAVE_UP_TEXT = anyOf([
  'this is a permanent error', 'failed permanently', 'permanent fatal error', 'giving up', "i've given up", 'gave up',
  'message expired', 'queue.expired', 'retry timeout exceeded', 'retry time not reached for any host after a long failure period',
  'has been in the queue too long', 'not going to try again', 'delivery time expired', 'could not be delivered within',
  'expired in the queue', 'tried to deliver your message for', 'will not be retried', 'no further attempts',
]);

/** Successful-delivery reports (a DSN with Action: delivered, shown as text by webmail). */
export const DELIVERED_TEXT = anyOf([
  'was successfully delivered', 'were successfully delivered', 'has been delivered to', 'delivered to mailbox',
  'delivery to the following recipients succeeded', 'delivery to the following recipient succeeded',
  'delivery to these recipients or groups is complete', 'your message has been delivered', 'successfully relayed',
  'delivered to the following recipient',
  // Sendmail's success notice ("Return receipt"): "The following addresses had successful delivery notifications"
  'had successful delivery notifications', 'relayed to non-dsn-aware mailer', 'relayed; expect no further notifications',
]);

/**
 * Headings under which a notice lists its recipients by outcome, in the systems that sort them so:
 * Microsoft's SMTP service and Exchange ("Delivery to the following recipients succeeded." / "… has been
 * delayed." / "… failed."), Courier ("UNDELIVERABLE MAIL", "DELAYS IN DELIVERING YOUR MESSAGE", "… was
 * successfully delivered to the following address", "Your message was delivered to the following recipients"), Sendmail ("had permanent fatal errors", "had
 * transient non-fatal errors", "had successful delivery notifications").
 */
export const OUTCOME_HEADINGS: Readonly<Record<'delivered' | 'delayed' | 'failed', readonly string[]>> = {
  delivered: [
    'delivery to the following recipients succeeded', 'delivery to the following recipient succeeded',
    'successfully delivered to the following', 'was delivered to the following', 'had successful delivery notifications',
  ],
  delayed: [
    'delivery to the following recipients has been delayed', 'delivery to the following recipient has been delayed',
    'delays in delivering your message', 'had transient non-fatal errors', 'temporary problem delivering your message to the following',
  ],
  failed: [
    'delivery to the following recipients failed', 'delivery to the following recipient failed', 'undeliverable mail',
    'cannot be delivered', 'could not be delivered to the following', "couldn't be delivered to the following", 'had permanent fatal errors',
  ],
};
/** The headings of a delivered or delayed section: a notice without them has one outcome. */
export const OTHER_OUTCOME_HEADINGS = anyOf([...OUTCOME_HEADINGS.delivered, ...OUTCOME_HEADINGS.delayed]);

/** Notice text that says delivery definitely failed. */
export const FAILURE_TEXT = anyOf([
  'permanent error', 'permanent fatal error', 'failed permanently', 'could not be delivered', "couldn't be delivered",
  "wasn't delivered", 'was not delivered', 'delivery has failed', 'delivery failed', 'undeliverable',
  'not be delivered', 'unable to deliver', 'giving up', "i've given up", 'did not reach', 'could not deliver',
  'message could not be sent', 'failed to deliver', 'rejected your message', 'address(es) failed', 'returned to sender',
  'delivery to the following recipient failed', 'delivery to the following recipients failed', 'fatal errors',
  'message expired', 'has been rejected', 'was rejected', 'non-delivery', 'nondelivery', 'not delivered',
  'error message below', 'invalid user address', 'requested action not taken', 'failed addresses follow',
  'you are not a member', 'no valid recipients', 'not been delivered', 'delivery problems', 'could not be sent',
  'error delivering your mail', 'non-deliverable', 'error occurred while trying to deliver', 'error has occurred while attempting to deliver', 'failed to send to', 'duplicated message-id', 'loop detected',
  // the refusal itself, where a mail system's notice says no more (MDaemon's "<x> - no such user here"; a Sieve
  // reject, RFC 5429: "Your message to <x> was automatically rejected")
  'no such user', 'user unknown', 'unknown user', 'was automatically rejected',
  // French, German, Italian, Spanish, Portuguese, Dutch, Japanese, Russian
  'échec de la remise', "n'a pas pu être remis", 'impossible de remettre', 'konnte nicht zugestellt', 'nicht zugestellt',
  'zustellung an folgende empfänger', 'non è riuscito', 'non è stato possibile recapitare', 'no se pudo entregar',
  'no pudo ser entregado', 'não foi possível entregar', 'não pôde ser entregue', 'kon niet worden bezorgd',
  'niet worden afgeleverd', '配信できません', '配信できませんでした', '配信できなかった', '配信に失敗しました', '送信できませんでした',
  '送信に失敗しました', 'не может быть доставлено',
  'не доставлено', 'не удалось доставить',
  // Chinese: "could not be delivered", "could not be sent", "delivery failed" (as FAILURE_SUBJECTS writes them)
  '无法送达', '无法发送', '无法投递', '投递失败', '传输失败',
  // "was not delivered", "could not be delivered" in Italian, Polish, Czech and Korean
  'non è stato recapitato', 'non è stato consegnato', 'nie została dostarczona', 'nie może zostać dostarczona',
  'nie można dostarczyć', 'nebyla doručena', 'nemohla být doručena', '전달되지 못했습니다', '전달되지 않았습니다',
  '전송되지 못했습니다',
]);

/** Subjects of auto-replies (RFC 3834 responders, vacation, out-of-office). */
export const AUTOREPLY_SUBJECTS = anyOf([
  'auto:', 'autoreply', 'auto reply', 'auto-reply', 'automatic reply', 'auto response', 'auto-response', 'autoresponse',
  'out of office', 'out of the office', 'away until', 'on vacation', 'vacation reply', 'away from my', 'i am away',
  'réponse automatique', 'absence', 'abwesenheit', 'automatische antwort', 'risposta automatica', 'fuori sede',
  'respuesta automática', 'fuera de la oficina', 'resposta automática', 'ausente', 'automatisch antwoord',
  'afwezig', '自動応答', '自動返信', '不在', 'автоответ', 'автоматический ответ', 'отпуск',
]);

/** Subjects of abuse / feedback reports that do not use the ARF structure (or opt-out requests). */
export const FEEDBACK_SUBJECTS = anyOf([
  'complaint about message', 'abuse report', 'spam report', 'feedback report', 'fbl report', 'unsubscribe',
]);

/** Subjects of read receipts (MDN) and delivery confirmations. */
export const RECEIPT_SUBJECTS = anyOf([
  'read:', 'read receipt', 'disposition notification', 'delivered:', 'delivery status notification (success)',
  'successful mail delivery', 'relayed:', 'return receipt', 'gelesen:', 'lu :', 'lu:', 'letto:', 'leído:', 'lido:', 'gelezen:',
  '開封済み', 'прочитано:',
]);

/**
 * Lines where the returned original message (or its headers) begins. Text after them is the
 * sender's own message and must not be mined for statuses.
 */
export const ORIGINAL_MARKER_PHRASES: readonly string[] = [
  'this is a copy of the message', 'below this line is a copy of the message', 'original message follows',
  // (not Exchange Online's "Original Message Details": its "Error Details" with the server's words follow)
  '----- original message -----', 'original message headers', '----- unsent message below',
  '--- mensaje original adjunto', '----- message header follows',
  '------ original message ------', 'returned message follows', 'content-type: message/rfc822',
  'en-têtes de message d\'origine', 'intestazioni originali del messaggio', 'ursprungshuvuden',
  'encabezados del mensaje original', 'encabezados originales del mensaje', 'cabeçalhos da mensagem original',
  'oorspronkelijke berichtkoppen',
  'a copy of the original message', 'the text you sent follows', 'the headers of your message are',
];
/** Headings that count only where they open a line (after optional decoration). */
export const ORIGINAL_MARKER_HEADINGS: readonly string[] = [
  // (the Japanese heading followed by a space, a dash or a colon: Exchange Online's Japanese notice opens
  // sections "元のメッセージの詳細" = Original Message Details, of the notice itself)
  'original message:', 'ursprüngliche nachricht', 'originalnachricht', '元のメッセージ ', '元のメッセージ-', '元のメッセージ:', '元のメッセージ：', 'исходное сообщение',
];
export const ORIGINAL_MESSAGE_MARKERS = new AnchoredMarkers(ORIGINAL_MARKER_PHRASES, ORIGINAL_MARKER_HEADINGS, [
  // every marker above holds one of these
  'origin', 'copy', 'unsent', 'header', 'returned', 'rfc822', 'ursprungshuvuden', 'oorspronkelijke', 'follows',
  'ursprüngliche', '元のメッセージ', 'исходное',
]);

/**
 * Phrases that only automatic notices print: any one of them is enough evidence on its own
 * (ordinary correspondence does not say these things about itself).
 */
export const DECISIVE_TEXT = anyOf([
  'could not be delivered to:', 'the following addresses had', 'this is a permanent error', 'delivery has failed to these recipients',
  "i'm afraid i wasn't able to deliver", "your message wasn't delivered to", 'transcript of session follows',
  'this is the mail system at host', 'error message below:', 'failed to send to identified host', 'message non-deliverable',
  'delivery to the following recipient failed', 'delivery to the following recipients failed', 'this is the qmail-send program',
  'sorry, we were unable to deliver your message', 'the following address(es) failed', 'this is an automatically generated delivery status notification',
  'this message was created automatically by mail delivery software', 'your message could not be delivered', 'was not delivered to:',
  'did not reach the following recipient', 'delivery has failed to these recipients or groups', "couldn't be delivered to",
  'has not yet been delivered to', 'there was a temporary problem delivering your message', 'gmail will retry for',
  'the following recipients have not yet received', 'diagnostic information for administrators', 'remote server returned',
  'smtp error from remote mail server', 'said: 5', 'said: 4', 'in reply to rcpt to command', 'in reply to end of data command',
  'could not deliver the message', 'unable to deliver message to the following recipients',
  'had permanent fatal delivery errors',
  // other languages
  'échec de la remise', 'konnte nicht zugestellt werden', 'il recapito non è riuscito', 'no se pudo entregar',
  'não foi possível entregar', 'kon niet worden bezorgd', '配信できませんでした', 'не может быть доставлено',
]);

/**
 * Subjects of a list manager's own notices to a list's owners and members, as Mailman 2 and 3 word them
 * (its templates): pending moderator requests, a held post, a bounce it could not read, a member
 * disabled for bounces, a probe. They speak of bounces without being one.
 */
export const LIST_ADMIN_SUBJECT = /moderator request\(s\) waiting|awaits moderator approval|uncaught bounce notification|bounce action notification|subscription disabled on |mailing list probe message|mailing list memberships reminder/i;

/** A mailing list's manager addresses (Mailman, Majordomo, ezmlm): list-owner@, list-request@, list-admin@, owner-list@. */
export const LIST_MANAGER_FROM = /[\w.]-(?:admin|owner|request)@|\bowner-[\w.-]{1,64}@/i;

/**
 * Senders that are mail systems (Exchange writes NDRs as "Microsoft Outlook" / MicrosoftExchange<hex>@;
 * mailing-list managers answer as list-admin@, owner-list@, list-bounces@; Courier signs "Courier mail
 * server at <host>", MDaemon "MDaemon at <host>" <MDaemon@…>). Cron's "Cron Daemon" mails a job's output, and
 * Bugzilla's "bugzilla-daemon" (its default mailfrom) a bug's changes: neither is a notice.
 */
export const DAEMON_FROM = new RegExp(
  String.raw`mailer-daemon|postmaster|mail delivery|delivery subsystem|mail administrator|post_master|mail\.delivery|(?<!cron |bugzilla-)\bdaemon\b|ndr administrator|courier mail server at|microsoftexchange[0-9a-f]{16}|^microsoft outlook\b|\bmdaemon(?:@| at )|[\w.]-bounces?@|` +
    LIST_MANAGER_FROM.source,
  'i',
);

// ── Subjects of replies and forwards, header field names ──────────────────────────────────────────

/** A subject's start: spaces and an optional list tag ("[sysadmins] "). */
const SUBJECT_LEAD = String.raw`^\s*(?:\[[^\]]{0,40}\]\s*)?`;

/** A reply's subject: "Re:", "AW:", "SV:", "R:", "RIF:", "Odp:", "返信:"… (a numbered "Re[2]:" too). */
export const REPLY_SUBJECT = new RegExp(`${SUBJECT_LEAD}(?:re|aw|sv|rif|r|res|antw|odp|回复|答复|返信)\\s*(?:\\[\\d{1,3}\\])?\\s*[:：]`, 'i');

/**
 * An automatic reply's subject, the original's behind a tag (Exchange's "Automatic reply:" in its
 * languages, "Out of Office:", "Auto:", "AutoReply:"): the words after it are the message it answers.
 */
export const AUTOREPLY_SUBJECT_TAG = new RegExp(
  `${SUBJECT_LEAD}(?:auto(?:matic)?[ -]?reply|auto|out of (?:the )?office|abwesenheitsnotiz|automatische antwort|réponse automatique|risposta automatica|respuesta automática|resposta automática|automatisch antwoord|autosvar|automaattinen vastaus|odpowiedź automatyczna|automatická odpověď|自動応答|自動返信|автоответ|автоматический ответ)\\s*[:：]`,
  'i',
);

/** A forward's subject: "Fwd:", "FW:", "WG:", "TR:", "RV:", "I:", "ENC:", "Doorst:", "VS:", "VB:", "Пересл:", "転送:". */
export const FORWARD_SUBJECT = new RegExp(`${SUBJECT_LEAD}(?:fwd?|fw|wg|tr|rv|i|enc|doorst|vs|vb|пересл|転送)\\s*[:：]`, 'i');

/**
 * Names of the header fields a mail program or a notice repeats in text (a forward's header block, the
 * returned original's headers), in the languages the panel speaks, by what they name.
 */
export const HEADER_FIELD_NAMES: Readonly<Record<string, 'from' | 'subject' | 'date' | 'to'>> = {
  from: 'from', von: 'from', de: 'from', da: 'from', van: 'from', 'от': 'from', '差出人': 'from',
  subject: 'subject', betreff: 'subject', objet: 'subject', asunto: 'subject', oggetto: 'subject', assunto: 'subject',
  onderwerp: 'subject', 'тема': 'subject', '件名': 'subject',
  date: 'date', sent: 'date', gesendet: 'date', datum: 'date', envoyé: 'date', enviado: 'date', fecha: 'date',
  inviato: 'date', data: 'date', verzonden: 'date', 'отправлено': 'date', 'дата': 'date', '送信日時': 'date', '日付': 'date',
  to: 'to', an: 'to', 'à': 'to', para: 'to', a: 'to', aan: 'to', 'кому': 'to', '宛先': 'to', cc: 'to',
};
