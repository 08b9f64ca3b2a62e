// Small DOM snippets modelled on the structures documented for Gmail and Outlook on the web (ids, roles,
// data attributes and the few classes extensions rely on). Texts and addresses are our own.

export const GMAIL_DELAY_TEXT = `** Delivery incomplete **
There was a temporary problem delivering your message to alice@example.com. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.
The response from the remote server was:
450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend later.`;

export const GMAIL_FAILURE_TEXT = `** Address not found **
Your message wasn't delivered to bob@example.net because the address couldn't be found, or is unable to receive mail.
The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.`;

function gmailMessage(id: string, legacy: string, fromName: string, fromEmail: string, body: string): string {
  return `
  <div class="h7" role="listitem">
    <div class="adn ads" data-message-id="#msg-f:${id}" data-legacy-message-id="${legacy}">
      <div class="gs">
        <table><tbody><tr>
          <td class="gF gK"><span class="gD" email="${fromEmail}" name="${fromName}">${fromName}</span></td>
          <td class="gK"><span class="g3" title="Thu, 6 Mar 2025, 10:15">10:15</span></td>
        </tr></tbody></table>
        <div class="hb"><span class="g2" email="sender@example.com" name="me">me</span></div>
        <div class="ii gt"><div class="a3s aiL">${body.split('\n').map((l) => `<div>${l}</div>`).join('')}</div></div>
      </div>
    </div>
  </div>`;
}

/** A conversation with two expanded bounces and one collapsed message between them. */
export const GMAIL_THREAD = `
<div class="nH" role="main">
  <table class="F" role="grid"><tbody><tr role="row"><td>Delivery Status Notification (Failure) — ** Address not found ** The response from the remote server was: 550</td></tr></tbody></table>
  <div class="a98 iY">
    <div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:42">Delivery Status Notification (Delay)</h2></div>
    <div role="list">
      ${gmailMessage('1001', '18c0a01', 'Mail Delivery Subsystem', 'mailer-daemon@googlemail.com', GMAIL_DELAY_TEXT)}
      <div class="kv" role="listitem">
        <div class="adn" data-message-id="#msg-f:1002" data-legacy-message-id="18c0a02">
          <span class="gD" email="carol@example.org" name="Carol">Carol</span>
          <span class="y2">Thanks, I got the earlier copy.</span>
        </div>
      </div>
      ${gmailMessage('1003', '18c0a03', 'Mail Delivery Subsystem', 'mailer-daemon@googlemail.com', GMAIL_FAILURE_TEXT)}
    </div>
  </div>
</div>`;

export const GMAIL_ORDINARY = `
<div class="nH" role="main">
  <div class="a98 iY">
    <div class="ha"><h2 class="hP">Lunch on Friday?</h2></div>
    <div role="list">
      ${gmailMessage('2001', '18c0b01', 'Dave', 'dave@example.com', 'Hi!\nShall we meet at noon?\nDave')}
    </div>
  </div>
</div>`;

/** Gmail after a redesign renamed the body classes: only data attributes and the words remain. */
export const GMAIL_RENAMED = `
<div class="zz1" role="main">
  <div class="zz2">
    <h2 class="zz3">Delivery Status Notification (Failure)</h2>
    <div class="zz4" data-message-id="#msg-f:3001">
      <div class="zz5"><span class="zz6" email="mailer-daemon@googlemail.com" name="Mail Delivery Subsystem">Mail Delivery Subsystem</span></div>
      <div class="zz7"><div class="zz8">${GMAIL_FAILURE_TEXT.split('\n').map((l) => `<p>${l}</p>`).join('')}</div></div>
    </div>
  </div>
</div>`;

export const OWA_EN_TEXT = `Delivery has failed to these recipients or groups:
bob@example.net
The email address you entered couldn't be found.
Diagnostic information for administrators:
Generating server: mail.example.com
bob@example.net
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'`;

export const OWA_DE_TEXT = `Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:
bob@example.net
Die eingegebene E-Mail-Adresse wurde nicht gefunden.
Diagnoseinformationen für Administratoren:
Generierender Server: mail.example.com
bob@example.net
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'`;

