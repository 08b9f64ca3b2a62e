// Notices in the words of translated templates and national providers, and lists of recipients that
// share or do not share one reply. Our own writing, laid out as those systems lay out their notices.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRendered } from '../../src/core/index';

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
const reasons = (d: ReturnType<typeof analyzeRendered>) => d.recipients.map((r) => [r.address, r.reason]);

describe('translated notices', () => {
  it('an Italian provider\'s "non è stato recapitato" with a code is a notice as the webmail shows it', () => {
    const d = analyzeRendered({
      subject: 'Messaggio non recapitato: Prenotazione tavolo',
      from: 'Sistema di posta <mailer-daemon@mail.example.it>',
      text: `Gentile utente,

il messaggio che hai inviato non è stato recapitato al seguente destinatario:

    sala@example.org

Dettagli tecnici dell'errore:

    host mx.example.org [203.0.113.61]
    risposta: 554 5.7.1 Email not accepted for policy reasons
`,
    });
    expect(d.bounce).toBe(true);
    expect(reasons(d)).toEqual([['sala@example.org', 'policyviolation']]);
  });

  it('a Polish-translated warning that the server keeps trying is a delay', () => {
    const d = analyzeRendered({
      subject: 'Opóźniona wiadomość (nadal ponawiamy próby)',
      from: 'System pocztowy <MAILER-DAEMON@smtp.example.pl>',
      text: `To jest system pocztowy serwera smtp.example.pl.

# TO JEST TYLKO OSTRZEŻENIE. NIE MUSISZ PONOWNIE WYSYŁAĆ WIADOMOŚCI. #

Twojej wiadomości nie udało się dostarczyć od ponad 4 godzin.
Próby będą ponawiane, dopóki wiadomość nie będzie miała 5 dni.

<biuro@example.org>: host mx.example.org[203.0.113.21] said: 451 4.3.0
    Temporary local problem - please try later (in reply to RCPT TO command)
`,
    });
    expect(d.kind).toBe('delay');
    expect(d.recipients.map((r) => [r.address, r.action, r.verdict])).toEqual([['biuro@example.org', 'delayed', 'wait']]);
  });

  it('a Korean and a Czech provider say the mail was not delivered', () => {
    const korean = analyzeRendered({
      subject: '메일 반송 안내: 회의 자료',
      from: '메일 시스템 <mailer-daemon@mail.example.kr>',
      text: `보내신 메일이 받는 사람에게 전달되지 못했습니다.

받는 사람 : minji@example.com

상대 서버 응답 :
552 5.2.2 The recipient's inbox is out of storage space.
`,
    });
    expect(reasons(korean)).toEqual([['minji@example.com', 'mailboxfull']]);
    const czech = analyzeRendered({
      subject: 'Zpráva: Objednávka',
      from: 'Mail System <mailer-daemon@mail.example.cz>',
      text: `Vaše zpráva nemohla být doručena následujícímu příjemci:

  jana@example.org

550 5.1.1 <jana@example.org>: Recipient address rejected: User unknown
`,
    });
    expect(reasons(czech)).toEqual([['jana@example.org', 'userunknown']]);
  });

  it('"the address does not exist" in the panel\'s other languages names a missing mailbox', () => {
    const wordings = [
      '宛先のメールアドレスが存在しないため、メールを配信できませんでした。',
      "L'adresse du destinataire n'existe pas. Le message n'a pas pu être remis.",
      'Die Adresse des Empfängers existiert nicht. Die Nachricht konnte nicht zugestellt werden.',
      'La dirección del destinatario no existe. No se pudo entregar el mensaje.',
      'Адрес получателя не существует. Сообщение не может быть доставлено.',
    ];
    for (const wording of wordings) {
      const d = analyzeRendered({
        subject: 'Undeliverable: Termine',
        from: 'Mail Delivery System <mailer-daemon@mail.example.net>',
        text: `rcpt@example.org\n\n${wording}\n`,
      });
      expect(reasons(d), wording).toEqual([['rcpt@example.org', 'userunknown']]);
    }
  });
});

