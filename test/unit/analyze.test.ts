import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRendered, mightBeBounce } from '../../src/core/index';
import { defaultRetryWindow } from '../../src/core/knowledge/index';
import type { Diagnosis } from '../../src/core/types';

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

const POSTFIX_REPORT = `Return-Path: <>
Date: Tue, 3 Mar 2026 10:00:00 +0000
From: MAILER-DAEMON@mx.example.com (Mail Delivery System)
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="4F1/mx.example.com"

--4F1/mx.example.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<nobody@example.net>: host mx1.example.net[192.0.2.10] said: 550 5.1.1
    <nobody@example.net>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)

--4F1/mx.example.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com
X-Postfix-Queue-ID: 4F1

Final-Recipient: rfc822; nobody@example.net
Original-Recipient: rfc822;nobody@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.example.net
Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address
    rejected: User unknown in local recipient table

--4F1/mx.example.com
Content-Type: message/rfc822

From: sender@example.org
To: nobody@example.net
Subject: hello

hello
--4F1/mx.example.com--
`;

const GMAIL_DELAY_TEXT = `** Delivery incomplete **

There was a temporary problem delivering your message to busy@example.net. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:

450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.
`;

const GMAIL_DELAY = `Date: Wed, 4 Mar 2026 08:00:00 +0000
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.org
Subject: Delivery Status Notification (Delay)
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

${GMAIL_DELAY_TEXT.replace(/=/g, '=3D')}`;

function expectValid(diagnosis: Diagnosis): void {
  expect(typeof diagnosis.bounce).toBe('boolean');
  expect(Array.isArray(diagnosis.recipients)).toBe(true);
  if (diagnosis.bounce) {
    expect(diagnosis.recipients.length).toBeGreaterThan(0);
    expect(diagnosis.advice).not.toBeNull();
  } else {
    expect(diagnosis.advice).toBeNull();
  }
}

describe('raw RFC 3464 notices', () => {
  it.each([
    ['LF', POSTFIX_REPORT],
    ['CRLF', crlf(POSTFIX_REPORT)],
    ['CR only', POSTFIX_REPORT.replace(/\n/g, '\r')],
    ['bytes', new TextEncoder().encode(POSTFIX_REPORT)],
  ])('reads a Postfix multipart/report (%s)', (_name, input) => {
    const diagnosis = analyze(input);
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'failure', reporter: 'postfix', input: 'raw' });
    expect(diagnosis.recipients).toHaveLength(1);
    expect(diagnosis.recipients[0]).toMatchObject({
      address: 'nobody@example.net',
      action: 'failed',
      status: '5.1.1',
      reply: 550,
      remoteMta: 'mx1.example.net',
      diagnostic: '550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in local recipient table',
      retryUntil: null,
    });
    expectValid(diagnosis);
  });

  it('calls a final notice with a 4xx status a failure (retries exhausted)', () => {
    const expired = POSTFIX_REPORT.replace('Status: 5.1.1', 'Status: 4.4.1').replace(/Diagnostic-Code:[^]*?\n\n/, 'Diagnostic-Code: X-Postfix; connect to mx1.example.net[192.0.2.10]:25: Connection timed out\n\n');
    const diagnosis = analyze(expired);
    expect(diagnosis.kind).toBe('failure');
    expect(diagnosis.recipients[0]).toMatchObject({ action: 'failed', status: '4.4.1' });
  });

  it('reads a delayed DSN and its Will-Retry-Until', () => {
    const delayed = POSTFIX_REPORT.replace('Subject: Undelivered Mail Returned to Sender', 'Subject: Delayed Mail (still being retried)')
      .replace('Action: failed', 'Action: delayed\nWill-Retry-Until: Sat, 7 Mar 2026 10:00:00 +0000')
      .replace('Status: 5.1.1', 'Status: 4.2.2')
      .replace(/550 5\.1\.1/g, '452 4.2.2');
    const diagnosis = analyze(delayed);
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'delay' });
    expect(diagnosis.recipients[0]!.retryUntil).toMatchObject({ source: 'will-retry-until', until: '2026-03-07T10:00:00.000Z', hours: 96 });
  });

  it('reads several recipients, each with its own status', () => {
    const second = POSTFIX_REPORT.replace(
      'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address\n    rejected: User unknown in local recipient table\n',
      'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address\n    rejected: User unknown in local recipient table\n\nFinal-Recipient: rfc822; full@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n',
    );
    const diagnosis = analyze(second);
    expect(diagnosis.recipients.map((r) => [r.address, r.status, r.reply])).toEqual([
      ['nobody@example.net', '5.1.1', 550],
      ['full@example.net', '5.2.2', 552],
    ]);
  });
});

