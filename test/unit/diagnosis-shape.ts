// Shape check of a Diagnosis against the contract in src/core/types.ts, shared by the property and
// adversarial tests. Throws (via expect) with the offending path on the first violation.
import { expect } from 'vitest';
import type { Diagnosis } from '../../src/core/types';

export const KINDS = ['failure', 'delay', 'delivered', 'autoreply', 'feedback'] as const;
export const ACTIONS = ['failed', 'delayed', 'delivered', 'relayed', 'expanded'] as const;
export const VERDICTS = ['wait', 'act'] as const;
export const ACTORS = ['nobody', 'sender', 'sender-admin', 'recipient', 'recipient-admin'] as const;
export const REASONS = [
  'authfailure', 'badreputation', 'blocked', 'contenterror', 'delivered', 'exceedlimit', 'expired', 'failedstarttls',
  'feedback', 'filtered', 'hasmoved', 'hostunknown', 'mailboxfull', 'mailererror', 'mesgtoobig', 'networkerror',
  'norelaying', 'notaccept', 'notcompliantrfc', 'onhold', 'policyviolation', 'rejected', 'requireptr', 'securityerror',
  'spamdetected', 'speeding', 'suppressed', 'suspend', 'syntaxerror', 'systemerror', 'systemfull', 'toomanyconn',
  'undefined', 'userunknown', 'vacation', 'virusdetected',
] as const;
export const STATUS_RE = /^[245]\.\d{1,3}\.\d{1,3}$/;

const strOrNull = (v: unknown) => v === null || typeof v === 'string';

export function expectValidDiagnosis(d: Diagnosis, mode?: 'raw' | 'rendered'): void {
  expect(d, 'diagnosis').toBeTypeOf('object');
  expect(typeof d.bounce, 'bounce').toBe('boolean');
  expect(d.kind === null || (KINDS as readonly string[]).includes(d.kind), `kind ${String(d.kind)}`).toBe(true);
  expect(d.bounce, 'bounce <=> kind failure/delay').toBe(d.kind === 'failure' || d.kind === 'delay');
  expect(strOrNull(d.reporter), 'reporter').toBe(true);
  expect(strOrNull(d.reporterName), 'reporterName').toBe(true);
  expect(['raw', 'rendered']).toContain(d.input);
  if (mode) expect(d.input, 'input').toBe(mode);
  expect(Array.isArray(d.recipients), 'recipients').toBe(true);
  d.recipients.forEach((r, i) => {
    const at = `recipients[${i}]`;
    expect(strOrNull(r.address), `${at}.address`).toBe(true);
    expect(r.action === null || (ACTIONS as readonly string[]).includes(r.action), `${at}.action ${String(r.action)}`).toBe(true);
    expect(r.status === null || (typeof r.status === 'string' && STATUS_RE.test(r.status)), `${at}.status ${String(r.status)}`).toBe(true);
    expect(r.reply === null || (Number.isInteger(r.reply) && r.reply >= 200 && r.reply <= 599), `${at}.reply ${String(r.reply)}`).toBe(true);
    expect(strOrNull(r.diagnostic), `${at}.diagnostic`).toBe(true);
    expect(strOrNull(r.remoteMta), `${at}.remoteMta`).toBe(true);
    expect((REASONS as readonly string[]).includes(r.reason), `${at}.reason ${String(r.reason)}`).toBe(true);
    expect(typeof r.cause === 'string' && r.cause.length > 0, `${at}.cause`).toBe(true);
    expect((VERDICTS as readonly string[]).includes(r.verdict), `${at}.verdict ${String(r.verdict)}`).toBe(true);
    expect((ACTORS as readonly string[]).includes(r.actor), `${at}.actor ${String(r.actor)}`).toBe(true);
    if (r.retryUntil !== null) {
      const w = r.retryUntil;
      expect(w === null || typeof w === 'object', `${at}.retryUntil`).toBe(true);
      expect(w.until === null || (typeof w.until === 'string' && !Number.isNaN(Date.parse(w.until))), `${at}.retryUntil.until ${String(w.until)}`).toBe(true);
      expect(w.hours === null || Number.isFinite(w.hours), `${at}.retryUntil.hours`).toBe(true);
      expect(['will-retry-until', 'notice-text', 'reporter-default']).toContain(w.source);
      expect(typeof w.note, `${at}.retryUntil.note`).toBe('string');
    }
  });
  if (!d.bounce) {
    expect(d.advice, 'advice of a non-bounce').toBeNull();
  } else if (d.advice !== null) {
    expect(typeof d.advice.headline, 'advice.headline').toBe('string');
    expect(typeof d.advice.explanation, 'advice.explanation').toBe('string');
    expect(Array.isArray(d.advice.steps) && d.advice.steps.every((s) => typeof s === 'string'), 'advice.steps').toBe(true);
    expect(Array.isArray(d.advice.dnsExamples) && d.advice.dnsExamples.every((s) => typeof s === 'string'), 'advice.dnsExamples').toBe(true);
  }
  expect(() => JSON.stringify(d), 'JSON-serialisable').not.toThrow();
}
