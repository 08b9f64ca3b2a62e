// Single-page navigation: another message opened without reload, messages inserted or expanded after load.
import assert from 'node:assert/strict';
import { panelsAfter, readPanels, waitForPanels, waitForPanelsMatching } from './harness.mjs';
import { gmailMessageHtml, gmailPage, threadToken } from './pages/gmail.mjs';
import { outlookMessageHtml, outlookPage } from './pages/outlook.mjs';
import * as S from './samples.mjs';
import { assertPanel, eachBrowser, onePanelOn } from './suite.mjs';

const only = (id) => (panels) => panels.length === 1 && panels[0].fixtureId === id && panels[0].visible;

eachBrowser('Navigation', (ctx) => {
  ctx.test('Gmail: opening other conversations without reload (list click, URL hash, back)', async () => {
    const threads = [S.asThread(S.gmailAddressNotFound), S.asThread(S.postfixRateLimitDelay),
      S.asThread(S.ordinaryLunch), S.asThread(S.eximMailboxFull)];
    // Start on the thread list, nothing open.
    const page = await ctx.open(gmailPage({ threads, open: null }));
    assert.equal((await panelsAfter(page, 500)).length, 0);
    const loadId = await page.evaluate(() => (window.__loadMarker = Math.random()));

    // A click on a list row, as a user would.
    await page.click(`tr[data-fixture-thread="t-${S.gmailAddressNotFound.id}"] .bog`);
    let panels = await waitForPanelsMatching(page, only(S.gmailAddressNotFound.id), { what: 'panel on thread 1' });
    assertPanel(onePanelOn(panels, S.gmailAddressNotFound.id), S.gmailAddressNotFound.expect);

    // Through the router: location.hash, as Gmail's own links do.
    await page.evaluate((token) => { location.hash = `#inbox/${token}`; }, threadToken(`t-${S.postfixRateLimitDelay.id}`));
    panels = await waitForPanelsMatching(page, only(S.postfixRateLimitDelay.id), { what: 'panel on thread 2' });
    assertPanel(onePanelOn(panels, S.postfixRateLimitDelay.id), S.postfixRateLimitDelay.expect);

    // An ordinary message: the previous panel must not linger.
    await page.evaluate(() => window.__fixture.openThread('t-ordinary-lunch'));
    assert.deepEqual((await panelsAfter(page, 1000)).filter((p) => p.visible).map((p) => p.fixtureId), []);

    // Browser back (same document, hash history) → thread 2 again.
    await page.evaluate(() => history.back());
    panels = await waitForPanelsMatching(page, only(S.postfixRateLimitDelay.id), { what: 'panel after history.back()' });
    assertPanel(onePanelOn(panels, S.postfixRateLimitDelay.id), S.postfixRateLimitDelay.expect);

    await page.evaluate(() => window.__fixture.openThread('t-exim-mailbox-full'));
    panels = await waitForPanelsMatching(page, only(S.eximMailboxFull.id), { what: 'panel on thread 4' });
    assertPanel(onePanelOn(panels, S.eximMailboxFull.id), S.eximMailboxFull.expect);

    assert.equal(await page.evaluate(() => window.__loadMarker), loadId, 'the page was not reloaded');
  });

  ctx.test('Gmail preview pane: switching conversations by clicking list rows', async () => {
    const threads = [S.asThread(S.ordinaryQuoting550), S.asThread(S.gmailDeliveryIncomplete), S.asThread(S.postfixUserUnknown)];
    const page = await ctx.open(gmailPage({ variant: 'preview', threads }));
    assert.equal((await panelsAfter(page, 1000)).length, 0, 'no panel on the ordinary message');
    await page.click(`tr[data-fixture-thread="t-${S.gmailDeliveryIncomplete.id}"] .bog`);
    let panels = await waitForPanelsMatching(page, only(S.gmailDeliveryIncomplete.id));
    assertPanel(onePanelOn(panels, S.gmailDeliveryIncomplete.id), S.gmailDeliveryIncomplete.expect);
    await page.click(`tr[data-fixture-thread="t-${S.postfixUserUnknown.id}"] .bog`);
    panels = await waitForPanelsMatching(page, only(S.postfixUserUnknown.id));
    assertPanel(onePanelOn(panels, S.postfixUserUnknown.id), S.postfixUserUnknown.expect);
  });

  ctx.test('Gmail: a bounce inserted into the open conversation after load gets a panel', async () => {
    const thread = { id: 't-grow', subject: 'Quarterly figures', messages: [S.asMessage(S.ordinaryLunch)] };
    const page = await ctx.open(gmailPage({ threads: [thread] }));
    assert.equal((await panelsAfter(page, 800)).length, 0);
    await page.evaluate((html) => window.__fixture.insertMessage(html),
      gmailMessageHtml(S.asMessage(S.eximMailboxFull), { threadId: 't-grow' }));
    const panels = await waitForPanels(page, 1);
    assertPanel(onePanelOn(panels, S.eximMailboxFull.id), S.eximMailboxFull.expect);
  });

  ctx.test('Gmail: expanding a collapsed bounce (kv → h7) shows its panel', async () => {
    const collapsed = { ...S.asMessage(S.gmailAddressNotFound), collapsed: true, snippet: 'Address not found' };
    const thread = { id: 't-expand', subject: 'Delivery Status Notification (Failure)',
      messages: [collapsed, S.asMessage(S.ordinaryLunch)] };
    const page = await ctx.open(gmailPage({ threads: [thread] }));
    assert.equal((await panelsAfter(page, 800)).length, 0, 'no panel while collapsed');
    await page.evaluate(([id, html]) => window.__fixture.expand(id, html),
      [S.gmailAddressNotFound.id, gmailMessageHtml(S.asMessage(S.gmailAddressNotFound), { threadId: 't-expand' })]);
    const panels = await waitForPanels(page, 1);
    assertPanel(onePanelOn(panels, S.gmailAddressNotFound.id), S.gmailAddressNotFound.expect);
  });

  ctx.test('Outlook: selecting conversations in the message list without reload', async () => {
    const conversations = [S.asThread(S.exchangeNewDesign), S.asThread(S.ordinaryLunch), S.asThread(S.exchangeClassic)];
    const page = await ctx.open(outlookPage({ conversations, open: null }));
    assert.equal((await panelsAfter(page, 500)).length, 0);
    await page.click(`[data-fixture-conv="t-${S.exchangeNewDesign.id}"]`);
    let panels = await waitForPanelsMatching(page, only(S.exchangeNewDesign.id));
    assertPanel(onePanelOn(panels, S.exchangeNewDesign.id), S.exchangeNewDesign.expect);
    assert.match(await page.evaluate(() => location.pathname), /^\/mail\/inbox\/id\//);
    await page.click('[data-fixture-conv="t-ordinary-lunch"]');
    assert.deepEqual((await panelsAfter(page, 1000)).filter((p) => p.visible).map((p) => p.fixtureId), []);
    await page.click(`[data-fixture-conv="t-${S.exchangeClassic.id}"]`);
    panels = await waitForPanelsMatching(page, only(S.exchangeClassic.id));
    assertPanel(onePanelOn(panels, S.exchangeClassic.id), S.exchangeClassic.expect);
  });

  ctx.test('Outlook: a bounce inserted into the open conversation after load gets a panel', async () => {
    const conv = { id: 'c-grow', subject: 'Angebot', messages: [S.asMessage(S.ordinaryLunch)] };
    const page = await ctx.open(outlookPage({ conversations: [conv], locale: 'de' }));
    assert.equal((await panelsAfter(page, 800)).length, 0);
    await page.evaluate((html) => window.__fixture.insertMessage(html),
      outlookMessageHtml(S.asMessage(S.exchangeGerman), { locale: 'de', n: 991 }));
    const panels = await waitForPanels(page, 1);
    assertPanel(onePanelOn(panels, S.exchangeGerman.id), S.exchangeGerman.expect);
    assert.equal((await readPanels(page)).length, 1);
  });
});
