// Which recipients a notice reports: exactly the failed or delayed ones, each once. Our own writing, in
// the layouts of the named systems (example.com addresses, documentation IPs).
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRendered } from '../../src/core/index';

const addressesOf = (diagnosis: { recipients: { address: string | null }[] }): (string | null)[] => diagnosis.recipients.map((recipient) => recipient.address);

/** A multipart/report notice with `text` as its readable part and `fields` as its delivery-status part. */
function report(subject: string, text: string, fields: string): string {
  return `Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mail.example.com>
To: sender@example.com
Subject: ${subject}
Date: Mon, 3 Jun 2024 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=utf-8

${text}
--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.com

${fields}
--B1--
`;
}

describe('a session transcript names recipients the server accepted', () => {
  it('leaves out a recipient whose RCPT was answered 250 (Sendmail\'s <<< lines)', () => {
    const notice = `From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>
To: author@example.com
Subject: Returned mail: see transcript for details
Date: Tue, 4 Jun 2024 09:12:00 +0000

   ----- The following addresses had permanent fatal errors -----
ruth@example.net
omar@example.net

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> RCPT To:<ruth@example.net>
<<< 550 5.1.1 <ruth@example.net>... User unknown
>>> RCPT To:<paul@example.net>
<<< 250 2.1.5 <paul@example.net>... Recipient ok
>>> RCPT To:<omar@example.net>
<<< 550 5.1.1 <omar@example.net>... User unknown
`;
    const diagnosis = analyze(notice, { mode: 'raw' });
    expect(diagnosis.bounce).toBe(true);
    expect(addressesOf(diagnosis).sort()).toEqual(['omar@example.net', 'ruth@example.net']);
  });

  it('does so in a log-style transcript too (MDaemon\'s "-->" and "<--")', () => {
    const notice = `From: MDaemon at mail.example.com <MDaemon@mail.example.com>
To: events@example.com
Subject: Permanent Delivery Failure
Date: Tue, 4 Jun 2024 09:12:00 +0000

The attached message had PERMANENT fatal delivery errors!

--- Session Transcript ---
 Tue 2024-06-04 09:11:58.201: --> RCPT To:<lina@example.net>
 Tue 2024-06-04 09:11:58.240: <-- 550 5.1.1 <lina@example.net>: Recipient address rejected: User unknown

 Tue 2024-06-04 09:11:58.241: --> RCPT To:<tom@example.net>
 Tue 2024-06-04 09:11:58.280: <-- 250 2.1.5 Ok

--- End Transcript ---
`;
    expect(addressesOf(analyze(notice, { mode: 'raw' }))).toEqual(['lina@example.net']);
  });
});

describe('a delivery-status part that does not name the address', () => {
  it('takes the address from the text when Final-Recipient says "unknown"', () => {
    const notice = report(
      'Undeliverable: offer',
      `We are sorry, but your message could not be delivered to the following recipient:

  <vera@example.net>
  Reason: 550 5.1.1 <vera@example.net>: Recipient address rejected: User unknown

Questions? Contact your mail administrator: helpdesk@example.com
`,
      `Final-Recipient: rfc822; unknown
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <vera@example.net>: Recipient address rejected: User unknown
`,
    );
    const diagnosis = analyze(notice, { mode: 'raw' });
    expect(addressesOf(diagnosis)).toEqual(['vera@example.net']);
    expect(diagnosis.recipients[0]!.reason).toBe('userunknown');
  });

  it('gives blocks without Final-Recipient the address their Diagnostic-Code names', () => {
    const notice = report(
      'Undeliverable: schedule',
      `Delivery failed for the following recipients:

  ana@example.net
    Reason: 550 5.1.1 <ana@example.net>: Recipient address rejected: User unknown

  ben@example.org
    Reason: 554 5.7.1 <ben@example.org>: Relay access denied
`,
      `Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <ana@example.net>: Recipient address rejected: User unknown

Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 554 5.7.1 <ben@example.org>: Relay access denied
`,
    );
    const diagnosis = analyze(notice, { mode: 'raw' });
    expect(diagnosis.recipients.map((recipient) => [recipient.address, recipient.reason])).toEqual([
      ['ana@example.net', 'userunknown'],
      ['ben@example.org', 'norelaying'],
    ]);
  });
});

