// Gmail: the panel appears above the right message with the right status, reply code and verdict.
import assert from 'node:assert/strict';
import { readPanels, waitForPanels } from './harness.mjs';
import { gmailPage } from './pages/gmail.mjs';
import * as S from './samples.mjs';
import { assertPanel, eachBrowser, onePanelOn } from './suite.mjs';

const singles = [
  ['Gmail notice "Address not found" (550 5.1.1)', S.gmailAddressNotFound],
  ['Gmail notice "Delivery incomplete" (a delay)', S.gmailDeliveryIncomplete],
  ['Postfix bounce as Gmail renders it (550 5.1.1)', S.postfixUserUnknown],
  ['Exim bounce as Gmail renders it (552 5.2.2)', S.eximMailboxFull],
  ['450 4.2.1 rate-limit delay → wait', S.postfixRateLimitDelay],
];

eachBrowser('Gmail', (ctx) => {
  for (const [title, sample] of singles) {
    ctx.test(title, async () => {
      const page = await ctx.open(gmailPage({ threads: [S.asThread(sample)] }));
      const panels = await waitForPanels(page, 1);
      assertPanel(onePanelOn(panels, sample.id), sample.expect, sample.id);
    });
  }

  ctx.test('conversation with ordinary messages and a bounce: exactly one panel, on the bounce', async () => {
    const thread = {
      id: 't-mixed',
      subject: 'Quarterly figures',
      messages: [
        S.asMessage(S.ordinaryLunch, { id: 'ordinary-1' }),
        S.asMessage(S.postfixUserUnknown),
        S.asMessage(S.ordinaryQuoting550, { id: 'ordinary-2' }),
      ],
    };
    const page = await ctx.open(gmailPage({ threads: [thread] }));
    const panels = await waitForPanels(page, 1, { settleMs: 800 });
    assertPanel(onePanelOn(panels, S.postfixUserUnknown.id), S.postfixUserUnknown.expect);
  });

  ctx.test('two bounces threaded under the original message: one panel each, with their own codes', async () => {
    const thread = {
      id: 't-two',
      subject: 'Newsletter March',
      messages: [S.asMessage(S.gmailAddressNotFound), S.asMessage(S.postfixRateLimitDelay)],
    };
    const page = await ctx.open(gmailPage({ threads: [thread] }));
    const panels = await waitForPanels(page, 2);
    assert.equal(panels.length, 2);
    const byId = Object.fromEntries(panels.map((p) => [p.fixtureId, p]));
    assertPanel(byId[S.gmailAddressNotFound.id], S.gmailAddressNotFound.expect, 'first');
    assertPanel(byId[S.postfixRateLimitDelay.id], S.postfixRateLimitDelay.expect, 'second');
    assert.ok(panels.every((p) => p.aboveBody), 'each panel above its own body');
    assert.notEqual(panels[0].messageKey, panels[1].messageKey, 'distinct data-message-key');
  });

  ctx.test('preview pane (split view) variant', async () => {
    const page = await ctx.open(gmailPage({
      variant: 'preview',
      threads: [S.asThread(S.eximMailboxFull), S.asThread(S.ordinaryLunch)],
    }));
    const panels = await waitForPanels(page, 1);
    assertPanel(onePanelOn(panels, S.eximMailboxFull.id), S.eximMailboxFull.expect);
  });

  ctx.test('a message opened in its own window (popout URL)', async () => {
    const fixture = gmailPage({ variant: 'popout', threads: [S.asThread(S.gmailDeliveryIncomplete)] });
    assert.match(fixture.url, /\/popout\?/);
    const page = await ctx.open(fixture);
    const panels = await waitForPanels(page, 1);
    assertPanel(onePanelOn(panels, S.gmailDeliveryIncomplete.id), S.gmailDeliveryIncomplete.expect);
  });

  ctx.test('a collapsed bounce (no body shown) gets no panel; the expanded one does', async () => {
    // Gmail threads a notice under the message it reports on, so the thread's subject (h2.hP) is the
    // original one, not the notice's.
    const thread = {
      id: 't-collapsed',
      subject: 'Quarterly figures',
      messages: [
        { ...S.asMessage(S.gmailAddressNotFound, { id: 'collapsed-bounce' }), collapsed: true, snippet: 'Address not found' },
        S.asMessage(S.postfixRateLimitDelay),
      ],
    };
    const page = await ctx.open(gmailPage({ threads: [thread] }));
    const panels = await waitForPanels(page, 1, { settleMs: 800 });
    assertPanel(onePanelOn(panels, S.postfixRateLimitDelay.id), S.postfixRateLimitDelay.expect);
    assert.equal((await readPanels(page)).length, 1);
  });
});
