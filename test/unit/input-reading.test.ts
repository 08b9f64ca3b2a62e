// What the analyzer accepts as input: UTF-16 with a BOM, a UTF-8 BOM, NUL bytes anywhere (src/core/input.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRendered } from '../../src/core/index';
import { readableInput } from '../../src/core/input';
import { REPO_ROOT } from '../shared-corpus';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/bounces/postfix-user-unknown.eml');
const NOW = new Date('2026-03-03T12:00:00Z');

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + 2 * i] = order === 'le' ? code & 0xff : code >> 8;
    out[3 + 2 * i] = order === 'le' ? code >> 8 : code & 0xff;
  }
  return out;
}

describe('input the analyzer reads', () => {
  const bytes = new Uint8Array(readFileSync(FIXTURE));
  const text = new TextDecoder().decode(bytes);
  const expected = analyze(bytes, { now: NOW });

  it('the fixture is a bounce to start with (so the comparisons below can fail)', () => {
    expect(expected.bounce).toBe(true);
    expect(expected.input).toBe('raw');
    expect(expected.recipients[0]).toMatchObject({ address: 'olaf@example.net', status: '5.1.1' });
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian, as the same message', () => {
    expect(analyze(utf16(text, 'le'), { now: NOW })).toEqual(expected);
    expect(analyze(utf16(text, 'be'), { now: NOW })).toEqual(expected);
  });

  it('drops a UTF-8 byte-order mark before looking for the header block', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(analyze(withBom, { now: NOW })).toEqual(expected);
    expect(analyze('\ufeff' + text, { now: NOW })).toEqual(expected);
  });

  it('drops NUL bytes wherever they stand: trailing, in a header, in the body, past 64 KiB', () => {
    const trailing = new Uint8Array([...bytes, 0]);
    expect(analyze(trailing, { now: NOW })).toEqual(expected);
    const inHeader = text.replace('Subject:', 'Subject:\u0000');
    expect(analyze(new TextEncoder().encode(inHeader), { now: NOW })).toEqual(expected);
    expect(analyze(inHeader, { now: NOW })).toEqual(expected);
    const far = new TextEncoder().encode(text + '\n' + 'x'.repeat(70_000) + '\u0000');
    expect(analyze(far, { now: NOW }).recipients[0]?.address).toBe('olaf@example.net');
    expect(readableInput(far).length).toBe(far.length - 1);
  });

  it('drops NUL characters from rendered text too', () => {
    const rendered = "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<olaf@example.net>: host mx.example.net said: 550 5.1.1 User\u0000 unknown";
    const d = analyzeRendered({ text: rendered, subject: 'Undelivered Mail Returned to Sender', from: 'MAILER-DAEMON@example.com' });
    expect(d.bounce).toBe(true);
    expect(d.recipients[0]?.diagnostic).not.toContain('\u0000');
  });
});
