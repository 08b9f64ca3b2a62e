// The panel in the browser's language (issue 15): with the browser's UI in German or in Japanese, Gmail and
// Outlook notices get a panel that speaks it throughout — its strings, its advice, its `lang` — and nothing is
// clipped at 320 px (German words are long; Japanese has no spaces to wrap at). Screenshots go to test-output/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, panelLayout, screenshot, waitForPanels } from './harness.mjs';
import { sleep, until } from './extension-pages.mjs';

/** Chooses an option the way each driver does (playwright: selectOption, puppeteer: select). */
async function choose(page, selector, value) {
  if (typeof page.selectOption === 'function') await page.selectOption(selector, value);
  else await page.select(selector, value);
}
import { gmailPage } from './pages/gmail.mjs';
import { outlookPage } from './pages/outlook.mjs';
import * as S from './samples.mjs';
import { eachBrowser } from './suite.mjs';

const messages = (code) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'public/_locales', code, 'messages.json'), 'utf8'));
const EN = messages('en');

/** English words the panel's own text must not show in another language (the notice's words are kept closed). */
const ENGLISH = /\b(?:the|your|you|and|with|this|that|from|will|have|not|they|again|address|recipient)\b/gi;

async function visibleText(page, index = 0) {
  return page.evaluate((i) => {
    const host = document.querySelectorAll('[data-bounce-lens="panel"]')[i];
    const root = host?.shadowRoot;
    if (!root) return { lang: null, text: '', headline: '' };
    // what a reader sees: closed <details> show only their summary
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) parts.push(child.textContent);
        else if (child.nodeType === 1 && child.tagName !== 'STYLE') {
          if (child.tagName === 'DETAILS' && !child.open) parts.push(child.querySelector('summary')?.textContent ?? '');
          else walk(child);
        }
      }
    };
    walk(root);
    return { lang: host.getAttribute('lang'), text: parts.join(' '), headline: root.querySelector('[data-bounce-lens="headline"]')?.textContent ?? '' };
  }, index);
}

function assertFits(layouts, label) {
  assert.ok(layouts.length > 0, `no panel (${label})`);
  for (const l of layouts) {
    assert.deepEqual(l.overflowing, [], `text clipped inside the panel (${label})`);
    assert.equal(l.hostOverflow, false, `panel host overflows (${label})`);
    assert.equal(l.fits, true, `panel not within the 320 px pane (${label})`);
  }
}

for (const code of ['de', 'ja']) {
  const local = messages(code);
  eachBrowser(`Panel in the browser's language: ${code}`, (ctx) => {
    const pages = [
      { label: 'gmail', open: () => gmailPage({ variant: 'preview', paneWidth: 320, threads: [S.asThread(S.postfixUserUnknown)] }) },
      { label: 'outlook', open: () => outlookPage({ paneWidth: 320, conversations: [S.asThread(S.eximMailboxFull)] }) },
    ];
    for (const p of pages) {
      ctx.test(`${p.label}: strings, advice and lang in ${code}; nothing clipped at 320 px`, async () => {
        const page = await ctx.open(p.open());
        await waitForPanels(page, 1);
        const seen = await visibleText(page);
        assert.equal(seen.lang, code);
        for (const key of ['youDoLabel', 'forAdminLabel', 'copySummary', 'verdictActShort']) {
          assert.ok(seen.text.includes(local[key].message), `"${local[key].message}" (${key}) shown`);
          assert.ok(!seen.text.includes(EN[key].message), `no English "${EN[key].message}" (${key})`);
        }
        const english = (seen.text.replace(/\S+@\S+/g, ' ').match(ENGLISH) ?? []);
        assert.deepEqual(english, [], `English words in the ${code} panel: ${seen.text}`);
        assertFits(await panelLayout(page, '[data-fixture-pane]'), `${code} ${p.label}, closed`);
        await page.evaluate(() => {
          for (const d of document.querySelector('[data-bounce-lens="panel"]').shadowRoot.querySelectorAll('details')) d.open = true;
        });
        await sleep(200);
        assertFits(await panelLayout(page, '[data-fixture-pane]'), `${code} ${p.label}, all open`);
        console.log(`screenshot: ${await screenshot(page, `${ctx.name}-${code}-${p.label}-320`, { fullPage: true })}`);
      });
    }

    ctx.test(`the options page and the popup speak ${code}`, async () => {
      const options = await ctx.openExtensionPage('options.html');
      await until(async () => (await options.evaluate(() => document.body.innerText)).includes(local.optionsLanguage.message),
        { what: 'the language choice labelled in the browser language' });
      assert.equal(await options.evaluate(() => document.documentElement.lang), code);
      const popup = await ctx.openExtensionPage('popup.html');
      await until(async () => (await popup.evaluate(() => document.body.innerText)).includes(local.popupAnalyze.message),
        { what: 'the popup in the browser language' });
    });
  }, { launch: { locale: code } });
}

// A language chosen on the options page wins over the browser's (here: an English browser, French chosen).
eachBrowser('Panel in a chosen language', (ctx) => {
  ctx.test('choosing Français on the options page makes open and new panels French', async () => {
    const fr = messages('fr');
    const page = await ctx.open(gmailPage({ threads: [S.asThread(S.postfixUserUnknown)] }));
    await waitForPanels(page, 1);
    assert.equal((await visibleText(page)).lang, 'en');
    const options = await ctx.openExtensionPage('options.html');
    await until(() => options.evaluate(() => !!document.querySelector('[data-bounce-lens="language"]')), { what: 'the language choice' });
    await choose(options, '[data-bounce-lens="language"]', 'fr');
    await until(async () => (await options.evaluate(() => document.body.innerText)).includes(fr.optionsLanguage.message),
      { what: 'the options page in French' });
    // the open tab follows
    const deadline = Date.now() + 8000;
    let seen = await visibleText(page);
    while (seen.lang !== 'fr' && Date.now() < deadline) {
      await sleep(200);
      seen = await visibleText(page).catch(() => seen);
    }
    assert.equal(seen.lang, 'fr');
    assert.ok(seen.text.includes(fr.youDoLabel.message));
    // back to the browser's language
    await choose(options, '[data-bounce-lens="language"]', 'auto');
    await until(async () => (await visibleText(page)).lang === 'en', { what: 'the panel back in English' });
  });
});
