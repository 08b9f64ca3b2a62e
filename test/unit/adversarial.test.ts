// Hostile inputs (see test/fixtures/adversarial.ts) give a valid Diagnosis, and damaged messages still
// yield what is readable. Behaviour only: timings of the same inputs are printed by `npm run bench`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRendered } from '../../src/core/index';
import type { Diagnosis } from '../../src/core/types';
import { REPO_ROOT } from '../shared-corpus';
import {
  blankLines, deepNesting, hugeBody, hugeHeader, manyRecipients, sectionedRecipients, singleLongLine, truncate, whitespaceFlood,
  type AdversarialCase,
} from '../fixtures/adversarial';
import { expectValidDiagnosis } from './diagnosis-shape';

const NOW = new Date('2025-03-03T12:00:00Z');
const FIX = path.join(REPO_ROOT, 'test/fixtures');
const fixture = (name: string) => readFileSync(path.join(FIX, 'bounces', name), 'latin1');

function both(c: AdversarialCase): { raw: Diagnosis; rendered: Diagnosis | null } {
  const raw = analyze(c.raw, { mode: 'raw', now: NOW });
  expectValidDiagnosis(raw, 'raw');
  let rendered: Diagnosis | null = null;
  if (c.rendered) {
    rendered = analyzeRendered(c.rendered, { now: NOW });
    expectValidDiagnosis(rendered, 'rendered');
  }
  // auto mode must not throw either
  expectValidDiagnosis(analyze(c.raw, { now: NOW }));
  return { raw, rendered };
}

function expectUserUnknown(d: Diagnosis, address = 'user@example.net'): void {
  expect(d.bounce).toBe(true);
  expect(d.kind).toBe('failure');
  const r = d.recipients.find((x) => x.address?.toLowerCase() === address);
  expect(r, `recipient ${address}`).toBeDefined();
  expect(r!.status).toBe('5.1.1');
  expect(r!.reply).toBe(550);
  expect(r!.verdict).toBe('act');
}

describe('oversized and hostile inputs', () => {
  it('a 1 MB returned body does not hide the failure', () => {
    const { raw, rendered } = both(hugeBody());
    expectUserUnknown(raw);
    expectUserUnknown(rendered!);
  });

  it('200 levels of MIME nesting give a valid Diagnosis', () => {
    const { raw } = both(deepNesting(200));
    // The analyzer may stop descending at some depth; if it reports recipients they must be the real one.
    for (const r of raw.recipients) expect(r.address).toBe('user@example.net');
    expect(raw.kind === 'failure' || raw.kind === null).toBe(true);
  });

  it('shallow nesting still finds the DSN at the bottom', () => {
    expectUserUnknown(analyze(deepNesting(5).raw, { mode: 'raw', now: NOW }));
  });

  it('a DSN with 10,000 recipients gives a valid Diagnosis with real recipients only', () => {
    const { raw, rendered } = both(manyRecipients(10_000));
    for (const d of [raw, rendered!]) {
      expect(d.bounce).toBe(true);
      expect(d.recipients.length).toBeGreaterThan(0);
      expect(d.recipients.length).toBeLessThanOrEqual(10_000);
      for (const r of d.recipients) {
        expect(r.address).toMatch(/^user\d+@example\.net$/);
        expect(r.status).toBe('5.1.1');
      }
    }
    expect(raw.recipients[0]!.address).toBe('user0@example.net');
  });

  it('10,000 recipients under outcome headings: the delivered half is left out', () => {
    const { raw, rendered } = both(sectionedRecipients(10_000));
    for (const d of [raw, rendered!]) {
      expect(d.bounce).toBe(true);
      expect(d.recipients.length).toBeGreaterThan(0);
      for (const r of d.recipients) expect(r.address).toMatch(/^user\d+@example\.net$/);
    }
  });

  it('500 KB of spaces and tabs inside the reply', () => {
    const { raw, rendered } = both(whitespaceFlood());
    for (const d of [raw, rendered!]) {
      // The failure and its recipient must survive; an analyzer may cap how far it scans a
      // whitespace run for the code, so the code itself is either the real one or absent.
      expect(d.bounce).toBe(true);
      expect(d.kind).toBe('failure');
      const r = d.recipients.find((x) => x.address === 'user@example.net');
      expect(r).toBeDefined();
      expect([null, '5.1.1']).toContain(r!.status);
      expect([null, 550]).toContain(r!.reply);
    }
  });

  it('100,000 blank lines around the notice', () => {
    const { raw, rendered } = both(blankLines());
    expectUserUnknown(raw);
    expectUserUnknown(rendered!);
  });

  it('a 1 MB single line gives a valid Diagnosis', () => {
    both(singleLongLine());
  });

  it('a 1 MB header line does not hide the notice below it', () => {
    expectUserUnknown(both(hugeHeader()).raw);
  });

  it('many consecutive encoded words and broken charsets', () => {
    const subject = Array.from({ length: 5000 }, () => '=?UTF-8?B?w6k=?= =?x-bogus?Q?=FF?= =?KOI8-R?B?!!!?=').join(' ');
    const msg = `From: MAILER-DAEMON@mail.example.com\nSubject: ${subject}\nContent-Type: text/plain; charset=x-unknown\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!\n`;
    expectValidDiagnosis(analyze(msg, { mode: 'raw', now: NOW }), 'raw');
    expectValidDiagnosis(analyze(msg, { now: NOW }));
  });
});