describe('text-only notices', () => {
  it('reads a Gmail-style delay notice and its retry window from the text', () => {
    const diagnosis = analyze(GMAIL_DELAY);
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'delay', reporter: 'gmail' });
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'busy@example.net', action: 'delayed', status: '4.2.1', reply: 450 });
    expect(diagnosis.recipients[0]!.retryUntil).toMatchObject({ source: 'notice-text', hours: 46, until: '2026-03-06T06:00:00.000Z' });
  });

  it('reads a qmail notice', () => {
    const qmail = `From: MAILER-DAEMON@mail.example.com
To: sender@example.org
Subject: failure notice

Hi. This is the qmail-send program at mail.example.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<gone@example.net>:
192.0.2.7 does not like recipient.
Remote host said: 550 sorry, no mailbox here by that name (#5.1.1)
Giving up on 192.0.2.7.

--- Below this line is a copy of the message.

Return-Path: <sender@example.org>
To: gone@example.net
`;
    const diagnosis = analyze(qmail);
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'failure', reporter: 'qmail' });
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'gone@example.net', status: '5.1.1', reply: 550 });
  });

  it('uses an Exim delay warning and the reporter default window', () => {
    const exim = `Date: Thu, 5 Mar 2026 12:00:00 +0000
From: Mail Delivery System <Mailer-Daemon@relay.example.com>
To: sender@example.org
Subject: Warning: message 1abcDE-000123-Xy delayed 24 hours
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on relay.example.com.

  slow@example.net
    host mx.example.net [192.0.2.30]: 451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered.
`;
    const diagnosis = analyze(exim);
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'delay', reporter: 'exim' });
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'slow@example.net', status: '4.7.1', reply: 451 });
    const fallback = defaultRetryWindow('exim');
    if (fallback) {
      expect(diagnosis.recipients[0]!.retryUntil).toMatchObject({ source: 'reporter-default', hours: fallback.hours - 24 });
    } else {
      expect(diagnosis.recipients[0]!.retryUntil).toBeNull();
    }
  });

  it.each([
    ['French', 'Non remis : test', 'Échec de la remise pour ces destinataires ou groupes :', 'utf-8'],
    ['German', 'Unzustellbar: test', 'Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:', 'utf-8'],
    ['Italian', 'Non recapitabile: test', 'Il recapito non è riuscito per i seguenti destinatari o gruppi:', 'utf-8'],
    ['Spanish', 'No se puede entregar: test', 'No se pudo entregar a estos destinatarios o grupos:', 'utf-8'],
    ['Portuguese', 'Não entregue: test', 'Não foi possível entregar a estes destinatários ou grupos:', 'utf-8'],
    ['Dutch', 'Onbestelbaar: test', 'Het bericht kon niet worden bezorgd bij deze ontvangers of groepen:', 'utf-8'],
    ['Japanese', '配信不能: test', '次の受信者またはグループへの配信に失敗しました:', 'utf-8'],
    ['Russian', 'Недоставленное сообщение: test', 'Сообщение не может быть доставлено следующим получателям:', 'utf-8'],
  ])('recognises a %s Exchange-style notice', (_language, subject, heading, charset) => {
    const message = `From: postmaster@corp.example.com
To: sender@example.org
Subject: =?utf-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode(subject)))}?=
Content-Type: text/plain; charset=${charset}
Content-Transfer-Encoding: 8bit

${heading}

user@example.net
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
`;
    const diagnosis = analyze(new TextEncoder().encode(message));
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'failure' });
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'user@example.net', status: '5.1.1', reply: 550 });
  });
});

describe('notices that are not bounces', () => {
  it('recognises an ARF abuse report', () => {
    const arf = `From: feedback@fbl.example.com
To: abuse@example.org
Subject: Abuse report
Content-Type: multipart/report; report-type=feedback-report; boundary="arf"

--arf
Content-Type: text/plain

This is an email abuse report.
--arf
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ExampleFBL/1.0
Version: 1
Original-Rcpt-To: complainer@example.net
--arf
Content-Type: text/rfc822-headers

From: sender@example.org
To: complainer@example.net
--arf--
`;
    const diagnosis = analyze(arf);
    expect(diagnosis).toMatchObject({ bounce: false, kind: 'feedback', advice: null });
    expect(diagnosis.recipients.map((r) => r.address)).toEqual(['complainer@example.net']);
  });

  it('recognises a read receipt (MDN)', () => {
    const mdn = `From: reader@example.net
To: sender@example.org
Subject: Read: hello
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn"

--mdn
Content-Type: text/plain

Your message was displayed.
--mdn
Content-Type: message/disposition-notification

Final-Recipient: rfc822; reader@example.net
Disposition: manual-action/MDN-sent-manually; displayed
--mdn--
`;
    expect(analyze(mdn)).toMatchObject({ bounce: false, kind: 'delivered', advice: null });
  });

  it('recognises an out-of-office auto-reply', () => {
    const vacation = `From: Colleague <colleague@example.net>
To: sender@example.org
Subject: Automatic reply: hello
Auto-Submitted: auto-replied

I am out of the office until Monday.
`;
    const diagnosis = analyze(vacation);
    expect(diagnosis).toMatchObject({ bounce: false, kind: 'autoreply' });
    expect(diagnosis.recipients[0]?.address).toBe('colleague@example.net');
  });

  it('takes a vacation program\'s header at its word, though the auto-reply echoes a notice', () => {
    const acknowledgement = `From: Support <support@example.net>
To: dana@example.org
Subject: We've received your request [#55123]: emails bouncing
Auto-Submitted: auto-replied
X-Autoreply: yes

Thank you for contacting us. Your request has been logged. You wrote:

Delivery has failed to these recipients or groups:
orders@example.com
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
`;
    expect(analyze(acknowledgement)).toMatchObject({ bounce: false, kind: 'autoreply' });
  });

  it('leaves ordinary mail alone', () => {
    const ordinary = `From: Friend <friend@example.net>
To: sender@example.org
Subject: Lunch on Friday?
Content-Type: text/plain; charset=utf-8

Shall we meet at 12:30? The table for 4 is booked.
`;
    expect(analyze(ordinary)).toEqual({ bounce: false, kind: null, reporter: null, reporterName: null, recipients: [], advice: null, headline: null, groups: [], date: null, reportingMta: null, input: 'raw', forwarded: false });
  });

  it('reads an Amazon SES JSON notification', () => {
    const ses = `From: no-reply@sns.amazonaws.com
To: ops@example.org
Subject: AWS Notification Message

{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"gone@example.net","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}
`;
    const diagnosis = analyze(ses);
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'failure', reporter: 'amazonses' });
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'gone@example.net', status: '5.1.1', reply: 550 });
  });
});

