/**
 * A notice that a person forwarded ("Fwd: Undeliverable: ...", "WG: Unzustellbar: ..."): the notice
 * stands under a forward header block that gives its own From and Subject. The user wants the
 * notice explained, not the person's covering note; a reply that quotes a notice ("Re: ...") is a
 * conversation about it and is not unwrapped.
 */
import { DAEMON_FROM, DELAY_SUBJECTS, FAILURE_SUBJECTS, NOTICE_SUBJECTS } from './notice-language';

export interface ForwardedNotice {
  /** The forwarded notice's own Subject and From, as the forward header block gives them. */
  subject: string;
  from: string;
  date: string | null;
  /** The notice's text: what follows the block, with the forward's quoting taken off. */
  text: string;
}

/** "Fwd:", "FW:", "WG:", "TR:", "RV:", "I:", "ENC:", "Doorst:", "Пересл:", "転送:" (after an optional list tag). */
const FORWARD_SUBJECT = /^\s*(?:\[[^\]]{0,40}\]\s*)?(?:fwd?|fw|wg|tr|rv|i|enc|doorst|vs|vb|пересл|転送)\s*[:：]/i;

/** The line a mail program writes above a forwarded message (Gmail, Outlook, Apple Mail, Thunderbird; the panel's languages). */
const FORWARD_OPENER = new RegExp(
  '^[ \\t]*(?:-{2,}[ \\t]*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|' +
    "message d'origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|mensagem encaminhada|" +
    'mensagem original|doorgestuurd bericht|oorspronkelijk bericht|пересылаемое сообщение|исходное сообщение|転送メッセージ|' +
    '元のメッセージ)[ \\t]*-{2,}|_{10,}|begin forwarded message:|anfang der weitergeleiteten nachricht:|' +
    'début du message réexpédié[ \\t]*:|inicio del mensaje reenviado:|inizio messaggio inoltrato:|' +
    'início da mensagem reencaminhada:|begin doorgestuurd bericht:)[ \\t]*$',
  'i',
);

/** FORWARD_OPENER on any line of a text. */
const FORWARD_OPENER_ANYWHERE = new RegExp(FORWARD_OPENER.source, 'im');

/** Field names of a forward header block, in the languages the panel speaks. */
const FIELD_NAMES: Readonly<Record<string, 'from' | 'subject' | 'date' | 'to'>> = {
  from: 'from', von: 'from', de: 'from', da: 'from', van: 'from', 'от': 'from', '差出人': 'from',
  subject: 'subject', betreff: 'subject', objet: 'subject', asunto: 'subject', oggetto: 'subject', assunto: 'subject',
  onderwerp: 'subject', 'тема': 'subject', '件名': 'subject',
  date: 'date', sent: 'date', gesendet: 'date', datum: 'date', envoyé: 'date', enviado: 'date', fecha: 'date',
  inviato: 'date', data: 'date', verzonden: 'date', 'отправлено': 'date', 'дата': 'date', '送信日時': 'date', '日付': 'date',
  to: 'to', an: 'to', 'à': 'to', para: 'to', a: 'to', aan: 'to', 'кому': 'to', '宛先': 'to', cc: 'to',
};

/** "> > From: ..." or "*From:* ..." (Outlook's bold field names in plain text). */
const FIELD_LINE = /^((?:>[ \t]?)*)[ \t]*\*?([^\s:*：]{1,12})\*?[ \t]*[:：]\*?[ \t]*(.*)$/;

/** A forwarded block's From that names a person or a mailbox (any address, or a name that is not a mail system's). */
const PERSONAL_SENDER = /@|^\s*"?[^\s"<@:]{2,}(?: [^\s"<@:]{1,}){0,3}"?\s*$/;

/** Forward blocks are looked for in the first part of the text only: the notice follows the covering note. */
const SEARCHED = 20_000;

/**
 * A reply's subject ("Re:", "AW:", "SV:", "RE: FW: …"): its quoted history (Outlook's unquoted
 * "-----Original Message-----" blocks included) is the conversation, not a notice forwarded to explain.
 */
const REPLY_SUBJECT = /^\s*(?:\[[^\]]{0,40}\]\s*)?(?:re|aw|sv|antw|odp|res|rif|回复|答复|返信)\s*(?:\[\d{1,3}\])?\s*[:：]/i;

export function forwardedNotice(subject: string, text: string): ForwardedNotice | null {
  if (REPLY_SUBJECT.test(subject)) return null;
  const head = text.length > SEARCHED ? text.slice(0, SEARCHED) : text;
  const forwardSubject = FORWARD_SUBJECT.test(subject);
  // Most texts are no forward: without a forward subject, a forward opener must stand somewhere.
  if (!forwardSubject && !FORWARD_OPENER_ANYWHERE.test(head)) return null;
  const lines = head.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const first = fieldOf(lines[i]!);
    if (!first || first.name !== 'from') continue;
    const opened = forwardSubject || lines.slice(Math.max(0, i - 3), i).some((line) => FORWARD_OPENER.test(dequote(line, Infinity)));
    if (!opened) continue;
    const fields: Partial<Record<'from' | 'subject' | 'date' | 'to', string>> = { from: first.value };
    let end = i + 1;
    for (; end < lines.length && end <= i + 10; end++) {
      const field = fieldOf(lines[end]!);
      if (!field || field.depth !== first.depth) break;
      fields[field.name] ??= field.value;
    }
    const from = fields.from ?? '';
    const innerSubject = fields.subject ?? '';
    // A mail system's sender or a notice's set subject makes it a notice; a subject that only speaks of
    // failure ("delivery problem") does only without a sender that is someone's own address.
    const system = DAEMON_FROM.test(from) || NOTICE_SUBJECTS.test(innerSubject);
    if (!system && (PERSONAL_SENDER.test(from) || (!FAILURE_SUBJECTS.test(innerSubject) && !DELAY_SUBJECTS.test(innerSubject)))) continue;
    const body = lines.slice(end).map((line) => dequote(line, first.depth)).join('\n');
    return { subject: innerSubject, from, date: fields.date ?? null, text: body.replace(/^\s*\n/, '') };
  }
  return null;
}

function fieldOf(line: string): { depth: number; name: 'from' | 'subject' | 'date' | 'to'; value: string } | null {
  const match = FIELD_LINE.exec(line);
  if (!match) return null;
  const name = FIELD_NAMES[match[2]!.toLowerCase()];
  if (!name) return null;
  return { depth: (match[1]!.match(/>/g) ?? []).length, name, value: match[3]!.trim() };
}

/** The line without up to `depth` levels of "> " quoting. */
function dequote(line: string, depth: number): string {
  let rest = line;
  for (let level = 0; level < depth && rest.startsWith('>'); level++) rest = rest.slice(rest.startsWith('> ') ? 2 : 1);
  return rest;
}
