// Notices larger than what the extension reads: a mass mailing's 10,000 failed recipients (more text than
// the analyzer reads: the panel says "at least N"), and a 5 MB Outlook body (read up to the cap, not whole).
import assert from 'node:assert/strict';
import { waitForPanels } from './harness.mjs';
import { gmailPage } from './pages/gmail.mjs';
import { outlookPage } from './pages/outlook.mjs';
import * as S from './samples.mjs';
import { assertPanel, eachBrowser, onePanelOn } from './suite.mjs';

/** The recipient list's heading in the panel. */
async function recipientsHeading(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-bounce-lens="panel"]').shadowRoot;
    return Array.from(root.querySelectorAll('.label'), (el) => el.textContent).find((t) => /^Recipients/.test(t)) ?? null;
  });
}

eachBrowser('Limits', (ctx) => {
  ctx.test('a notice listing 10,000 failed recipients: one panel, "Recipients (at least N…)"', async () => {
    const sample = S.manyRecipientsPostfix(10_000);
    const page = await ctx.open(gmailPage({ threads: [S.asThread(sample)] }));
    const panels = await waitForPanels(page, 1, { timeout: 20_000 });
    assertPanel(onePanelOn(panels, sample.id), sample.expect);
    const heading = await recipientsHeading(page);
    const m = /^Recipients \(at least (\d+)/.exec(heading ?? '');
    assert.ok(m, `heading says "at least": ${heading}`);
    assert.ok(Number(m[1]) > 1000 && Number(m[1]) < 10_000, `a count below the notice's 10,000: ${m[1]}`);
  }, { timeout: 120_000 });

  ctx.test('a 5 MB Outlook body: the notice at its top gets its panel, and no "at least" (the notice ends before the cut)', async () => {
    const filler = '<p>Quarterly figures, line after line of the returned original message, kept for the record.</p>'.repeat(56_000);
    const sample = { ...S.exchangeClassic, id: 'exchange-5mb', body: S.exchangeClassic.body + filler };
    assert.ok(sample.body.length > 5_000_000);
    const page = await ctx.open(outlookPage({ conversations: [S.asThread(sample)] }));
    const panels = await waitForPanels(page, 1, { timeout: 30_000 });
    assertPanel(onePanelOn(panels, sample.id), sample.expect);
    assert.equal(await recipientsHeading(page), null, 'one recipient, no truncation note');
  }, { timeout: 120_000 });
});
