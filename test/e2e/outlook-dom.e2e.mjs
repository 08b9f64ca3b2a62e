// Real Outlook on the web markup: each reading-pane excerpt of ../shared/reference/webmail/outlook-dom
// (German UI, trimmed from outlook.office.com by the Mailvelope project), read in place at test time and
// served at the real Outlook URL, with a bounce body of our own inserted into its #UniqueMessageBody_…
// element. Without ../shared: "skipped: …" — in CI a failure.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readPanels, waitForPanels, waitForPanelsMatching } from './harness.mjs';
import { scriptJson } from './pages/common.mjs';
import { outlookUrl } from './pages/outlook.mjs';
import * as S from './samples.mjs';
import { assertPanel, eachBrowser, onePanelOn, OUTLOOK_DOM_DIR, sharedReferenceAvailable } from './suite.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const sample = S.exchangeGerman;

/**
 * The excerpt as a page. The inline script (run before the content script, which waits for document_idle)
 * puts the bounce into the message body and marks message and body for the harness (data-fixture-*: test
 * markers the extension does not use); window.__rerender() replaces every element of the pane with a fresh
 * copy of the same markup, as OWA does when it re-renders.
 */
function excerptPage(file, html) {
  return {
    url: outlookUrl({ host: 'office', convId: `outlook-dom-${file}` }),
    html: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>E-Mail – Outlook</title></head><body>
<div id="fixture-root">${html}</div>
<script>
(() => {
  const root = document.getElementById('fixture-root');
  const bounce = ${scriptJson(sample.body)};
  const fill = () => {
    const body = root.querySelector('[id^="UniqueMessageBody_"]');
    body.innerHTML = bounce;
    body.setAttribute('data-fixture-body', '');
    (body.closest('.aVla3') || body.closest('[role="main"]') || root).setAttribute('data-fixture-id', ${scriptJson(sample.id)});
  };
  const original = root.innerHTML;
  fill();
  window.__rerender = () => { root.innerHTML = original; fill(); };
})();
</script></body></html>`,
  };
}

if (!sharedReferenceAvailable(OUTLOOK_DOM_DIR)) {
  test('real Outlook markup from ../shared', { skip: 'skipped: ../shared/reference/webmail/outlook-dom not found' }, () => {});
} else {
  const panes = readdirSync(OUTLOOK_DOM_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => ({ file, html: readFileSync(path.join(OUTLOOK_DOM_DIR, file), 'utf8') }))
    .filter(({ html }) => /id="UniqueMessageBody_\d+"/.test(html));
  assert.ok(panes.length >= 3, `reading-pane excerpts in ${OUTLOOK_DOM_DIR}`);

  eachBrowser('Real Outlook markup (outlook-dom)', (ctx) => {
    for (const { file, html } of panes) {
      ctx.test(`${file}: exactly one panel above the body; the same message key after a re-render`, async () => {
        const page = await ctx.open(excerptPage(file, html));
        const panels = await waitForPanels(page, 1, { settleMs: 800 });
        const panel = onePanelOn(panels, sample.id, file);
        assertPanel(panel, sample.expect, file);
        assert.equal(await page.evaluate(() => {
          const host = document.querySelector('[data-bounce-lens="panel"]');
          const body = document.querySelector('[data-fixture-body]');
          return host.nextElementSibling === (body.closest('[role="document"]') ?? body);
        }), true, 'right before the body (its role=document wrapper)');

        await page.evaluate(() => window.__rerender());
        const again = await waitForPanelsMatching(page, (ps) => ps.length === 1 && ps[0].visible, { what: 'the panel after a re-render' });
        await sleep(800);
        const settled = await readPanels(page);
        assert.equal(settled.length, 1, 'still exactly one panel');
        assert.equal(onePanelOn(settled, sample.id).messageKey, panel.messageKey, 'message key stable across re-renders');
        assert.equal(again[0].messageKey, panel.messageKey);
      });
    }
  });
}
