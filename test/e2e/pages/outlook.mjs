// Fixture pages modeled on Outlook on the web (OWA) — our own writing, example.com addresses.
//
// Structure follows ../shared/reference/webmail/outlook.md, which cites:
//   - mailvelope/mailvelope test/integration/__mocks__/outlook-dom-templates.js (a DOM dump "based on actual
//     HTML from outlook.office.com"; read at commit 63025c2c695f): `#MailList [role=listbox]
//     [role=option][data-convid][aria-selected]`, `[data-app-section="MailReadCompose"][role=main]`
//     (aria-label "Lesebereich" in German), `#ConversationReadingPaneContainer >
//     [data-app-section="ConversationContainer"]`, messages `.aVla3 > [aria-expanded].BS0OK >
//     .wide-content-host > [aria-label="Email message"]`, sender `span[aria-label^="From: "]` (German
//     "Von: ") `> span.OZZZK`, toolbar `[role=toolbar][aria-label="Message actions"]` with `data-icon-name`
//     buttons, body `div[role=document] > div#UniqueMessageBody_N[aria-label="Message body"]` (German
//     "Nachrichtentext") with classes `XbIp4 jmmB7 customScrollBar allowTextSelection`, inner `.BIZfh`;
//   - mailvelope src/content-scripts/outlookIntegration.js @ 3f6709a7 (body `[id^="UniqueMessageBody_"]`,
//     `[role="document"]`), JonathanDebug/POW-Capstone2025 Extension/content.js (subject `.f77rj`);
//   - lennarto/outlook-web-copy-link contentScript.js (URL shapes `/mail/…/inbox/id/<id>`, `/deeplink/…`).
// Labels NOT seen in those sources (French labels, "E-Mail-Nachricht", date element) are our guesses and
// are marked so below.
//
// Test-only markers: data-fixture-id on each message (.aVla3), data-fixture-body on #UniqueMessageBody_N,
// data-fixture-pane on the reading pane, data-fixture-conv on list items. The extension must not use them.
import { esc, hexId, scriptJson } from './common.mjs';

export const ME = { name: 'Alex Example', email: 'alex@example.com' };

/** Localized UI strings. en and de (From/Von, Message body/Nachrichtentext, Lesebereich, Nachrichtenaktionen)
 *  are from the Mailvelope dump; the rest are plausible guesses. */
export const OUTLOOK_LOCALES = {
  en: { lang: 'en', from: 'From: ', to: 'To: ', body: 'Message body', message: 'Email message', readingPane: 'Reading Pane',
    actions: 'Message actions', reply: 'Reply', forward: 'Forward', list: 'Message list', inbox: 'Inbox', newMail: 'New mail',
    noSelection: 'Select an item to read' },
  de: { lang: 'de', from: 'Von: ', to: 'An: ', body: 'Nachrichtentext', message: 'E-Mail-Nachricht' /* guess */,
    readingPane: 'Lesebereich', actions: 'Nachrichtenaktionen', reply: 'Antworten', forward: 'Weiterleiten',
    list: 'Nachrichtenliste' /* guess */, inbox: 'Posteingang', newMail: 'Neue E-Mail', noSelection: 'Element zum Lesen auswählen' },
  // French labels are guesses (no French OWA dump was found); French typography puts a space before ":".
  fr: { lang: 'fr', from: 'De : ', to: 'À : ', body: 'Corps du message', message: 'Message électronique',
    readingPane: 'Volet de lecture', actions: 'Actions du message', reply: 'Répondre', forward: 'Transférer',
    list: 'Liste des messages', inbox: 'Boîte de réception', newMail: 'Nouveau courrier', noSelection: 'Sélectionnez un élément à lire' },
};

const HOSTS = {
  office: 'https://outlook.office.com',
  office365: 'https://outlook.office365.com',
  live: 'https://outlook.live.com',
  cloud: 'https://outlook.cloud.microsoft',
};

/** OWA item ids look like base64 "AAQkAD…" / "AAMkAD…". */
export function itemId(seed, prefix = 'AAQkAD') {
  return prefix + (hexId('a:' + seed) + hexId('b:' + seed) + hexId('c:' + seed)).replace(/(..)/g, (m, p, i) =>
    i % 6 === 0 ? m.toUpperCase() : m) + '%3D';
}

