// The panel a non-technical reader understands at a glance and an admin can act on (issue 14): the headline says
// what happened and what you do, with the address; plain steps and a closed admin section; one block per problem;
// the retry time said once; compact beside Gmail's own card; icon buttons on one header row at 360 px; an undo
// strip after dismissing; state colours from the checked palette.
import assert from 'node:assert/strict';
import { clickInPanel, extensionStorage, waitForPanels, waitForPanelsMatching } from './harness.mjs';
import { sleep, until } from './extension-pages.mjs';
import { gmailPage } from './pages/gmail.mjs';
import { outlookPage } from './pages/outlook.mjs';
import { plainTextToHtml } from './pages/common.mjs';
import * as S from './samples.mjs';
import { eachBrowser } from './suite.mjs';

/** Our own writing: an Exim failure for two recipients, one address that does not exist, one refusal of our server. */
const twoProblems = {
  id: 'exim-two-problems',
  subject: 'Mail delivery failed: returning message to sender',
  from: { name: 'Mail Delivery System', email: 'Mailer-Daemon@mail.example.com' },
  date: '2026-03-02T09:12:00Z',
  body: plainTextToHtml(`This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ruth@example.net
    host mx1.example.net [198.51.100.31]
    SMTP error from remote mail server after RCPT TO:<ruth@example.net>:
    550 5.1.1 <ruth@example.net>: Recipient address rejected: User unknown
  desk@example.org
    host mail.example.org [203.0.113.9]
    SMTP error from remote mail server after RCPT TO:<desk@example.org>:
    554 5.7.1 Service unavailable; Client host [192.0.2.66] blocked using zen.spamhaus.org
`),
};

/** What the test reads of a panel's inside. */
function panelParts(index = 0) {
  const root = document.querySelectorAll('[data-bounce-lens="panel"]')[index]?.shadowRoot;
  if (!root) return null;
  const q = (sel) => root.querySelector(sel);
  const box = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  };
  return {
    headline: q('[data-bounce-lens="headline"]')?.textContent ?? null,
    headlineBold: q('[data-bounce-lens="headline"] b')?.textContent ?? null,
    chip: q('[data-bounce-lens="verdict-chip"]')?.textContent ?? null,
    chipBackground: q('[data-bounce-lens="verdict-chip"]') ? getComputedStyle(q('[data-bounce-lens="verdict-chip"]')).backgroundColor : null,
    youDo: Array.from(root.querySelectorAll('[data-bounce-lens="you-do"] li'), (li) => li.textContent),
    groups: Array.from(root.querySelectorAll('[data-bounce-lens="you-do"] .group'), (g) => g.getAttribute('data-cause')),
    adminOpen: q('details[data-bounce-lens="for-admin"]')?.open ?? null,
    adminText: q('[data-bounce-lens="for-admin"]')?.textContent ?? '',
    why: q('details.why') ? { open: q('details.why').open, holdsYouDo: !!q('details.why [data-bounce-lens="you-do"]') } : null,
    retryLines: root.querySelectorAll('.retry').length,
    text: root.textContent ?? '',
    rows: { chip: box(q('.chip')), headline: box(q('.headline')), buttons: box(q('.btns')), head: box(q('.head')), section: box(q('section')) },
    buttons: Array.from(root.querySelectorAll('.head button'), (b) => ({ label: b.getAttribute('aria-label'), text: b.textContent, icon: !!b.querySelector('svg') })),
  };
}

const parts = (page, index = 0) => page.evaluate(panelParts, index);