describe('truncated and damaged messages yield what is readable', () => {
  const gmail = fixture('gmail-address-not-found.eml');

  it('cut before the returned headers: the DSN is complete and read', () => {
    const cut = gmail.slice(0, gmail.indexOf('Content-Type: text/rfc822-headers'));
    expect(cut.length).toBeGreaterThan(1000);
    const d = analyze(cut, { mode: 'raw', now: NOW });
    expectValidDiagnosis(d, 'raw');
    expectUserUnknown(d, 'j.doe@example.net');
  });

  it('cut in the middle of the DSN part, right after its Status field', () => {
    const at = gmail.indexOf('Status: 5.1.1');
    const d = analyze(gmail.slice(0, at + 'Status: 5.1.1\n'.length), { mode: 'raw', now: NOW });
    expectValidDiagnosis(d, 'raw');
    expect(d.bounce).toBe(true);
    const r = d.recipients.find((x) => x.address === 'j.doe@example.net');
    expect(r?.status).toBe('5.1.1');
  });

  it('cut before the DSN part: the text part still names address and codes', () => {
    const postfix = fixture('postfix-user-unknown.eml');
    const d = analyze(postfix.slice(0, postfix.indexOf('Content-Type: message/delivery-status')), { mode: 'raw', now: NOW });
    expectValidDiagnosis(d, 'raw');
    expectUserUnknown(d, 'olaf@example.net');
  });

  it('an unterminated multipart (no closing boundary) is read', () => {
    const postfix = fixture('postfix-user-unknown.eml');
    const open = postfix.replace(/\n--[^\n]+--\n*$/, '\n');
    expect(open).not.toBe(postfix);
    expectUserUnknown(analyze(open, { mode: 'raw', now: NOW }), 'olaf@example.net');
  });

  it('every fixture cut anywhere gives a valid Diagnosis', () => {
    const names = ['gmail-address-not-found.eml', 'office365-recipient-not-found.eml', 'exim-failure-two-recipients.eml',
      'postfix-ja-iso2022jp.eml', 'yandex-ru-koi8r.eml', 'qmail-no-mailbox-cr.eml', 'exchange-de-unzustellbar-mailbox-full.eml'];
    for (const name of names) {
      const raw = fixture(name);
      for (let f = 0.05; f < 1; f += 0.05) {
        const cut = truncate(raw, f);
        expectValidDiagnosis(analyze(cut, { now: NOW }));
        expectValidDiagnosis(analyze(Buffer.from(cut, 'latin1'), { mode: 'raw', now: NOW }), 'raw');
      }
    }
  });
});
