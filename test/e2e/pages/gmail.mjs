// Fixture pages modeled on Gmail's web DOM — our own writing, example.com addresses.
//
// The structure follows the anchors documented in ../shared/reference/webmail/gmail.md, which cites:
//   - InboxSDK/InboxSDK @ a8a6fe2c9e69: src/platform-implementation-js/dom-driver/gmail/
//       gmail-element-getter.ts (main content container `div.aeF > div.nH`, thread container `.g.id .a98.iY`,
//       preview pane `.ao9:has(.a98.iY, .apa)`), views/gmail-thread-view.ts (message list = parent of `.h7`,
//       `[role=list]`, notice bar after the subject container), views/gmail-message-view.ts (view states
//       `h7` expanded / `kv` collapsed / `kQ` hidden, body `div.ii.gt`, sender `td.gF span[email]`,
//       date `.ads .gK .g3[title]`, `[data-message-id]` "#msg-f:…" and hex `[data-legacy-message-id]`),
//       get-main-content-element-changed-stream.ts (views are sibling `.nH` toggled with style display);
//   - KartikTalwar/gmail.js @ b7dfdabc1906 src/gmail.js (`div[role=main]`, `div.adn.ads`, `h2.hP`,
//       `span[email].gD`, `span.g3`, `.a3s`, `span.hb` / `span[email].g2`, `h2[data-legacy-thread-id]`);
//   - mailvelope/mailvelope @ 3f6709a7 src/content-scripts/gmailIntegration.js (`.a3s.aiL`).
// Class names are Gmail's obfuscated ones as those projects use them; anything they do not name (header
// bar, left navigation, thread list rows) is a plausible stand-in, kept minimal.
//
// Test-only markers: data-fixture-id on each message item, data-fixture-body on its body (.ii.gt),
// data-fixture-pane on the reading area, data-fixture-thread on list rows. The extension must not use them.
import { decId, esc, hexId, scriptJson } from './common.mjs';

export const ME = { name: 'Alex Example', email: 'alex@example.com' };

/** Gmail's URL-hash thread token (the real ones look like "FMfcgz…"). */
export function threadToken(threadId) {
  return 'FMfcgz' + hexId('t:' + threadId).toUpperCase() + hexId('u:' + threadId);
}

/** The real URL of a Gmail view for a thread. */
export function gmailUrl({ variant = 'conversation', threadId, account = 0, label = 'inbox' } = {}) {
  const base = `https://mail.google.com/mail/u/${account}/`;
  if (variant === 'popout') {
    return `${base}popout?ver=1nnj8qxnkx2x1&th=%23thread-f%3A${decId('thread:' + threadId)}&cvid=1`;
  }
  return threadId ? `${base}#${label}/${threadToken(threadId)}` : `${base}#${label}`;
}

