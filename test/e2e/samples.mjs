// Bounce and ordinary message bodies for the e2e suites — our own writing, modeled on how each mail system
// words its notices (marker phrases from ../shared/reference/webmail/ndr-families.md; layouts of the Gmail
// and Office 365 HTML parts from ../shared/reference/webmail/ndr-samples/*.html). example.com addresses only.
//
// Each sample: { id, subject, from, date, body (HTML as the webmail shows it inside the body container),
// expect: { status, reply, verdict } | null (null = not a bounce: no panel) }.
import { esc, plainTextToHtml } from './pages/common.mjs';

const GMAIL_DAEMON = { name: 'Mail Delivery Subsystem', email: 'mailer-daemon@googlemail.com' };

/** Gmail's own notice: heading card + "The response from the remote server was:" + monospace reply
 *  (layout of ndr-samples/gmail-ndr-address-not-found-remote-550.rhost-gsuite-14.html). */
function gmailNoticeHtml({ heading, sentence, responseIntro, response }) {
  return `
<table cellpadding="0" cellspacing="0" class="m_email-wrapper" style="padding-top:32px;background-color:#ffffff"><tbody>
<tr><td><table cellpadding="0" cellspacing="0"><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width="72" height="72" alt="Error Icon" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">${esc(heading)}</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">${sentence}</td></tr>
<tr><td style="padding-top:24px;color:#4285f4;font-size:14px;font-weight:bold;text-align:left"><a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></td></tr>
</tbody></table></td></tr></tbody></table></td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%"><td align="left" style="padding:48px 10px">
${esc(responseIntro)}<br>
<p style="font-family:monospace">${esc(response)}</p>
</td></tr></tbody></table>`;
}

export const gmailAddressNotFound = {
  id: 'gmail-address-not-found',
  subject: 'Delivery Status Notification (Failure)',
  from: GMAIL_DAEMON,
  date: '2026-03-02T09:12:00Z',
  body: gmailNoticeHtml({
    heading: 'Address not found',
    sentence: `Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>no.such.user@example.net</b></a> because the address couldn't be found, or is unable to receive mail.`,
    responseIntro: 'The response from the remote server was:',
    response: '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a1b2c3d4e5.12 - gsmtp',
  }),
  expect: { status: '5.1.1', reply: '550', verdict: 'act' },
};

export const gmailDeliveryIncomplete = {
  id: 'gmail-delivery-incomplete',
  subject: 'Delivery Status Notification (Delay)',
  from: GMAIL_DAEMON,
  date: '2026-03-02T11:40:00Z',
  body: gmailNoticeHtml({
    heading: 'Delivery incomplete',
    sentence: `There was a temporary problem delivering your message to <a style="color:#212121;text-decoration:none"><b>sam@example.org</b></a>. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.`,
    responseIntro: 'The response from the remote server was:',
    response: '451 4.3.0 Mail server temporarily rejected message. Please try again later.',
  }),
  expect: { status: '4.3.0', reply: '451', verdict: 'wait' },
};

/** Postfix bounce as Gmail shows a text/plain notice (wording per ndr-families.md "Postfix"). */
export const postfixUserUnknown = {
  id: 'postfix-user-unknown',
  subject: 'Undelivered Mail Returned to Sender',
  from: { name: 'Mail Delivery System', email: 'MAILER-DAEMON@mx1.example.com' },
  date: '2026-03-01T16:05:00Z',
  body: plainTextToHtml(`This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jo.doe@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1
    <jo.doe@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
`),
  expect: { status: '5.1.1', reply: '550', verdict: 'act' },
};

/** Exim bounce as Gmail shows it (wording per ndr-families.md "Exim"): mailbox full. */
export const eximMailboxFull = {
  id: 'exim-mailbox-full',
  subject: 'Mail delivery failed: returning message to sender',
  from: { name: 'Mail Delivery System', email: 'Mailer-Daemon@smtp.example.com' },
  date: '2026-03-01T17:30:00Z',
  body: plainTextToHtml(`This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kim@example.org
    host mx.example.org [192.0.2.40]
    SMTP error from remote mail server after RCPT TO:<kim@example.org>:
    552 5.2.2 Mailbox full: kim@example.org has exceeded the storage quota

------ This is a copy of the message, including all the headers. ------

Return-path: <alex@example.com>
Subject: Quarterly figures
From: Alex Example <alex@example.com>
To: kim@example.org

Hi Kim, the figures are attached.
`),
  expect: { status: '5.2.2', reply: '552', verdict: 'act' },
};

