/**
 * A notice that a person forwarded ("Fwd: Undeliverable: ...", "WG: Unzustellbar: ..."): the notice
 * stands under a forward header block that gives its own From and Subject. The user wants the
 * notice explained, not the person's covering note; a reply that quotes a notice ("Re: ...") is a
 * conversation about it and is not unwrapped.
 */
import { DAEMON_FROM, DELAY_SUBJECTS, FAILURE_SUBJECTS, FORWARD_SUBJECT, HEADER_FIELD_NAMES, NOTICE_SUBJECTS, REPLY_SUBJECT } from './notice-language';

export interface ForwardedNotice {
  /** The forwarded notice's own Subject and From, as the forward header block gives them. */
  subject: string;
  from: string;
  date: string | null;
  /** The notice's text: what follows the block, with the forward's quoting taken off. */
  text: string;
}

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

/**
 * "> > From: ..." or "*From:* ..." (Outlook's bold field names in plain text); French typography puts a
 * (no-break) space before the colon ("De : ...").
 */
const FIELD_LINE = /^((?:>[ \t]?)*)[ \t]*\*?([^\s:*：]{1,12})\*?[ \t\u00a0\u202f]*[:：]\*?[ \t]*(.*)$/;

/** A forwarded block's From that names a person or a mailbox (any address, or a name that is not a mail system's). */
const PERSONAL_SENDER = /@|^\s*"?[^\s"<@:]{2,}(?: [^\s"<@:]{1,}){0,3}"?\s*$/;

/** Forward blocks are looked for in the first part of the text only: the notice follows the covering note. */
const SEARCHED = 20_000;

export function forwardedNotice(subject: string, text: string): ForwardedNotice | null {
  // a reply ("RE: FW: …") is a conversation about a notice: its quoted history (Outlook's unquoted
  // "-----Original Message-----" blocks included) is not a notice forwarded to be explained
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
    for (let at = i + 1; at < lines.length && at <= i + 20; at++) {
      // (a webmail shows an HTML forward's fields as paragraphs, with blank lines between them)
      if (dequote(lines[at]!, first.depth).trim() === '') continue;
      const field = fieldOf(lines[at]!);
      if (!field || field.depth !== first.depth) break;
      fields[field.name] ??= field.value;
      end = at + 1;
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
  const name = HEADER_FIELD_NAMES[match[2]!.toLowerCase()];
  if (!name) return null;
  return { depth: (match[1]!.match(/>/g) ?? []).length, name, value: match[3]!.trim() };
}

/** The line without up to `depth` levels of "> " quoting. */
function dequote(line: string, depth: number): string {
  let rest = line;
  for (let level = 0; level < depth && rest.startsWith('>'); level++) rest = rest.slice(rest.startsWith('> ') ? 2 : 1);
  return rest;
}