describe('rendered mode', () => {
  it('reads what the webmail shows of a Gmail delay notice', () => {
    const diagnosis = analyzeRendered(
      { text: GMAIL_DELAY_TEXT, subject: 'Delivery Status Notification (Delay)', from: 'mailer-daemon@googlemail.com', date: '2026-03-04T08:00:00Z' },
    );
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'delay', input: 'rendered' });
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'busy@example.net', status: '4.2.1', reply: 450 });
    expect(diagnosis.recipients[0]!.retryUntil?.until).toBe('2026-03-06T06:00:00.000Z');
  });

  it('auto mode tells rendered text from a raw message', () => {
    expect(analyze(GMAIL_DELAY_TEXT, { subject: 'Delivery Status Notification (Delay)' }).input).toBe('rendered');
    expect(analyze(GMAIL_DELAY).input).toBe('raw');
  });

  it('reads a translated warning that the server keeps trying as a delay, not a failure', () => {
    const german = analyzeRendered({ subject: 'Zustellung verzögert', from: 'Mail Delivery System <mailer-daemon@mx.example.de>', text: 'Ihre Nachricht konnte bisher nicht zugestellt werden. Dies ist nur eine Warnung, Sie müssen die Nachricht nicht erneut senden; der Server versucht weiterhin, sie zuzustellen.\n\n<ute@example.org>: host mx.example.org[192.0.2.9] said: 451 4.7.1 Greylisted, please try again later (in reply to RCPT TO command)\n' });
    expect(german).toMatchObject({ bounce: true, kind: 'delay' });
    expect(german.recipients[0]).toMatchObject({ address: 'ute@example.org', verdict: 'wait' });
    const russian = analyzeRendered({ subject: 'Письмо задерживается', from: 'MAILER-DAEMON <mailer-daemon@mx.example.ru>', text: 'Ваше письмо пока не доставлено. Это только предупреждение, мы продолжим попытки.\n\n<ivan@example.org>: host mx.example.org[192.0.2.9] said: 451 4.7.1 Greylisted, please try again later (in reply to RCPT TO command)\n' });
    expect(russian).toMatchObject({ bounce: true, kind: 'delay' });
  });

  it("takes Gmail's 'The response was:' words, not its summary sentence, for a recipient without a reply code", () => {
    const d = analyzeRendered({
      subject: 'Delivery Status Notification (Failure)',
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      text: "** Message not delivered **\n\nYour message couldn't be delivered to info@example.org because the remote server is misconfigured. See technical details below for more information.\n\nThe response was:\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx1.example.org. 192.0.2.25: timed out]\n",
    });
    expect(d.recipients[0]).toMatchObject({ address: 'info@example.org', cause: 'connection-timed-out' });
    expect(d.recipients[0]?.diagnostic).toMatch(/^The recipient server did not accept our requests to connect/);
  });

  it('reads rendered HTML as text', () => {
    const html = '<div><h2>Address not found</h2><p>Your message wasn&#39;t delivered to <b>gone@example.net</b> because the address couldn&#39;t be found.</p><p>The response from the remote server was:</p><p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p></div>';
    const diagnosis = analyzeRendered({ text: html, subject: 'Delivery Status Notification (Failure)', from: 'mailer-daemon@googlemail.com' });
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'gone@example.net', status: '5.1.1', reply: 550 });
  });

  it('does not call ordinary rendered mail a bounce', () => {
    expect(analyzeRendered({ text: 'See you at 4.', subject: 'Meeting', from: 'friend@example.net' }).bounce).toBe(false);
  });

  // A group's rejection greets its sender and names the group only by name; the pasted original's headers say where it went.
  const groupNotice = (to: string) => [
    'Hello writer@example.com,',
    '',
    "We're writing to let you know that the group you tried to contact (team-news) may not exist, or you may not have permission to post messages to the group.",
    '',
    '----- Original message -----',
    '',
    'Message-ID: <1@example.com>',
    'Date: Tue, 3 Mar 2026 09:00:00 +0000',
    'From: Writer <writer@example.com>',
    `To: ${to}`,
    'Subject: Agenda',
    '',
    'Agenda attached.',
  ].join('\n');

  it('names the returned original\'s recipient, not the greeted sender, when the notice names nobody else', () => {
    const diagnosis = analyzeRendered({ text: groupNotice('team-news@groups.example.org'), subject: 'Delivery Status Notification (Failure)', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' });
    expect(diagnosis.bounce).toBe(true);
    expect(diagnosis.recipients.map((r) => r.address)).toEqual(['team-news@groups.example.org']);
  });

  it('keeps the sender as the recipient of mail sent to oneself', () => {
    const diagnosis = analyzeRendered({ text: groupNotice('writer@example.com'), subject: 'Delivery Status Notification (Failure)', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' });
    expect(diagnosis.recipients.map((r) => r.address)).toEqual(['writer@example.com']);
  });
});

describe('mightBeBounce', () => {
  it('lets notices through', () => {
    expect(mightBeBounce(GMAIL_DELAY_TEXT, 'Delivery Status Notification (Delay)', 'mailer-daemon@googlemail.com')).toBe(true);
    expect(mightBeBounce('Remote Server returned 550 5.1.1', '', '')).toBe(true);
    expect(mightBeBounce('', 'Unzustellbar: Angebot', 'postmaster@example.net')).toBe(true);
  });

  it('rejects plain conversation', () => {
    expect(mightBeBounce('Shall we meet for lunch on Friday?', 'Lunch', 'friend@example.net')).toBe(false);
  });
});

describe('robustness', () => {
  const withinBudget = (input: string | Uint8Array): Diagnosis => {
    const started = performance.now();
    const diagnosis = analyze(input);
    // a guard against runaway backtracking, not a timing claim (speed is measured by the benchmark)
    expect(performance.now() - started).toBeLessThan(1000);
    expectValid(diagnosis);
    return diagnosis;
  };

  it('never throws on arbitrary strings and bytes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => expectValid(analyze(text))), { numRuns: 200 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => expectValid(analyze(bytes))), { numRuns: 200 });
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (tail) => expectValid(analyze(POSTFIX_REPORT.slice(0, 900) + tail))), { numRuns: 100 });
  });

  it('survives truncation at every 97th byte', () => {
    for (let end = 0; end < POSTFIX_REPORT.length; end += 97) expectValid(analyze(POSTFIX_REPORT.slice(0, end)));
  });

  it('handles a 1 MB body', () => {
    const big = POSTFIX_REPORT.replace('hello\n--4F1', `${'x'.repeat(76)}\n`.repeat(14_000) + '--4F1');
    expect(withinBudget(big).recipients[0]?.status).toBe('5.1.1');
  });

  it('handles deeply nested MIME', () => {
    let nested = 'Content-Type: text/plain\n\n550 5.1.1 deep@example.net unknown\n';
    for (let depth = 0; depth < 200; depth++) nested = `Content-Type: multipart/mixed; boundary="b${depth}"\n\n--b${depth}\n${nested}\n--b${depth}--\n`;
    withinBudget(`From: MAILER-DAEMON@example.com\nSubject: Undeliverable\n${nested}`);
  });

  it('handles 10,000 recipients', () => {
    const blocks = Array.from({ length: 10_000 }, (_, i) => `Final-Recipient: rfc822; user${i}@example.net\nAction: failed\nStatus: 5.1.1\n`).join('\n');
    const big = POSTFIX_REPORT.replace(/Final-Recipient: rfc822; nobody[^]*?\n\n--4F1/, `${blocks}\n--4F1`);
    const diagnosis = withinBudget(big);
    expect(diagnosis.recipients.length).toBe(10_000);
  });

  it('handles 10,000 recipients named only in the text', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `<user${i}@example.net>: host mx.example.net said: 550 5.1.1 unknown`).join('\n');
    withinBudget(`From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n${lines}\n`);
  });

  it('handles pathological whitespace and punctuation', () => {
    withinBudget(`From: MAILER-DAEMON@example.com\nSubject: failure notice\n\n${' \t'.repeat(200_000)}550${' '.repeat(100_000)}5.1.1\n`);
    withinBudget(`Subject: x\n\n${'a'.repeat(200_000)}@${'b.'.repeat(50_000)}`);
    withinBudget(`Subject: x\n\n${'5.5.5.'.repeat(50_000)}`);
    withinBudget(`${'X-Header: ' + 'y'.repeat(1000) + '\n'}`.repeat(1000));
  });
});

