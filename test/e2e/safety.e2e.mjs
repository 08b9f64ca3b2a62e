// The extension stays quiet on ordinary mail, never turns mail text into markup, and throws nothing at the page.
import assert from 'node:assert/strict';
import { injectedContent, pageDialogs, panelsAfter, readPanels, waitForPanels } from './harness.mjs';
import { gmailMessageHtml, gmailPage } from './pages/gmail.mjs';
import { outlookMessageHtml, outlookPage } from './pages/outlook.mjs';
import * as S from './samples.mjs';
import { assertPanel, eachBrowser, onePanelOn } from './suite.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Elements the page would only have if mail text had become markup. */
function activeContentOutsidePanels(page) {
  return page.evaluate(() => ({
    imgX: document.querySelectorAll('img[src="x"]').length,
    scripts: document.scripts.length,
  }));
}

eachBrowser('Safety', (ctx) => {
  ctx.test('harness self-check: a page dialog is detected (so "no dialog" can fail)', async () => {
    const page = await ctx.open(gmailPage({ threads: [S.asThread(S.ordinaryLunch)] }));
    await page.evaluate(() => { setTimeout(() => alert('probe'), 0); });
    const deadline = Date.now() + 5000;
    while (!pageDialogs(page).length && Date.now() < deadline) await sleep(50);
    assert.deepEqual(pageDialogs(page).map((d) => d.message), ['probe']);
  });

  ctx.test('Gmail: no panel on an ordinary mail quoting "550 5.1.1 User unknown" (then a bounce arrives: one panel)', async () => {
    const thread = { id: 't-ord', subject: S.ordinaryQuoting550.subject, messages: [S.asMessage(S.ordinaryQuoting550)] };
    const page = await ctx.open(gmailPage({ threads: [thread] }));
    assert.deepEqual((await panelsAfter(page, 1500)).map((p) => p.fixtureId), [], 'no panel on ordinary mail');
    // Positive control: the extension is alive on this page and does react to a real bounce.
    await page.evaluate((html) => window.__fixture.insertMessage(html),
      gmailMessageHtml(S.asMessage(S.postfixUserUnknown), { threadId: 't-ord' }));
    const panels = await waitForPanels(page, 1, { settleMs: 600 });
    assertPanel(onePanelOn(panels, S.postfixUserUnknown.id), S.postfixUserUnknown.expect);
  });

  ctx.test('Outlook: no panel on an ordinary mail quoting "550 5.1.1 User unknown" (then a bounce arrives: one panel)', async () => {
    const conv = { id: 'c-ord', subject: S.ordinaryQuoting550.subject, messages: [S.asMessage(S.ordinaryQuoting550)] };
    const page = await ctx.open(outlookPage({ conversations: [conv] }));
    assert.deepEqual((await panelsAfter(page, 1500)).map((p) => p.fixtureId), [], 'no panel on ordinary mail');
    await page.evaluate((html) => window.__fixture.insertMessage(html),
      outlookMessageHtml(S.asMessage(S.exchangeClassic), { n: 4242 }));
    const panels = await waitForPanels(page, 1, { settleMs: 600 });
    assertPanel(onePanelOn(panels, S.exchangeClassic.id), S.exchangeClassic.expect);
  });

  for (const [site, sample, build] of [
    ['Gmail (text/plain notice)', S.hostilePostfix, (s) => gmailPage({ threads: [S.asThread(s)] })],
    ['Outlook (HTML notice)', S.hostileExchange, (s) => outlookPage({ conversations: [S.asThread(s)] })],
  ]) {
    ctx.test(`${site}: a hostile diagnostic is shown as text — no dialog, no injected element`, async () => {
      const page = await ctx.open(build(sample));
      const before = await activeContentOutsidePanels(page);
      const panels = await waitForPanels(page, 1);
      assertPanel(onePanelOn(panels, sample.id), sample.expect);
      // Open every <details> so that a late render of the technical section is exercised too.
      await page.evaluate(() => {
        for (const h of document.querySelectorAll('[data-bounce-lens="panel"]')) {
          for (const d of h.shadowRoot?.querySelectorAll('details') ?? []) d.open = true;
        }
      });
      await sleep(800);
      const [panel] = await readPanels(page);
      assert.ok(panel.textContent.includes(S.HOSTILE_IMG),
        `the diagnostic's markup appears literally in the panel text; got: ${panel.textContent.slice(0, 600)}`);
      assert.ok(panel.textContent.includes('<script>alert(2)</script>'),
        'the </style><script> part appears literally too');
      assert.deepEqual(pageDialogs(page), [], 'no dialog fired');
      assert.deepEqual(await injectedContent(page), [], 'no img/script/handler inside the shadow root');
      assert.deepEqual(await activeContentOutsidePanels(page), before, 'no img[src=x] or script added to the page');
    });
  }

  ctx.test('no exception reaches the page across a busy session (navigation, inserts, removals)', async () => {
    const threads = [S.asThread(S.gmailAddressNotFound), S.asThread(S.ordinaryLunch), S.asThread(S.hostilePostfix)];
    const page = await ctx.open(gmailPage({ threads }));
    await waitForPanels(page, 1, { settleMs: 0 });
    for (let i = 0; i < 3; i++) {
      for (const t of threads) {
        await page.evaluate((id) => window.__fixture.openThread(id), t.id);
        await sleep(150);
      }
    }
    await page.evaluate(() => window.__fixture.showList());
    await sleep(300);
    await page.evaluate(() => window.__fixture.openThread('t-gmail-address-not-found'));
    await page.evaluate(() => document.querySelector('[data-fixture-body]')?.remove());
    await sleep(500);
    await page.evaluate(() => window.__fixture.openThread('t-hostile-diagnostic'));
    await waitForPanels(page, 1, { settleMs: 500 });
    // The suite's per-test check asserts that no pageerror was seen; dialogs are checked here.
    assert.deepEqual(pageDialogs(page), []);
  });
});