describe('the envelope of a notice', () => {
  // A notice in words no list here knows: a mail system's From, a null reverse-path and a reply code.
  const notice = (returnPath: string) => crlf(`Return-Path: ${returnPath}
From: Levelezőrendszer <mailer-daemon@mail.example.hu>
To: anna@example.hu
Subject: Levél: Ajánlat
Date: Mon, 2 Jun 2025 10:00:00 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Címzett: peter@example.org

A címzett szerverének válasza:
552 5.2.2 <peter@example.org>: Mailbox is full
`);

  it('a mail system\'s From with a null reverse-path (RFC 5321 §4.5.5) and a code is a notice in any language', () => {
    const d = analyze(notice('<>'), { mode: 'raw' });
    expect(d.bounce).toBe(true);
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([['peter@example.org', 'mailboxfull']]);
  });

  it('but the same From and code from an ordinary envelope sender are not enough without notice words', () => {
    expect(analyze(notice('<mailer-daemon@mail.example.hu>'), { mode: 'raw' }).bounce).toBe(false);
  });
});

describe('the two size limits of RFC 3463', () => {
  const sized = (status: string, words: string) =>
    analyzeRendered({
      subject: 'Undelivered Mail Returned to Sender',
      from: 'MAILER-DAEMON@mx.example.net (Mail Delivery System)',
      text: `This is the mail system at host mx.example.net.\n\n<ann@example.org>: host mx.example.org[192.0.2.1] said: 552 ${status} ${words} (in reply to end of DATA command)\n`,
    }).recipients[0]!.reason;

  it('"message too large" is the recipient\'s limit under X.2.3 and the system\'s under X.3.4', () => {
    expect(sized('5.2.3', 'Message too large')).toBe('exceedlimit');
    expect(sized('5.3.4', 'Message too large')).toBe('mesgtoobig');
  });

  it('a longer wording that says which limit keeps its own reason', () => {
    expect(sized('5.2.3', 'RESOLVER.RST.RecipSizeLimit; message too large for this recipient')).toBe('mesgtoobig');
  });
});

describe('recipients that share a reply, and those that do not', () => {
  it('a Postfix entry without a reply of its own is not given the reply of the entry above it', () => {
    const d = analyzeRendered({
      subject: 'Undelivered Mail Returned to Sender',
      from: 'Mail Delivery System <MAILER-DAEMON@smtp.example.net>',
      text: `This is the mail system at host smtp.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ann@example.org>: host mx.example.org[198.51.100.93] said: 550
    5.1.1 <ann@example.org>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

<bob@nowhere.example.com>: Host or domain name not found. Name service
    error for name=nowhere.example.com type=MX: Host not found
`,
    });
    expect(d.recipients.map((r) => [r.address, r.reason, r.reply])).toEqual([
      ['ann@example.org', 'userunknown', 550],
      ['bob@nowhere.example.com', 'hostunknown', null],
    ]);
    expect(d.recipients[1]!.diagnostic).toBe('Host or domain name not found. Name service error for name=nowhere.example.com type=MX: Host not found');
  });

  it("Gmail's one response stands for every recipient its sentence names", () => {
    const d = analyzeRendered({
      subject: 'Delivery Status Notification (Failure)',
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      text: `** Message not delivered **

There was a problem delivering your message to ann@example.org, bob@example.org and cy@example.org. See the technical details below.

The response was:
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720
[mx.example.org. 198.51.100.72: timed out]
`,
    });
    expect(d.recipients.map((r) => r.address)).toEqual(['ann@example.org', 'bob@example.org', 'cy@example.org']);
    for (const r of d.recipients) expect(r.diagnostic).toMatch(/^The recipient server did not accept our requests to connect/);
    expect(new Set(d.recipients.map((r) => r.cause)).size).toBe(1);
  });
});