// ---------------------------------------------------------------------------------------------
// Fixture-based checks of the analyzer's contract (the fixtures are our own example.com notices).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { advise } from '../../src/core/knowledge/index';
import { renderedView } from '../fixtures/rendered-view';
import { CORPUS_DIR, REPO_ROOT, sharedAvailable } from '../shared-corpus';

const FIXTURE_DIR = path.join(REPO_ROOT, 'test/fixtures');
const fixtureFiles = ['bounces', 'ordinary'].flatMap((dir) =>
  readdirSync(path.join(FIXTURE_DIR, dir)).filter((f) => f.endsWith('.eml')).map((f) => `${dir}/${f}`));
const fixtureBytes = new Map(fixtureFiles.map((f) => [f, new Uint8Array(readFileSync(path.join(FIXTURE_DIR, f)))]));
const fixtureViews = new Map<string, Awaited<ReturnType<typeof renderedView>>>();
for (const [file, bytes] of fixtureBytes) fixtureViews.set(file, await renderedView(bytes, 'text'));

describe('kind comes from the notice, not the subject', () => {
  // Gmail threads a notice under the ORIGINAL message's subject; the text alone must say "delay".
  const DELAY_NOTICES = [
    'bounces/gmail-delay-receiving-too-quickly.eml',
    'bounces/postfix-delay-no-ptr.eml',
    'bounces/postfix-delay-yandex-rate-limit.eml',
    'bounces/exim-delay-24h.eml',
    'bounces/sendmail-warning-4h-mailbox-full.eml',
    'bounces/exchange-delay-gmail-dmarc-4-7-26.eml',
    'bounces/office365-delay-queue-quota.eml',
  ];
  for (const file of DELAY_NOTICES) {
    it(`${file} under an unrelated subject is still a delay`, () => {
      const view = fixtureViews.get(file)!;
      const diagnosis = analyzeRendered({ text: view.text, subject: 'Quarterly report', from: view.from, date: view.date });
      expect(diagnosis).toMatchObject({ bounce: true, kind: 'delay' });
      expect(diagnosis.recipients[0]!.action).toBe('delayed');
    });
  }

  it('a Postfix "WARNING ONLY" 450 4.2.1 notice under an unrelated subject is a delay', () => {
    const text = `This is the mail system at host mail.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<busy@example.net>: host mx.example.net[198.51.100.12] said: 450 4.2.1
    <busy@example.net>: Recipient address rejected: try again later (in reply
    to RCPT TO command)
`;
    const diagnosis = analyzeRendered({ text, subject: 'Quarterly report', from: 'MAILER-DAEMON@mail.example.com' });
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'delay', reporter: 'postfix' });
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'busy@example.net', action: 'delayed', status: '4.2.1', reply: 450 });
    // Postfix writes "day(s)": the window comes from the notice itself (5 days from arrival, 4 h elapsed)
    expect(diagnosis.recipients[0]!.retryUntil).toMatchObject({ source: 'notice-text', hours: 116 });
    // the same text with the failure wording is a failure, whatever the subject says
    const failed = analyzeRendered({ text: text.replace(/#[^]*?#\n#+\n/, '').replace(/450 4\.2\.1/, '550 5.1.1').replace('It will be retried until it is 5 day(s) old.', 'This is a permanent error.'), subject: 'Delayed Mail (still being retried)', from: 'MAILER-DAEMON@mail.example.com' });
    expect(failed.kind).toBe('failure');
  });

  it('"has not yet been delivered to the following recipient" is a delay, not a success (Axigen\'s warning)', () => {
    const text = `This is an automatically generated message from the mail server running on mail.example.com.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Your message has not yet been delivered to the following recipient:

  <office@example.org>
    Reason: DNS lookup of the mail exchanger for example.org failed:
            Host not found, try again

The server will keep trying to deliver the message until
Sat, 8 Jun 2024 08:02:41 +0300.
`;
    const diagnosis = analyzeRendered({ text, subject: 'Delivery Status Notification (Delay)', from: 'Mail Server <MAILER-DAEMON@mail.example.com>' });
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'delay' });
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'office@example.org', action: 'delayed', reason: 'networkerror' });
  });
});

