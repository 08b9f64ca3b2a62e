// The project's own fixtures (test/fixtures/bounces, test/fixtures/ordinary + expected.json), each opened in
// a Gmail and an Outlook page: bounces get one panel with the expected codes and verdict, ordinary mail none.
// One page per site holds every fixture as a conversation; the tests switch between them without reload.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, browsersUnderTest, REPO_ROOT, readPanels, pageErrors, pageDialogs } from './harness.mjs';
import { loadMail, mailThread } from './mail.mjs';
import { gmailPage } from './pages/gmail.mjs';
import { outlookPage } from './pages/outlook.mjs';
import { assertPanel } from './suite.mjs';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function loadExpected() {
  const file = path.join(FIXTURES, 'expected.json');
  if (!existsSync(file)) throw new Error(`missing ${path.relative(REPO_ROOT, file)} (the project's own fixtures)`);
  const list = JSON.parse(readFileSync(file, 'utf8'));
  return (Array.isArray(list) ? list : list.fixtures ?? []).map((e) => {
    const first = e.recipients?.[0] ?? {};
    // "rendered" overrides what a webmail page can show (e.g. no status code outside the DSN part).
    const shown = { ...first, ...(e.rendered?.recipients?.[0] ?? {}) };
    const expect = e.bounce ? { status: shown.status ?? null, reply: shown.reply ?? null } : null;
    if (expect && shown.verdict) expect.verdict = shown.verdict;
    const id = e.file.replace(/^.*\//, '').replace(/\.eml$/, '');
    return { file: e.file, id, expect };
  });
}

const entries = loadExpected();

async function waitFor(page, predicate, timeout = 8000) {
  const deadline = Date.now() + timeout;
  let panels = [];
  while (Date.now() < deadline) {
    panels = (await readPanels(page)).filter((p) => p.visible);
    if (predicate(panels)) return panels;
    await sleep(50);
  }
  return panels;
}

for (const name of browsersUnderTest()) {
  describe(`Project fixtures [${name}]`, { timeout: 15 * 60_000 }, () => {
    let b;
    const mails = new Map();
    before(async () => {
      for (const e of entries) mails.set(e.id, await loadMail(path.join(FIXTURES, e.file)));
      b = await launchBrowser(name);
    }, { timeout: 120_000 });
    after(async () => b?.close());

    for (const site of ['gmail', 'outlook']) {
      describe(site, () => {
        let page;
        before(async () => {
          const threads = entries.map((e) => mailThread(e.id, mails.get(e.id)));
          const fixture = site === 'gmail'
            ? gmailPage({ threads, open: null })
            : outlookPage({ conversations: threads, open: null });
          page = await b.openFixture(fixture.url, fixture.html);
        });
        after(async () => {
          const errs = pageErrors(page);
          await page?.close().catch(() => {});
          assert.deepEqual(errs, [], 'no exception reached the page');
        });

        for (const e of entries) {
          it(`${e.file} → ${e.expect ? `panel ${e.expect.reply ?? '-'} ${e.expect.status ?? '-'} ${e.expect.verdict ?? ''}` : 'no panel'}`, { timeout: 30_000 }, async () => {
            await page.evaluate(([s, id]) => (s === 'gmail' ? window.__fixture.openThread(id) : window.__fixture.openConversation(id)),
              [site, `t-${e.id}`]);
            if (e.expect) {
              const panels = await waitFor(page, (ps) => ps.some((p) => p.fixtureId === e.id));
              const mine = panels.filter((p) => p.fixtureId === e.id);
              assert.equal(mine.length, 1, `one panel on ${e.file}; saw ${JSON.stringify(panels.map((p) => p.fixtureId))}`);
              assert.equal(mine[0].aboveBody, true, 'panel directly above the body');
              assertPanel(mine[0], e.expect, e.file);
            } else {
              await sleep(900);
              const panels = (await readPanels(page)).filter((p) => p.visible);
              assert.deepEqual(panels.map((p) => p.fixtureId), [], `no panel on ordinary mail ${e.file}`);
            }
            assert.deepEqual(pageDialogs(page), []);
          });
        }
      });
    }
  });
}
