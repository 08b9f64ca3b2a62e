#!/usr/bin/env node
// `npm start` (after the build): the extension in a real Chromium on a built-in demo mailbox — Gmail and Outlook
// on the web, light and dark — served at the real webmail URLs by request interception (nothing leaves the
// machine). The mailbox holds sample bounces from the project's own test/fixtures.
//
//   With a display (DISPLAY set): a visible Chromium window with four tabs and the toolbar popup in a fifth;
//   click messages in the list to switch. Close the window to end the demo.
//   Without one (CI, servers): one screenshot per demo message in demo-output/, then three of the toolbar
//   popup (a pasted notice, a dropped .eml file, the recent-bounces list of the messages just opened), then
//   the light mailboxes again with the browser in German, in demo-output/de/.
//
//   node scripts/demo.mjs [--headless]     force the screenshot mode
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, readPanels } from '../test/e2e/harness.mjs';
import { answerOf, dropFile, pasteText, until } from '../test/e2e/extension-pages.mjs';
import { loadMail, mailMessage } from '../test/e2e/mail.mjs';
import { gmailPage } from '../test/e2e/pages/gmail.mjs';
import { outlookPage } from '../test/e2e/pages/outlook.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test/fixtures');
const outDir = path.join(root, 'demo-output');

// The demo mailbox: [fixture, short name for the screenshot]. One ordinary message shows that nothing
// appears where nothing is wrong.
const DEMO = [
  ['bounces/gmail-address-not-found.eml', '550-address-not-found'],
  ['bounces/gmail-delay-receiving-too-quickly.eml', '450-rate-limit'],
  ['bounces/office365-recipient-not-found.eml', '550-office365-recipient-not-found'],
  ['bounces/exchange-classic-recipient-not-found.eml', '550-exchange-classic'],
  ['bounces/postfix-delay-no-ptr.eml', '450-no-ptr'],
  ['bounces/exim-delay-24h.eml', '451-exim-delay'],
  ['bounces/exchange-de-unzustellbar-mailbox-full.eml', '552-mailbox-full-de'],
  ['bounces/exim-failure-two-recipients.eml', '550-two-recipients'],
  ['ordinary/mailing-list-quotes-550.eml', 'ordinary-quotes-550'],
];