describe("a local program's output (Diagnostic-Code: x-unix)", () => {
  const notice = (diagnostic: string) => `Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx.support.example.org>
To: ann@example.com
Subject: Undelivered Mail Returned to Sender
Date: Thu, 6 Jun 2024 08:21:41 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system at host mx.support.example.org.

<tickets@support.example.org> (expanded from <support@example.org>): Command
    died with status 67: "/opt/rt/bin/rt-mailgate". Command output: ${diagnostic}

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.support.example.org

Final-Recipient: rfc822; tickets@support.example.org
Original-Recipient: rfc822; support@example.org
Action: failed
Status: 5.3.0
Diagnostic-Code: x-unix; ${diagnostic}

--B--
`;

  it("is the delivery program's failure, whatever network words its output holds", () => {
    const d = analyze(notice("500 Can't connect to rt.example.org:443 (Connection refused)"), { mode: 'raw' });
    expect(d.recipients[0]).toMatchObject({ address: 'tickets@support.example.org', reason: 'mailererror', cause: 'mailer-error' });
  });

  it('keeps a mailbox reason the program words ("Disk quota exceeded")', () => {
    const d = analyze(notice('cannot update mailbox /var/mail/tickets: Disk quota exceeded'), { mode: 'raw' });
    expect(d.recipients[0]).toMatchObject({ reason: 'mailboxfull', cause: 'mailbox-full' });
  });
});