describe('one mailbox, one row', () => {
  it('reports a Final-Recipient once when two aliases expanded to it', () => {
    const block = (original: string): string => `Final-Recipient: rfc822; ops@example.net
Original-Recipient: rfc822;${original}
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 <ops@example.net>: Recipient address rejected: Mailbox disabled
`;
    const notice = report('Undelivered Mail Returned to Sender', 'This is the mail system at host mail.example.com.\n', `${block('alerts@example.com')}\n${block('oncall@example.com')}`);
    expect(addressesOf(analyze(notice, { mode: 'raw' }))).toEqual(['ops@example.net']);
  });

  it('keeps the same address twice when the two answers differ', () => {
    const block = (status: string, words: string): string => `Final-Recipient: rfc822; ops@example.net
Action: failed
Status: ${status}
Diagnostic-Code: smtp; 550 ${status} ${words}
`;
    const notice = report('Undelivered Mail Returned to Sender', 'This is the mail system at host mail.example.com.\n', `${block('5.2.1', 'Mailbox disabled')}\n${block('5.2.2', 'Mailbox full')}`);
    expect(addressesOf(analyze(notice, { mode: 'raw' }))).toEqual(['ops@example.net', 'ops@example.net']);
  });
});

describe('addresses in a notice that are not recipients', () => {
  it("leaves out an address in the original's subject (Exim's delay warning)", () => {
    const text = `This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.example.net.

The message identifier is:     1sGmQx-0003Xy-1Q
The subject of the message is: Re: offer from pat@example.org
The date of the message is:    Mon, 10 Jun 2024 08:12:40 +0200

The address to which the message has not yet been delivered is:

  fin@example.org
    host mx2.example.org [203.0.113.71]
    Delay reason: SMTP error from remote mail server after RCPT TO:<fin@example.org>:
    452 4.2.2 <fin@example.org>: Mailbox full

No action is required on your part.
`;
    const diagnosis = analyzeRendered({ text, subject: 'Warning: message 1sGmQx-0003Xy-1Q delayed 24 hours', from: 'Mail Delivery System <Mailer-Daemon@mail.example.net>' });
    expect(diagnosis.kind).toBe('delay');
    expect(addressesOf(diagnosis)).toEqual(['fin@example.org']);
  });

  it('leaves out the Message-ID a list manager quotes ("Message-ID of your post: <…>")', () => {
    const text = `Your message to the Field-Ops mailing list was distributed to the list members, but some
recipients' addresses were rejected by their mail servers during delivery:

    dee@example.net
        550 5.1.1 <dee@example.net>: Recipient address rejected: User unknown

Message-ID of your post: <7c1f9a2e-31d4-4e0b-9a5f-2b8c7d6e5f40@example.com>
`;
    const diagnosis = analyzeRendered({ text, subject: "Your message to Field-Ops: some recipients' addresses were rejected", from: 'field-ops-owner@lists.example.org' });
    expect(addressesOf(diagnosis)).toEqual(['dee@example.net']);
  });

  it("leaves out a help address the notice gives in its own words (\"contact our support team at\", \"your mail administrator:\")", () => {
    const text = (help: string): string => `Sorry, we were not able to deliver your message to the following
address(es). This is a permanent error; we have given up.

  info@bakery.example.net
    SMTP error from remote mail server after RCPT TO:<info@bakery.example.net>:
    550 5.1.1 <info@bakery.example.net>: Recipient address rejected: User unknown

${help}
`;
    for (const help of ['If you need help, contact our support team at support@isp.example.com', 'Questions? Contact your mail administrator: admin@isp.example.com']) {
      const diagnosis = analyzeRendered({ text: text(help), subject: 'Mail delivery failed: returning message to sender', from: 'Mail Delivery System <Mailer-Daemon@smtp.isp.example.com>' });
      expect(addressesOf(diagnosis), help).toEqual(['info@bakery.example.net']);
    }
  });
});

describe('an alias the notice names beside the address that failed', () => {
  it('reports the address delivery was tried at, not the one the sender wrote (labelled "original address" / "original recipient")', () => {
    const sun = `Your message cannot be delivered to the following recipients:

  Recipient address: w.yates@ims.example.org
  Original address: wendy@example.org
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;550 5.1.1 <w.yates@ims.example.org>... User unknown
`;
    const kerio = `The following recipient(s) could not be reached:

   office@consulting.example.org on 18.06.2024 14:33
      (original recipient: buero@consulting.example.org)
      552 5.2.2 <office@consulting.example.org>: Quota exceeded
`;
    expect(addressesOf(analyzeRendered({ text: sun, subject: 'Delivery Notification: Delivery has failed', from: 'Internet Mail Delivery <postmaster@ims.example.org>' }))).toEqual(['w.yates@ims.example.org']);
    expect(addressesOf(analyzeRendered({ text: kerio, subject: 'Undeliverable: offer', from: 'postmaster@mail.example.com' }))).toEqual(['office@consulting.example.org']);
  });
});

