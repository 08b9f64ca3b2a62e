// Recent bounces and what the inline panel adds: bounces opened in Gmail and Outlook are listed in the popup
// (newest first, filtered, opened to their panel), cleared and switched off from the options page; a repeated
// delay from the same domain changes the panel's advice; Copy summary works inline (clipboard read back).
import assert from 'node:assert/strict';
import { readClipboard, waitForPanels } from './harness.mjs';
import {
  answerOf, assertPanelAnswer, clickDeep, historyItems, sleep, storageGet, storageSet, textOf, until,
} from './extension-pages.mjs';
import { gmailPage } from './pages/gmail.mjs';
import { outlookPage } from './pages/outlook.mjs';
import * as S from './samples.mjs';
import { assertPanel, eachBrowser, onePanelOn } from './suite.mjs';

const DAY = 24 * 3600_000;

/** Empty history, history on (the browser profile is shared by the tests of one file). */
async function resetHistory(ctx) {
  const page = await ctx.openExtensionPage('popup.html');
  await storageSet(page, { history: [], historyOff: false });
  return page;
}

/** The history list as stored (background-written), once it holds `n` entries. */
async function storedHistory(page, n) {
  return until(async () => {
    const got = (await storageGet(page, 'history')).history ?? [];
    return got.length >= n ? got : null;
  }, { what: `${n} stored history entries` });
}

/** A delay entry from `daysAgo` days back for `address`, as the background would have written it. */
function delayEntry(id, daysAgo, address) {
  const t = Date.now() - daysAgo * DAY;
  return {
    id, seen: t, at: t, site: 'mail.google.com', kind: 'delay', reporter: 'postfix', more: 0,
    recipients: [{ address, action: 'delayed', reply: 450, status: '4.2.1', reason: 'speeding', evidence: 'status', cause: 'recipient-rate-limit', verdict: 'wait', actor: 'nobody' }],
  };
}