describe('parties a notice names besides the failed recipient', () => {
  it("the sender under Office 365's translated 'Sender Address' label", () => {
    const text = (label: string) => `Votre message à direction@example.net n'a pas pu être remis.

Détails du message d'origine
${label}	contact@example.org
Adresse du destinataire :	direction@example.net

Erreur signalée :	550 5.7.23 The message was rejected because of Sender Policy Framework violation
`;
    for (const label of ["Adresse de l'expéditeur :", 'Absenderadresse:', 'Dirección del remitente:', 'Indirizzo mittente:', 'Endereço do remetente:', 'Adres van afzender:']) {
      const d = analyzeRendered({ subject: 'Non remis : Compte rendu', from: 'Microsoft Outlook <postmaster@example.org>', text: text(label) });
      expect(reasons(d), label).toEqual([['direction@example.net', 'authfailure']]);
    }
  });

  it("the forward-path a 551 reply suggests (RFC 5321 §3.4: 'User not local; please try <forward-path>')", () => {
    const d = analyzeRendered({
      subject: 'Undelivered message: Reunion 2025',
      from: 'Mail Server <postmaster@example.org>',
      text: 'Your message could not be delivered to one or more recipients.\n\nd.moreau@example.org\n\nReason: 551 5.1.6 User has moved; please try <dominique.moreau@example.net>\n',
    });
    expect(reasons(d)).toEqual([['d.moreau@example.org', 'hasmoved']]);
  });
});

describe('a notice whose plain alternative is a stub of its HTML', () => {
  const notice = (plain: string) => crlf(`From: Mail Delivery System <mailer-daemon@example.com>
To: ann@example.com
Subject: Message undeliverable: Password reset
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=utf-8

${plain}
--alt
Content-Type: text/html; charset=utf-8

<html><body><table><tr><td><h2>Message undeliverable</h2></td></tr>
<tr><td>Your message to <b>ben@example.net</b> could not be delivered.</td></tr>
<tr><td>Remote server said:<br>550 5.1.1 &lt;ben@example.net&gt;: Recipient address rejected: User unknown in virtual mailbox table</td></tr>
</table></body></html>
--alt--
`);

  it('is read from the HTML, as the webmail shows it', () => {
    const d = analyze(notice('Message undeliverable.'), { mode: 'raw' });
    expect(d.recipients.map((r) => [r.address, r.reason, r.reply])).toEqual([['ben@example.net', 'userunknown', 550]]);
  });

  it('but a plain alternative that names the recipient is read as it is', () => {
    const d = analyze(notice('Your message to ben@example.net could not be delivered: mailbox full.'), { mode: 'raw' });
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([['ben@example.net', 'mailboxfull']]);
  });
});

