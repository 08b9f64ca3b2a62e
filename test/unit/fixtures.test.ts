// The project's own labelled fixtures (test/fixtures/expected.json), analysed raw and as rendered
// webmail text. Needs nothing outside the repository.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRendered } from '../../src/core/index';
import type { Diagnosis, RecipientStatus } from '../../src/core/types';
import { REPO_ROOT } from '../shared-corpus';
import { renderedView, type RenderedView } from '../fixtures/rendered-view';

interface LabelledRecipient {
  address: string | null;
  action: RecipientStatus['action'];
  status: string | null;
  reply: number | null;
  reason?: RecipientStatus['reason'];
  cause?: string;
  verdict: RecipientStatus['verdict'];
  actor: RecipientStatus['actor'];
}

interface Label {
  file: string;
  bounce: boolean;
  kind: Diagnosis['kind'];
  reporter?: string;
  /** A notice a person forwarded (read from under the forward header). */
  forwarded?: boolean;
  recipients: LabelledRecipient[];
  /** Per-recipient overrides for rendered mode, where the visible text lacks what the DSN part carries. */
  rendered?: { recipients?: Partial<LabelledRecipient>[] };
  note?: string;
}

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
const labels: Label[] = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8'));
const bounces = labels.filter((l) => l.bounce);
const ordinary = labels.filter((l) => !l.bounce);

const raw = new Map<string, Uint8Array>();
const textViews = new Map<string, RenderedView>();
const htmlViews = new Map<string, RenderedView>();
for (const l of labels) {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, l.file)));
  raw.set(l.file, bytes);
  textViews.set(l.file, await renderedView(bytes, 'text'));
  const html = await renderedView(bytes, 'html');
  if (html.source === 'html') htmlViews.set(l.file, html);
}

function noticeDate(view: RenderedView): Date {
  const d = view.date ? new Date(view.date) : new Date(NaN);
  return Number.isNaN(d.getTime()) ? new Date('2025-03-01T00:00:00Z') : d;
}

function project(r: RecipientStatus, keys: (keyof LabelledRecipient)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = k === 'address' ? (r.address?.toLowerCase() ?? null) : r[k];
  return out;
}

function checkDiagnosis(d: Diagnosis, label: Label, mode: 'raw' | 'rendered'): void {
  expect(d.input, 'input mode').toBe(mode);
  expect(d.bounce, 'bounce').toBe(true);
  expect(d.kind, 'kind').toBe(label.kind);
  expect(d.advice, 'advice for a bounce').not.toBeNull();
  expect(d.forwarded, 'forwarded').toBe(label.forwarded ?? false);
  expect(d.recipients.map((r) => r.address?.toLowerCase() ?? null), 'recipient addresses')
    .toEqual(label.recipients.map((r) => r.address));
  label.recipients.forEach((want0, i) => {
    const over = mode === 'rendered' ? (label.rendered?.recipients?.[i] ?? {}) : {};
    const want = { ...want0, ...over };
    const keys: (keyof LabelledRecipient)[] = ['address', 'action', 'status', 'reply', 'verdict', 'actor'];
    if (want.reason !== undefined) keys.push('reason');
    if (want.cause !== undefined) keys.push('cause');
    const got = d.recipients[i]!;
    expect(project(got, keys), `recipient ${want.address}`).toEqual(Object.fromEntries(keys.map((k) => [k, want[k]])));
  });
}