describe('addresses a remote server gives in its reply', () => {
  it("leaves out the address a refusal asks to report to, or to forward the notice to (also wrapped)", () => {
    const text = `This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ola@example.net>: host mxs.example.net[198.51.100.21] said: 550 spam message
    rejected. Please visit https://help.example.net/notspam or report details to
    abuse@example.net. Error code: 4F2B1C0DE89A. (in reply to end of DATA command)

<hr@example.org>: host example-org.mail.protection.outlook.com[203.0.113.5]
    said: 550 5.7.606 Access denied, banned sending IP [192.0.2.9]. To request
    removal from this list please forward this message to
    delist@example.com. For more information please go to
    https://go.microsoft.example/?linkid=526653 (in reply to RCPT TO command)
`;
    const diagnosis = analyzeRendered({ text, subject: 'Undelivered Mail Returned to Sender', from: 'Mail Delivery System <MAILER-DAEMON@mx.example.com>' });
    expect(addressesOf(diagnosis)).toEqual(['ola@example.net', 'hr@example.org']);
  });

  it('still reads a recipient after "delivery report to" (no complaint address)', () => {
    const text = `Delivery has failed to these recipients or groups:

ann@example.net
The email address you entered couldn't be found.

A delivery report to ann@example.net was requested.
`;
    const diagnosis = analyzeRendered({ text, subject: 'Undeliverable: minutes', from: 'Microsoft Outlook <postmaster@example.com>' });
    expect(addressesOf(diagnosis)).toEqual(['ann@example.net']);
  });
});

describe('internationalised addresses (RFC 6531)', () => {
  it('reads a local part with accented letters whole, as Postfix prints it', () => {
    const text = `This is the mail system at host smtp.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<josé.garcía@example.net>: host mx.example.net[198.51.100.33] said: 550 5.1.1
    <josé.garcía@example.net>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
`;
    const diagnosis = analyzeRendered({ text, subject: 'Undelivered Mail Returned to Sender', from: 'Mail Delivery System <MAILER-DAEMON@smtp.example.com>' });
    expect(addressesOf(diagnosis)).toEqual(['josé.garcía@example.net']);
  });

  it('does not run CJK prose into the address before it', () => {
    const text = `次の宛先へのメッセージは配信できませんでした。

宛先taro@example.jp
550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown
`;
    const diagnosis = analyzeRendered({ text, subject: 'Undelivered Mail Returned to Sender', from: 'Mail Delivery System <MAILER-DAEMON@mail.example.jp>' });
    expect(addressesOf(diagnosis)).toEqual(['taro@example.jp']);
  });
});