describe('each recipient of a multi-recipient notice keeps its own account', () => {
  const sendmail = (text: string) => analyzeRendered({ subject: 'Returned mail: see transcript for details', from: 'Mail Delivery Subsystem <MAILER-DAEMON@gw.example.com>', text });

  it("Sendmail's transcript line '<x>... Deferred: …' is that recipient's, not the one reply the list quotes", () => {
    const d = sendmail(`   ----- The following addresses had transient non-fatal errors -----
<aa@example.com>
<cc@example.org>
    (reason: 452 4.2.2 <cc@example.org>... Mailbox full)

   ----- Transcript of session follows -----
<aa@example.com>... Deferred: Connection timed out with mx.example.com.
... while talking to mail.example.org.:
>>> RCPT To:<cc@example.org>
<<< 452 4.2.2 <cc@example.org>... Mailbox full
Warning: message still undelivered after 4 hours
`);
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([['aa@example.com', 'expired'], ['cc@example.org', 'mailboxfull']]);
    expect(d.recipients[0]!.diagnostic).toMatch(/^Deferred: Connection timed out/);
  });

  it("Sendmail's recipients under 'successful delivery notifications' did not fail, and the sender its 553 names is no recipient", () => {
    const d = sendmail(`   ----- The following addresses had permanent fatal errors -----
<n.adams@example.org>
    (reason: 550 5.1.1 <n.adams@example.org>... User unknown)
<press@example.net>
    (reason: 553 5.1.8 <r.okoye@example.com>... Domain of sender address r.okoye@example.com does not exist)

   ----- The following addresses had successful delivery notifications -----
<board@example.org>  (relayed to non-DSN-aware mailer)
<j.lowe@example.net>  (successfully delivered to mailbox)

   ----- Transcript of session follows -----
<board@example.org>... relayed; expect no further notifications
`);
    expect(d.recipients.map((r) => r.address)).toEqual(['n.adams@example.org', 'press@example.net']);
  });

  it("a lone recipient Sendmail lists, then accounts for in its transcript", () => {
    const d = sendmail(`   ----- The following addresses had permanent fatal errors -----
<kim@example.org>

   ----- Transcript of session follows -----
<kim@example.org>... Deferred: Name server: example.org.: host name lookup failure
Message could not be delivered for 8 hours
`);
    expect(d.recipients.map((r) => [r.address, r.diagnostic])).toEqual([['kim@example.org', 'Deferred: Name server: example.org.: host name lookup failure']]);
  });

  it("Domino's list of recipients, then one 'because' line each", () => {
    const d = analyzeRendered({
      subject: 'DELIVERY FAILURE: User Aiko Tanaka (a.tanaka@example.org) not listed in Domino Directory',
      from: 'Mail Router <Postmaster@example.org>',
      text: `Your message

  Subject: Revised price list

was not delivered to:

  a.tanaka@example.org
  b.keller@example.org

because:

  User Aiko Tanaka (a.tanaka@example.org) not listed in Domino Directory
  User Bruno Keller (b.keller@example.org) not listed in Domino Directory

Your message

  Subject: Revised price list

was not delivered to:

  c.moreau@example.org

because:

  Unable to deliver message: mail file size exceeds the maximum size allowed for mail delivery
`,
    });
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([
      ['a.tanaka@example.org', 'userunknown'],
      ['b.keller@example.org', 'userunknown'],
      ['c.moreau@example.org', 'mailboxfull'],
    ]);
  });

  it("another recipient's line is not read as this one's context", () => {
    const d = analyzeRendered({
      subject: 'Mail delivery failed',
      from: 'Mail System <postmaster@gw.example.org>',
      text: `The message that you sent was undeliverable to the following:
	k.okafor@example.org (No route to post office)
	r.singh@example.org (Mailbox full)
`,
    });
    expect(d.recipients.map((r) => r.address)).toEqual(['k.okafor@example.org', 'r.singh@example.org']);
    expect(d.recipients[0]!.reason).not.toBe('mailboxfull');
    expect(d.recipients[1]!.reason).toBe('mailboxfull');
  });
});

describe("Exchange Online's Japanese notice", () => {
  it('reads past its "元のメッセージの詳細" (Original Message Details) section to the reported error', () => {
    const text = `tanaka@example.net へのメッセージを配信できませんでした。

宛先のメール サーバーが、このメッセージを迷惑メールと判断して拒否しました。

メール管理者向けの詳細情報

状態コード: 550 5.7.350

元のメッセージの詳細

作成日:\t2025/06/16 2:12:44

受信者のアドレス:\ttanaka@example.net

エラーの詳細

報告されたエラー:\t550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Message rejected as spam by Content Filtering

元のメッセージ ヘッダー

Received: from mail.example.com ([::1]) by mail.example.com with mapi
From: Yamada <yamada@example.com>
To: Tanaka <tanaka@example.net>
`;
    const d = analyzeRendered({ text, subject: '配信不能: 見積書', from: 'Microsoft Outlook <postmaster@example.onmicrosoft.com>' });
    expect(d.recipients[0]).toMatchObject({ address: 'tanaka@example.net', reason: 'spamdetected' });
    expect(d.recipients[0]!.diagnostic).toContain('Remote server returned message detected as spam');
  });
});