eachBrowser('Recent bounces', (ctx) => {
  ctx.test('bounces opened in Gmail and Outlook are listed in the popup, newest first; the filter narrows; one opens to its panel', async () => {
    const control = await resetHistory(ctx);
    const gmail = await ctx.open(gmailPage({ threads: [S.asThread(S.gmailAddressNotFound)] }));
    assertPanel(onePanelOn(await waitForPanels(gmail, 1), S.gmailAddressNotFound.id), S.gmailAddressNotFound.expect);
    await storedHistory(control, 1);
    // The Outlook notice comes later, so it is listed first.
    await sleep(20);
    const outlook = await ctx.open(outlookPage({ conversations: [S.asThread(S.exchangeNewDesign)] }));
    assertPanel(onePanelOn(await waitForPanels(outlook, 1), S.exchangeNewDesign.id), S.exchangeNewDesign.expect);
    const stored = await storedHistory(control, 2);
    // What is kept: no body, no subject, no sender, no server words.
    const raw = JSON.stringify(stored);
    for (const secret of ['Project kickoff', 'Delivery Status Notification', 'mailer-daemon', 'RESOLVER.ADR', 'does not exist', 'postmaster@']) {
      assert.ok(!raw.includes(secret), `history keeps "${secret}": ${raw}`);
    }
    assert.deepEqual(stored.map((e) => e.site), ['mail.google.com', 'outlook.office.com']);

    const popup = await ctx.openExtensionPage('popup.html');
    const items = await until(async () => ((await historyItems(popup)).length === 2 ? historyItems(popup) : null), { what: 'two listed bounces' });
    assert.match(items[0].text, /pat@example\.net/);
    assert.match(items[0].text, /550 5\.1\.10/);
    assert.match(items[0].text, /outlook\.office\.com/);
    assert.match(items[1].text, /no\.such\.user@example\.net/);
    assert.match(items[1].text, /mail\.google\.com/);

    await popup.evaluate(() => {
      const f = document.querySelector('[data-bounce-lens="history-filter"]');
      f.value = 'gmail';
      f.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await until(async () => (await historyItems(popup)).length === 1, { what: 'the filter to leave one' });
    assert.match((await historyItems(popup))[0].text, /no\.such\.user@example\.net/);

    await clickDeep(popup, '[data-bounce-lens="history-item"]');
    assertPanelAnswer(await answerOf(popup), S.gmailAddressNotFound.expect);
    const focusedResult = await popup.evaluate(() => document.activeElement?.getAttribute('data-bounce-lens'));
    assert.equal(focusedResult, 'result', 'focus moves to the opened answer');
  });

  ctx.test('Clear history on the options page empties the list', async () => {
    const control = await resetHistory(ctx);
    const gmail = await ctx.open(gmailPage({ threads: [S.asThread(S.postfixUserUnknown)] }));
    await waitForPanels(gmail, 1);
    await storedHistory(control, 1);
    const popup = await ctx.openExtensionPage('popup.html');
    await until(async () => (await historyItems(popup)).length === 1, { what: 'one listed bounce' });

    const options = await ctx.openExtensionPage('options.html');
    await clickDeep(options, '[data-bounce-lens="clear-history"]');
    await until(async () => /History cleared: 1 deleted\./.test((await textOf(options, '[role="status"]')) ?? ''), { what: 'the cleared message' });
    // The open popup follows the change.
    await until(() => popup.evaluate(() => !!document.querySelector('[data-bounce-lens="history-empty"]')), { what: 'the popup to show an empty list' });
    assert.deepEqual((await storageGet(control, 'history')).history, undefined);
  });

  ctx.test('history switched off: a bounce opened in Gmail is not kept, and the popup says so', async () => {
    const control = await resetHistory(ctx);
    const options = await ctx.openExtensionPage('options.html');
    await clickDeep(options, '[data-bounce-lens="history-off-switch"]');
    await until(() => options.evaluate(() => document.querySelector('[data-bounce-lens="history-off-switch"]').getAttribute('aria-checked') === 'true'), { what: 'the switch on' });
    assert.equal((await storageGet(control, 'historyOff')).historyOff, true);
    try {
      const gmail = await ctx.open(gmailPage({ threads: [S.asThread(S.eximMailboxFull)] }));
      assertPanel(onePanelOn(await waitForPanels(gmail, 1), S.eximMailboxFull.id), S.eximMailboxFull.expect);
      await sleep(500);
      assert.deepEqual((await storageGet(control, 'history')).history ?? [], []);
      const popup = await ctx.openExtensionPage('popup.html');
      await until(() => popup.evaluate(() => document.querySelector('[data-bounce-lens="history-off"]')?.textContent), { what: 'the "switched off" note' });
      assert.equal((await historyItems(popup)).length, 0);
    } finally {
      await storageSet(control, { historyOff: false });
    }
  });

  ctx.test('a delay from a domain that delayed mail on earlier days says so, and who should look into it', async () => {
    const control = await resetHistory(ctx);
    await storageSet(control, { history: [delayEntry('d3', 3, 'ana@example.net'), delayEntry('d2', 2, 'lee@example.net')] });
    const recent = new Date(Date.now() - 3600_000).toISOString();
    const gmail = await ctx.open(gmailPage({ threads: [S.asThread(S.postfixRateLimitDelay, { messages: [S.asMessage(S.postfixRateLimitDelay, { date: recent })] })] }));
    const panel = onePanelOn(await waitForPanels(gmail, 1), S.postfixRateLimitDelay.id);
    assertPanel(panel, S.postfixRateLimitDelay.expect);
    const note = await until(() => textOf(gmail, '[data-bounce-lens="repeat-note"]'), { what: 'the repeat note' });
    assert.match(note, /^3rd delay from example\.net since \w+\. Each one clears by itself, but a problem that keeps coming back needs .+ to look into it\.$/);
    // Copy summary inline: the clipboard gets the summary, repeat note included.
    await clickDeep(gmail, '[data-bounce-lens="copy-summary"]');
    await until(async () => (await textOf(gmail, '.copied')) === 'Copied', { what: '"Copied" in the inline panel' });
    const clip = await readClipboard(ctx.b);
    assert.match(clip, /^Mail delivery problem: Not delivered yet to \S+@\S+ — nothing to do$/m);
    assert.match(clip, /^- lee@example\.net$/m);
    assert.match(clip, /^ {2}Codes: 450 4\.2\.1$/m);
    assert.match(clip, /^ {2}Remote host: mx\.example\.net( \[[\d.]+\])?$/m);
    assert.match(clip, /^3rd delay from example\.net since \w+\.$/m);
    assert.match(clip, /^Analyzed locally in the browser by Bounce Lens/m);
    // And it was added to the history itself.
    assert.equal((await storedHistory(control, 3)).length, 3);
  });

  ctx.test('no repeat note for a first delay, nor when the earlier ones were today', async () => {
    const control = await resetHistory(ctx);
    const now = Date.now();
    const midnight = new Date(now).setHours(0, 0, 0, 0);
    const today = delayEntry('today', 0, 'ana@example.net');
    today.at = today.seen = Math.max(midnight, now - 60_000);
    await storageSet(control, { history: [today] });
    const sent = new Date(now).toISOString();
    const gmail = await ctx.open(gmailPage({ threads: [S.asThread(S.postfixRateLimitDelay, { id: 't-first-delay', messages: [S.asMessage(S.postfixRateLimitDelay, { date: sent })] })] }));
    await waitForPanels(gmail, 1);
    await sleep(300);
    assert.equal(await textOf(gmail, '[data-bounce-lens="repeat-note"]'), null);
  });

  ctx.test('Copy summary in an inline panel (Outlook): clipboard holds the codes, server words and steps', async () => {
    await resetHistory(ctx);
    const outlook = await ctx.open(outlookPage({ conversations: [S.asThread(S.exchangeNewDesign)] }));
    await waitForPanels(outlook, 1);
    await clickDeep(outlook, '[data-bounce-lens="copy-summary"]');
    await until(async () => (await textOf(outlook, '.copied')) === 'Copied', { what: '"Copied"' });
    const clip = await readClipboard(ctx.b);
    assert.match(clip, /^- pat@example\.net$/m);
    assert.match(clip, /^ {2}Codes: 550 5\.1\.10$/m);
    assert.match(clip, /^ {2}The remote server's words: 550 5\.1\.10/m);
    assert.match(clip, /^What you do:$/m);
    assert.match(clip, /^1\. /m);
    assert.match(clip, /^Analyzed locally in the browser by Bounce Lens; the notice was not sent anywhere\.$/m);
  });
});