describe('each recipient its own account', () => {
  it("gives an Exim entry without a reply its own words, not the reply of the entry above (same code elsewhere)", () => {
    const text = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kim@example.org
    host mail.example.org [198.51.100.77]
    SMTP error from remote mail server after RCPT TO:<kim@example.org>:
    550 relay not permitted
  sales@shop.example.net
    Unrouteable address
  info@partner.example.org
    host mx.partner.example.org [198.51.100.78]
    SMTP error from remote mail server after RCPT TO:<info@partner.example.org>:
    550 relay not permitted
`;
    const diagnosis = analyzeRendered({ text, subject: 'Mail delivery failed: returning message to sender', from: 'Mail Delivery System <Mailer-Daemon@smtp.example.com>' });
    expect(diagnosis.recipients.map((recipient) => [recipient.address, recipient.reply, recipient.diagnostic, recipient.reason])).toEqual([
      ['kim@example.org', 550, '550 relay not permitted', 'norelaying'],
      ['sales@shop.example.net', null, 'Unrouteable address', 'hostunknown'],
      ['info@partner.example.org', 550, '550 relay not permitted', 'norelaying'],
    ]);
  });

  it('ends a reply where the next line opens with another recipient (GroupWise\'s list at one indentation)', () => {
    const text = `The message that you sent was undeliverable to the following:
\tann@example.net (552 5.3.4 Message size exceeds fixed limit)
\tbob@example.org (550 5.7.1 Message refused: an illegal attachment on your message (setup.js))

Possibly truncated original message follows:
`;
    const diagnosis = analyzeRendered({ text, subject: 'Message status - undeliverable', from: 'Mail Delivery System <postmaster@gw.example.com>' });
    expect(diagnosis.recipients.map((recipient) => [recipient.address, recipient.diagnostic, recipient.reason])).toEqual([
      ['ann@example.net', '552 5.3.4 Message size exceeds fixed limit', 'mesgtoobig'],
      ['bob@example.org', '550 5.7.1 Message refused: an illegal attachment on your message (setup.js)', 'policyviolation'],
    ]);
  });

  it("keeps Postfix's continuation line that repeats the recipient's own address", () => {
    const text = `This is the mail system at host mx.example.org.

<carla@example.net>: host
    mx.example.net[198.51.100.61] said: 550
    <carla@example.net>... User
    unknown (in reply to RCPT TO command)

<dan@example.org>: host mail.example.org[203.0.113.40] said: 552
    Requested mail action aborted: exceeded storage allocation (in reply to
    end of DATA command)
`;
    const diagnosis = analyzeRendered({ text, subject: 'Undelivered Mail Returned to Sender', from: 'Mail Delivery System <MAILER-DAEMON@mx.example.org>' });
    expect(diagnosis.recipients.map((recipient) => [recipient.address, recipient.reason])).toEqual([
      ['carla@example.net', 'userunknown'],
      ['dan@example.org', 'mailboxfull'],
    ]);
  });

  it('reads each line of a timestamped session log as a record of its own', () => {
    const text = `The attached message had PERMANENT fatal delivery errors!

--- Session Transcript ---
 Thu 2024-06-06 14:00:42.170: --> RCPT To:<eve@example.net>
 Thu 2024-06-06 14:00:42.210: <-- 550-5.1.1 The email account that you tried to reach does not exist. Please try
 Thu 2024-06-06 14:00:42.210: <-- 550 5.1.1 double-checking the recipient's email address.
 Thu 2024-06-06 14:00:42.211: --> RCPT To:<finn@example.net>
 Thu 2024-06-06 14:00:42.250: <-- 552 5.2.2 The recipient's inbox is out of storage space.
--- End Transcript ---
`;
    const diagnosis = analyzeRendered({ text, subject: 'Permanent Delivery Failure', from: 'MDaemon at mail.example.com <MDaemon@mail.example.com>' });
    expect(diagnosis.recipients.map((recipient) => [recipient.address, recipient.reason])).toEqual([
      ['eve@example.net', 'userunknown'],
      ['finn@example.net', 'mailboxfull'],
    ]);
  });
});

describe('notices that sort their recipients under outcome headings', () => {
  it("reads Microsoft's succeeded / delayed / failed sections (rendered: no DSN part)", () => {
    const text = `This is an automatically generated Delivery Status Notification.

Delivery to the following recipients succeeded.

       head@school.example.org

Delivery to the following recipients has been delayed.

       chair@example.net

Delivery to the following recipients failed.

       miller@example.com
`;
    const diagnosis = analyzeRendered({ text, subject: 'Delivery Status Notification (Failure)', from: 'postmaster@smtp.school.example.org' });
    expect(diagnosis.kind).toBe('failure');
    expect(diagnosis.recipients.map((recipient) => [recipient.address, recipient.action])).toEqual([
      ['miller@example.com', 'failed'],
      ['chair@example.net', 'delayed'],
    ]);
  });

  it("reads Courier's undeliverable, delayed and delivered sections", () => {
    const text = `This is a delivery status notification from mx.example.com,
running the Courier mail server, version 1.1.8.

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<tam@example.net>:
    mx.example.net [198.51.100.45]:
>>> RCPT TO:<tam@example.net>
<<< 550 5.1.1 <tam@example.net>: Recipient address rejected: User unknown

---------------------------------------------------------------------------

                     DELAYS IN DELIVERING YOUR MESSAGE

There was a temporary problem delivering your message to the following
recipients. The mail server will keep trying; you do not need to resend.

<ito@example.org>:
    mx.example.org [203.0.113.88]:
>>> RCPT TO:<ito@example.org>
<<< 452 4.2.2 <ito@example.org>: Mailbox full, try again later

---------------------------------------------------------------------------

                       DELIVERY STATUS NOTIFICATION

Your message was successfully delivered to the following address:

<sato@example.com> (forwarded to <kenji@example.org>):
    delivered.
`;
    const diagnosis = analyzeRendered({ text, subject: 'NOTICE: mail delivery status.', from: 'Courier mail server at mx.example.com <MAILER-DAEMON@mx.example.com>' });
    expect(diagnosis.recipients.map((recipient) => [recipient.address, recipient.action, recipient.reason])).toEqual([
      ['tam@example.net', 'failed', 'userunknown'],
      ['ito@example.org', 'delayed', 'mailboxfull'],
    ]);
  });

  it('leaves a notice with one kind of heading as it was (every listed recipient failed)', () => {
    const text = `Delivery to the following recipients failed.

       ann@example.com
       bob@example.com
`;
    const diagnosis = analyzeRendered({ text, subject: 'Delivery Status Notification (Failure)', from: 'postmaster@mail.example.org' });
    expect(diagnosis.recipients.map((recipient) => [recipient.address, recipient.action])).toEqual([
      ['ann@example.com', 'failed'],
      ['bob@example.com', 'failed'],
    ]);
  });
});
