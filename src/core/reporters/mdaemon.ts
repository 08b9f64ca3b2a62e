import { replyInDiagnostic } from '../extract';
import type { Draft, Reporter } from './types';

/**
 * MDaemon (and SecurityGateway, the same vendor's gateway) sends its notices from "MDaemon at <host>"
 * <MDaemon@…> under "Permanent Delivery Failure", and explains them with the session log of the
 * attempt ("--- Session Transcript ---"): timestamped lines, the message's own fields marked "*  To:",
 * the SMTP dialogue as "--> RCPT To:<…>" and "<-- 550 …", and the sending side's own findings as
 * "*  Connection refused (10061)" or "*  Name server reports domain name unknown". The generic reading
 * takes the log lines after a recipient for its diagnostic; the remote server's last refusal, else the
 * last finding, is what went wrong.
 */
const LOG_LINE = /^[ \t]*\w{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?: (.*)$/gm;
/** A transcript runs to a few dozen lines per recipient; these bound the work on a hostile one. */
const MAX_LOG_LINES = 2000;
const MAX_RECIPIENTS_READ = 100;
/** The message's own fields and the DNS answers the log lists: no finding. */
const RECORD_LINE = /^\*\s+(?:From|To|Subject|Size \(bytes\)|Message-ID|Route slip (?:host|port)|P=\d+ )/i;

export const mdaemon: Reporter = {
  id: 'mdaemon',
  name: 'MDaemon / SecurityGateway',
  signals: {
    from: /\bmdaemon(?:@| at )/,
    text: /MDaemon Delivery Status Notification|had PERMANENT fatal delivery errors/i,
  },
  refine(drafts, notice) {
    if (!notice.text.includes('--- Session Transcript ---')) return;
    const log: string[] = [];
    for (const match of notice.text.matchAll(LOG_LINE)) {
      log.push(match[1]!.trim());
      if (log.length >= MAX_LOG_LINES) break;
    }
    if (log.length === 0) return;
    // (bounded: each recipient's segment is searched in the log, and a hostile notice may list thousands)
    for (const draft of drafts.slice(0, MAX_RECIPIENTS_READ)) readFinding(draft, log);
  },
};

/**
 * The log lines of the recipient: from its RCPT command ("--> RCPT To:<…>"), else from where its address
 * first appears, to where another recipient's record starts (a "*  To:" field or another RCPT command).
 */
function segmentOf(address: string | null, log: readonly string[]): readonly string[] {
  if (!address) return log;
  const names = (line: string) => line.toLowerCase().includes(address);
  let start = log.findIndex((line) => RCPT_LINE.test(line) && names(line));
  if (start < 0) start = log.findIndex(names);
  if (start < 0) return log;
  let end = start + 1;
  while (end < log.length && !((/^\*\s+To:/i.test(log[end]!) || RCPT_LINE.test(log[end]!)) && !names(log[end]!))) end++;
  return log.slice(start, end);
}
const RCPT_LINE = /^-->\s+RCPT\s+TO:/i;

function readFinding(draft: Draft, log: readonly string[]): void {
  const segment = segmentOf(draft.address, log);
  let finding: string | null = null;
  // a multi-line reply ("550-5.1.1 The email account …" … "550 5.1.1 …") is one answer: its lines joined
  let continued = '';
  for (const line of segment) {
    const reply = /^<--\s+([45]\d\d)([\s-])(.*)$/.exec(line);
    if (reply) {
      if (reply[2] === '-') continued += `${reply[1]}-${reply[3]} `;
      else {
        finding = `${continued}${reply[1]} ${reply[3]}`.trim();
        continued = '';
      }
    } else if (/^\*\s+/.test(line) && !RECORD_LINE.test(line) && !(finding && /^[45]\d\d/.test(finding))) finding = line.replace(/^\*\s+/, '');
  }
  if (!finding) return;
  draft.diagnostic = finding;
  const hit = replyInDiagnostic(finding);
  if (hit?.reply != null && draft.reply === null) draft.reply = hit.reply;
  if (hit?.status != null && draft.status === null) draft.status = hit.status;
}
