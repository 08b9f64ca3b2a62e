// Mail that speaks about bounces without being one (list managers' administrivia, trackers, cron jobs,
// a mail system's warnings and reports, challenge-response systems), and a notice a person attaches.
// Our own writing, in the layouts of the named systems.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRendered } from '../../src/core/index';

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

const POSTFIX_NOTICE = `Return-Path: <>
Date: Thu, 4 Jul 2024 16:27:05 +0200 (CEST)
From: MAILER-DAEMON@mx.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: noreply@example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="N1/mx.example.com"

--N1/mx.example.com
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<g.moreti@example.net>: host mx.example.net[198.51.100.90] said: 550 5.1.1
    <g.moreti@example.net>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--N1/mx.example.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; g.moreti@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <g.moreti@example.net>: Recipient address rejected: User unknown

--N1/mx.example.com--
`;

/** A message of `from` with `text`, and `attached` as a message/rfc822 part. */
function withAttachment(headers: string, text: string, attached: string): string {
  return crlf(`${headers}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset=utf-8

${text}
--outer
Content-Type: message/rfc822

${attached}
--outer--
`);
}

describe('a notice a person attaches ("forward as attachment")', () => {
  it('is read from the attachment, marked as forwarded', () => {
    const message = withAttachment(
      'From: Web Team <webteam@example.com>\nTo: CRM Admin <crm@example.com>\nSubject: Fwd: Undelivered Mail Returned to Sender\nDate: Thu, 4 Jul 2024 16:54:58 +0200',
      'Hi, the confirmation mail to this customer came back, see attached. Can you fix the address in the CRM?\n',
      POSTFIX_NOTICE,
    );
    const d = analyze(message, { mode: 'raw' });
    expect(d).toMatchObject({ bounce: true, kind: 'failure', forwarded: true });
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([['g.moreti@example.net', 'userunknown']]);
  });
});

describe("a list manager's administrivia", () => {
  const uncaught = (attached: string) =>
    withAttachment(
      'From: mailman-bounces@lists.example.org\nTo: choir-owner@lists.example.org\nSubject: Uncaught bounce notification\nDate: Wed, 03 Jul 2024 02:15:03 -0400\nList-Id: <choir.lists.example.org>',
      'The attached message was received as a bounce, but either the bounce format was not recognized, or no\nmember addresses could be extracted from it.\n',
      attached,
    );

  it("Mailman's uncaught bounce is the notice it attaches, when that is one", () => {
    expect(analyze(uncaught(POSTFIX_NOTICE), { mode: 'raw' })).toMatchObject({ bounce: true, forwarded: true });
  });

  it('and no notice when what it attaches is an auto-reply', () => {
    const autoReply = 'From: Dorothy <dorothy@example.net>\nTo: choir-bounces@lists.example.org\nSubject: Auto: [choir] Rehearsal plan\nAuto-Submitted: auto-replied\n\nI am on holiday until 20 July.\n';
    expect(analyze(uncaught(autoReply), { mode: 'raw' }).bounce).toBe(false);
    expect(analyzeRendered({ subject: 'Uncaught bounce notification', from: 'mailman-bounces@lists.example.org', text: 'The attached message was received as a bounce, but either the bounce format was not recognized, or no member addresses could be extracted from it.' }).bounce).toBe(false);
  });

  it('a pending moderator requests summary that lists a held "Undeliverable:" post is no notice', () => {
    const text = `The Hiking-club@lists.example.org mailing list has 2 request(s) waiting for your consideration.

Pending posts:
From: postmaster@example.com on Thu Apr 25 21:02:44 2024
Subject: Undeliverable: Trip sign-up
Cause: Message has implicit destination

From: nikos@example.net on Thu Apr 25 13:40:12 2024
Subject: Lift share to Saturday's hike?
Cause: Post by non-member to a members-only list
`;
    const headers = 'From: hiking-club-owner@lists.example.org\nTo: hiking-club-owner@lists.example.org\nSubject: 2 Hiking-club moderator request(s) waiting\nList-Id: Hiking Club <hiking-club.lists.example.org>\n';
    expect(analyze(`${headers}\n${text}`, { mode: 'raw' }).bounce).toBe(false);
    expect(analyzeRendered({ subject: '2 Hiking-club moderator request(s) waiting', from: 'hiking-club-owner@lists.example.org', text }).bounce).toBe(false);
  });

  it("a postmaster's announcement the list distributes under its tag is a post", () => {
    const text = `On Saturday all lists move to a new server. Your own mail server may tell you it is still trying; a
notice like

    Delayed Mail (still being retried)
    ... 451 4.3.0 <announce@lists.example.org>: Temporary lookup failure

is harmless during the window. You do not need to resend.
`;
    const headers = (subject: string) =>
      `From: Ronan Quigley <postmaster@lists.example.org>\nTo: announce@lists.example.org\nSubject: ${subject}\nList-Id: <announce.lists.example.org>\nList-Post: <mailto:announce@lists.example.org>\n`;
    expect(analyze(`${headers('[ANNOUNCE] lists move on Saturday')}\n${text}`, { mode: 'raw' }).bounce).toBe(false);
    // a notice the list passed on keeps its own subject (Mailman's test mails have such)
    expect(analyze(`${headers('Delayed Mail (still being retried)')}\n${text}`, { mode: 'raw' }).bounce).toBe(true);
  });
});

