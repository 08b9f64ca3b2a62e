// The extension's life under an open webmail tab: updated or reloaded (each browser fails its own way), and
// its background worker stopped while a request is pending. Each test runs in the browser where the fault
// exists: Firefox injects the new version into open tabs (two panels appeared, the old one dead); Chromium
// leaves the old script running cut off from its extension, and stops service workers.
import assert from 'node:assert/strict';
import { clickInPanel, distFor, pageConsole, readPanels, waitForPanels } from './harness.mjs';
import { gmailMessageHtml, gmailPage } from './pages/gmail.mjs';
import * as S from './samples.mjs';
import { assertPanel, eachBrowser, onePanelOn } from './suite.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ours = (page) => pageConsole(page).filter((m) => m.text.includes('[Bounce Lens]'));
/** What a panel shows when it is drawn without the extension's strings: the raw message keys. */
const RAW_KEYS = /\b(?:verdictActShort|verdictWait|verdictEnded|youDoLabel|forAdminLabel|copySummary|expand|collapse|dismissLabel|recipientsLabel)\b/;

async function collapsedState(page, index = 0) {
  return page.evaluate((i) => document.querySelectorAll('[data-bounce-lens="panel"]')[i]
    ?.shadowRoot?.querySelector('button[aria-expanded]')?.getAttribute('aria-expanded') ?? null, index);
}

/** The extension's service worker (started if it is not running: opening a page of the extension wakes it). */
async function serviceWorker(context) {
  const running = context.serviceWorkers();
  if (running.length) return running[0];
  return context.waitForEvent('serviceworker', { timeout: 10_000 });
}

eachBrowser('Lifecycle', (ctx) => {
  if (ctx.name === 'firefox') {
    ctx.test('add-on reinstalled (update) with a bounce open: exactly one panel, and it is live', async () => {
      const sample = S.postfixUserUnknown;
      const page = await ctx.open(gmailPage({ threads: [S.asThread(sample)] }));
      assertPanel(onePanelOn(await waitForPanels(page, 1), sample.id), sample.expect);
      // The same id again: Firefox replaces the add-on and injects the new version's script into this tab.
      await ctx.b.browser.installExtension(distFor('firefox'));
      await sleep(2500);
      const panels = await waitForPanels(page, 1, { settleMs: 1000 });
      assertPanel(onePanelOn(panels, sample.id, 'after reinstall'), sample.expect);
      // Live: the user's click collapses it.
      assert.equal(await collapsedState(page), 'true');
      assert.ok(await clickInPanel(page, 'button[aria-expanded]'));
      const deadline = Date.now() + 5000;
      while ((await collapsedState(page)) !== 'false' && Date.now() < deadline) await sleep(100);
      assert.equal(await collapsedState(page), 'false', 'the remaining panel answers Collapse');
      assert.equal((await readPanels(page)).length, 1);
    });
  }

  if (ctx.name === 'chromium') {
    ctx.test('service worker stopped while an answer is pending: the request is retried, the panel appears', async () => {
      const sample = S.postfixUserUnknown;
      const thread = { id: 't-sw', subject: 'Quarterly figures', messages: [S.asMessage(S.ordinaryLunch)] };
      const page = await ctx.open(gmailPage({ threads: [thread] }));
      const sw = await serviceWorker(ctx.b.context);
      const cdp = await ctx.b.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      // A busy worker: its event loop blocked, so the request queues; then the browser stops it.
      await sw.evaluate(() => {
        setTimeout(() => {
          const until = Date.now() + 8000;
          while (Date.now() < until);
        }, 0);
      });
      await sleep(100);
      await page.evaluate((html) => window.__fixture.insertMessage(html), gmailMessageHtml(S.asMessage(sample), { threadId: 't-sw' }));
      // The content script reads the new message when the page is idle (at most ~0.5 s) and asks the worker.
      await sleep(2500);
      assert.equal((await readPanels(page)).length, 0, 'no answer while the worker is blocked');
      await cdp.send('ServiceWorker.stopAllWorkers');
      const panels = await waitForPanels(page, 1, { timeout: 15_000 });
      assertPanel(onePanelOn(panels, sample.id), sample.expect);
      assert.deepEqual(ours(page).filter((m) => m.type === 'error'), [], 'the retried request logged no error');
    }, { timeout: 120_000 });

    ctx.test('extension reloaded under an open tab: the old script stops, freezes its panel, logs once', async () => {
      const sample = S.postfixUserUnknown;
      const page = await ctx.open(gmailPage({ threads: [S.asThread(sample)] }));
      assertPanel(onePanelOn(await waitForPanels(page, 1), sample.id), sample.expect);
      const before = (await readPanels(page))[0].text;
      const sw = await serviceWorker(ctx.b.context);
      await sw.evaluate(() => {
        setTimeout(() => chrome.runtime.reload(), 50);
      }).catch(() => {});
      await sleep(2000);
      // Small changes in the open message, as webmail makes them; then another bounce arrives.
      for (let i = 0; i < 5; i++) {
        await page.evaluate((n) => {
          document.querySelector('[data-fixture-body]')?.append(Object.assign(document.createElement('div'), { textContent: `change ${n}` }));
        }, i);
        await sleep(400);
      }
      await page.evaluate((html) => window.__fixture.insertMessage(html),
        gmailMessageHtml(S.asMessage(S.gmailAddressNotFound), { threadId: `t-${sample.id}` }));
      await sleep(2000);
      const logged = ours(page);
      assert.ok(logged.length <= 1, `at most one log line, got ${logged.length}: ${JSON.stringify(logged.map((m) => m.text.slice(0, 120)))}`);
      const panels = await readPanels(page);
      assert.equal(panels.length, 1, 'the old panel stays (frozen); none is added by a script that can no longer analyze');
      const [panel] = panels;
      assert.equal(panel.attributes['data-frozen'], '', 'the panel is frozen');
      assert.doesNotMatch(panel.textContent, RAW_KEYS, 'no raw message keys');
      assert.equal(await page.evaluate(() => document.querySelector('[data-bounce-lens="panel"]').shadowRoot.querySelectorAll('button').length), 0,
        'no dead buttons');
      assert.ok(panel.text.startsWith(before.split('\n')[0]), 'it still shows what it showed');
    });
  }
});