/** The real URL of a conversation (or, with variant 'deeplink', of a message opened in its own window). */
export function outlookUrl({ host = 'office', variant = 'reading', convId } = {}) {
  const origin = HOSTS[host] ?? host;
  const mailPath = host === 'live' ? '/mail/0' : '/mail';
  if (variant === 'deeplink') return `${origin}${mailPath}/deeplink/read/${itemId('deeplink:' + convId, 'AAMkAD')}?ItemID=${itemId('deeplink:' + convId, 'AAMkAD')}&exvsurl=1`;
  return convId ? `${origin}${mailPath}/inbox/id/${itemId(convId)}` : `${origin}${mailPath}/inbox`;
}

function person(p) {
  return typeof p === 'string' ? { name: null, email: p } : { name: p.name ?? null, email: p.email };
}

function formatDate(date, lang) {
  const d = date instanceof Date ? date : new Date(date ?? '2026-03-03T10:15:00Z');
  return d.toLocaleString(lang === 'en' ? 'en-US' : lang, { weekday: 'short', year: 'numeric', month: 'numeric',
    day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
}

let bodyCounter = 0;

/**
 * One message in the reading pane. message: { id, from, to?, date?, body (HTML inside the body container),
 * collapsed? } ; options: { locale, n (number in UniqueMessageBody_<n>) }.
 */
export function outlookMessageHtml(message, { locale = 'en', n } = {}) {
  const L = OUTLOOK_LOCALES[locale] ?? OUTLOOK_LOCALES.en;
  const from = person(message.from);
  const shown = from.name ?? from.email;
  const to = (message.to ?? [ME]).map(person);
  const bodyNo = n ?? ++bodyCounter;
  // The date element (data-testid="SentReceivedSavedTime") is a guess: no source shows OWA's date markup.
  const header = `
        <div class="uSg02"><div class="DgV2h lAKmW">
          <div class="bz1XJ"><div class="PW01N glFkS">
            <span class="Q84Kk ujrct s5zQy" role="region">
              <span class="o4zjZ ujrct" aria-label="${esc(L.from + shown)}" tabindex="0" title="${esc(from.email)}"><span class="OZZZK">${esc(shown)}</span></span>
            </span>
          </div></div>
          ${message.collapsed ? '' : `<div aria-label="${esc(L.actions)}" role="toolbar" class="ms-OverflowSet root-341">
            <div class="ms-OverflowSet-item item-170" role="none"><button type="button" role="menuitem" class="ms-Button ms-Button--commandBar" aria-label="${esc(L.reply)}"><i data-icon-name="ArrowReplyRegular" aria-hidden="true"></i><span>${esc(L.reply)}</span></button></div>
            <div class="ms-OverflowSet-item item-170" role="none"><button type="button" role="menuitem" class="ms-Button ms-Button--commandBar" aria-label="${esc(L.forward)}"><i data-icon-name="ArrowForwardRegular" aria-hidden="true"></i><span>${esc(L.forward)}</span></button></div>
          </div>`}
        </div></div>
        <div class="DrnCK"><div data-testid="RecipientWell" class="kcAOr t9ThB"><span>${esc(L.to)}${to.map((t) => esc(t.name ?? t.email)).join('; ')}</span></div>
          <div class="AL_OM l8Tnu" data-testid="SentReceivedSavedTime">${esc(formatDate(message.date, L.lang))}</div></div>`;
  if (message.collapsed) {
    return `
<div class="aVla3" data-fixture-id="${esc(message.id)}"><div aria-expanded="false" class="BS0OK">
  <div class="wide-content-host"><div tabindex="-1" aria-label="${esc(L.message)}" class="SlLx9 WWy1F">${header}
    <div class="XO3mN">${esc(message.snippet ?? '')}</div>
  </div></div></div></div>`;
  }
  return `
<div class="aVla3" data-fixture-id="${esc(message.id)}"><div aria-expanded="true" class="BS0OK">
  <div class="wide-content-host"><div tabindex="-1" aria-label="${esc(L.message)}" class="SlLx9 WWy1F">${header}
    <div role="document">
      <div id="UniqueMessageBody_${bodyNo}" aria-label="${esc(L.body)}" class="XbIp4 jmmB7 customScrollBar GNqVo allowTextSelection OuGoX" tabindex="0" data-fixture-body>
        <div class="BIZfh"><div class="rps_${hexId('rps' + message.id).slice(0, 4)}">${message.body ?? ''}</div></div>
      </div>
    </div>
  </div></div></div></div>`;
}

/** The conversation shown in the reading pane: subject + messages. */
export function outlookConversationHtml(conv, { locale = 'en' } = {}) {
  let n = 0;
  return `
<div id="ConversationReadingPaneContainer" class="MtujV" tabindex="-1" data-fixture-conv-view="${esc(conv.id)}">
  <div class="full-subject"><span class="f77rj" title="${esc(conv.subject)}">${esc(conv.subject)}</span></div>
  <div data-app-section="ConversationContainer" class="Q8TCC yyYQP"><div class="ZOM9m">
    ${conv.messages.map((m) => outlookMessageHtml(m, { locale, n: hexNum(conv.id, ++n) })).join('')}
  </div></div>
</div>`;
}

function hexNum(seed, i) {
  return parseInt(hexId(seed).slice(0, 4), 16) * 10 + i;
}

const THEMES = {
  light: { bg: '#f0f0f0', surface: '#ffffff', text: '#242424', muted: '#616161', line: '#e0e0e0', sel: '#cfe4fa', brand: '#0f6cbd' },
  // OWA dark mode: dark grey app chrome and a dark message surface.
  dark: { bg: '#0a0a0a', surface: '#292929', text: '#ffffff', muted: '#adadad', line: '#3d3d3d', sel: '#0c3b5e', brand: '#115ea3' },
};

function css(theme, paneWidth) {
  const t = THEMES[theme] ?? THEMES.light;
  return `
html, body { margin: 0; height: 100%; }
body { background: ${t.bg}; color: ${t.text}; font: 14px/1.4 "Segoe UI", "Segoe UI Web (West European)", -apple-system, Roboto, "Helvetica Neue", sans-serif; color-scheme: ${theme === 'dark' ? 'dark' : 'light'}; }
#o365header { height: 48px; background: ${t.brand}; color: #fff; display: flex; align-items: center; padding: 0 16px; font-weight: 600; }
#app { display: flex; height: calc(100% - 48px); }
.folders { width: 200px; flex: none; padding: 8px; }
.folders div { padding: 6px 12px; border-radius: 4px; } .folders .sel { background: ${t.sel}; font-weight: 600; }
#MailList { width: 340px; flex: none; background: ${t.surface}; border-right: 1px solid ${t.line}; overflow: auto; }
#MailList [role=option] { padding: 10px 14px; border-bottom: 1px solid ${t.line}; cursor: pointer; }
#MailList [role=option][aria-selected=true] { background: ${t.sel}; }
#MailList .s { font-weight: 600; } #MailList .p { color: ${t.muted}; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
[data-app-section=MailReadCompose] { flex: 1; min-width: 0; background: ${t.surface}; overflow: auto; }
${paneWidth ? `[data-app-section=MailReadCompose] { flex: none; width: ${paneWidth}px; max-width: ${paneWidth}px; overflow-x: hidden; } #MailList { flex: 1; width: auto; }` : ''}
.full-subject { padding: 16px 20px 8px; font-size: 20px; font-weight: 600; overflow-wrap: anywhere; }
.aVla3 { margin: 8px 12px; border: 1px solid ${t.line}; border-radius: 6px; }
.uSg02 { padding: 12px 16px 0; } .DgV2h { display: flex; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
.OZZZK { font-weight: 600; } [role=toolbar] { display: flex; gap: 4px; } [role=toolbar] button { background: none; border: 0; color: ${t.text}; font: inherit; }
.DrnCK { padding: 2px 16px 8px; color: ${t.muted}; font-size: 12px; }
.XO3mN { padding: 0 16px 12px; color: ${t.muted}; }
[role=document] { padding: 8px 16px 16px; }
.XbIp4 { overflow-x: auto; overflow-wrap: break-word; font-size: 15px; }
${theme === 'dark' ? '.XbIp4 { color: #ffffff; }' : ''}
.empty { padding: 80px 16px; text-align: center; color: ${t.muted}; }
.deeplink [data-app-section=MailReadCompose] { flex: 1; }
`;
}

/**
 * A whole OWA page.
 *   variant: 'reading' (message list + reading pane, URL /mail/inbox/id/<id>) or 'deeplink' (a message in
 *            its own window, /mail/deeplink/read/<id>, no list)
 *   conversations: [{ id, subject, snippet?, messages: [outlookMessageHtml message] }]
 *   open: id shown at load (default first; null = nothing selected)
 *   locale: 'en' | 'de' | 'fr';  theme: 'light' | 'dark';  paneWidth: px width of the reading pane
 *   host: 'office' | 'office365' | 'live' | 'cloud'
 * Returns { url, html }. window.__fixture offers openConversation(id) (also a click on a list item),
 * insertMessage(html) (appends to the open conversation) and clear() (deselects: empty reading pane).
 */
export function outlookPage({ variant = 'reading', conversations = [], open, locale = 'en', theme = 'light',
  paneWidth = null, host = 'office', title } = {}) {
  const L = OUTLOOK_LOCALES[locale] ?? OUTLOOK_LOCALES.en;
  const openId = open === undefined ? conversations[0]?.id ?? null : open;
  const conv = conversations.find((c) => c.id === openId) ?? null;
  const url = outlookUrl({ host, variant, convId: openId });
  const store = Object.fromEntries(conversations.map((c) => [c.id, {
    path: new URL(outlookUrl({ host, variant: 'reading', convId: c.id })).pathname,
    html: outlookConversationHtml(c, { locale }),
  }]));
  const list = variant === 'deeplink' ? '' : `
  <div id="MailList" tabindex="-1"><div role="listbox" aria-label="${esc(L.list)}">
    ${conversations.map((c) => {
      const last = c.messages[c.messages.length - 1];
      const from = person(last.from);
      return `<div role="option" data-convid="${esc(itemId(c.id))}" aria-selected="${c.id === openId}" data-fixture-conv="${esc(c.id)}" tabindex="-1">
        <div class="s">${esc(from.name ?? from.email)}</div><div>${esc(c.subject)}</div><div class="p">${esc(c.snippet ?? '')}</div></div>`;
    }).join('')}
  </div></div>`;
  const pane = `<div role="main" data-app-section="MailReadCompose" aria-label="${esc(L.readingPane)}" data-fixture-pane>
    ${conv ? outlookConversationHtml(conv, { locale }) : `<div class="empty">${esc(L.noSelection)}</div>`}
  </div>`;
  const html = `<!doctype html>
<html lang="${L.lang}" dir="ltr"><head><meta charset="utf-8"><title>${esc(title ?? `Mail - ${ME.name} - Outlook`)}</title>
<style>${css(theme, paneWidth)}</style></head>
<body class="${variant === 'deeplink' ? 'deeplink' : ''} ${theme === 'dark' ? 'fixture-dark' : 'fixture-light'}">
<div id="o365header" role="banner">Outlook</div>
<div id="app">
  ${variant === 'deeplink' ? '' : `<div class="folders" role="tree"><div class="sel" id="primaryMailboxRoot_0" title="${esc(ME.email)}">${esc(L.inbox)}</div><div>${esc(L.newMail)}</div></div>`}
  ${list}
  ${pane}
</div>
<script id="fixture-conversations" type="application/json">${scriptJson({ store, variant })}</script>
<script>${inPageScript}
</script>
</body></html>`;
  return { url, html };
}

const inPageScript = `
(function () {
  var data = JSON.parse(document.getElementById('fixture-conversations').textContent);
  var store = data.store;
  function pane() { return document.querySelector('[data-app-section=MailReadCompose]'); }
  document.addEventListener('click', function (e) {
    var opt = e.target.closest && e.target.closest('[role=option][data-fixture-conv]');
    if (opt) window.__fixture.openConversation(opt.getAttribute('data-fixture-conv'));
  });
  window.__fixture = {
    openConversation: function (id) {
      var c = store[id];
      if (!c) throw new Error('no such conversation: ' + id);
      // OWA is a single-page app: the URL changes by history.pushState and the reading pane is re-rendered.
      if (data.variant !== 'deeplink') history.pushState({}, '', c.path);
      pane().innerHTML = c.html;
      var opts = document.querySelectorAll('[role=option][data-fixture-conv]');
      for (var i = 0; i < opts.length; i++) opts[i].setAttribute('aria-selected', String(opts[i].getAttribute('data-fixture-conv') === id));
      return true;
    },
    insertMessage: function (html) {
      var box = document.querySelector('[data-app-section=ConversationContainer] .ZOM9m');
      if (!box) throw new Error('no open conversation');
      box.insertAdjacentHTML('beforeend', html);
      return box.lastElementChild && box.lastElementChild.getAttribute('data-fixture-id');
    },
    clear: function () { pane().innerHTML = '<div class="empty"></div>'; }
  };
})();`;
