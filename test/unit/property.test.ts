// Property-based tests: whatever the input, the analyzer returns a Diagnosis that honours the contract
// and never throws. Seeds are printed by fast-check on failure, so a counterexample can be replayed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRendered, mightBeBounce } from '../../src/core/index';
import { expectValidDiagnosis } from './diagnosis-shape';

const RUNS = { numRuns: 200 };
const NOW = new Date('2025-03-01T00:00:00Z');

// ---- MIME-ish fragments: real header names, boundaries and DSN fields in random order and quality

const boundaryArb = fc.oneof(
  fc.constantFrom('b1', 'BOUNDARY', '----=_Part_0_1', '000000000000abcdef', '', ' ', '"', '--', 'a"b', '=?x?='),
  fc.string({ maxLength: 12 }),
);

const contentTypeArb = fc.tuple(
  fc.constantFrom(
    'multipart/report; report-type=delivery-status', 'multipart/mixed', 'multipart/alternative', 'multipart/related',
    'message/delivery-status', 'message/rfc822', 'text/rfc822-headers', 'text/plain', 'text/html',
    'multipart/report; report-type=feedback-report', 'message/global-delivery-status', 'application/octet-stream',
    'multipart/', 'text', '', ';;;',
  ),
  boundaryArb,
  fc.constantFrom('', '; charset=utf-8', '; charset=iso-2022-jp', '; charset=koi8-r', '; charset=x-unknown', '; charset="'),
).map(([t, b, cs]) => `Content-Type: ${t}; boundary="${b}"${cs}`);

const headerArb = fc.oneof(
  contentTypeArb,
  fc.constantFrom(
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'From: postmaster@example.com',
    'Subject: Delivery Status Notification (Failure)',
    'Subject: Delivery Status Notification (Delay)',
    'Subject: Undeliverable: hello',
    'Subject: Undelivered Mail Returned to Sender',
    'Subject: =?UTF-8?B?Tm9uIHJlbWlzIDog?=',
    'Subject: =?ISO-2022-JP?B?GyRCR1s/LhsoQg==?=',
    'Subject: =?KOI8-R?Q?=EE=C5?=',
    'Subject: =?bogus?X?broken',
    'Auto-Submitted: auto-replied',
    'X-Failed-Recipients: user@example.net',
    'X-MS-Exchange-Message-Is-Ndr:',
    'Content-Transfer-Encoding: base64',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Transfer-Encoding: 8bit',
    'MIME-Version: 1.0',
    'Date: Mon, 3 Mar 2025 10:00:00 +0000',
    'Date: not a date',
    '\tcontinued folded line',
    ' ',
    'NoColonHeaderLine',
  ),
  fc.tuple(fc.constantFrom('X-Junk', 'Subject', 'From', 'To', 'Received'), fc.string({ maxLength: 40 })).map(([k, v]) => `${k}: ${v}`),
);

const dsnFieldArb = fc.oneof(
  fc.tuple(
    fc.constantFrom('Final-Recipient', 'Original-Recipient', 'Action', 'Status', 'Diagnostic-Code', 'Remote-MTA', 'Reporting-MTA',
      'Will-Retry-Until', 'Last-Attempt-Date', 'Arrival-Date', 'X-Postfix-Queue-ID'),
    fc.oneof(
      fc.constantFrom('rfc822; user@example.net', 'failed', 'delayed', 'delivered', 'relayed', '5.1.1', '4.2.1', '4.0.0', '9.9.9',
        '5.999.9999', 'smtp; 550 5.1.1 User unknown', 'smtp; 450 4.2.1 slow down', 'smtp; 999 bogus', 'dns; mx.example.net',
        'Fri, 17 Jan 2025 04:12:40 -0800', '31 Feb 99999 99:99', '', 'rfc822;', 'x-unknown; ???'),
      fc.string({ maxLength: 30 }),
    ),
  ).map(([k, v]) => `${k}: ${v}`),
  fc.constantFrom(
    '', '<user@example.net>: host mx.example.net[198.51.100.1] said: 550 5.1.1 User unknown',
    "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    '** Address not found **', '** Delivery incomplete **', 'Gmail will retry for 46 more hours.',
    'The response from the remote server was:', 'Delivery has failed to these recipients or groups:',
    'Status code: 550 5.1.10', 'SMTP error from remote mail server after RCPT TO:<a@example.net>:',
    '----- The following addresses had permanent fatal errors -----', '(#5.1.1)', '450 4.7.1', '=?', '=3D=\n', 'AAAA====', '\u0000', '\uFFFD',
  ),
);

