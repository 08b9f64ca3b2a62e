// replyInDiagnostic() stops at the first failure reply instead of collecting every hit, and
// findAddresses() judges the text around an address in place: both must keep the answers of the
// plain readings they replace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFromText, findAddresses, findReplies, replyInDiagnostic, type ReplyHit } from '../../src/core/extract';
import { escapeRegex, HEADER_FIELD_NAMES } from '../../src/core/notice-language';

const view = (hit: ReplyHit | null) => hit && { index: hit.index, reply: hit.reply, status: hit.status, remote: hit.remote, diagnostic: hit.diagnostic };

/** The choice as it was made from every hit. */
function firstReplyOfAll(text: string): ReplyHit | null {
  const hits = findReplies(text);
  return hits.find((hit) => hit.reply !== null && hit.reply >= 400) ?? hits.find((hit) => hit.reply !== null) ?? hits[0] ?? null;
}

const replyPiece = fc.constantFrom(
  '550', '5.1.1', '550 5.1.1', '550-5.1.1', '250 2.0.0', '250', '421', '4.4.7', '#5.7.1', '(#5.1.1)', '12:550', '2.0.0', '554-',
  ' ', '  ', '\n', '\n  ', '\t', ':', '-', "'", '"', '<<<', 'said:', 'error:', 'bytes', ' days', 'ok', 'User unknown', 'x', '.', '/',
);

