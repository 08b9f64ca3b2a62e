/**
 * Every row of the reference provider-texts.tsv must be recognised by the knowledge base: strings
 * generated from the row's marker (the provider's wording) are classified to a specific cause whose
 * behaviour (temporary vs permanent, who acts) agrees with the row.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CAUSES, classify } from '../../src/core/knowledge/index';
import type { Actor } from '../../src/core/types';
import { REFERENCE_DIR, describeWithShared } from '../shared-corpus';

interface Row {
  provider: string;
  reply: string;
  enhanced: string;
  marker: string;
  tempPerm: string;
  whoActs: string;
}

function readRows(): Row[] {
  const lines = readFileSync(path.join(REFERENCE_DIR, 'smtp', 'provider-texts.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  const header = lines[0]!.split('\t');
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((line) => {
    const f = line.split('\t');
    return {
      provider: f[col('provider')]!, reply: f[col('reply')]!, enhanced: f[col('enhanced')]!,
      marker: f[col('marker_regex')]!, tempPerm: f[col('temp_perm')]!, whoActs: f[col('who_acts')]!,
    };
  });
}

const WHO: Array<[RegExp, Actor]> = [
  [/none-wait/, 'nobody'],
  [/recipient_admin|affected org's admin/, 'recipient-admin'],
  [/sender_admin/, 'sender-admin'],
  [/\brecipient\b(?!_)/, 'recipient'],
  [/\bsender\b(?!_)/, 'sender'],
];

/** Actors named in who_acts, in order ("a > b": a first). */
function actorsOf(whoActs: string): Actor[] {
  return whoActs.split(/>|\//).flatMap((part) => WHO.filter(([re]) => re.test(part)).slice(0, 1).map(([, a]) => a));
}

function firstReply(reply: string): number | null {
  const m = /\b([245]\d\d)\b/.exec(reply);
  return m ? Number(m[1]) : null;
}

function firstEnhanced(enhanced: string): string | null {
  const m = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(enhanced);
  return m ? m[1]! : null;
}

function isTemporary(row: Row, reply: number | null, status: string | null): boolean {
  const t = row.tempPerm.toLowerCase();
  if (t.startsWith('temporary')) return true;
  if (t.startsWith('permanent')) return false;
  const digit = status?.[0] ?? (reply != null ? String(reply)[0] : '5');
  return digit === '4';
}

/** Remote hosts for rows whose wording is only trusted from that provider. */
const REMOTE_HOST: Array<[RegExp, string]> = [
  [/Tencent/, 'mx3.qq.com'],
  [/Microsoft Exchange Online/, 'example-com.mail.protection.outlook.com'],
  [/Mimecast/, 'eu-smtp-inbound-1.mimecast.com'],
];

const FALLBACK_CAUSES = new Set(['temporary-unknown', 'permanent-unknown', 'unknown']);

/**
 * Rows where the knowledge base deliberately differs from the row's actors, with why: where it waits while
 * the row names someone to act, that actor must be the cause's "if it persists" actor.
 */
const WAITS_DELIBERATELY: ReadonlyArray<[RegExp, string]> = [
  [/^Peak SMTP relay limit/, "Google's SMTP error page calls the peak relay limit temporary: later attempts get through (the row's advice says so too)"],
  [/^Connection refused \\\[Message=Socket error code 10061/, "a refused connection is the destination down or firewalled: it clears when the server is back, else its administrator must act (X.4.1/X.4.2, RFC 3463)"],
  [/Too many recipients/, "in general a 452 'too many recipients' is the per-transaction limit the sending server splits by itself (RFC 5321 4.5.3.1.10); Cisco's flow-control 'rate limit' wording of the same row is the gateway-rate-limit cause"],
];
const causeById = new Map(CAUSES.map((c) => [c.id, c]));

describeWithShared('knowledge base covers every provider-texts.tsv row', () => {
  const rows = readRows();

  it('reads the reference table', () => {
    expect(rows.length).toBeGreaterThan(150);
  });

  for (const [index, row] of rows.entries()) {
    it(`row ${index + 2}: ${row.provider} ${row.reply} ${row.enhanced} /${row.marker}/`, () => {
      const reply = firstReply(row.reply);
      const status = firstEnhanced(row.enhanced);
      const temporary = isTemporary(row, reply, status);
      const actors = actorsOf(row.whoActs);
      const remoteMta = REMOTE_HOST.find(([re]) => re.test(row.provider))?.[1] ?? null;
      const marker = new RegExp(row.marker, 'i');
      // Anchored, so only the wording itself is generated; stray control characters become spaces.
      const wording = fc
        .stringMatching(new RegExp(`^(?:${row.marker})$`))
        .map((s) => s.replace(/[^\x20-\x7e]/g, ' '))
        .filter((s) => s.length < 300 && marker.test(s));
      fc.assert(
        fc.property(wording, (generated) => {
          const diagnostic = [reply, status, generated].filter(Boolean).join(' ');
          const result = classify({ status, reply, diagnostic, reporter: null, action: temporary ? 'delayed' : 'failed', remoteMta });
          expect(FALLBACK_CAUSES.has(result.cause), `${diagnostic} → ${result.cause}`).toBe(false);
          const cause = causeById.get(result.cause)!;
          // "a > b" = a first, b if it persists; "a / b" = alternatives for different wordings.
          const sequence = row.whoActs.includes('>');
          const deliberate = WAITS_DELIBERATELY.some(([marker]) => marker.test(row.marker));
          if (temporary && result.verdict === 'wait' && deliberate && !actors.includes('nobody')) {
            expect(actors, `${diagnostic} → ${result.cause} if persists`).toContain(cause.ifPersists);
          } else if (temporary && result.verdict === 'wait') {
            expect(actors[0] === 'nobody' || (!sequence && actors.includes('nobody')), `${diagnostic} → ${result.cause} waits`).toBe(true);
            if (sequence && actors.length > 1 && !deliberate) expect(actors.slice(1), `${diagnostic} → ${result.cause} if persists`).toContain(cause.ifPersists);
          } else {
            expect(temporary && sequence && actors[0] === 'nobody', `${diagnostic} → ${result.cause} should wait`).toBe(false);
            expect(result.verdict, diagnostic).toBe('act');
            expect(actors, `${diagnostic} → ${result.cause} (${result.actor})`).toContain(result.actor);
          }
        }),
        { numRuns: 25, seed: 20240601 + index },
      );
    });
  }
});