describe('fixture set', () => {
  it('labels every fixture file and only existing files', () => {
    const onDisk = ['bounces', 'ordinary'].flatMap((dir) =>
      readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith('.eml')).map((f) => `${dir}/${f}`));
    expect([...labels.map((l) => l.file)].sort()).toEqual(onDisk.sort());
    expect(bounces.length).toBeGreaterThanOrEqual(30);
  });

  it('labels use the shared vocabulary', () => {
    const kinds = new Set(['failure', 'delay', 'delivered', 'autoreply', 'feedback', null]);
    for (const l of labels) {
      expect(kinds.has(l.kind), l.file).toBe(true);
      expect(l.bounce, l.file).toBe(l.kind === 'failure' || l.kind === 'delay');
      for (const r of l.recipients) {
        expect(['wait', 'act']).toContain(r.verdict);
        expect(['nobody', 'sender', 'sender-admin', 'recipient', 'recipient-admin']).toContain(r.actor);
        if (r.status !== null) expect(r.status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
        // A delay that clears by itself is wait/nobody; everything else needs someone.
        expect(r.verdict === 'wait', `${l.file}: wait <=> nobody`).toBe(r.actor === 'nobody');
      }
    }
  });

  it('are byte-identical to what test/fixtures/generate.mjs writes (line endings and charsets survive)', () => {
    const out = execFileSync(process.execPath, [path.join(FIXTURES, 'generate.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toContain('fixtures match the generator');
  });

  it('keep their special encodings', () => {
    const qmail = raw.get('bounces/qmail-no-mailbox-cr.eml')!;
    expect(qmail.includes(0x0a), 'CR-only file has no LF').toBe(false);
    const o365 = Buffer.from(raw.get('bounces/office365-recipient-not-found.eml')!).toString('latin1');
    expect(o365.split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
    expect(Buffer.from(raw.get('bounces/postfix-ja-iso2022jp.eml')!).toString('latin1')).toContain('\x1b$B');
    expect(Buffer.from(raw.get('bounces/yandex-ru-koi8r.eml')!).some((b) => b >= 0xc0)).toBe(true);
    expect(textViews.get('bounces/postfix-ja-iso2022jp.eml')!.text).toContain('配信できませんでした');
    expect(textViews.get('bounces/yandex-ru-koi8r.eml')!.text).toContain('К сожалению');
  });
});

describe('bounce fixtures, raw mode', () => {
  for (const label of bounces) {
    it(label.file, () => {
      const bytes = raw.get(label.file)!;
      const d = analyze(bytes, { mode: 'raw', now: noticeDate(textViews.get(label.file)!) });
      checkDiagnosis(d, label, 'raw');
    });
  }

  it('auto mode reads a raw message as raw (bytes and string input)', () => {
    for (const label of bounces) {
      const bytes = raw.get(label.file)!;
      expect(analyze(bytes).input, label.file).toBe('raw');
      expect(analyze(Buffer.from(bytes).toString('latin1')).bounce, label.file).toBe(true);
    }
  });
});

describe('bounce fixtures, rendered mode (text part + subject + from)', () => {
  for (const label of bounces) {
    it(label.file, () => {
      const v = textViews.get(label.file)!;
      expect(v.text.length, 'rendered text is not empty').toBeGreaterThan(0);
      checkDiagnosis(analyzeRendered({ text: v.text, subject: v.subject, from: v.from, date: v.date }, { now: noticeDate(v) }), label, 'rendered');
      checkDiagnosis(analyze(v.text, { mode: 'rendered', subject: v.subject, from: v.from, date: v.date, now: noticeDate(v) }), label, 'rendered');
    });
  }
});

describe('bounce fixtures, rendered mode (HTML part, as Gmail and Outlook show it)', () => {
  for (const label of bounces.filter((l) => htmlViews.has(l.file))) {
    it(label.file, () => {
      const v = htmlViews.get(label.file)!;
      checkDiagnosis(analyzeRendered({ text: v.text, subject: v.subject, from: v.from, date: v.date }, { now: noticeDate(v) }), label, 'rendered');
    });
  }
});

describe('ordinary messages are never bounces', () => {
  for (const label of ordinary) {
    it(`${label.file} (raw)`, () => {
      const d = analyze(raw.get(label.file)!, { mode: 'raw' });
      expect(d.bounce).toBe(false);
      expect(d.kind).toBe(label.kind);
      expect(d.advice).toBeNull();
    });
    it(`${label.file} (rendered)`, () => {
      const v = textViews.get(label.file)!;
      const d = analyzeRendered({ text: v.text, subject: v.subject, from: v.from, date: v.date });
      expect(d.bounce).toBe(false);
      expect(d.kind === 'failure' || d.kind === 'delay').toBe(false);
      expect(d.advice).toBeNull();
    });
  }
});