const lineArb = fc.oneof(
  { weight: 3, arbitrary: headerArb },
  { weight: 4, arbitrary: dsnFieldArb },
  { weight: 2, arbitrary: boundaryArb.map((b) => `--${b}`) },
  { weight: 1, arbitrary: boundaryArb.map((b) => `--${b}--`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
);

const mimeishArb = fc.tuple(
  fc.array(headerArb, { maxLength: 12 }),
  fc.array(lineArb, { maxLength: 60 }),
  fc.constantFrom('\n', '\r\n', '\r'),
).map(([headers, body, eol]) => [...headers, '', ...body].join(eol));

describe('analyze never throws and always returns a valid Diagnosis', () => {
  it('on arbitrary strings (auto, raw and rendered mode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
      expectValidDiagnosis(analyze(s, { now: NOW }));
      expectValidDiagnosis(analyze(s, { mode: 'raw', now: NOW }), 'raw');
      expectValidDiagnosis(analyze(s, { mode: 'rendered', now: NOW }), 'rendered');
    }), RUNS);
  });

  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
      expectValidDiagnosis(analyze(bytes, { now: NOW }));
      expectValidDiagnosis(analyze(bytes, { mode: 'raw', now: NOW }), 'raw');
      expectValidDiagnosis(analyze(bytes, { mode: 'rendered', now: NOW }), 'rendered');
    }), RUNS);
  });

  it('on MIME-ish messages assembled from headers, boundaries and DSN fields', () => {
    fc.assert(fc.property(mimeishArb, fc.boolean(), (msg, asBytes) => {
      const input = asBytes ? new TextEncoder().encode(msg) : msg;
      expectValidDiagnosis(analyze(input, { now: NOW }));
      expectValidDiagnosis(analyze(input, { mode: 'raw', now: NOW }), 'raw');
    }), { numRuns: 400 });
  });

  it('on rendered text with arbitrary subject, from and date', () => {
    fc.assert(fc.property(
      fc.oneof(fc.string({ maxLength: 1000 }), fc.array(dsnFieldArb, { maxLength: 30 }).map((l) => l.join('\n'))),
      fc.option(fc.string({ maxLength: 80 })),
      fc.option(fc.string({ maxLength: 80 })),
      fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()))),
      (text, subject, from, date) => {
        expectValidDiagnosis(analyzeRendered({ text, subject, from, date }, { now: NOW }), 'rendered');
        expect(typeof mightBeBounce(text, subject, from)).toBe('boolean');
      },
    ), RUNS);
  });

  it('with an arbitrary or invalid reference time', () => {
    fc.assert(fc.property(fc.date(), mimeishArb, (now, msg) => {
      expectValidDiagnosis(analyze(msg, { now }));
    }), { numRuns: 100 });
  });

  it('deterministically: the same input gives the same Diagnosis', () => {
    fc.assert(fc.property(mimeishArb, (msg) => {
      expect(analyze(msg, { now: NOW })).toEqual(analyze(msg, { now: NOW }));
    }), { numRuns: 100 });
  });
});

describe('mightBeBounce is a safe pre-check', () => {
  it('never misses what analyzeRendered calls a bounce', () => {
    fc.assert(fc.property(
      fc.array(dsnFieldArb, { maxLength: 30 }).map((l) => l.join('\n')),
      fc.option(fc.constantFrom('Delivery Status Notification (Failure)', 'Undeliverable: x', 'Re: lunch', 'Failure Notice')),
      fc.option(fc.constantFrom('mailer-daemon@googlemail.com', 'postmaster@example.com', 'friend@example.net')),
      (text, subject, from) => {
        const d = analyzeRendered({ text, subject, from }, { now: NOW });
        if (d.bounce) expect(mightBeBounce(text, subject, from)).toBe(true);
      },
    ), { numRuns: 300 });
  });
});
