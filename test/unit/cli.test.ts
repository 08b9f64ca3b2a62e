// Spawns the real command: the built dist/cli/bounce-lens.cjs (package.json `bin`, what `npm run analyze`
// runs; test/global-setup.mjs builds it when missing or stale) on the project's fixtures.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../shared-corpus';
import { environmentLanguage } from '../../src/cli/analyze';
import { textsFor } from '../../src/core/knowledge/texts/index';

const SCRIPT = path.join(REPO_ROOT, 'dist/cli/bounce-lens.cjs');
const FIX = path.join(REPO_ROOT, 'test/fixtures');
const GMAIL_DELAY = path.join(FIX, 'bounces/gmail-delay-receiving-too-quickly.eml');
const POSTFIX_FAIL = path.join(FIX, 'bounces/postfix-user-unknown.eml');
const OOO = path.join(FIX, 'ordinary/out-of-office.eml');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The environment's locale is English unless a test says otherwise (the default language follows it). */
const ENGLISH_ENV = { ...process.env, LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

function run(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = ENGLISH_ENV) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: REPO_ROOT, input, encoding: 'utf8', timeout: 60_000, env });
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
    expect(r.stdout).toMatch(/Usage: bounce-lens \[options\] FILE/);
    expect(r.stdout).toContain('npm run -s analyze');
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
    expect(fail.stdout).toMatch(/What you do:\n {2}1\. /);
    expect(fail.stdout).toMatch(/For your IT admin — /);
  });

  it('--lang writes the explanation in that language; without it the environment\'s locale decides', () => {
    const de = run(['--lang', 'de', POSTFIX_FAIL]);
    expect(de.code).toBe(0);
    expect(de.stdout).toContain(`${textsFor('de').CAUSE_TEXTS['user-unknown']!.youDo[0]}`);
    const fromEnv = run([POSTFIX_FAIL], undefined, { ...ENGLISH_ENV, LANG: 'ja_JP.UTF-8' });
    expect(fromEnv.stdout).toContain(textsFor('ja').CAUSE_TEXTS['user-unknown']!.youDo[0]!);
    expect(run([POSTFIX_FAIL]).stdout).toContain(textsFor('en').CAUSE_TEXTS['user-unknown']!.youDo[0]!);
    const bad = run(['--lang', 'xx', POSTFIX_FAIL]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown language xx \(one of en, /);
  });

  it('reads the environment\'s language as gettext does', () => {
    expect(environmentLanguage({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(environmentLanguage({ LC_ALL: 'pt_BR.UTF-8', LANG: 'de_DE.UTF-8' })).toBe('pt');
    expect(environmentLanguage({ LANGUAGE: 'ja:en', LANG: 'de_DE.UTF-8' })).toBe('ja');
    expect(environmentLanguage({ LANGUAGE: 'ja:en', LC_ALL: 'C' })).toBe('en');
    expect(environmentLanguage({ LANG: 'pl_PL.UTF-8' })).toBe('en');
    expect(environmentLanguage({})).toBe('en');
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
    expect(errors[2]).toMatch(/binary data/);
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

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`bounce-lens ${version}\n`);
  });
});

describe('the built command', () => {
  const CLI_DIR = path.dirname(SCRIPT);

  it('loads nothing but Node built-ins at run time (no Vite, no TypeScript, no node_modules)', () => {
    expect(readFileSync(SCRIPT, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    for (const file of [SCRIPT, path.join(CLI_DIR, 'analyzer.cjs')]) {
      const code = readFileSync(file, 'utf8');
      // A CommonJS bundle loads modules only through require() (and import() for ES modules).
      const required = Array.from(code.matchAll(/\b(?:require|import)\(\s*["'`]([^"'`]+)["'`]\s*\)/g), (m) => m[1]);
      expect(required.length).toBeGreaterThan(0);
      expect(required.filter((name) => !name!.startsWith('node:'))).toEqual([]);
    }
  });

  it('is what package.json installs as `bounce-lens`', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(path.resolve(REPO_ROOT, pkg.bin['bounce-lens'])).toBe(SCRIPT);
  });

  it("starts from the build's code cache, which this Node accepts", () => {
    const r = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(SCRIPT)}).loadAnalyzer().cached))`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('true');
  });

  it('answers the same without its code cache, or with a damaged one', () => {
    const expected = run(['--json', POSTFIX_FAIL, GMAIL_DELAY]);
    expect(expected.code).toBe(0);
    const copy = path.join(tmp, 'cli-copy');
    mkdirSync(copy);
    for (const f of ['bounce-lens.cjs', 'analyzer.cjs']) copyFileSync(path.join(CLI_DIR, f), path.join(copy, f));
    const cache = readFileSync(path.join(CLI_DIR, 'analyzer.code-cache'));
    const damaged = Buffer.from(cache);
    for (let i = 64; i < damaged.length; i += 997) damaged[i] = damaged[i]! ^ 0xff;
    for (const variant of ['none', 'damaged', 'truncated'] as const) {
      rmSync(path.join(copy, 'analyzer.code-cache'), { force: true });
      if (variant === 'damaged') writeFileSync(path.join(copy, 'analyzer.code-cache'), damaged);
      if (variant === 'truncated') writeFileSync(path.join(copy, 'analyzer.code-cache'), cache.subarray(0, 1000));
      const r = spawnSync(process.execPath, [path.join(copy, 'bounce-lens.cjs'), '--json', POSTFIX_FAIL, GMAIL_DELAY], { encoding: 'utf8', env: ENGLISH_ENV });
      expect({ variant, code: r.status, stderr: r.stderr }).toEqual({ variant, code: 0, stderr: '' });
      expect(r.stdout).toBe(expected.stdout);
      const used = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(path.join(copy, 'bounce-lens.cjs'))}).loadAnalyzer().cached))`], { encoding: 'utf8' });
      expect(used.stdout).toBe('false');
    }
  });

  it('says what is missing when its analyzer file is gone, and exits 2', () => {
    const copy = path.join(tmp, 'cli-launcher-alone');
    mkdirSync(copy);
    copyFileSync(SCRIPT, path.join(copy, 'bounce-lens.cjs'));
    const r = spawnSync(process.execPath, [path.join(copy, 'bounce-lens.cjs'), POSTFIX_FAIL], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bounce-lens: cannot load .*analyzer\.cjs/);
    expect(r.stdout).toBe('');
  });
});

/** A Postfix DSN whose Diagnostic-Code carries terminal controls, quoted-printable encoded as a forger would. */
const HOSTILE_DSN = [
  'From: MAILER-DAEMON@mx.example.com (Mail Delivery System)',
  'To: sender@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Tue, 3 Mar 2026 10:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  '',
  '--B',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host mx.example.com.',
  '',
  '--B',
  'Content-Type: message/delivery-status',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Reporting-MTA: dns; mx.example.com',
  '',
  'Final-Recipient: rfc822; olaf@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.net',
  // ESC ] 0 ; … BEL sets the window title, ESC ] 52 ; c ; … BEL writes the clipboard, U+009B is CSI in C1,
  // U+202E reverses what follows.
  'Diagnostic-Code: smtp; 550 5.1.1 =1B]0;pwned=07User unknown =1B]52;c;ZWNobyBoaQo=3D=07 =C2=9B31m red =E2=80=AEtxt.exe',
  '',
  '--B--',
  '',
].join('\n');

/** Any character a terminal would act on or that reorders text, besides LF. */
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('notice bytes never reach the terminal as controls', () => {
  const file = path.join(tmp, 'hostile-dsn.eml');
  writeFileSync(file, HOSTILE_DSN);

  it('human output prints ESC, BEL, C1 and bidi controls as escapes', () => {
    const r = run([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('olaf@example.net');
    expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(r.stdout).toContain('\\x1B]0;pwned\\x07User unknown');
    expect(r.stdout).toContain('\\x1B]52;c;');
    expect(r.stdout).toContain('\\x9B31m');
    expect(r.stdout).toContain('\\u202Etxt.exe');
  });

  it('--json writes them as \\u escapes and reads back to the same text', () => {
    const r = run(['--json', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
    const [d] = jsonLines(r.stdout) as any[];
    expect(d.recipients[0].diagnostic).toContain('\u001b]0;pwned\u0007');
    expect(d.recipients[0].diagnostic).toContain('\u009b31m red \u202etxt.exe');
  });

  it('a file name with controls is escaped in error lines too', () => {
    const r = run([path.join(tmp, 'no\u001b]0;x\u0007such.eml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(TERMINAL_CONTROL);
    expect(r.stderr).toContain('no\\x1B]0;x\\x07such.eml');
  });
});

describe('input encodings and NUL bytes', () => {
  const utf8 = readFileSync(POSTFIX_FAIL);
  const text = utf8.toString('utf8');
  const expected = (jsonLines(run(['--json', POSTFIX_FAIL]).stdout)[0] as any).recipients;
  const write = (name: string, bytes: Uint8Array | Buffer) => {
    const p = path.join(tmp, name);
    writeFileSync(p, bytes);
    return p;
  };
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = Buffer.from(utf16le);
  utf16be.swap16();

  it('reads UTF-16 with a byte-order mark (little- and big-endian) like the UTF-8 file', () => {
    const r = run(['--json', write('le.eml', utf16le), write('be.eml', utf16be)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [le, be] = jsonLines(r.stdout) as any[];
    expect(le.input).toBe('raw');
    expect(le.recipients).toEqual(expected);
    expect(be.recipients).toEqual(expected);
  });

  it('reads rendered UTF-16 text with --text', () => {
    const rendered = "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<olaf@example.net>: host mx.example.net said: 550 5.1.1 User unknown\n";
    const p = write('rendered-le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rendered, 'utf16le')]));
    const r = run(['--json', '--text', '--from', 'MAILER-DAEMON@example.com', p]);
    expect(r.code).toBe(0);
    const [d] = jsonLines(r.stdout) as any[];
    expect(d.recipients[0]).toMatchObject({ address: 'olaf@example.net', status: '5.1.1', reply: 550 });
  });

  it('a stray NUL byte is ignored wherever it stands, before or after the first 64 KiB', () => {
    const padded = text + '\n' + 'x'.repeat(70_000) + '\n';
    const files = [
      write('trailing-nul.eml', Buffer.concat([utf8, Buffer.from([0])])),
      write('early-nul.eml', Buffer.from(text.replace('Subject:', 'X-Note: a\u0000b\nSubject:'))),
      write('late-nul.eml', Buffer.from(padded + '\u0000')),
    ];
    const r = run(['--json', ...files]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout) as any[];
    expect(out).toHaveLength(3);
    for (const d of out) expect(d.recipients[0].address).toBe('olaf@example.net');
  });

  it('binary data is still refused, wherever the bytes stand', () => {
    const noise = Buffer.alloc(200_000);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
    const lateBinary = Buffer.concat([utf8, Buffer.from('\n' + 'y'.repeat(70_000)), noise]);
    const r = run(['--json', write('noise.bin', noise), write('late-binary.eml', lateBinary)]);
    expect(r.code).toBe(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    for (const e of errors) expect(e).toMatch(/binary data/);
  });
});

describe('a notice longer than the analyzer reads', () => {
  it('says "at least N" recipients, and --json carries truncated: true', () => {
    const lines = ['This is the mail system at host mail.example.com.', '', "I'm sorry to have to inform you that your message could not", 'be delivered to one or more recipients.', ''];
    for (let i = 0; i < 10_000; i++) lines.push(`<user${i}@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <user${i}@example.net>: Recipient address rejected: User unknown`, '');
    const file = path.join(tmp, 'ten-thousand.eml');
    writeFileSync(file, `From: MAILER-DAEMON@mail.example.com\nTo: sender@example.com\nSubject: Undelivered Mail Returned to Sender\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\n${lines.join('\n')}`);
    const human = run([file]);
    const shown = /^Recipients: at least (\d+) /m.exec(human.stdout);
    expect(shown, human.stdout.slice(0, 600)).not.toBeNull();
    const [d] = jsonLines(run(['--json', file]).stdout) as any[];
    expect(d.truncated).toBe(true);
    expect(Number(shown![1])).toBe(d.recipients.length);
    expect(d.recipients.length).toBeLessThan(10_000);
  });
});

describe('a reader that goes away', () => {
  it('`bounce-lens … | head` ends quietly: no EPIPE stack trace, exit status 0', async () => {
    const files = Array.from({ length: 400 }, () => POSTFIX_FAIL);
    const child = spawn(process.execPath, [SCRIPT, ...files], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    // Like head -1: read the first chunk, then close the pipe while the command still has much to write.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