describe('retry windows', () => {
  it('a final failure carries no retry window; a delay does', () => {
    for (const file of fixtureFiles.filter((f) => f.startsWith('bounces/'))) {
      const diagnosis = analyze(fixtureBytes.get(file)!, { mode: 'raw', now: new Date('2025-03-01T00:00:00Z') });
      expect(diagnosis.bounce, file).toBe(true);
      for (const recipient of diagnosis.recipients) {
        if (recipient.action === 'failed') expect(recipient.retryUntil, file).toBeNull();
      }
      // a delay has a window where the notice or the reporter's documented default gives one
      if (diagnosis.kind === 'delay' && diagnosis.reporter !== 'opensmtpd') expect(diagnosis.recipients[0]!.retryUntil, file).not.toBeNull();
    }
  });
});

describe('a mail system that says only the refusal', () => {
  it("is a notice: MDaemon's 'Warning: <x> - User unknown!' says no more than '<x> - no such user here'", () => {
    const raw = [
      'From: "MDaemon at mail.example.org" <MDaemon@example.org>',
      'To: ann@example.com',
      'Subject: Warning: li.wei@example.org - User unknown!',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'li.wei@example.org - no such user here.',
      '',
      'There is no user by that name at this server.',
      '',
    ].join('\n');
    const diagnosis = analyze(raw);
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'failure' });
    expect(diagnosis.recipients.map((r) => [r.address, r.reason])).toEqual([['li.wei@example.org', 'userunknown']]);
  });
});

describe('a mail system that says the delivery failed in few words', () => {
  it.each([
    ['Chinese', '邮件传输失败！', '邮件无法发送到您指定的地址中。'],
    ['English', 'Processing Error', 'Your message to the address below was automatically rejected.'],
  ])('is a notice in %s, with no code at all', (_language, subject, sentence) => {
    const message = `From: MAILER-DAEMON@mx.example.net
To: sender@example.org
Subject: =?utf-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode(subject)))}?=
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

${sentence}

<chen.li@example.net>:
`;
    const diagnosis = analyze(new TextEncoder().encode(message));
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'failure' });
    expect(diagnosis.recipients.map((r) => r.address)).toEqual(['chen.li@example.net']);
  });
});

describe('old plain-text notices say the reason in their own words', () => {
  it("reads 'No such local user' under the address (MMDF) and 'Destination host <h> could not be found' above it (Mercury/32)", () => {
    const mmdf = `From: MMDF Mail System <postmaster@cs.example.edu>
To: walker@example.net
Subject: Failed mail  (msg.aa03311)

    Your message could not be delivered to the following address(es):

        zhu@cs.example.edu
            No such local user
`;
    expect(analyze(mmdf).recipients.map((r) => [r.address, r.reason])).toEqual([['zhu@cs.example.edu', 'userunknown']]);
    const mercury = `From: Mail Delivery System <postmaster@mail.example.org>
To: quentin@example.org
Subject: Delivery failure

This message is a delivery failure notification from the Mercury/32
Mail Transport System running on mail.example.org.

The enclosed message has not been delivered for the following reasons:

  * Destination host mail.nowhere.example.net could not be found.
    (delivery was attempted to: otto@nowhere.example.net)
`;
    expect(analyze(mercury).recipients.map((r) => [r.address, r.reason])).toEqual([['otto@nowhere.example.net', 'hostunknown']]);
  });
});

describe('a domain that receives no mail, in the words of smaller mail systems', () => {
  it.each([
    ['hMailServer', 'Error: Host name: examp1e.example.org, message: No mail servers appear to exists for the recipient\'s address.', 'hostunknown'],
    ['Haraka', 'Failure Reason: No MX for examp1e.example.org', 'hostunknown'],
    ['OpenSMTPD', '550 No MX found for domain', 'notaccept'],
  ])('%s', (_system, words, reason) => {
    const message = `From: Mail Delivery System <MAILER-DAEMON@out.example.com>
To: sender@example.com
Subject: Undeliverable: notes

Your message did not reach some or all of the intended recipients.

ann@examp1e.example.org
   ${words}
`;
    expect(analyze(message).recipients.map((r) => [r.address, r.reason])).toEqual([['ann@examp1e.example.org', reason]]);
  });
});

