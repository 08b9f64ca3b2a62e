// The toolbar popup (popup.html, opened in a tab): a pasted notice, a chosen and a dropped file, ordinary mail,
// the input errors, the copied summary (read back from the clipboard), keyboard-only use, and its layout from
// 360 to 800 px in light and dark.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assertNoPageErrors, launchBrowser, readClipboard, REPO_ROOT, screenshot } from './harness.mjs';
import {
  answerOf, assertPanelAnswer, chooseFile, clearAnswer, clickDeep, dropFile, pasteText, sleep, textOf, typeText, until,
} from './extension-pages.mjs';
import { eachBrowser } from './suite.mjs';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
const fixturePath = (rel) => path.join(FIXTURES, rel);

// A Postfix notice as a webmail shows it (rendered text, no headers).
const RENDERED_POSTFIX = `This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<kim@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1
    <kim@example.org>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
`;

const ORDINARY = `Hi Kim,

are we still on for lunch on Friday? The 550 bus stops right outside the office,
and the 4.2.1 release notes are attached.

Alex`;

eachBrowser('Popup', (ctx) => {
  ctx.test('a pasted notice (rendered text) is answered with the panel', async () => {
    const page = await ctx.openExtensionPage('popup.html');
    await pasteText(page, RENDERED_POSTFIX);
    const answer = await answerOf(page);
    assertPanelAnswer(answer, { status: '5.1.1', reply: '550', verdict: 'act' });
    assert.match(answer.text, /kim@example\.org/);
    assert.match(answer.text, /Copy summary/);
  });

  ctx.test('a pasted full source ("Show original") is detected as a raw message', async () => {
    const page = await ctx.openExtensionPage('popup.html');
    await pasteText(page, readFileSync(fixturePath('bounces/gmail-address-not-found.eml'), 'utf8'));
    const answer = await answerOf(page);
    assertPanelAnswer(answer, { status: '5.1.1', reply: '550', verdict: 'act' });
  });

  ctx.test('a chosen .eml file is read as a raw message (CRLF, base64, another charset)', async () => {
    const page = await ctx.openExtensionPage('popup.html');
    await chooseFile(ctx.b, page, fixturePath('bounces/exchange-de-unzustellbar-mailbox-full.eml'));
    const answer = await answerOf(page);
    assertPanelAnswer(answer, { status: '5.2.2', verdict: 'act' });
    await clearAnswer(page);
    await chooseFile(ctx.b, page, fixturePath('bounces/yandex-ru-koi8r.eml'));
    assert.equal((await answerOf(page)).type, 'panel');
  });

  ctx.test('a dropped file is answered, and so is a dropped delay (wait)', async () => {
    const page = await ctx.openExtensionPage('popup.html');
    await dropFile(page, 'delay.eml', readFileSync(fixturePath('bounces/postfix-delay-no-ptr.eml')), 'message/rfc822');
    const answer = await answerOf(page);
    assert.equal(answer.type, 'panel');
    assert.match(answer.status ?? '', /^4\./);
    await clearAnswer(page);
    await dropFile(page, 'notice.txt', Buffer.from(RENDERED_POSTFIX), 'text/plain');
    assertPanelAnswer(await answerOf(page), { status: '5.1.1', reply: '550' });
  });

  ctx.test('ordinary mail gets a clear "not a bounce", pasted or as a file', async () => {
    const page = await ctx.openExtensionPage('popup.html');
    await typeText(page, ORDINARY);
    await clickDeep(page, '[data-bounce-lens="analyze"]');
    const answer = await answerOf(page);
    assert.equal(answer.type, 'not-a-bounce');
    assert.match(answer.text, /^Not a bounce/);
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-bounce-lens="panel"]').length), 0);
    await chooseFile(ctx.b, page, fixturePath('ordinary/mailing-list-quotes-550.eml'));
    await until(() => textOf(page, '[data-bounce-lens="not-a-bounce"]'), { what: 'not a bounce for the file' });
  });

  ctx.test('errors are said, never a blank: empty, over 5 MB, binary, empty file', async () => {
    const page = await ctx.openExtensionPage('popup.html');
    await clickDeep(page, '[data-bounce-lens="analyze"]');
    let answer = await answerOf(page);
    assert.equal(answer.type, 'error');
    assert.equal(answer.role, 'alert');
    assert.match(answer.text, /paste a notice or choose a file/);

    await dropFile(page, 'huge.eml', { size: 5 * 1024 * 1024 + 1, fill: 65 });
    await until(async () => /huge\.eml is larger than 5 MB/.test((await textOf(page, '[data-bounce-lens="error"]')) ?? ''), { what: 'the size error' });

    await dropFile(page, 'photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await until(async () => /photo\.png is not a text file/.test((await textOf(page, '[data-bounce-lens="error"]')) ?? ''), { what: 'the binary error' });

    await dropFile(page, 'empty.txt', Buffer.alloc(0));
    await until(async () => (await textOf(page, '[data-bounce-lens="error"]')) === 'empty.txt is empty.', { what: 'the empty-file error' });

    await typeText(page, 'x'.repeat(5 * 1024 * 1024 + 10));
    await clickDeep(page, '[data-bounce-lens="analyze"]');
    await until(async () => /pasted text is larger than 5 MB/.test((await textOf(page, '[data-bounce-lens="error"]')) ?? ''), { what: 'the pasted-size error' });
    answer = await answerOf(page);
    assert.equal(answer.type, 'error');
  });

  ctx.test('Copy summary puts a plain-text summary on the clipboard and announces "Copied"', async () => {
    const page = await ctx.openExtensionPage('popup.html');
    await pasteText(page, RENDERED_POSTFIX);
    await answerOf(page);
    assert.equal(await textOf(page, '.copied'), '');
    await clickDeep(page, '[data-bounce-lens="copy-summary"]');
    await until(async () => (await textOf(page, '.copied')) === 'Copied', { what: '"Copied"' });
    const live = await page.evaluate(() => {
      const el = document.querySelector('[data-bounce-lens="panel"]').shadowRoot.querySelector('.copied');
      return { role: el.getAttribute('role'), live: el.getAttribute('aria-live') };
    });
    assert.deepEqual(live, { role: 'status', live: 'polite' });
    const clip = await readClipboard(ctx.b);
    assert.match(clip, /^Mail delivery problem: \S+@\S+ doesn't exist — check the address, then send again$/m);
    assert.match(clip, /^What you do:$/m);
    assert.match(clip, /^For your IT admin:$/m);
    assert.match(clip, /^- kim@example\.org$/m);
    assert.match(clip, /^ {2}Codes: 550 5\.1\.1$/m);
    assert.match(clip, /^ {2}The remote server's words: .*Recipient address rejected/m);
    assert.match(clip, /^ {2}Remote host: mx\.example\.org( \[[\d.]+\])?$/m);
    assert.match(clip, /^1\. /m);
    assert.match(clip, /^Analyzed locally in the browser by Bounce Lens; the notice was not sent anywhere\.$/m);
  });

  ctx.test('keyboard only: type, Explain, reach the panel\'s buttons; the answer is announced', async () => {
    const page = await ctx.openExtensionPage('popup.html');
    await page.evaluate(() => document.activeElement?.blur?.());
    // Tab from the top of the page: Settings, then the text area.
    const focused = () => page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? (el.getAttribute('data-bounce-lens') ?? el.tagName.toLowerCase()) : null;
    });
    for (let i = 0; i < 5 && (await focused()) !== 'paste-input'; i++) await page.keyboard.press('Tab');
    assert.equal(await focused(), 'paste-input');
    await page.keyboard.type('<lee@example.net>: host mx.example.net[192.0.2.60] said: 450 4.2.1 Please try again later (in reply to end of DATA command)');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'analyze');
    await page.keyboard.press('Enter');
    const answer = await answerOf(page);
    assertPanelAnswer(answer, { status: '4.2.1', reply: '450' });
    const announced = await page.evaluate(() => document.querySelector('.result [role="status"]').textContent);
    assert.ok(announced.length > 5, `the answer is announced in a live region (got "${announced}")`);
    // On through the file chooser into the panel: its Copy summary button is reachable and works with Enter.
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focused()) === 'copy-summary';
    }
    assert.ok(reached, 'Copy summary is reachable with Tab');
    await page.keyboard.press('Enter');
    await until(async () => (await textOf(page, '.copied')) === 'Copied', { what: '"Copied" after Enter' });
    assert.match(await readClipboard(ctx.b), /^- lee@example\.net$/m);
  });

  for (const width of [360, 800]) {
    for (const scheme of ['light', 'dark']) {
      ctx.test(`readable at ${width} px in ${scheme}: nothing overflows sideways`, async () => {
        const { page, dark, done } = await popupIn(ctx, scheme);
        try {
          await ctx.b.setViewport(page, width, 700);
          await pasteText(page, readFileSync(fixturePath('bounces/exim-failure-two-recipients.eml'), 'utf8'));
          await answerOf(page);
          await page.evaluate(() => {
            for (const d of document.querySelector('[data-bounce-lens="panel"]').shadowRoot.querySelectorAll('details')) d.open = true;
          });
          await sleep(200);
          const layout = await page.evaluate(() => {
            const doc = document.documentElement;
            const host = document.querySelector('[data-bounce-lens="panel"]');
            const wide = [];
            for (const el of [document.body, ...document.body.querySelectorAll('*'), ...host.shadowRoot.querySelectorAll('*')]) {
              if (el.tagName === 'STYLE') continue;
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.right > doc.clientWidth + 1) wide.push(`${el.tagName.toLowerCase()}.${el.className}`);
            }
            return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, wide: wide.slice(0, 5),
              theme: host.getAttribute('data-theme'), bg: getComputedStyle(doc).backgroundColor };
          });
          assert.ok(layout.scrollWidth <= layout.clientWidth + 1, `page scrolls sideways: ${JSON.stringify(layout)}`);
          assert.deepEqual(layout.wide, [], 'elements beyond the right edge');
          assert.equal(layout.theme, dark ? 'dark' : 'light', 'the panel follows the colour scheme');
          const [r, g, b] = layout.bg.match(/\d+/g).map(Number);
          assert.equal(r + g + b < 200, dark, `page background ${layout.bg} for ${scheme}`);
          await screenshot(page, `popup-${ctx.name}-${width}-${scheme}`, { fullPage: true });
          assertNoPageErrors(page, 'popup');
        } finally {
          await done();
        }
      }, { timeout: 120_000 });
    }
  }
});

/**
 * The popup under prefers-color-scheme `scheme`: Chromium emulates it on the page; Firefox's driver cannot
 * (WebDriver BiDi has no media emulation), so a dark Firefox is a second browser with the content colour
 * scheme overridden by its preference. Returns the page, whether dark is in effect, and how to clean up.
 */
async function popupIn(ctx, scheme) {
  let extra = null;
  let page;
  if (ctx.b.name === 'chromium') {
    page = await ctx.openExtensionPage('popup.html');
    await page.emulateMedia({ colorScheme: scheme });
  } else if (scheme === 'light') {
    page = await ctx.openExtensionPage('popup.html');
  } else {
    extra = await launchBrowser('firefox', { prefs: { 'layout.css.prefers-color-scheme.content-override': 0 } });
    page = await extra.openExtensionPage('popup.html');
  }
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  assert.equal(dark, scheme === 'dark', `prefers-color-scheme: ${scheme} in effect`);
  return { page, dark, done: async () => extra?.close() };
}