/** A Postfix delay warning: the receiving side rate-limits (450 4.2.1) — nothing to do but wait. */
export const postfixRateLimitDelay = {
  id: 'postfix-450-rate-limit',
  subject: 'Delayed Mail (still being retried)',
  from: { name: 'Mail Delivery System', email: 'MAILER-DAEMON@mx1.example.com' },
  date: '2026-03-02T08:00:00Z',
  body: plainTextToHtml(`This is the mail system at host mx1.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<lee@example.net>: host mx.example.net[192.0.2.60] said: 450-4.2.1 The user
    you are trying to contact is receiving mail at a rate that prevents
    additional messages from being delivered. Please resend your message at a
    later time. (in reply to end of DATA command)
`),
  expect: { status: '4.2.1', reply: '450', verdict: 'wait' },
};

/** Exchange Online NDR, new design ("Status code:"), as its HTML part shows in OWA
 *  (sections per outlook.md "How an NDR looks inside OWA's body container"). */
export const exchangeNewDesign = {
  id: 'exo-new-design-5-1-10',
  subject: 'Undeliverable: Project kickoff',
  from: { name: 'Microsoft Outlook', email: 'postmaster@contoso-example.onmicrosoft.com' },
  date: '2026-03-02T13:20:00Z',
  body: `
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<table style="width:100%;max-width:640px;border-collapse:collapse"><tbody>
<tr><td style="padding:0 0 16px"><span style="font-size:14px;color:#767676">Office 365</span></td></tr>
<tr><td style="font-size:16px;padding:0 0 10px">Your message to <a href="mailto:pat@example.net" style="color:#0072c6">pat@example.net</a> couldn't be delivered.</td></tr>
<tr><td style="font-size:24px;color:#c00000;padding:0 0 20px"><b>pat</b> wasn't found at <b>example.net</b>.</td></tr>
<tr><td><table style="border-collapse:collapse"><tbody><tr>
  <td style="padding:4px 12px;background:#f2f5fa">alex</td><td style="padding:4px 12px;background:#f2f5fa">Office 365</td>
  <td style="padding:4px 12px;background:#f2f5fa;color:#c00000"><b>pat</b><br>Action Required<br>Recipient</td>
</tr></tbody></table></td></tr>
<tr><td style="font-size:20px;padding:20px 0 6px"><b>How to Fix It</b></td></tr>
<tr><td style="font-size:16px">The address may be misspelled or may not exist. Try one or more of the following:
<ul><li>Retype the recipient's address, then resend the message.</li><li>If you continue to experience the problem, contact the recipient by some other means.</li></ul></td></tr>
<tr><td style="font-size:20px;padding:20px 0 6px"><b>More Info for Email Admins</b></td></tr>
<tr><td style="font-size:14px"><em>Status code: 550 5.1.10</em></td></tr>
<tr><td style="font-size:14px;padding-top:10px">This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain.</td></tr>
<tr><td style="font-size:16px;padding:20px 0 6px"><b>Original Message Details</b></td></tr>
<tr><td style="font-size:14px">Created Date: 3/2/2026 1:19:58 PM<br>Sender Address: alex@example.com<br>Recipient Address: pat@example.net<br>Subject: Project kickoff</td></tr>
<tr><td style="font-size:16px;padding:20px 0 6px"><b>Error Details</b></td></tr>
<tr><td style="font-size:14px">Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient pat@example.net not found by SMTP address lookup<br>DSN generated by: AM0PR01MB1234.eurprd01.prod.exchangelabs.com</td></tr>
</tbody></table></div>`,
  expect: { status: '5.1.10', reply: '550', verdict: 'act' },
};