describe('a Sieve reject sent as an MDN (RFC 5429)', () => {
  const cyrus = `From: Mail Sieve Subsystem <postmaster@imap.example.org>
To: <jonas@example.com>
Subject: Automatically rejected mail
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="b"

--b
Content-Type: text/plain; charset=utf-8

Your message was automatically rejected by Sieve, a mail
filtering language.

The following reason was given:
Rejected as spam by the recipient's filter (score 12.4).

--b
Content-Type: message/disposition-notification

Reporting-UA: imap.example.org; Cyrus 3.8.3 Sieve
Final-Recipient: rfc822; hedda@imap.example.org
Disposition: automatic-action/MDN-sent-automatically; deleted

--b--
`;
  it('names the MDN\'s Final-Recipient and reads the reason that was given (Cyrus names no address in its text)', () => {
    const diagnosis = analyze(cyrus);
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'failure' });
    expect(diagnosis.recipients.map((r) => [r.address, r.action, r.reason, r.diagnostic])).toEqual([
      ['hedda@imap.example.org', 'failed', 'spamdetected', "Rejected as spam by the recipient's filter (score 12.4)."],
    ]);
  });

  it('but an MDN that reports a message read or displayed stays a receipt', () => {
    const receipt = cyrus.replace('; deleted', '; displayed').replace(/Your message[\s\S]*?\(score 12\.4\)\./, 'Your message was displayed on Wed, 31 Jul 2024.');
    expect(analyze(receipt)).toMatchObject({ bounce: false, kind: 'delivered' });
  });
});

describe('the recipient the sender wrote', () => {
  it('is the Original-Recipient where the server rewrote it to a private-network mailbox (RFC 6762 .local, .lan, .internal…)', () => {
    const rewritten = (domain: string): string =>
      POSTFIX_REPORT.replace('Final-Recipient: rfc822; nobody@example.net', `Final-Recipient: rfc822; nobody@store7.${domain}`);
    for (const domain of ['local', 'lan', 'internal', 'corp']) {
      expect(analyze(rewritten(domain)).recipients.map((r) => r.address)).toEqual(['nobody@example.net']);
    }
    // a public domain the server forwarded to stays the final recipient, as RFC 3464 says
    expect(analyze(rewritten('example.org')).recipients[0]?.address).toBe('nobody@store7.example.org');
  });
});

describe('the primary recipient', () => {
  it('is the first failed one in document order, and the advice is written for it', () => {
    const mixed = POSTFIX_REPORT.replace(
      'Final-Recipient: rfc822; nobody@example.net',
      'Final-Recipient: rfc822; later@example.net\nAction: delayed\nStatus: 4.2.2\n\nFinal-Recipient: rfc822; nobody@example.net',
    );
    const diagnosis = analyze(mixed);
    expect(diagnosis.kind).toBe('failure');
    expect(diagnosis.recipients.map((r) => r.address)).toEqual(['nobody@example.net', 'later@example.net']);
    expect(diagnosis.advice).toEqual(advise({ recipient: diagnosis.recipients[0]!, kind: 'failure', reporter: diagnosis.reporter }));
  });

  it('keeps document order for several failed recipients (Exim), each with its own reply', () => {
    const diagnosis = analyze(fixtureBytes.get('bounces/exim-failure-two-recipients.eml')!);
    expect(diagnosis.recipients.map((r) => [r.address, r.status, r.reply, r.remoteMta])).toEqual([
      ['ruth@example.net', '5.1.1', 550, 'mx1.example.net'],
      ['desk@example.org', '5.7.1', 554, 'mail.example.org'],
    ]);
    // the first recipient's reply stops where the second recipient's block starts
    expect(diagnosis.recipients[0]!.diagnostic).not.toContain('desk@example.org');
    expect(diagnosis.advice).toEqual(advise({ recipient: diagnosis.recipients[0]!, kind: 'failure', reporter: diagnosis.reporter }));
  });
});

describe('people writing about bounces are not bounces', () => {
  it('a reply quoting a Postfix notice, sent by a person', () => {
    const text = `On Monday, Dana wrote:
> This is the mail system at host mail.example.com.
> <someone@example.net>: host mx.example.net[198.51.100.12] said:
>   550 5.1.1 <someone@example.net>: Recipient address rejected:
>   User unknown in local recipient table (in reply to RCPT TO command)

The 550 5.1.1 means the address does not exist; check the spelling.
`;
    expect(analyzeRendered({ text, subject: 'Re: Undelivered Mail Returned to Sender', from: 'Chris <chris@example.org>' }).bounce).toBe(false);
    expect(analyze(`From: Chris <chris@example.org>\nTo: dana@example.com\nSubject: Re: bounces\n\n${text}`).bounce).toBe(false);
  });

  it("a postmaster's answer to a user's question (a reply with In-Reply-To), but not a notice under a reply's thread subject", () => {
    const text = `Hello Aiko,

I looked at our logs. The museum's server refused your message with
552 5.3.4 because it was larger than the 20 MB they accept; the message
could not be delivered only there.

Regards,
the postmaster team
`;
    const headers = 'From: Postmaster <postmaster@example.org>\nTo: aiko@example.org\nSubject: Re: why was my mail refused?\n';
    expect(analyze(`${headers}In-Reply-To: <q-77@example.org>\n\n${text}`).bounce).toBe(false);
    // without In-Reply-To it is a mail system's message, but one that names no mailbox a delivery failed for
    expect(analyze(`${headers}\n${text}`).bounce).toBe(false);
    expect(analyze(`${headers}\n${text.replace("museum's server", "server of ann@example.net")}`).bounce).toBe(true);
    const notice = `This is the mail system at host mail.example.org.

<ann@example.net>: host mx.example.net[198.51.100.12] said: 552 5.3.4 Message too big (in reply to end of DATA command)
`;
    expect(analyzeRendered({ text: notice, subject: 'Re: photos', from: 'Mail Delivery System <MAILER-DAEMON@mail.example.org>' }).bounce).toBe(true);
  });

  it('but a forwarded notice is still read as one', () => {
    const text = `Can you look at this?

> From: Mail Delivery System <MAILER-DAEMON@mail.example.com>
> Subject: Undelivered Mail Returned to Sender
>
> This is the mail system at host mail.example.com.
>
> <someone@example.net>: host mx.example.net[198.51.100.12] said: 550 5.1.1
>     <someone@example.net>: Recipient address rejected: User unknown
`;
    const diagnosis = analyzeRendered({ text, subject: 'Fwd: Undelivered Mail Returned to Sender', from: 'dana@example.com' });
    expect(diagnosis).toMatchObject({ bounce: true, kind: 'failure' });
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'someone@example.net', status: '5.1.1', reply: 550 });
  });
});

