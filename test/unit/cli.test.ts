// Spawns the real command (scripts/analyze.mjs, what `npm run analyze` runs) on the project's fixtures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../shared-corpus';

const SCRIPT = path.join(REPO_ROOT, 'scripts/analyze.mjs');
const FIX = path.join(REPO_ROOT, 'test/fixtures');
const GMAIL_DELAY = path.join(FIX, 'bounces/gmail-delay-receiving-too-quickly.eml');
const POSTFIX_FAIL = path.join(FIX, 'bounces/postfix-user-unknown.eml');
const OOO = path.join(FIX, 'ordinary/out-of-office.eml');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, input, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

describe('analyze CLI', () => {
  it('--help prints usage and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: npm run -s analyze/);
    expect(r.stdout).toContain('--json');
    expect(r.stdout).toContain('--text');
  });

  it('rejects an unknown option with exit 2 and no output on stdout', () => {
    const r = run(['--frobnicate', GMAIL_DELAY]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown option --frobnicate');
  });

  it('without files it explains how to give one', () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input file/);
  });

  it('--json prints one Diagnosis per file per line, in order', () => {
    const r = run(['--json', GMAIL_DELAY, POSTFIX_FAIL, OOO]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual([GMAIL_DELAY, POSTFIX_FAIL, OOO]);
    const [delay, fail, ooo] = lines as any[];
    expect(delay.bounce).toBe(true);
    expect(delay.kind).toBe('delay');
    expect(delay.recipients[0]).toMatchObject({ address: 'ops.team@example.org', status: '4.2.1', reply: 450, verdict: 'wait', actor: 'nobody' });
    expect(fail.kind).toBe('failure');
    expect(fail.recipients[0]).toMatchObject({ address: 'olaf@example.net', status: '5.1.1', reply: 550, verdict: 'act' });
    expect(ooo.bounce).toBe(false);
    for (const l of lines) expect(['raw', 'rendered']).toContain(l.input);
  });

  it('human output names verdict, recipient, codes and steps', () => {
    const r = run([GMAIL_DELAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`== ${GMAIL_DELAY}`);
    expect(r.stdout).toMatch(/^WAIT/m);
    expect(r.stdout).toContain('ops.team@example.org');
    expect(r.stdout).toContain('450 4.2.1');
    expect(r.stdout).toMatch(/Verdict: +WAIT/);
    const fail = run([POSTFIX_FAIL]);
    expect(fail.stdout).toMatch(/^ACT/m);
    expect(fail.stdout).toContain('550 5.1.1');
    expect(fail.stdout).toMatch(/What to do:\n {2}1\. /);
  });

  it('a missing, an empty, a binary file and a directory each get one error line; the others still run', () => {
    const empty = path.join(tmp, 'empty.eml');
    writeFileSync(empty, '');
    const binary = path.join(tmp, 'picture.png');
    writeFileSync(binary, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'));
    const missing = path.join(tmp, 'does-not-exist.eml');
    const r = run(['--json', missing, GMAIL_DELAY, empty, binary, tmp, POSTFIX_FAIL]);
    expect(r.code).not.toBe(0);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain(missing);
    expect(errors[0]).toMatch(/no such file/);
    expect(errors[1]).toContain(empty);
    expect(errors[1]).toMatch(/empty/);
    expect(errors[2]).toContain(binary);
    expect(errors[2]).toMatch(/binary/);
    expect(errors[3]).toContain(tmp);
    expect(errors[3]).toMatch(/directory/);
    expect(jsonLines(r.stdout).map((l) => l.file)).toEqual([GMAIL_DELAY, POSTFIX_FAIL]);
  });

  it('reads standard input with -', () => {
    const r = run(['--json', '-'], readFileSync(GMAIL_DELAY));
    expect(r.code).toBe(0);
    const [d] = jsonLines(r.stdout) as any[];
    expect(d.file).toBe('-');
    expect(d.kind).toBe('delay');
    expect(d.recipients[0].status).toBe('4.2.1');
  });

  it('empty standard input is an error, not a silent success', () => {
    const r = run(['-'], '');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/standard input: empty/);
  });

  it('--text analyses pasted webmail text with --subject and --from', () => {
    const text = [
      'Delivery incomplete',
      '',
      "There was a temporary problem delivering your message to ops.team@example.org. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
      '',
      'The response from the remote server was:',
      '',
      '450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. - gsmtp',
    ].join('\n');
    const r = run(['--json', '--text', '--subject', 'Delivery Status Notification (Delay)', '--from', 'mailer-daemon@googlemail.com', '-'], text);
    expect(r.code).toBe(0);
    const [d] = jsonLines(r.stdout) as any[];
    expect(d.input).toBe('rendered');
    expect(d.bounce).toBe(true);
    expect(d.kind).toBe('delay');
    expect(d.recipients[0]).toMatchObject({ address: 'ops.team@example.org', status: '4.2.1', reply: 450, verdict: 'wait' });
  });

  it('runs through npm run -s analyze', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['run', '-s', 'analyze', '--', '--json', POSTFIX_FAIL], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect((jsonLines(r.stdout)[0] as any).recipients[0].address).toBe('olaf@example.net');
  });
});
