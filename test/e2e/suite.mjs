// node:test glue for the e2e suites: one browser launch per browser per file, every test checked for
// uncaught page exceptions, pages closed after each test.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertNoPageErrors, browsersUnderTest, launchBrowser, REPO_ROOT } from './harness.mjs';

export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
export const NDR_SAMPLES_DIR = path.join(SHARED_DIR, 'reference/webmail/ndr-samples');
export const OUTLOOK_DOM_DIR = path.join(SHARED_DIR, 'reference/webmail/outlook-dom');

/** True when a folder of ../shared/reference is there. Absent: prints the skip line, or throws in CI. */
export function sharedReferenceAvailable(dir) {
  const shown = `../shared/${path.relative(SHARED_DIR, dir)}`;
  if (existsSync(dir)) return true;
  if (process.env.CI === 'true') throw new Error(`${shown} not found at ${dir}; CI requires it`);
  console.log(`skipped: ${shown} not found`);
  return false;
}

/** True when ../shared/corpus is there. Absent: prints the skip line, or throws in CI. */
export function sharedCorpusAvailable() {
  if (existsSync(path.join(CORPUS_DIR, 'expected.json'))) return true;
  if (process.env.CI === 'true') {
    throw new Error(`../shared/corpus not found at ${CORPUS_DIR}; CI requires it`);
  }
  console.log('skipped: ../shared/corpus not found');
  return false;
}

const TEST_TIMEOUT = 90_000;

/**
 * Defines `describe('<title> [<browser>]')` for every browser under test. `define(ctx)` declares tests with
 * `ctx.test(name, async () => …)`; inside, `ctx.open({ url, html })` opens a fixture page (closed after the
 * test) and `ctx.b` is the launched browser.
 */
export function eachBrowser(title, define, { launch = {} } = {}) {
  for (const name of browsersUnderTest()) {
    describe(`${title} [${name}]`, { timeout: 10 * 60_000 }, () => {
      const ctx = {
        name,
        b: null,
        pages: [],
        async open(fixture, options) {
          const page = await ctx.b.openFixture(fixture.url, fixture.html, options);
          ctx.pages.push(page);
          return page;
        },
        /** The extension's own page (popup.html, options.html) in a tab, closed after the test. */
        async openExtensionPage(file) {
          const page = await ctx.b.openExtensionPage(file);
          ctx.pages.push(page);
          return page;
        },
        test(testName, fn, { timeout = TEST_TIMEOUT } = {}) {
          it(testName, { timeout }, async () => {
            ctx.pages = [];
            try {
              await fn();
              for (const p of ctx.pages) assertNoPageErrors(p, testName);
            } finally {
              for (const p of ctx.pages) await p.close().catch(() => {});
              ctx.pages = [];
            }
          });
        },
      };
      before(async () => {
        ctx.b = await launchBrowser(name, launch);
      }, { timeout: 120_000 });
      after(async () => {
        await ctx.b?.close();
      });
      define(ctx);
    });
  }
}

const norm = (v) => (v === null || v === undefined || v === '' ? null : String(v));

/** Asserts a panel's data-status / data-reply / data-verdict (a null expectation = attribute absent or empty). */
export function assertPanel(panel, expect, label = '') {
  const where = label ? ` (${label})` : '';
  assert.ok(panel, `no panel${where}`);
  assert.equal(panel.hasShadow, true, `panel has no open shadow root${where}`);
  assert.equal(panel.visible, true, `panel is not visible${where}`);
  assert.ok(panel.text.trim().length > 0, `panel shows no text${where}`);
  assert.ok(panel.messageKey, `panel has no data-message-key${where}`);
  if ('status' in expect) assert.equal(norm(panel.status), norm(expect.status), `data-status${where}`);
  if ('reply' in expect) assert.equal(norm(panel.reply), norm(expect.reply), `data-reply${where}`);
  if ('verdict' in expect) assert.equal(norm(panel.verdict), norm(expect.verdict), `data-verdict${where}`);
}

/** Exactly one panel, on `fixtureId`, directly above that message's body; returns it. */
export function onePanelOn(panels, fixtureId, label = '') {
  const where = label ? ` (${label})` : '';
  assert.equal(panels.length, 1,
    `expected exactly one panel${where}, got ${panels.length}: ${JSON.stringify(panels.map((p) => p.fixtureId))}`);
  const [p] = panels;
  assert.equal(p.fixtureId, fixtureId, `panel sits in the wrong message${where}`);
  assert.equal(p.aboveBody, true, `panel is not directly above the message body${where}`);
  return p;
}