eachBrowser('Panel design', (ctx) => {
  ctx.test('the headline says what happened and what you do, with the address in bold; the admin section starts closed', async () => {
    const page = await ctx.open(gmailPage({ threads: [S.asThread(S.postfixUserUnknown)] }));
    await waitForPanels(page, 1);
    const p = await parts(page);
    assert.equal(p.headline, "jo.doe@example.net doesn't exist — check the address, then send again");
    assert.equal(p.headlineBold, 'jo.doe@example.net');
    assert.equal(p.chip, '!Act');
    assert.ok(p.youDo.length >= 1 && p.youDo.length <= 3, `at most three plain steps: ${JSON.stringify(p.youDo)}`);
    assert.equal(p.youDo.at(-1), 'Send it again to the corrected address.');
    for (const step of p.youDo) assert.doesNotMatch(step, /\b(?:DNS|PTR|MX|SPF|DKIM|DMARC|greylist\w*)\b/, step);
    assert.equal(p.adminOpen, false);
    assert.match(p.adminText, /mx\.example\.net \[192\.0\.2\.25\]/, 'remote host with its IP');
    assert.match(p.adminText, /DSN action/);
  });

  ctx.test('several recipients with different problems: one block per problem, the one that hits all mail first', async () => {
    const page = await ctx.open(gmailPage({ threads: [S.asThread(twoProblems)] }));
    await waitForPanels(page, 1);
    const p = await parts(page);
    assert.equal(p.headline, '2 recipients not reached, for 2 different reasons');
    assert.deepEqual(p.groups, ['dnsbl-listed', 'user-unknown']);
    assert.match(p.text, /desk@example\.org: Your mail server is on a spam blocklist/);
    assert.match(p.adminText, /Sending IP named by the server.*192\.0\.2\.66/s);
  });

  ctx.test('beside Gmail\'s own card the panel is compact: verdict, headline, resend answer; the rest under "Why?"', async () => {
    const page = await ctx.open(gmailPage({ threads: [S.asThread(S.gmailAddressNotFound)] }));
    await waitForPanels(page, 1);
    const p = await parts(page);
    assert.ok(p.why, 'a "Why?" section');
    assert.equal(p.why.open, false);
    assert.equal(p.why.holdsYouDo, true);
    assert.match(p.headline, /doesn't exist — check the address, then send again$/);
    const outlook = await ctx.open(outlookPage({ conversations: [S.asThread(S.postfixUserUnknown)] }));
    await waitForPanels(outlook, 1);
    assert.equal((await parts(outlook)).why, null, 'no native card: the full panel');
  });

  ctx.test('the retry time is said once: in the headline while waiting', async () => {
    const recent = new Date(Date.now() - 3600_000).toISOString();
    const page = await ctx.open(gmailPage({ threads: [S.asThread(S.postfixRateLimitDelay, { messages: [S.asMessage(S.postfixRateLimitDelay, { date: recent })] })] }));
    await waitForPanels(page, 1);
    const p = await parts(page);
    assert.equal(p.chip, '↻Wait');
    assert.match(p.headline, /^Not delivered yet to \S+ — nothing to do, still trying until .+ \(\d+ (?:h|d \d+ h) left\)$/);
    assert.equal(p.retryLines, 0);
    assert.match(p.youDo.at(-1), /^Don't send it again/);
    assert.doesNotMatch(p.text, /planned to keep trying/);
  });

  ctx.test('at 360 px the header is one row: chip, headline and the two icon buttons', async () => {
    const page = await ctx.open(gmailPage({ variant: 'preview', paneWidth: 360, threads: [S.asThread(S.postfixUserUnknown)] }));
    await waitForPanels(page, 1);
    const p = await parts(page);
    const { chip, headline, buttons, head } = p.rows;
    assert.ok(Math.abs(chip.top - buttons.top) < 8, `chip (${chip.top}) and buttons (${buttons.top}) share the first line`);
    assert.ok(chip.right <= headline.left + 1 && headline.right <= buttons.left + 1, 'chip, headline, buttons side by side');
    assert.ok(head.height < headline.height + 8, 'no row of buttons below the headline');
    assert.deepEqual(p.buttons.map((b) => [b.label, b.icon, b.text.trim()]), [
      ['Collapse the explanation', true, ''],
      ['Hide Bounce Lens for this message', true, ''],
    ]);
  });

  ctx.test('the chip colour follows the state (wait blue, act red), from the checked palette', async () => {
    const recent = new Date(Date.now() - 3600_000).toISOString();
    const page = await ctx.open(gmailPage({ threads: [
      S.asThread(S.postfixUserUnknown),
      S.asThread(S.postfixRateLimitDelay, { messages: [S.asMessage(S.postfixRateLimitDelay, { date: recent })] }),
    ] }));
    await waitForPanels(page, 1);
    const act = await parts(page);
    assert.equal(act.chipBackground, 'rgb(179, 38, 30)');
    const other = await ctx.open(gmailPage({ threads: [S.asThread(S.postfixRateLimitDelay, { messages: [S.asMessage(S.postfixRateLimitDelay, { date: recent })] })] }));
    await waitForPanels(other, 1);
    assert.equal((await parts(other)).chipBackground, 'rgb(23, 78, 166)');
  });

  ctx.test('after dismissing, "Hidden for this message · Undo" for ten seconds; Undo brings the panel back and forgets the dismissal', async () => {
    const page = await ctx.open(gmailPage({ threads: [S.asThread(S.postfixUserUnknown)] }));
    await waitForPanels(page, 1);
    assert.ok(await clickInPanel(page, 'button[aria-label="Hide Bounce Lens for this message"]'));
    const strip = await until(() => page.evaluate(() => document.querySelector('[data-bounce-lens="panel"]')?.shadowRoot?.querySelector('[data-bounce-lens="undo-strip"]')?.textContent ?? null), { what: 'the undo strip' });
    assert.equal(strip, 'Hidden for this message · Undo');
    if (ctx.name === 'chromium') {
      await until(async () => Object.keys(await extensionStorage(ctx)).some((k) => k.startsWith('panel:')), { what: 'the dismissal stored' });
    }
    assert.ok(await clickInPanel(page, '[data-bounce-lens="undo-strip"] button'));
    await waitForPanelsMatching(page, (ps) => ps.length === 1, { what: 'the panel back' });
    assert.ok((await parts(page)).headline, 'the panel is shown again');
    if (ctx.name === 'chromium') {
      await until(async () => !Object.keys(await extensionStorage(ctx)).some((k) => k.startsWith('panel:')), { what: 'the dismissal forgotten' });
    }
    // Kept after the undo time too.
    await sleep(11_000);
    assert.ok((await parts(page))?.headline, 'still there after ten seconds');
  }, { timeout: 60_000 });
});