describe('auto mode recognises raw messages', () => {
  const notice = 'Return-Path: <>\nReceived: from mx.example.com by mail.example.com;\n\tMon, 3 Mar 2025 10:00:00 +0000\nFrom: MAILER-DAEMON@mail.example.com\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mail.example.com.\n\n<gone@example.net>: host mx.example.net said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n';
  it.each([
    ['LF', notice],
    ['CRLF', notice.replace(/\n/g, '\r\n')],
    ['CR only', notice.replace(/\n/g, '\r')],
    ['a folded first header', notice.replace('Return-Path: <>\n', 'Received: from a.example.com\n\tby b.example.com; Mon, 3 Mar 2025 10:00:00 +0000\n')],
    ['an unknown first header', `X-Vendor-Trace-Id: 1234\nARC-Seal: i=1; a=rsa-sha256\n${notice}`],
  ])('%s', (_name, input) => {
    const diagnosis = analyze(input);
    expect(diagnosis.input).toBe('raw');
    expect(diagnosis.recipients[0]).toMatchObject({ address: 'gone@example.net', status: '5.1.1' });
  });

  it('a DSN pasted as text stays rendered text', () => {
    expect(analyze('Reporting-MTA: dns; mail.example.com\nArrival-Date: Mon, 3 Mar 2025\n\nFinal-Recipient: rfc822; gone@example.net\nAction: failed\nStatus: 5.1.1\n').input).toBe('rendered');
  });
});

// a sample of the shared corpus (read in place, when present), as rendered text
const corpusSample: { name: string; text: string; subject: string | null; from: string | null }[] = [];
if (sharedAvailable()) {
  const labels = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'expected.json'), 'utf8')) as { file: string }[];
  for (const { file } of labels.filter((_, i) => i % 4 === 0)) {
    const view = await renderedView(new Uint8Array(readFileSync(path.join(CORPUS_DIR, file))), 'text');
    corpusSample.push({ name: file, text: view.text, subject: view.subject, from: view.from });
  }
}

describe('the pre-check never rejects what analyze accepts', () => {
  const cases: { name: string; text: string; subject: string | null; from: string | null }[] = [
    { name: 'bare DSN field', text: 'Final-Recipient: rfc822; user@example.net', subject: null, from: null },
  ];
  for (const [file, view] of fixtureViews) cases.push({ name: file, text: view.text, subject: view.subject, from: view.from });
  // with the subject hidden (Gmail shows the original's), and with the sender hidden
  for (const [file, view] of fixtureViews) {
    cases.push({ name: `${file} (unrelated subject)`, text: view.text, subject: 'Quarterly report', from: view.from });
    cases.push({ name: `${file} (no sender)`, text: view.text, subject: view.subject, from: null });
  }
  cases.push(...corpusSample);

  it(`holds for ${cases.length} rendered views`, () => {
    let bounces = 0;
    for (const c of cases) {
      const diagnosis = analyzeRendered({ text: c.text, subject: c.subject, from: c.from });
      if (!diagnosis.bounce) continue;
      bounces++;
      expect(mightBeBounce(c.text, c.subject, c.from), c.name).toBe(true);
    }
    expect(bounces).toBeGreaterThan(30);
  });

  it('holds for generated text', () => {
    const words = fc.constantFrom('550', '5.1.1', 'Final-Recipient:', 'rfc822;', 'user@example.net', 'Action: failed', 'Status: 5.1.1', 'delivery', 'failed', 'mailer-daemon', '\n', ' ', 'said:', 'This is the mail system at host x.example.com.');
    fc.assert(fc.property(fc.array(words, { maxLength: 30 }), fc.option(fc.string()), fc.option(fc.constantFrom('MAILER-DAEMON@example.com', 'friend@example.org', '')), (parts, subject, from) => {
      const text = parts.join(' ');
      if (analyzeRendered({ text, subject, from }).bounce) expect(mightBeBounce(text, subject, from)).toBe(true);
    }), { numRuns: 300 });
  });
});
