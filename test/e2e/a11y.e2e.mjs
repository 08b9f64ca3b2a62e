// axe-core (WCAG 2.1 A/AA and best practices) finds nothing to fix in the panel, in each of its states, light and
// dark, with its closed sections open too, and in the toolbar popup. Only our own elements are checked: the
// webmail fixture around them is not ours to fix.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, clickInPanel, waitForPanels } from './harness.mjs';
import { answerOf, pasteText, sleep, until } from './extension-pages.mjs';
import { gmailPage } from './pages/gmail.mjs';
import { outlookPage } from './pages/outlook.mjs';
import * as S from './samples.mjs';
import { eachBrowser } from './suite.mjs';

const AXE = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** axe's violations inside every Bounce Lens panel host (shadow roots included), as "rule: target" lines. */
async function violations(page, { openDetails = false } = {}) {
  await page.evaluate(AXE);
  if (openDetails) {
    await page.evaluate(() => {
      for (const h of document.querySelectorAll('[data-bounce-lens="panel"]')) for (const d of h.shadowRoot.querySelectorAll('details')) d.open = true;
    });
    await sleep(200);
  }
  return page.evaluate(async (tags) => {
    const hosts = Array.from(document.querySelectorAll('[data-bounce-lens="panel"]'));
    const found = [];
    for (const host of hosts) {
      // (region: the panel is a labelled region of its own, placed inside the webmail's message, not a landmark of the page)
      const result = await window.axe.run(host, { runOnly: { type: 'tag', values: tags }, rules: { region: { enabled: false } } });
      for (const v of result.violations) for (const n of v.nodes) found.push(`${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`);
    }
    return { hosts: hosts.length, found };
  }, TAGS);
}

const recent = () => new Date(Date.now() - 3600_000).toISOString();

eachBrowser('Accessibility (axe)', (ctx) => {
  const pages = [
    { label: 'Gmail light: act, wait, compact beside the native card', open: () => gmailPage({ threads: [
      S.asThread(S.postfixUserUnknown),
      S.asThread(S.postfixRateLimitDelay, { messages: [S.asMessage(S.postfixRateLimitDelay, { date: recent() })] }),
      S.asThread(S.gmailAddressNotFound),
    ] }) },
    { label: 'Gmail dark', open: () => gmailPage({ theme: 'dark', threads: [S.asThread(S.eximMailboxFull), S.asThread(S.gmailDeliveryIncomplete)] }) },
    { label: 'Outlook light, several recipients', open: () => outlookPage({ conversations: [S.asThread(S.manyRecipientsPostfix(3)), S.asThread(S.exchangeNewDesign)] }) },
    { label: 'Outlook dark, German UI', open: () => outlookPage({ theme: 'dark', locale: 'de', conversations: [S.asThread(S.exchangeGerman)] }) },
  ];
  for (const p of pages) {
    ctx.test(`${p.label}: no violations, sections closed and open`, async () => {
      const page = await ctx.open(p.open());
      await waitForPanels(page, 1);
      const closed = await violations(page);
      assert.ok(closed.hosts >= 1);
      assert.deepEqual(closed.found, []);
      assert.deepEqual((await violations(page, { openDetails: true })).found, []);
    });
  }

  ctx.test('the undo strip after dismissing: no violations', async () => {
    const page = await ctx.open(gmailPage({ threads: [S.asThread(S.postfixUserUnknown)] }));
    await waitForPanels(page, 1);
    assert.ok(await clickInPanel(page, 'button[aria-label="Hide Bounce Lens for this message"]'));
    await until(() => page.evaluate(() => !!document.querySelector('[data-bounce-lens="panel"]')?.shadowRoot?.querySelector('[data-bounce-lens="undo-strip"]')), { what: 'the undo strip' });
    assert.deepEqual((await violations(page)).found, []);
    assert.ok(await clickInPanel(page, '[data-bounce-lens="undo-strip"] button'));
  });

  ctx.test('the toolbar popup with an answer: no violations in the page', async () => {
    const page = await ctx.openExtensionPage('popup.html');
    await pasteText(page, 'This is the mail system at host mx1.example.com.\n\n<kim@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <kim@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n');
    await answerOf(page);
    await page.evaluate(AXE);
    const found = await page.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
    }, TAGS);
    assert.deepEqual(found, []);
  });

  ctx.test('self-check: axe reports a violation we plant in a panel (so these checks can fail)', async () => {
    const page = await ctx.open(gmailPage({ threads: [S.asThread(S.postfixUserUnknown)] }));
    await waitForPanels(page, 1);
    await page.evaluate(() => {
      const root = document.querySelector('[data-bounce-lens="panel"]').shadowRoot;
      const b = document.createElement('button');
      root.querySelector('.body').append(b);
    });
    const { found } = await violations(page);
    assert.ok(found.some((line) => line.startsWith('button-name')), found.join('\n'));
  });
});