function owaPage(o: { pane: string; from: string; bodyLabel: string; subject: string; text: string; bodyOnDocument?: boolean; second?: string }): string {
  const paras = o.text.split('\n').map((l) => `<p>${l}</p>`).join('');
  const body = o.bodyOnDocument
    ? `<div id="UniqueMessageBody_3" role="document" aria-label="${o.bodyLabel}" class="allowTextSelection">${paras}</div>`
    : `<div role="document"><div id="UniqueMessageBody_1" aria-label="${o.bodyLabel}" class="allowTextSelection">${paras}</div></div>`;
  return `
<div role="navigation" aria-label="Folders"><div title="Inbox">Inbox</div></div>
<div id="MailList"><div role="listbox">
  <div role="option" data-convid="AAQkADEx" aria-selected="true">
    <span>${o.subject}</span><span>Delivery has failed to these recipients or groups: Diagnostic information for administrators</span>
  </div>
</div></div>
<div data-app-section="MailReadCompose" role="main" aria-label="${o.pane}">
  <div id="ConversationReadingPaneContainer">
    <div data-app-section="ConversationContainer">
      <div role="heading" aria-level="2"><span class="f77rj">${o.subject}</span></div>
      <div class="aVla3"><div aria-label="Email message">
        <div class="hdr"><span aria-label="${o.from}"><span class="OZZZK">Microsoft Outlook</span></span></div>
        ${body}
      </div></div>
      ${o.second ?? ''}
    </div>
  </div>
</div>`;
}

export const OWA_EN = owaPage({
  pane: 'Reading Pane',
  from: 'From: Microsoft Outlook <postmaster@example.com>',
  bodyLabel: 'Message body',
  subject: 'Undeliverable: Quarterly report',
  text: OWA_EN_TEXT,
  second: `<div class="aVla3"><div aria-label="Email message">
    <div class="hdr"><span aria-label="From: Erin <erin@example.com>"><span class="OZZZK">Erin</span></span></div>
    <div role="document"><div id="UniqueMessageBody_2" aria-label="Message body">Here is the report again.</div></div>
  </div></div>`,
});

export const OWA_DE = owaPage({
  pane: 'Lesebereich',
  from: 'Von: Microsoft Outlook <postmaster@example.com>',
  bodyLabel: 'Nachrichtentext',
  subject: 'Unzustellbar: Quartalsbericht',
  text: OWA_DE_TEXT,
  bodyOnDocument: true,
});

/** Outlook build whose body ids and roles are gone: only the reading pane's main role and the words remain. */
export const OWA_RENAMED = `
<div id="MailList"><div role="listbox"><div role="option" data-convid="AAQkADEx">Undeliverable: Quarterly report — Delivery has failed to these recipients or groups:</div></div></div>
<div role="main">
  <div class="q1"><h2>Undeliverable: Quarterly report</h2></div>
  <div class="q2">
    <div class="q3"><span class="q4">Microsoft Outlook &lt;postmaster@example.com&gt;</span></div>
    <div class="q5"><div class="q6">${OWA_EN_TEXT.split('\n').map((l) => `<p>${l}</p>`).join('')}</div></div>
  </div>
</div>`;

/**
 * OWA as documented (outlook.md, Mailvelope's dump): the subject line sits in the reading pane above
 * [data-app-section="ConversationContainer"], not inside it. A later message's body has its own heading.
 */
export const OWA_SUBJECT_OUTSIDE = `
<div id="MailList"><div role="listbox"><div role="option" data-convid="AAQkADEx"><h3>Other subject in the list</h3></div></div></div>
<div data-app-section="MailReadCompose" role="main" aria-label="Reading Pane">
  <div id="ConversationReadingPaneContainer">
    <div class="full-subject"><span class="f77rj" title="Undeliverable: Quarterly report">Undeliverable: Quarterly report</span></div>
    <div data-app-section="ConversationContainer">
      <div class="aVla3"><div aria-label="Email message">
        <div class="hdr"><span aria-label="From: Microsoft Outlook <postmaster@example.com>"><span class="OZZZK">Microsoft Outlook</span></span></div>
        <div role="document"><div id="UniqueMessageBody_7" aria-label="Message body">${OWA_EN_TEXT.split('\n').map((l) => `<p>${l}</p>`).join('')}</div></div>
      </div></div>
      <div class="aVla3"><div aria-label="Email message">
        <div class="hdr"><span aria-label="From: Erin <erin@example.com>"><span class="OZZZK">Erin</span></span></div>
        <div role="document"><div id="UniqueMessageBody_8" aria-label="Message body"><h1>Newsletter headline</h1><p>Hi</p></div></div>
      </div></div>
    </div>
  </div>
</div>`;

/** A message opened in its own window (popout): no reading pane section, the subject is a heading of the page. */
export const OWA_POPOUT = `
<div class="popout">
  <div class="subj"><div role="heading" aria-level="2">Undeliverable: Popped out</div></div>
  <div data-app-section="ConversationContainer">
    <div class="aVla3"><div aria-label="Email message">
      <div class="hdr"><span aria-label="From: Microsoft Outlook <postmaster@example.com>"><span class="OZZZK">Microsoft Outlook</span></span></div>
      <div role="document"><div id="UniqueMessageBody_9" aria-label="Message body">${OWA_EN_TEXT.split('\n').map((l) => `<p>${l}</p>`).join('')}</div></div>
    </div></div>
  </div>
</div>`;
