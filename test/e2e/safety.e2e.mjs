// The extension stays quiet on ordinary mail, never turns mail text into markup, and throws nothing at the page.
import assert from 'node:assert/strict';
import { clickInPanel, extensionStorage, injectedContent, pageDialogs, panelsAfter, readPanels, waitForPanels } from './harness.mjs';
import { gmailMessageHtml, gmailPage, threadToken } from './pages/gmail.mjs';
import { outlookMessageHtml, outlookPage } from './pages/outlook.mjs';
import * as S from './samples.mjs';
import { assertPanel, eachBrowser, onePanelOn } from './suite.mjs';
import { until } from './extension-pages.mjs';

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

  // Firefox's innerText drops bidi controls, so there they reach the panel only from long bodies, which the
  // content script reads by walking the text (see bodyText); Chromium keeps them either way.
  for (const [what, sample] of [['a notice', S.bidiPostfix], ['a 300,000-character body', S.bidiPostfixLong]]) ctx.test(`bidi controls in a diagnostic (${what}) are shown as marks, isolated: the text reads in its own order`, async () => {
    const page = await ctx.open(gmailPage({ threads: [S.asThread(sample)] }));
    assertPanel(onePanelOn(await waitForPanels(page, 1), sample.id), sample.expect);
    const seen = await page.evaluate((run) => {
      const root = document.querySelector('[data-bounce-lens="panel"]').shadowRoot;
      for (const d of root.querySelectorAll('details')) d.open = true;
      const pre = root.querySelector('details pre');
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.data.includes(run)) node = walker.nextNode();
      const x = (i) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().left;
      };
      const at = node ? node.data.indexOf(run) : -1;
      return {
        text: root.textContent,
        marks: Array.from(root.querySelectorAll('.ctl'), (el) => el.textContent),
        isolated: !!pre.querySelector('bdi'),
        firstLeft: node ? x(at) : null,
        lastLeft: node ? x(at + run.length - 1) : null,
      };
    }, S.BIDI_RUN);
    assert.doesNotMatch(seen.text, /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/, 'no bidi control reaches the panel as itself');
    if (ctx.name === 'chromium' || sample === S.bidiPostfixLong) {
      assert.deepEqual(seen.marks.filter((m) => /^U\+(?:202E|202C|2067|2069)$/.test(m)).sort(), ['U+2067', 'U+2069', 'U+202C', 'U+202E'].sort());
    }
    assert.equal(seen.isolated, true, 'the diagnostic sits in a <bdi>');
    assert.ok(seen.firstLeft !== null && seen.firstLeft < seen.lastLeft,
      `"${S.BIDI_RUN}" reads left to right (first letter at ${seen.firstLeft}, last at ${seen.lastLeft})`);
  });

  ctx.test('the page cannot dismiss panels by script, nor store a forged megabyte-long id; the user can dismiss', async () => {
    const sample = S.postfixUserUnknown;
    const huge = 'f'.repeat(1_000_000);
    const fixture = gmailPage({ threads: [S.asThread(sample)] });
    fixture.html = fixture.html.replace(/data-legacy-message-id="[0-9a-f]+"/, `data-legacy-message-id="${huge}"`);
    assert.ok(fixture.html.includes(huge));
    const page = await ctx.open(fixture);
    const [panel] = await waitForPanels(page, 1);
    assert.ok(panel.messageKey.length <= 100, `bounded message key, got ${panel.messageKey.length} characters`);
    // A page script clicks Dismiss through the open shadow root, again and again.
    await page.evaluate(() => {
      for (let i = 0; i < 10; i++) {
        document.querySelector('[data-bounce-lens="panel"]').shadowRoot.querySelector('button[aria-label^="Hide"]').click();
      }
    });
    const after = await panelsAfter(page, 1000);
    assert.equal(after.length, 1, 'script clicks dismiss nothing');
    if (ctx.name === 'chromium') assert.deepEqual(Object.keys(await extensionStorage(ctx)).filter((k) => k.startsWith('panel:')), []);
    // The user's own click does: "hidden for this message · Undo" for ten seconds, then the panel goes.
    assert.ok(await clickInPanel(page, 'button[aria-label^="Hide"]'));
    await until(
      async () => /Hidden for this message/.test(await page.evaluate(() => document.querySelector('[data-bounce-lens="panel"]')?.shadowRoot?.querySelector('[data-bounce-lens="undo-strip"]')?.textContent ?? '')),
      { timeout: 3000, what: 'the "Hidden for this message" undo strip' },
    );
    const deadline = Date.now() + 14_000;
    while ((await readPanels(page)).length && Date.now() < deadline) await sleep(100);
    assert.equal((await readPanels(page)).length, 0, 'the user dismissed it');
    if (ctx.name === 'chromium') {
      const keys = Object.keys(await extensionStorage(ctx)).filter((k) => k.startsWith('panel:'));
      assert.equal(keys.length, 1);
      assert.ok(keys[0].length <= 120, `stored key of ${keys[0].length} characters`);
    }
    // Remembered under that key: the same message opened again stays dismissed.
    const again = await ctx.open(fixture);
    assert.equal((await panelsAfter(again, 2000)).length, 0, 'still dismissed after a reload');
  });

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