describe('replyInDiagnostic', () => {
  it('chooses what the choice among all findReplies() hits chose', () => {
    fc.assert(
      fc.property(fc.array(replyPiece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(view(replyInDiagnostic(text))).toEqual(view(firstReplyOfAll(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('prefers the first failure reply over an earlier success and a lone enhanced code', () => {
    expect(view(replyInDiagnostic('5.7.1 then 250 ok then said: 550 5.1.1 no such user 451 4.3.0 later'))).toMatchObject({ reply: 550, status: '5.1.1' });
    expect(view(replyInDiagnostic('5.7.1 then said: 250 ok'))).toMatchObject({ reply: 250, status: null });
    expect(view(replyInDiagnostic('rejected (#5.7.1)'))).toMatchObject({ reply: null, status: '5.7.1' });
    expect(replyInDiagnostic('no code here')).toBeNull();
  });
});

const addressPiece = fc.constantFrom(
  'user@example.com', 'Postmaster@example.org', '"a b"@example.net', '<', '>', ':', '...', '..', ' ', '\n', '\t', '\u00a0', '*', '-', '(',
  '"', 'to', 'for ', 'recipient:', 'Message-ID: <', 'said', 'x', '/', '=',
);

/**
 * The reference reading of a repeated header block's To line (a "To:" field line next to another field
 * line, as notices repeat the original's headers): its addresses name every addressee, so they are weak.
 */
const fieldLabel = (names: string[]): RegExp => new RegExp(`^[ \\t>]*\\*?(?:${names.map(escapeRegex).join('|')})\\*?[ \\t]*[:：]`, 'i');
const TO_LINE = fieldLabel(Object.entries(HEADER_FIELD_NAMES).filter(([name, role]) => role === 'to' && name !== 'cc').map(([name]) => name));
const FIELD_LINE = fieldLabel([...Object.keys(HEADER_FIELD_NAMES), 'message-id', 'reply-to']);
function inRepeatedHeaderToLine(text: string, index: number): boolean {
  const lines = text.split('\n');
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (index <= start + line.length) {
      const label = TO_LINE.exec(line);
      if (!label || index - start > 200 || start + label[0].length > index) return false;
      return (i > 0 && FIELD_LINE.test(lines[i - 1]!)) || (i + 1 < lines.length && FIELD_LINE.test(lines[i + 1]!));
    }
    start += line.length + 1;
  }
  return false;
}

/** The recipient cue of extract.ts, as the reference reading below used it. */
const RECIPIENT_CUE = /(?:\bto|\bfor|recipients?|rcpt to|address(?:es)?|addressee|\buser|mailbox|destinatario|destinataire|empfänger|destinatário|ontvanger|宛先|получател[ьяи]|deliver(?:ed)? to|message to|failed|destinatari)\W{0,6}$/i;

describe('findAddresses', () => {
  it('calls an address strong as the regexes on the sliced text around it did', () => {
    fc.assert(
      fc.property(fc.array(addressPiece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        for (const hit of findAddresses(text, new Set())) {
          const lineStart = Math.max(text.lastIndexOf('\n', hit.index - 1) + 1, hit.index - 400);
          const prefix = text.slice(Math.max(lineStart, hit.index - 40), hit.index);
          // the pieces are ASCII: the address is as long as its text, a leading "=" aside
          const end = hit.index + hit.address.length + (text[hit.index] === '=' ? 1 : 0);
          const newline = text.indexOf('\n', end);
          const after = text.slice(end, Math.min(end + 4, newline < 0 ? text.length : newline));
          const strong = (/^[<"*\-(]?$/.test(prefix.trim()) || RECIPIENT_CUE.test(prefix) || /^>?\s*(?::|\.\.\.|$)/.test(after)) &&
            !inRepeatedHeaderToLine(text, hit.index);
          expect(hit.strong).toBe(strong);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('extractFromText: who the notice names as failed recipients, and who it does not', () => {
  it('never takes the envelope sender of a quoted SMTP dialogue for a recipient, and reads the reply below it as the recipient\'s', () => {
    const text = 'The following address(es) failed:\n\n  ann@example.net\n    host mx.example.net [192.0.2.1]\n    SMTP error from remote mail server after MAIL FROM:<me@example.com>:\n    550 5.7.1 Connections not accepted from servers without a valid sender domain\n';
    const drafts = extractFromText(text, new Set());
    expect(drafts.map((d) => [d.address, d.reply, d.status])).toEqual([['ann@example.net', 550, '5.7.1']]);
  });

  it('keeps a header block\'s From and Cc out of the recipients, and its To when the notice names the failed one elsewhere', () => {
    const text = 'This report relates to a message you sent with the following header fields:\n\n  Date: Thu, 21 Mar 2002 12:00:13 +0100\n  From: Ana <ana@example.org>\n  To: bo@example.com, cy@example.com\n  Cc: di@example.com\n\nYour message cannot be delivered to the following recipients:\n\n  Recipient address: bo@example.com\n  Diagnostic code: smtp;550 5.1.1 User unknown\n';
    expect(extractFromText(text, new Set()).map((d) => d.address)).toEqual(['bo@example.com']);
  });

  it('leaves out the help desk a notice names, wherever else the address appears', () => {
    const text = '何か質問がございましたら、<help@mx.example.net>へご連絡ください。\nFor further assistance, please contact <help@mx.example.net>\n\n<ann@example.org>: host mx.example.org[192.0.2.8] said:\n    550 5.1.1 Address rejected (in reply to RCPT TO command)\n';
    expect(extractFromText(text, new Set()).map((d) => [d.address, d.status])).toEqual([['ann@example.org', '5.1.1']]);
  });

  it("takes Sendmail's 'from <sender>' after the arrival line for the sender", () => {
    const text = 'The original message was received at Thu, 9 Apr 1995 23:34:45 -0800\nfrom bo@example.org\n\n   ----- The following addresses had permanent fatal errors -----\n<cy@example.net>\n    (reason: 550 5.1.1 User unknown)\n';
    expect(extractFromText(text, new Set()).map((d) => d.address)).toEqual(['cy@example.net']);
  });

  it('leaves out the sender and the reader named as such, and help desks however they are offered', () => {
    const text = 'Message envoyé par : paul@example.com\nThis notification was sent to mike@example.com\nNeed help? helpdesk@example.com\nFor questions contact your help desk at desk@example.com\nнапишите нам: support@example.com\n\n<lea@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n';
    expect(extractFromText(text, new Set()).map((d) => d.address)).toEqual(['lea@example.net']);
  });

  it('leaves out the sender a server refuses, however the reply quotes it', () => {
    const text = '<lea@example.net>: host mx.example.net[192.0.2.7] said: 554 5.7.1 Service unavailable; Sender address [ann@example.com] blocked using dbl.example.org (in reply to RCPT TO command)\n<max@example.net>: host mx.example.net[192.0.2.7] said: 450 4.1.8 <ann@example.com>: Sender address rejected: Domain not found (in reply to RCPT TO command)\n';
    expect(extractFromText(text, new Set()).map((d) => d.address)).toEqual(['lea@example.net', 'max@example.net']);
  });

  it("leaves out the sender whose callout failed, as Exim's refusal names it ('Verification failed for <…>')", () => {
    const text = '   ----- The following addresses had permanent fatal errors -----\n<lea@example.net>\n    (reason: 550-Verification failed for <news+x7Q2@example.com>)\n\n   ----- Transcript of session follows -----\n>>> RCPT To:<lea@example.net>\n<<< 550-Verification failed for <news+x7Q2@example.com>\n<<< 550-Callback setup failed while verifying <bounce@example.com>\n<<< 550 Sender verify failed\n';
    expect(extractFromText(text, new Set()).map((d) => d.address)).toEqual(['lea@example.net']);
  });

  it("reads the mailbox out of an X.400 address (Exchange's 'dda:SMTP=', RFC 2156's 'RFC-822='), over the original's To line", () => {
    const text = 'Your message\n\n  To:      team@example.org\n  Subject: Minutes\n  Sent:    Fri, 4 Oct 2002 17:10:56 -0400\n\ndid not reach the following recipient(s):\n\nc=US;a= ;p=Example;o=Hub;dda:SMTP=ivo.petrov@example.COM; on Fri, 4 Oct 2002 17:12:28 -0400\n    The recipient name is not recognized\n';
    expect(extractFromText(text, new Set()).map((d) => d.address)).toEqual(['ivo.petrov@example.com']);
    expect(extractFromText('c=DE;a= ;p=Example;RFC-822=lena@example.net; unknown recipient\n', new Set()).map((d) => d.address)).toEqual(['lena@example.net']);
  });

  it("reads a multi-line reply's prefix apart from the address it is glued to", () => {
    const text = 'Delivery to the following recipient failed permanently:\n\n  ann@example.net\n\n  host mx.example.net said:\n    550-ann@example.net is not an active address at this host (invalid\n    550 username)\n';
    expect(extractFromText(text, new Set()).map((d) => [d.address, d.reply])).toEqual([['ann@example.net', 550]]);
  });
});