function die(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

if (!existsSync(path.join(root, 'dist/chrome/manifest.json'))) die('no build in dist/chrome; run `npm run build` first');
const available = DEMO.filter(([file]) => existsSync(path.join(fixtures, file)));
if (!available.length) die(`no demo messages found under ${path.relative(root, fixtures)}/`);
for (const [file] of DEMO) if (!available.some(([f]) => f === file)) console.warn(`demo: ${file} missing, left out`);

const expected = (() => {
  try {
    return new Map(JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')).map((e) => [e.file, e]));
  } catch {
    return new Map();
  }
})();

const threads = [];
for (const [file, name] of available) {
  const mail = await loadMail(path.join(fixtures, file));
  // Gmail threads a notice under the message it reports on; the demo shows each notice on its own.
  threads.push({ id: name, subject: mail.subject, snippet: mail.text.replace(/\s+/g, ' ').slice(0, 90),
    // Shown as if it arrived 90 minutes ago, so delay notices demonstrate a live retry countdown rather than
    // a window that ended when the fixture was written.
    messages: [mailMessage(`m-${name}`, mail, { date: new Date(Date.now() - 90 * 60_000) })], file });
}

const mailboxes = [];
for (const theme of ['light', 'dark']) {
  mailboxes.push({ site: 'gmail', theme, fixture: gmailPage({ threads, theme }) });
  mailboxes.push({ site: 'outlook', theme, fixture: outlookPage({ conversations: threads, theme }) });
}

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

/**
 * The toolbar popup, at a toolbar popup's width: a pasted notice (the text a webmail shows), a dropped .eml
 * file, and the recent-bounces list, which holds the demo messages opened above.
 */
async function popupScreenshots(b) {
  const lines = [];
  const page = await b.openExtensionPage('popup.html');
  // 460 px wide, as the popup opens from the toolbar; 720 px of it, as a person sees it before scrolling.
  await page.setViewportSize({ width: 460, height: 720 });
  const shoot = async (name, note) => {
    const file = path.join(outDir, `popup-${name}.png`);
    await page.screenshot({ path: file });
    lines.push(`${path.relative(root, file)}   (${note})`);
  };
  const pasted = await loadMail(path.join(fixtures, 'bounces/gmail-delay-receiving-too-quickly.eml'), { prefer: 'text' });
  await pasteText(page, pasted.text);
  let a = await answerOf(page);
  await shoot('pasted-notice', `pasted notice: ${a.type} ${a.verdict ?? ''} ${a.reply ?? ''} ${a.status ?? ''}`.trim());
  await dropFile(page, 'notice.eml', readFileSync(path.join(fixtures, 'bounces/exchange-de-unzustellbar-mailbox-full.eml')), 'message/rfc822');
  await until(() => page.evaluate(() => document.querySelector('[data-bounce-lens="panel"]')?.getAttribute('data-status') === '5.2.2'),
    { what: 'the dropped file\'s answer' });
  a = await answerOf(page);
  await shoot('dropped-file', `dropped .eml file: ${a.type} ${a.verdict ?? ''} ${a.reply ?? ''} ${a.status ?? ''}`.trim());
  // (a real click: the panel ignores clicks a script makes)
  const hide = await page.evaluateHandle(() => document.querySelector('[data-bounce-lens="panel"]')?.shadowRoot?.querySelector('.head button:last-child') ?? null);
  await hide.asElement()?.click();
  const n = await until(() => page.evaluate(() => document.querySelectorAll('[data-bounce-lens="history-item"]').length), { what: 'the history list' });
  await page.evaluate(() => document.querySelector('[data-bounce-lens="history"]').scrollIntoView({ block: 'start' }));
  await shoot('history', `recent bounces: ${n} listed`);
  await page.close();
  return lines;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!headless) {
  const b = await launchChromium({ headless: false, viewport: null, args: ['--start-maximized'] });
  for (const m of mailboxes) await b.openFixture(m.fixture.url, m.fixture.html);
  await b.openExtensionPage('popup.html');
  console.log('Demo mailbox open in Chromium: Gmail and Outlook, light and dark (one tab each).');
  console.log('The last tab is the toolbar popup: paste a notice or drop a .eml file; bounces you open are listed there.');
  console.log('Click a message in the list to open it. Close the window to end the demo.');
  await new Promise((resolve) => {
    b.context.on('close', resolve);
    b.context.on('page', (p) => p.on('close', () => { if (!b.context.pages().length) resolve(); }));
    for (const p of b.context.pages()) p.on('close', () => { if (!b.context.pages().length) resolve(); });
  });
  await b.close();
  process.exit(0);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const written = [];
let missing = 0;

/** One screenshot per demo message of each mailbox, into `dir`. */
async function shootMailboxes(b, boxes, dir) {
  mkdirSync(dir, { recursive: true });
  for (const m of boxes) {
    const page = await b.openFixture(m.fixture.url, m.fixture.html);
    for (const t of threads) {
      await page.evaluate(([site, id]) => (site === 'gmail' ? window.__fixture.openThread(id) : window.__fixture.openConversation(id)),
        [m.site, t.id]);
      const isBounce = expected.get(t.file)?.bounce ?? t.file.startsWith('bounces/');
      const deadline = Date.now() + (isBounce ? 5000 : 1200);
      let panels = [];
      while (Date.now() < deadline) {
        panels = (await readPanels(page)).filter((p) => p.visible && p.fixtureId === `m-${t.id}`);
        if (panels.length && isBounce) break;
        await sleep(50);
      }
      await sleep(150);
      // Scroll the reading area so the panel (or the top of the message) is in view.
      await page.evaluate(() => {
        const target = document.querySelector('[data-bounce-lens="panel"]') ?? document.querySelector('[data-fixture-body]');
        target?.scrollIntoView({ block: 'start' });
        const pane = document.querySelector('[data-fixture-pane]');
        if (pane) pane.scrollTop = Math.max(0, pane.scrollTop - 120);
        const scroller = document.querySelector('.aeF');
        if (scroller) scroller.scrollTop = Math.max(0, scroller.scrollTop - 120);
      });
      const file = path.join(dir, `${m.site}-${m.theme}-${t.id}.png`);
      await page.screenshot({ path: file });
      const p = panels[0];
      const note = p ? `panel: ${p.verdict?.toUpperCase()} ${p.reply ?? ''} ${p.status ?? ''}`.trim() : 'no panel';
      if (isBounce && !p) missing++;
      written.push(`${path.relative(root, file)}   (${note})`);
    }
    await page.close();
  }
}

const b = await launchChromium({ viewport: { width: 1280, height: 900 } });
try {
  await shootMailboxes(b, mailboxes, outDir);
  written.push(...(await popupScreenshots(b)));
} finally {
  await b.close();
}
// The same mailboxes with the browser's UI in German: the panel follows the browser's language.
const german = await launchChromium({ viewport: { width: 1280, height: 900 }, locale: 'de' });
try {
  await shootMailboxes(german, mailboxes.filter((m) => m.theme === 'light'), path.join(outDir, 'de'));
} finally {
  await german.close();
}
console.log(`Demo screenshots (no display, so no window was opened):`);
for (const line of written) console.log(`  ${line}`);
if (missing) console.log(`demo: ${missing} bounce(s) showed no panel — see the screenshots`);
