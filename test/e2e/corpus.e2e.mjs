// Real bounces, read in place at test time from ../shared (never copied into the repository), rendered into
// our Gmail / Outlook fixture pages. Without ../shared: "skipped: ../shared/corpus not found" — in CI a failure.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { waitForPanels } from './harness.mjs';
import { loadMail, mailThread } from './mail.mjs';
import { sanitizeMailHtml } from './pages/common.mjs';
import { gmailPage } from './pages/gmail.mjs';
import { outlookPage } from './pages/outlook.mjs';
import { assertPanel, CORPUS_DIR, eachBrowser, NDR_SAMPLES_DIR, onePanelOn, sharedCorpusAvailable } from './suite.mjs';

// [corpus file, site, label fields to assert (values come from corpus/expected.json at test time)].
// Only fields whose values the rendered body shows are asserted: webmail hides the DSN part.
const EML_CASES = [
  ['sisimai/bsd/lhost-postfix-04.eml', 'gmail', ['status', 'reply']],   // ISO-2022-JP, bilingual Postfix
  ['sisimai/bsd/lhost-exim-05.eml', 'gmail', ['status', 'reply']],
  ['sisimai/bsd/lhost-gmail-04.eml', 'gmail', ['status', 'reply']],     // pre-2017 Gmail wording
  ['sisimai/bsd/lhost-gsuite-01.eml', 'gmail', ['reply']],              // "550 #5.1.0" in the text
  ['sisimai/dos/lhost-office365-01.eml', 'outlook', ['status', 'reply']], // CRLF copy
  ['sisimai/bsd/lhost-exchange2007-01.eml', 'outlook', ['status', 'reply']],
  ['sisimai/mac/lhost-exchange2007-01.eml', 'outlook', ['status', 'reply']], // CR-only copy
  ['sisimai/bsd/lhost-office365-04.eml', 'outlook', ['status', 'reply']],
];

// The verbatim text/html parts in reference/webmail/ndr-samples (what webmail renders in the body).
const HTML_CASES = [
  ['gmail-ndr-address-not-found-remote-550.rhost-gsuite-14.html', 'gmail', { status: '5.1.1', reply: '550', verdict: 'act' }],
  ['gmail-ndr-address-not-found.rhost-gsuite-15.html', 'gmail', { verdict: 'act' }],   // DNS error, no SMTP code
  ['gmail-ndr-delivery-incomplete.rhost-gsuite-06.html', 'gmail', { verdict: 'wait' }], // timed out, Gmail retries
  ['office365-ndr-remote-rejected.lhost-office365-04.html', 'outlook', { status: '5.1.351', reply: '550' }],
];

const HTML_SUBJECTS = {
  gmail: (f) => (/delivery-incomplete/.test(f) ? 'Delivery Status Notification (Delay)' : 'Delivery Status Notification (Failure)'),
  outlook: () => 'Undeliverable: status report',
};
const HTML_SENDERS = {
  gmail: { name: 'Mail Delivery Subsystem', email: 'mailer-daemon@googlemail.com' },
  outlook: { name: 'Microsoft Outlook', email: 'postmaster@example.com' },
};

function pageFor(site, thread, i) {
  return site === 'gmail'
    ? gmailPage({ threads: [thread], theme: i % 2 ? 'dark' : 'light' })
    : outlookPage({ conversations: [thread], host: i % 2 ? 'office365' : 'office' });
}

if (!sharedCorpusAvailable()) {
  test('real bounces from ../shared', { skip: 'skipped: ../shared/corpus not found' }, () => {});
} else {
  const labels = new Map(JSON.parse(readFileSync(path.join(CORPUS_DIR, 'expected.json'), 'utf8')).map((e) => [e.file, e]));

  eachBrowser('Real bounces from ../shared', (ctx) => {
    EML_CASES.forEach(([file, site, fields], i) => {
      ctx.test(`${file} in ${site}`, async () => {
        const label = labels.get(file);
        assert.ok(label?.bounce, `${file} is labelled as a bounce`);
        const first = label.recipients.find((r) => r.kind === 'failure' || r.kind === 'delay');
        const expect = Object.fromEntries(fields.map((f) => [f, first[f]]));
        const mail = await loadMail(path.join(CORPUS_DIR, file));
        const id = path.basename(file, '.eml') + '-' + path.basename(path.dirname(file));
        const page = await ctx.open(pageFor(site, mailThread(id, mail), i));
        const panels = await waitForPanels(page, 1);
        assertPanel(onePanelOn(panels, id), expect, file);
        assert.match(panels[0].verdict ?? '', /^(wait|act)$/);
      });
    });

    HTML_CASES.forEach(([file, site, expect], i) => {
      ctx.test(`ndr-samples/${file} in ${site}`, async () => {
        const raw = readFileSync(path.join(NDR_SAMPLES_DIR, file), 'utf8');
        const id = file.replace(/\.html$/, '');
        const thread = {
          id: `t-${id}`,
          subject: HTML_SUBJECTS[site](file),
          messages: [{ id, from: HTML_SENDERS[site], date: '2026-03-02T10:00:00Z', body: sanitizeMailHtml(raw) }],
        };
        const page = await ctx.open(pageFor(site, thread, i));
        const panels = await waitForPanels(page, 1);
        assertPanel(onePanelOn(panels, id), expect, file);
      });
    });
  });
}