describe('systems that mail about failures without reporting one', () => {
  it("Bugzilla's mail (from bugzilla-daemon) about a bug that quotes a refusal", () => {
    const text = `https://bugs.example.org/show_bug.cgi?id=1893

Actual results:
  C: RCPT TO:<test@example.org>
  S: 550 5.7.1 <test@example.org>: Relay access denied
The message could not be sent.
`;
    const subject = '[Bug 1893] New: Send fails with "550 5.7.1 Relaying denied"';
    expect(analyze(`From: bugzilla-daemon@bugs.example.org\nTo: triage@example.com\nSubject: ${subject}\n\n${text}`, { mode: 'raw' }).bounce).toBe(false);
    expect(analyzeRendered({ subject, from: 'bugzilla-daemon@bugs.example.org', text }).bounce).toBe(false);
  });

  it("a cron job's log summary (from the Cron Daemon) listing bounced and rejected mail", () => {
    const text = `message bounce detail (by relay)
  mx.example.net[198.51.100.90]:25 (total: 21)
        21   550 5.1.1 <address>: Recipient address rejected: User unknown
message deferral detail
        97   host aspmx.l.example.net[192.0.2.27] said: 421-4.7.28 unusual rate of mail from info@example.com
`;
    expect(analyze(`Return-Path: <root@mx1.example.com>\nFrom: root@mx1.example.com (Cron Daemon)\nTo: postmaster@example.com\nSubject: Postfix log summaries for Mar 11\n\n${text}`, { mode: 'raw' }).bounce).toBe(false);
  });

  it("a mail system's warning or report that names no mailbox a delivery failed for", () => {
    const almostFull = `Your mailbox is almost full.

If your mailbox reaches its size limit, you won't be able to send or receive new email, and people who send
you mail will receive a message that it couldn't be delivered.
`;
    expect(analyzeRendered({ subject: 'Your mailbox is almost full.', from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>', text: almostFull }).bounce).toBe(false);
    const report = `Domain reputation changed for example.org: it dropped from Medium to Bad.

Delivery errors (share of traffic that was rejected or rate limited)
  Rate limit exceeded ... 6.2%   e.g. 421-4.7.28 ... unusual rate of unsolicited mail
  Suspected spam ........ 1.9%   e.g. 550-5.7.1 ... likely unsolicited mail
`;
    expect(analyzeRendered({ subject: 'Postmaster Tools: domain reputation for example.org dropped to Bad', from: 'Postmaster Tools <postmaster-tools-noreply@example.net>', text: report }).bounce).toBe(false);
    // the same warning that names the mailbox it failed for is a notice
    expect(analyzeRendered({ subject: 'Your mailbox is almost full.', from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>', text: `${almostFull}\nann@example.org couldn't be delivered.` }).bounce).toBe(true);
  });

  it('a notice subject alone vouches for a notice that names nobody (Facebook, a Cyrus Sieve reject)', () => {
    expect(analyzeRendered({ subject: 'Sorry, your message could not be delivered', from: 'Facebook <mailer-daemon@mx.example.com>', text: "Based on the email preferences of the person you're trying to email, this message could not be delivered." }).bounce).toBe(true);
    expect(analyzeRendered({ subject: 'Automatically rejected mail', from: 'Mail Sieve Subsystem <postmaster@imap.example.org>', text: 'Your message was automatically rejected by Sieve, a mail filtering language.\n\nThe following reason was given:\nNot accepted here.' }).bounce).toBe(true);
  });
});

describe('a null envelope sender', () => {
  const confirm = `Return-Path: <>
From: "Spam Sentry for sales@example.net" <confirm+9f3a61c0be@cr.example.net>
To: j.svensson@example.com
Subject: Please confirm your message to sales@example.net
Auto-Submitted: auto-replied

You sent a message to sales@example.net, who uses Spam Sentry to protect against junk mail.
Your message has been held and will not be delivered to the recipient until you confirm that you are a person.
`;
  it("alone is any automatic reply's (RFC 3834): a challenge-response system's request is no notice", () => {
    expect(analyze(confirm, { mode: 'raw' }).bounce).toBe(false);
  });

  it("with a notice's subject it is a notice, though the sender's name is no daemon's (MMDF)", () => {
    const mmdf = `Return-Path: <>
From: MMDF Mail System <mmdf@mail.example.org>
To: j.bloggs@example.org
Subject: Failed mail  (msg.aa14322)

    After 12 days (276 hours), your message could not be
    fully delivered.

    It failed to be received by the following address(es):

        research@example.com (host: mail.example.com) (queue: smtp)
`;
    const d = analyze(mmdf, { mode: 'raw' });
    expect(d.bounce).toBe(true);
    expect(d.recipients.map((r) => r.address)).toEqual(['research@example.com']);
  });
});

describe('people who write from a mail system\'s address or under a notice\'s subject', () => {
  const pasted = `Hi all, Grandma's photos bounced for Tom. This is what came back:

Delivery has failed to these recipients or groups:

tom@example.net
The e-mail address you entered couldn't be found.

Diagnostic information for administrators:
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
`;

  it('a postmaster who signs with their name and asks about something else is a person', () => {
    const text = 'Since Monday, mail from one of our IPs to ann@example.org is not delivered: Gmail says "421 4.7.0 [198.51.100.7] does not\nhave a PTR record" and will retry. The other IPs are fine. Ideas?\n';
    const from = 'Martin Keller <postmaster@example.net>';
    const subject = 'Gmail 421 4.7.0 "does not have a PTR record" on one IP only';
    expect(analyze(`From: ${from}\nTo: mailop@lists.example.org\nSubject: ${subject}\nList-Id: <mailop.lists.example.org>\n\n${text}`, { mode: 'raw' }).bounce).toBe(false);
    expect(analyzeRendered({ subject, from, text }).bounce).toBe(false);
  });

  it("a member who pastes their notice under its subject, as a webmail shows the list's post", () => {
    expect(analyzeRendered({ subject: "Undeliverable: Photos from Grandma's 80th", from: 'Pat Harper <pat.harper@example.com>', text: pasted }).bounce).toBe(false);
  });

  it('but a system that names itself keeps its notice, whatever its address', () => {
    for (const from of ['Barracuda Email Protection <bounce@ess.example.com>', 'MMDF Mail System <mmdf@cs.example.edu>', 'Content-filter at mx.example.com <postmaster@mx.example.com>']) {
      expect(analyzeRendered({ subject: "Undeliverable: Photos from Grandma's 80th", from, text: pasted.split('\n').slice(2).join('\n') }).bounce, from).toBe(true);
    }
  });

  it('a postmaster posting to a list under its tag is a person (raw mode, where the list headers show)', () => {
    const text = "Every morning I get a dozen of these:\n\n   ----- Transcript of session follows -----\n   <<< 452 4.3.1 Insufficient system storage\n   <accounts@example.com>... Deferred: 452 4.3.1 Insufficient system storage\n   Warning: message still undelivered after 4 hours\n\nWhich knob stops them?\n";
    const raw = `From: Ruth Ellison <postmaster@example.org>\nTo: sendmail-users@lists.example.org\nSubject: [sendmail-users] Stop "Postmaster notify: see transcript for details" for warnings?\nList-Id: <sendmail-users.lists.example.org>\nList-Post: <mailto:sendmail-users@lists.example.org>\n\n${text}`;
    expect(analyze(raw, { mode: 'raw' }).bounce).toBe(false);
  });
});

describe('notices forwarded in HTML and in French', () => {
  const notice = `This is the mail system at host mx.example.org.

<kim@example.net>: host mx.example.net[198.51.100.3] said: 550 5.1.1
    <kim@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)
`;

  it('a forward header whose fields a webmail shows as paragraphs (blank lines between them)', () => {
    const text = `Can you check this?\n\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n\nSent: Tuesday, March 4, 2025 9:11 AM\n\nTo: Jane Cooper <jane.cooper@example.com>\n\nSubject: Undelivered Mail Returned to Sender\n\n${notice}`;
    const d = analyzeRendered({ subject: 'FW: Undelivered Mail Returned to Sender', from: 'Jane Cooper <jane.cooper@example.com>', text });
    expect(d).toMatchObject({ bounce: true, forwarded: true });
    expect(d.recipients.map((r) => r.address)).toEqual(['kim@example.net']);
  });

  it('French field names with a no-break space before the colon ("De :")', () => {
    const text = `Bonjour,\n\n-----Message d'origine-----\nDe\u00a0: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nEnvoyé\u00a0: mardi 4 mars 2025 09:11\nÀ\u00a0: Jeanne <jeanne@example.com>\nObjet\u00a0: Undelivered Mail Returned to Sender\n\n${notice}`;
    const d = analyzeRendered({ subject: 'TR: Undelivered Mail Returned to Sender', from: 'Jeanne <jeanne@example.com>', text });
    expect(d).toMatchObject({ bounce: true, forwarded: true });
    expect(d.recipients.map((r) => r.address)).toEqual(['kim@example.net']);
  });

  it("the new address Postfix's relocated table gives, wrapped onto the next line, is no failed recipient", () => {
    const d = analyzeRendered({
      subject: 'Undelivered Mail Returned to Sender',
      from: 'Mail Delivery System <MAILER-DAEMON@mx.example.org>',
      text: 'This is the mail system at host mx.example.org.\n\n<e.larsen@example.org>: host mail.example.org[198.51.100.61] said: 550 5.1.6\n    <e.larsen@example.org>: Recipient address rejected: User has moved to\n    e.larsen@example.net (in reply to RCPT TO command)\n',
    });
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([['e.larsen@example.org', 'hasmoved']]);
  });
});

describe("a filtering service's report of mail it holds", () => {
  it('a quarantine report or a held-for-review notice is no bounce', () => {
    const report = analyzeRendered({
      subject: 'Daily Quarantine Report for k.novak@example.net',
      from: 'Quarantine Report <postmaster@utm.example.net>',
      text: 'The following messages addressed to you were quarantined and have NOT been delivered.\n\n07.04. 21:44  billing@example.org  Undelivered Mail Returned to Sender  Spam\n',
    });
    expect(report.bounce).toBe(false);
    const held = analyzeRendered({
      subject: 'Message Held for Review: PO 7781',
      from: 'Postmaster - example.net <postmaster@example.net>',
      text: 'Your message to purchasing@example.net is being held for review before delivery. You do not need to resend the message.\n',
    });
    expect(held.bounce).toBe(false);
  });
});

describe('automatic mail whose words sound like a bounce', () => {
  it("an out-of-office reply under the original's subject (\"Automatic reply: Undeliverable shipment …\") is an auto-reply", () => {
    const reply = crlf(`Return-Path: <>
From: Fiona Gale <fiona@example.net>
To: Claims Desk <claims@example.com>
Subject: Automatic reply: Undeliverable shipment - claim 8812 (consignee refused)
Date: Mon, 11 Aug 2025 14:30:19 +0000
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Thank you for your email.

I am out of the office until Monday 18 August. Your message will not be forwarded.
`);
    const d = analyze(reply, { mode: 'raw' });
    expect(d.bounce).toBe(false);
    expect(d.kind).toBe('autoreply');
  });

  it("a delivery receipt whose original subject says \"Undeliverable\" is a delivery report", () => {
    const d = analyzeRendered({
      subject: 'Delivered: Undeliverable parcels - week 25',
      from: 'Microsoft Outlook <postmaster@logistics.example.com>',
      text: 'Your message has been delivered to the following recipients:\n\nCustomer Service (cs@logistics.example.com)\n\nSubject: Undeliverable parcels - week 25\n',
    });
    expect(d).toMatchObject({ bounce: false, kind: 'delivered' });
  });

  it("Postfix's address-verification report whose recipient was accepted (250) is a delivery report", () => {
    const d = analyzeRendered({
      subject: 'Mail Delivery Status Report',
      from: 'Mail Delivery System <MAILER-DAEMON@relay.example.com>',
      text: 'This is the mail system at host relay.example.com.\n\nEnclosed is the mail delivery report that you requested.\n\n                   The mail system\n\n<helpdesk@example.net>: delivery via mx1.example.net[198.51.100.31]:25: 250\n    2.1.5 Ok\n',
    });
    expect(d).toMatchObject({ bounce: false, kind: 'delivered' });
  });

  it("a mail server's daily statistics mailed by a local job (eximstats, pflogsumm) are no bounce, though they list refusals", () => {
    for (const subject of ['[eximstats] mx3.example.org daily report 2025-09-21', 'Postfix log summaries for Sep 21']) {
      const stats = crlf(`From: root@mx3.example.org
To: postmaster@example.org
Subject: ${subject}
Date: Mon, 22 Sep 2025 00:10:02 +0200
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

List of errors
--------------
    2 SMTP error from remote mail server after RCPT TO:<f.rossi@example.net>: 550 5.1.1 <f.rossi@example.net>: Recipient address rejected: User unknown
`);
      expect(analyze(stats, { mode: 'raw' }).bounce, subject).toBe(false);
    }
  });
});