function formatDate(date) {
  const d = date instanceof Date ? date : new Date(date ?? '2026-03-03T10:15:00Z');
  const full = d.toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric',
    hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const short = d.toLocaleString('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return { full, short };
}

function person(p) {
  return typeof p === 'string' ? { name: p.replace(/@.*/, ''), email: p } : { name: p.name ?? p.email, email: p.email };
}

/**
 * One message of a thread, expanded (`h7`, with its body) or collapsed (`kv`, header and snippet only).
 * message: { id, from, to?, date?, body (HTML shown in .a3s), collapsed?, snippet?, hiddenTrimmed? }
 */
export function gmailMessageHtml(message, { threadId = 't' } = {}) {
  const from = person(message.from);
  const to = (message.to ?? [ME]).map(person);
  const { full, short } = formatDate(message.date);
  const msgId = `#msg-f:${decId('msg:' + threadId + ':' + message.id)}`;
  const legacy = hexId('legacy:' + threadId + ':' + message.id);
  const fid = esc(message.id);
  if (message.collapsed) {
    return `
<div class="kv" role="listitem" aria-expanded="false" tabindex="-1" data-fixture-id="${fid}">
  <div class="adf ads" data-message-id="${esc(msgId)}" data-legacy-message-id="${legacy}">
    <div class="G3 G2"><table class="cf gJ"><tbody><tr>
      <td class="gF gK"><span email="${esc(from.email)}" name="${esc(from.name)}" class="zF">${esc(from.name)}</span></td>
      <td class="iA g6"><span class="snippet">${esc(message.snippet ?? '')}</span></td>
      <td class="gH"><div class="gK"><span class="g3" title="${esc(full)}">${esc(short)}</span></div></td>
    </tr></tbody></table></div>
  </div>
</div>`;
  }
  // Gmail keeps a hidden copy of trimmed content as div.a3s.aiL.undefined (FlowCrypt `sel.msgInner` note).
  const trimmed = message.hiddenTrimmed
    ? `<div class="a3s aiL undefined" style="display:none">${message.hiddenTrimmed}</div>` : '';
  return `
<div class="h7 ie nH oy8Mbf" role="listitem" aria-expanded="true" tabindex="-1" data-fixture-id="${fid}">
  <div class="Bk"><div class="G3 G2"><div>
    <div class="adn ads" data-message-id="${esc(msgId)}" data-legacy-message-id="${legacy}">
      <div class="gs">
        <div class="gE iv gt">
          <table cellpadding="0" class="cf gJ"><tbody>
            <tr class="acZ">
              <td class="gF gK"><table cellpadding="0" class="cf ix"><tbody><tr><td>
                <h3 class="iw"><span translate="no" class="qu" role="gridcell" tabindex="-1">
                  <span email="${esc(from.email)}" name="${esc(from.name)}" data-hovercard-id="${esc(from.email)}" class="gD"><span>${esc(from.name)}</span></span>
                  <span class="go"><span aria-hidden="true">&lt;</span>${esc(from.email)}<span aria-hidden="true">&gt;</span></span>
                </span></h3>
              </td></tr></tbody></table></td>
              <td class="gH bAk"><div class="gK"><span class="g3" title="${esc(full)}" role="gridcell" tabindex="-1">${esc(short)}</span></div></td>
            </tr>
            <tr class="acZ xD"><td colspan="3"><table cellpadding="0" class="cf adz"><tbody><tr><td class="ady">
              <div class="iw ajw"><span class="hb">to ${to.map((t) => `<span email="${esc(t.email)}" name="${esc(t.name)}" data-hovercard-id="${esc(t.email)}" class="g2">${esc(t.name)}</span>`).join(', ')}</span></div>
            </td></tr></tbody></table></td></tr>
          </tbody></table>
        </div>
        <div class="utdU2e"></div>
        <div class="btm"></div>
        <div class="ii gt" data-fixture-body><div class="a3s aiL ">${message.body ?? ''}</div>${trimmed}</div>
        <div class="hi"></div>
      </div>
    </div>
  </div></div></div>
</div>`;
}

/** The opened thread: subject block + message list (inside `.g.id > .a98.iY`). */
export function gmailThreadHtml(thread) {
  const permId = `thread-f:${decId('thread:' + thread.id)}`;
  const legacyThread = hexId('legacy-thread:' + thread.id);
  return `
<div class="g id"><div class="a98 iY" data-fixture-thread-view="${esc(thread.id)}">
  <div class="nH">
    <div class="ha"><h2 class="hP" data-thread-perm-id="${esc(permId)}" data-legacy-thread-id="${legacyThread}" tabindex="-1">${esc(thread.subject)}</h2>
      <div class="J-J5-Ji"><span class="ahR"><span class="at"><span class="av">Inbox</span></span></span></div>
    </div>
  </div>
  <div class="nH"><div class="Bu"><div class="nH if">
    <div role="list" class="aHU">${thread.messages.map((m) => gmailMessageHtml(m, { threadId: thread.id })).join('')}</div>
  </div></div></div>
</div></div>`;
}

function listRowsHtml(threads, openId) {
  return threads.map((t) => {
    const last = t.messages[t.messages.length - 1];
    const from = person(last.from);
    const { short } = formatDate(last.date);
    return `<tr class="zA ${t.id === openId ? 'x7' : 'zE'}" role="row" tabindex="-1" data-fixture-thread="${esc(t.id)}">
      <td class="yX xY"><span class="bA4"><span email="${esc(from.email)}" name="${esc(from.name)}" class="zF">${esc(from.name)}</span></span></td>
      <td class="xY a4W"><span class="bog">${esc(t.subject)}</span><span class="y2"> - ${esc(t.snippet ?? '')}</span></td>
      <td class="xW xY"><span title="${esc(formatDate(last.date).full)}">${esc(short)}</span></td>
    </tr>`;
  }).join('');
}

const THEMES = {
  light: { bg: '#f6f8fc', surface: '#ffffff', text: '#1f1f1f', muted: '#5e5e5e', line: '#e0e0e0', link: '#0b57d0', row: '#f2f6fc' },
  // Gmail's "Dark" theme: near-black chrome, dark grey reading surface, light text.
  dark: { bg: '#111111', surface: '#1f1f1f', text: '#e3e3e3', muted: '#a8a8a8', line: '#3c3c3c', link: '#a8c7fa', row: '#2a2a2a' },
};

function css(theme, paneWidth) {
  const t = THEMES[theme] ?? THEMES.light;
  return `
html, body { margin: 0; height: 100%; }
body { background: ${t.bg}; color: ${t.text}; font: 14px/1.4 "Google Sans", Roboto, Arial, sans-serif; color-scheme: ${theme === 'dark' ? 'dark' : 'light'}; }
a { color: ${t.link}; }
.gb_header { height: 56px; display: flex; align-items: center; padding: 0 16px; gap: 16px; }
.gb_header .logo { font-size: 22px; color: ${t.muted}; }
.gb_header .search { flex: 1; max-width: 720px; background: ${theme === 'dark' ? '#2d2d2d' : '#e9eef6'}; border-radius: 24px; padding: 12px 20px; color: ${t.muted}; }
.bkL { display: flex; height: calc(100% - 56px); }
.aeN { width: 232px; flex: none; padding: 8px 0; }
.aeN .nav { padding: 6px 24px; border-radius: 0 16px 16px 0; color: ${t.text}; }
.aeN .nav.active { background: ${theme === 'dark' ? '#41464d' : '#d3e3fd'}; font-weight: bold; }
.bkK { flex: 1; min-width: 0; display: flex; }
.aeF { flex: 1; min-width: 0; background: ${t.surface}; border-radius: 16px 16px 0 0; overflow: auto; margin-right: 16px; }
.aeF > .nH { height: 100%; }
${paneWidth ? `[data-fixture-pane] { width: ${paneWidth}px; max-width: ${paneWidth}px; flex: none; overflow-x: hidden; overflow-y: auto; }` : ''}
table.F { width: 100%; border-collapse: collapse; table-layout: fixed; }
tr.zA { cursor: pointer; border-bottom: 1px solid ${t.line}; }
tr.zA:hover, tr.zA.x7 { background: ${t.row}; }
tr.zA td { padding: 10px 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
tr.zA td.yX { width: 168px; font-weight: bold; }
tr.zA td.xW { width: 72px; text-align: right; color: ${t.muted}; }
.y2 { color: ${t.muted}; }
.ha { padding: 20px 16px 8px 72px; display: flex; align-items: center; gap: 12px; }
h2.hP { font-size: 22px; font-weight: 400; margin: 0; overflow-wrap: anywhere; }
.ahR .av { font-size: 12px; background: ${theme === 'dark' ? '#444' : '#ddd'}; padding: 1px 6px; border-radius: 4px; }
[role=list] > [role=listitem] { border-bottom: 1px solid ${t.line}; }
.gs { padding: 12px 16px 16px 72px; position: relative; }
.gs::before { content: ""; position: absolute; left: 16px; top: 16px; width: 40px; height: 40px; border-radius: 50%; background: ${theme === 'dark' ? '#5f6368' : '#c2d6f5'}; }
.gE table, .kv table { border-collapse: collapse; width: 100%; }
.gD { font-weight: bold; } .go { color: ${t.muted}; font-size: 12px; }
.g3 { color: ${t.muted}; font-size: 12px; white-space: nowrap; }
.gH { text-align: right; vertical-align: top; } h3.iw { margin: 0; font-size: 14px; font-weight: normal; }
.hb { color: ${t.muted}; font-size: 12px; }
.ii.gt { margin-top: 12px; font: small Arial, Helvetica, sans-serif; font-size: 14px; overflow-x: auto; overflow-wrap: break-word; }
.a3s { direction: ltr; }
.kv .G3 { padding: 10px 16px 10px 72px; cursor: pointer; } .kv .zF { font-weight: bold; }
.kv .iA { color: ${t.muted}; padding: 0 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 1px; width: 100%; }
.ao9 { border-left: 1px solid ${t.line}; min-width: 0; flex: 1 1 60%; overflow: auto; }
.apa { padding: 80px 16px; text-align: center; color: ${t.muted}; }
.split { display: flex; height: 100%; } .split > .list { flex: 1 1 40%; min-width: 0; overflow: auto; }
.popout { background: ${t.surface}; min-height: 100%; }
`;
}

/**
 * A whole Gmail page.
 *   variant: 'conversation' (thread replaces the list, URL #inbox/<token>), 'preview' (split: list + reading
 *            pane `.ao9`), 'popout' (a message in its own window, /popout?th=…)
 *   threads: [{ id, subject, snippet?, messages: [gmailMessageHtml message] }]
 *   open:    id of the thread shown at load (default: the first; null = none, list only)
 *   theme:   'light' | 'dark';  paneWidth: px width of the reading area (e.g. 360)
 * Returns { url, html }. In the page, window.__fixture offers:
 *   openThread(id)          — swaps the conversation without reload (as a click on a list row does;
 *                             also reachable through location.hash = '#inbox/<token>')
 *   showList()              — back to the thread list (conversation variant)
 *   insertMessage(html, id) — appends a message (from gmailMessageHtml) to the open thread
 *   expand(fixtureId, html) — turns a collapsed message (kv) into the expanded one (h7) given as html
 */
export function gmailPage({ variant = 'conversation', threads = [], open, theme = 'light', paneWidth = null,
  account = 0, label = 'inbox', title } = {}) {
  const openId = open === undefined ? threads[0]?.id ?? null : open;
  const openThread = threads.find((t) => t.id === openId) ?? null;
  const url = gmailUrl({ variant, threadId: openId, account, label });
  const store = Object.fromEntries(threads.map((t) => [t.id, { token: threadToken(t.id), html: gmailThreadHtml(t) }]));
  const pageTitle = title ?? `${openThread ? `${openThread.subject} - ` : 'Inbox - '}${ME.email} - Gmail`;
  const list = `<table class="F cf zt" role="grid"><tbody>${listRowsHtml(threads, openId)}</tbody></table>`;

  let main;
  if (variant === 'popout') {
    main = `<div class="popout"><div class="nH"><div role="main" class="nH" data-fixture-pane data-fixture-conversation>
      ${openThread ? gmailThreadHtml(openThread) : ''}</div></div></div>`;
  } else if (variant === 'preview') {
    main = `<div class="aeF"><div class="nH"><div class="nH"><div role="main" class="nH">
      <div class="split"><div class="list">${list}</div>
        <div class="ao9" data-fixture-pane data-fixture-conversation>${openThread ? gmailThreadHtml(openThread) : '<div class="apa">No conversations selected</div>'}</div>
      </div></div></div></div></div>`;
  } else {
    main = `<div class="aeF"><div class="nH">
      <div class="nH" data-fixture-view="list" style="display:${openThread ? 'none' : ''}"><div role="main" class="nH">${list}</div></div>
      <div class="nH" data-fixture-view="thread" style="display:${openThread ? '' : 'none'}"><div role="main" class="nH" data-fixture-pane data-fixture-conversation>
        ${openThread ? gmailThreadHtml(openThread) : ''}</div></div>
    </div></div>`;
  }

  const chrome = variant === 'popout' ? main : `
<div class="nH w-asV aiw">
  <div class="gb_header" role="banner"><span class="logo">Gmail</span><div class="search">Search mail</div></div>
  <div class="nH bkL">
    <div class="aeN" role="navigation"><div class="nav active">Inbox</div><div class="nav">Starred</div><div class="nav">Sent</div><div class="nav">Drafts</div></div>
    <div class="nH bkK">${main}</div>
  </div>
</div>`;

  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(pageTitle)}</title>
<style>${css(theme, paneWidth)}</style></head>
<body class="${theme === 'dark' ? 'fixture-dark' : 'fixture-light'}">
${chrome}
<script id="fixture-threads" type="application/json">${scriptJson({ store, variant, label })}</script>
<script>${inPageScript}
</script>
</body></html>`;
  return { url, html };
}

// Plain page script (no framework), the part of "Gmail" that navigates without reloading.
const inPageScript = `
(function () {
  var data = JSON.parse(document.getElementById('fixture-threads').textContent);
  var store = data.store;
  function conversation() { return document.querySelector('[data-fixture-conversation]'); }
  function byToken(token) {
    for (var id in store) if (store[id].token === token) return id;
    return null;
  }
  function render(id) {
    var t = store[id];
    var conv = conversation();
    if (!t || !conv) return false;
    // Gmail swaps the whole conversation subtree; the old messages leave the DOM.
    conv.innerHTML = t.html;
    var views = document.querySelectorAll('[data-fixture-view]');
    for (var i = 0; i < views.length; i++) {
      views[i].style.display = views[i].getAttribute('data-fixture-view') === 'thread' ? '' : 'none';
    }
    var rows = document.querySelectorAll('tr[data-fixture-thread]');
    for (var j = 0; j < rows.length; j++) {
      rows[j].className = 'zA ' + (rows[j].getAttribute('data-fixture-thread') === id ? 'x7' : 'zE');
    }
    var h2 = conv.querySelector('h2.hP');
    if (h2) document.title = h2.textContent + ' - Gmail';
    return true;
  }
  window.addEventListener('hashchange', function () {
    var m = /^#[^/]+\\/(.+)$/.exec(location.hash);
    if (m) { var id = byToken(m[1]); if (id) render(id); }
    else if (data.variant === 'conversation') window.__fixture.showList();
  });
  document.addEventListener('click', function (e) {
    var row = e.target.closest && e.target.closest('tr[data-fixture-thread]');
    if (row) window.__fixture.openThread(row.getAttribute('data-fixture-thread'));
  });
  window.__fixture = {
    openThread: function (id) {
      var t = store[id];
      if (!t) throw new Error('no such thread: ' + id);
      if (data.variant === 'popout') return render(id);
      var want = '#' + data.label + '/' + t.token;
      if (location.hash === want) return render(id);
      location.hash = want;           // hashchange renders, as Gmail's router does
      return render(id);              // and render now, so callers need not wait for the event
    },
    showList: function () {
      var views = document.querySelectorAll('[data-fixture-view]');
      for (var i = 0; i < views.length; i++) {
        views[i].style.display = views[i].getAttribute('data-fixture-view') === 'list' ? '' : 'none';
      }
      var conv = conversation();
      if (conv && data.variant === 'conversation') conv.innerHTML = '';
    },
    insertMessage: function (html) {
      var list = document.querySelector('[data-fixture-conversation] [role=list]');
      if (!list) throw new Error('no open thread');
      list.insertAdjacentHTML('beforeend', html);
      return list.lastElementChild && list.lastElementChild.getAttribute('data-fixture-id');
    },
    expand: function (fixtureId, html) {
      var item = document.querySelector('[data-fixture-id="' + CSS.escape(fixtureId) + '"]');
      if (!item) throw new Error('no such message: ' + fixtureId);
      var tpl = document.createElement('template');
      tpl.innerHTML = html.trim();
      var next = tpl.content.firstElementChild;
      // Gmail flips the state class (kv -> h7) on the same item and fills in the body.
      item.className = next.className;
      item.setAttribute('aria-expanded', 'true');
      item.innerHTML = next.innerHTML;
    }
  };
})();`;