/** Classic Exchange NDR ("Delivery has failed…", "Remote Server returned '…'"). */
export const exchangeClassic = {
  id: 'exchange-classic-5-1-1',
  subject: 'Undeliverable: Invoice 2026-114',
  from: { name: 'Microsoft Outlook', email: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com' },
  date: '2026-03-02T14:02:00Z',
  body: `
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:robin@example.org">robin@example.org</a><br></p></font>
<font color="#000000" size="3" face="Arial"><p>The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.</p></font>
<br><br>
<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>
<p>Generating server: EX01.corp.example.com<br></p>
<p>robin@example.org<br>mx.example.org<br>Remote Server  returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'<br></p>
<p>Original message headers:</p><pre>Received: from EX01.corp.example.com (192.0.2.70) by EX01.corp.example.com
Subject: Invoice 2026-114</pre></font>`,
  expect: { status: '5.1.1', reply: '550', verdict: 'act' },
};

/** French Exchange NDR (markers per ndr-families.md "Non-English markers"), shown in a French OWA. */
export const exchangeFrench = {
  id: 'exchange-fr-5-1-1',
  subject: 'Non remis : Réunion de lundi',
  from: { name: 'Microsoft Outlook', email: 'postmaster@example.fr' },
  date: '2026-03-02T15:10:00Z',
  body: `
<p><b><font color="#000066" size="3" face="Arial">Échec de la remise pour ces destinataires ou groupes :</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:claire@example.fr">claire@example.fr</a><br></p></font>
<font color="#000000" size="3" face="Arial"><p>L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et essayez de renvoyer le message.</p></font>
<font color="#808080" size="2" face="Tahoma"><p><b>Informations de diagnostic pour les administrateurs :</b></p>
<p>Serveur de génération : SRV01.example.fr<br></p>
<p>claire@example.fr<br>mx.example.fr<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'<br></p>
<p>En-têtes de message d'origine :</p></font>`,
  expect: { status: '5.1.1', reply: '550', verdict: 'act' },
};

/** German Exchange NDR in a German OWA: recipient's mailbox full. */
export const exchangeGerman = {
  id: 'exchange-de-5-2-2',
  subject: 'Unzustellbar: Angebot',
  from: { name: 'Microsoft Outlook', email: 'postmaster@example.de' },
  date: '2026-03-02T15:30:00Z',
  body: `
<p><b><font color="#000066" size="3" face="Arial">Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:jonas@example.de">jonas@example.de</a><br></p></font>
<font color="#000000" size="3" face="Arial"><p>Das Postfach des Empfängers ist voll, und die Nachricht kann nicht zugestellt werden.</p></font>
<font color="#808080" size="2" face="Tahoma"><p><b>Diagnoseinformationen für Administratoren:</b></p>
<p>Generierender Server: SRV02.example.de<br></p>
<p>jonas@example.de<br>mx.example.de<br>Remote Server returned '552 5.2.2 Mailbox full; STOREDRV.Deliver: mailbox quota exceeded'<br></p></font>`,
  expect: { status: '5.2.2', reply: '552', verdict: 'act' },
};

/** An ordinary message that discusses a bounce code — must get no panel. */
export const ordinaryQuoting550 = {
  id: 'ordinary-quotes-550',
  subject: 'Re: mail logs from Tuesday',
  from: { name: 'Jamie Admin', email: 'jamie@example.com' },
  date: '2026-03-02T10:00:00Z',
  body: `<div dir="ltr"><div>Hi Alex,</div><div><br></div>
<div>I went through Tuesday's logs. The only failures were for the old sales alias; the remote side answered
"550 5.1.1 User unknown" because that alias was removed last month. I have updated the distribution list,
so nothing else is needed from your side.</div><div><br></div>
<div>The rest (about 40 deliveries) went through fine. See you at the standup.</div><div><br></div>
<div>Jamie</div></div>`,
  expect: null,
};

/** A plain ordinary message. */
export const ordinaryLunch = {
  id: 'ordinary-lunch',
  subject: 'Lunch on Friday?',
  from: { name: 'Robin Colleague', email: 'robin@example.com' },
  date: '2026-03-01T12:00:00Z',
  body: '<div dir="ltr">Hi Alex, are you free for lunch on Friday at 12:30? The new place on Main Street.<br><br>Robin</div>',
  expect: null,
};

export const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '</style><script>alert(2)</script>';

/** A Postfix bounce whose diagnostic line carries markup; the mail body escapes it, as a real mail would. */
export const hostilePostfix = {
  id: 'hostile-diagnostic',
  subject: 'Undelivered Mail Returned to Sender',
  from: { name: 'Mail Delivery System', email: 'MAILER-DAEMON@mx1.example.com' },
  date: '2026-03-02T18:00:00Z',
  body: plainTextToHtml(`This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<evil@example.net>: host mx.example.net[192.0.2.66] said: 550 5.1.1 ${HOSTILE_IMG} ${HOSTILE_SCRIPT} no such user here (in reply to RCPT TO command)
`),
  expect: { status: '5.1.1', reply: '550', verdict: 'act' },
};

/** The same hostile diagnostic inside an Exchange-style HTML part (escaped entities in HTML). */
export const hostileExchange = {
  id: 'hostile-diagnostic-exchange',
  subject: 'Undeliverable: hello',
  from: { name: 'Microsoft Outlook', email: 'postmaster@example.com' },
  date: '2026-03-02T18:05:00Z',
  body: `
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<p><a href="mailto:evil@example.net">evil@example.net</a></p>
<p><b>Diagnostic information for administrators:</b></p>
<p>Generating server: EX02.example.com<br></p>
<p>evil@example.net<br>mx.example.net<br>Remote Server returned '550 5.1.1 ${esc(HOSTILE_IMG)} ${esc(HOSTILE_SCRIPT)} no such user here'<br></p>`,
  expect: { status: '5.1.1', reply: '550', verdict: 'act' },
};

/**
 * A Postfix bounce whose diagnostic carries bidirectional formatting characters: U+202E (RIGHT-TO-LEFT
 * OVERRIDE) would show "abcdef" as "fedcba", U+2067/U+2069 isolate, U+202C ends the override.
 */
export const BIDI_RUN = 'abcdef';
export const bidiPostfix = {
  id: 'bidi-diagnostic',
  subject: 'Undelivered Mail Returned to Sender',
  from: { name: 'Mail Delivery System', email: 'MAILER-DAEMON@mx1.example.com' },
  date: '2026-03-02T18:10:00Z',
  body: plainTextToHtml(`This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<quinn@example.net>: host mx.example.net[192.0.2.67] said: 550 5.1.1 mailbox \u202E${'abcdef'}\u202C unavailable \u2067xyz\u2069 (in reply to RCPT TO command)
`),
  expect: { status: '5.1.1', reply: '550', verdict: 'act' },
};

/**
 * The same notice with the returned original's text after it, 300,000 characters: longer than the content
 * script reads with innerText (Firefox's innerText drops bidi controls; the text walk for long bodies keeps them).
 */
export const bidiPostfixLong = {
  ...bidiPostfix,
  id: 'bidi-diagnostic-long',
  body: bidiPostfix.body + plainTextToHtml(`\n------ This is a copy of the message, including all the headers. ------\n\n${'The quarterly figures are attached for review.\n'.repeat(6500)}`),
};

/** A Postfix bounce listing `count` failed recipients (a mass mailing): far more text than the analyzer reads. */
export function manyRecipientsPostfix(count) {
  const lines = [];
  for (let i = 0; i < count; i++) {
    lines.push(`<user${i}@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <user${i}@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)`, '');
  }
  return {
    id: `many-recipients-${count}`,
    subject: 'Undelivered Mail Returned to Sender',
    from: { name: 'Mail Delivery System', email: 'MAILER-DAEMON@mx1.example.com' },
    date: '2026-03-02T18:20:00Z',
    body: plainTextToHtml(`This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

${lines.join('\n')}`),
    expect: { status: '5.1.1', reply: '550', verdict: 'act' },
  };
}

/** A long unbreakable diagnostic (URL-like tokens) to stress narrow layouts. */
export const longDiagnostic = {
  id: 'long-diagnostic-450',
  subject: 'Delayed Mail (still being retried)',
  from: { name: 'Mail Delivery System', email: 'MAILER-DAEMON@mx1.example.com' },
  date: '2026-03-02T08:30:00Z',
  body: plainTextToHtml(`This is the mail system at host mx1.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

<verylongmailboxname.with.many.parts.for.testing@subdomain.department.example.net>: host
    mx.example.net[192.0.2.61] said: 450 4.2.1 The user you are trying to contact is receiving mail too quickly; see https://support.example.net/mail/answer/rate-limits/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (in reply to end of DATA command)
`),
  expect: { status: '4.2.1', reply: '450', verdict: 'wait' },
};

/** Turns a sample into a Gmail / Outlook fixture message. */
export function asMessage(sample, extra = {}) {
  return { id: sample.id, from: sample.from, date: sample.date, body: sample.body, ...extra };
}

/** A one-message thread/conversation for a sample. */
export function asThread(sample, extra = {}) {
  return { id: `t-${sample.id}`, subject: sample.subject, snippet: sample.subject, messages: [asMessage(sample)], ...extra };
}
