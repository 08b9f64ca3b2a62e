// The panel fits: dark themes and a 360 px reading pane, nothing clipped. Screenshots go to test-output/.
import assert from 'node:assert/strict';
import { panelLayout, screenshot, waitForPanels, waitForPanelsMatching } from './harness.mjs';
import { gmailPage } from './pages/gmail.mjs';
import { outlookPage } from './pages/outlook.mjs';
import * as S from './samples.mjs';
import { assertPanel, eachBrowser } from './suite.mjs';
import { until } from './extension-pages.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function openAllDetails(page) {
  await page.evaluate(() => {
    for (const h of document.querySelectorAll('[data-bounce-lens="panel"]')) {
      for (const d of h.shadowRoot?.querySelectorAll('details') ?? []) d.open = true;
    }
  });
  await sleep(300);
}

function assertFits(layouts, label) {
  assert.ok(layouts.length > 0, `no panel (${label})`);
  for (const l of layouts) {
    assert.deepEqual(l.overflowing, [], `text clipped inside the panel (${label})`);
    assert.equal(l.hostOverflow, false, `panel host overflows (${label})`);
    assert.equal(l.fits, true, `panel ${JSON.stringify(l.panel)} not within the pane ${JSON.stringify(l.container)} (${label})`);
    assert.ok(l.panel.width > 200, `panel suspiciously narrow: ${l.panel.width}px (${label})`);
  }
}

const variants = [
  { label: 'gmail-dark-360', theme: 'dark', paneWidth: 360,
    page: (o) => gmailPage({ variant: 'preview', threads: [{ id: 't-l', subject: 'Bounces', messages: [S.asMessage(S.longDiagnostic), S.asMessage(S.exchangeNewDesign)] }], ...o }) },
  { label: 'gmail-light-360', theme: 'light', paneWidth: 360,
    page: (o) => gmailPage({ variant: 'preview', threads: [{ id: 't-l', subject: 'Bounces', messages: [S.asMessage(S.longDiagnostic), S.asMessage(S.gmailAddressNotFound)] }], ...o }) },
  { label: 'gmail-dark-wide', theme: 'dark', paneWidth: null,
    page: (o) => gmailPage({ threads: [S.asThread(S.gmailDeliveryIncomplete)], ...o }) },
  { label: 'outlook-dark-360', theme: 'dark', paneWidth: 360,
    page: (o) => outlookPage({ conversations: [{ id: 'c-l', subject: 'Bounces', messages: [S.asMessage(S.longDiagnostic), S.asMessage(S.exchangeNewDesign)] }], ...o }) },
  { label: 'outlook-light-360-de', theme: 'light', paneWidth: 360,
    page: (o) => outlookPage({ locale: 'de', conversations: [S.asThread(S.exchangeGerman)], ...o }) },
  { label: 'outlook-dark-wide', theme: 'dark', paneWidth: null,
    page: (o) => outlookPage({ conversations: [S.asThread(S.exchangeClassic)], ...o }) },
];

eachBrowser('Layout', (ctx) => {
  for (const v of variants) {
    ctx.test(`${v.label}: panel text not clipped, panel within the reading pane`, async () => {
      const page = await ctx.open(v.page({ theme: v.theme, paneWidth: v.paneWidth }));
      const expected = v.label.includes('360') && !v.label.includes('-de') ? 2 : 1;
      const panels = await waitForPanels(page, expected);
      for (const p of panels) assert.ok(p.aboveBody, `panel above its body (${v.label})`);
      assertFits(await panelLayout(page, '[data-fixture-pane]'), `${v.label}, collapsed`);
      const shot = await screenshot(page, `${ctx.name}-${v.label}`);
      console.log(`screenshot: ${shot}`);
      await openAllDetails(page);
      assertFits(await panelLayout(page, '[data-fixture-pane]'), `${v.label}, details open`);
      await screenshot(page, `${ctx.name}-${v.label}-details`, { fullPage: true });
    });
  }

  const themeSwitches = [
    { label: 'gmail', page: (theme) => gmailPage({ theme, threads: [S.asThread(S.gmailAddressNotFound)] }) },
    { label: 'outlook', page: (theme) => outlookPage({ theme, conversations: [S.asThread(S.exchangeClassic)] }) },
  ];
  for (const v of themeSwitches) {
    ctx.test(`${v.label}: switching the webmail to its dark theme recolours the open panel`, async () => {
      const darkCss = /<style>([\s\S]*?)<\/style>/.exec(v.page('dark').html)[1];
      const page = await ctx.open(v.page('light'));
      const [panel] = await waitForPanels(page, 1);
      assert.equal(panel.attributes['data-theme'], 'light');
      // the site repaints without reloading: it adds its dark stylesheet, the message stays open
      await page.evaluate((css) => {
        const sheet = document.createElement('style');
        sheet.textContent = css;
        document.head.appendChild(sheet);
      }, darkCss);
      const [dark] = await waitForPanelsMatching(page, (ps) => ps.length === 1 && ps[0].attributes['data-theme'] === 'dark',
        { timeout: 8000, what: 'the open panel in the dark theme' });
      assert.equal(dark.messageKey, panel.messageKey, 'the same panel, not a new one');
      // the panel inside the shadow root is redrawn dark (its render may follow the host's attribute by a frame)
      await until(
        () => page.evaluate(() => document.querySelector('[data-bounce-lens="panel"]').shadowRoot.querySelector('section').getAttribute('data-theme') === 'dark'),
        { timeout: 5000, what: 'the panel inside the shadow root redrawn dark' },
      );
    });
  }

  ctx.test('harness self-check: clipped text inside the panel is detected (so the layout checks can fail)', async () => {
    const page = await ctx.open(gmailPage({ variant: 'preview', paneWidth: 360, threads: [S.asThread(S.longDiagnostic)] }));
    await waitForPanels(page, 1);
    await openAllDetails(page);
    await page.evaluate(() => {
      const root = document.querySelector('[data-bounce-lens="panel"]').shadowRoot;
      const probe = document.createElement('div');
      probe.style.cssText = 'width: 100px; overflow: hidden; white-space: nowrap';
      probe.textContent = 'x'.repeat(400);
      root.appendChild(probe);
    });
    const [layout] = await panelLayout(page, '[data-fixture-pane]');
    assert.ok(layout.overflowing.length >= 1, 'the probe is reported as clipped');
  });

  ctx.test('the long unbreakable diagnostic still reports its codes at 360 px', async () => {
    const page = await ctx.open(gmailPage({ variant: 'preview', paneWidth: 360, theme: 'dark',
      threads: [S.asThread(S.longDiagnostic)] }));
    const [panel] = await waitForPanels(page, 1);
    assertPanel(panel, S.longDiagnostic.expect);
  });
});
