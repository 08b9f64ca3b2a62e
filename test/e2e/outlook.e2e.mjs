// Outlook on the web: Exchange Online (new design and classic) NDRs, localized UIs, all matched hosts.
import assert from 'node:assert/strict';
import { waitForPanels } from './harness.mjs';
import { outlookPage } from './pages/outlook.mjs';
import * as S from './samples.mjs';
import { assertPanel, eachBrowser, onePanelOn } from './suite.mjs';

const cases = [
  ['Exchange Online NDR, new design ("Status code: 550 5.1.10")', S.exchangeNewDesign, { host: 'office' }],
  ['classic Exchange NDR ("Remote Server returned \'550 5.1.1 …\'")', S.exchangeClassic, { host: 'office365' }],
  ['French NDR in a French Outlook UI', S.exchangeFrench, { host: 'live', locale: 'fr' }],
  ['German NDR in a German Outlook UI', S.exchangeGerman, { host: 'cloud', locale: 'de' }],
  ['a Postfix bounce read in Outlook', S.postfixRateLimitDelay, { host: 'office' }],
];

eachBrowser('Outlook', (ctx) => {
  for (const [title, sample, options] of cases) {
    ctx.test(`${title} [${options.host}${options.locale ? `, ${options.locale}` : ''}]`, async () => {
      const page = await ctx.open(outlookPage({ conversations: [S.asThread(sample)], ...options }));
      const panels = await waitForPanels(page, 1);
      assertPanel(onePanelOn(panels, sample.id), sample.expect, sample.id);
    });
  }

  ctx.test('deeplink / read URL: a message in its own window', async () => {
    const fixture = outlookPage({ variant: 'deeplink', host: 'office365', conversations: [S.asThread(S.exchangeNewDesign)] });
    assert.match(fixture.url, /\/mail\/deeplink\/read\//);
    const page = await ctx.open(fixture);
    const panels = await waitForPanels(page, 1);
    assertPanel(onePanelOn(panels, S.exchangeNewDesign.id), S.exchangeNewDesign.expect);
  });

  ctx.test('conversation with an ordinary message and a bounce: exactly one panel, on the bounce', async () => {
    const conv = {
      id: 'c-mixed',
      subject: 'Invoice 2026-114',
      messages: [S.asMessage(S.ordinaryQuoting550, { id: 'ordinary-1' }), S.asMessage(S.exchangeClassic),
        S.asMessage(S.ordinaryLunch, { id: 'ordinary-2' })],
    };
    const page = await ctx.open(outlookPage({ conversations: [conv] }));
    const panels = await waitForPanels(page, 1, { settleMs: 800 });
    assertPanel(onePanelOn(panels, S.exchangeClassic.id), S.exchangeClassic.expect);
  });
});
