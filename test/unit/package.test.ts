// The analyzer as a library and the command as an installed package: `npm pack`, then an install of the
// tarball into an empty project (offline: the package has no dependencies), used the way its users would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../shared-corpus';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-pack-'));
const project = path.join(tmp, 'consumer');
const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/bounces/postfix-user-unknown.eml');
const TSC = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');

/** npm without the variables `npm run` put into this process (they would point it at this repository). */
function npm(args: string[], cwd: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function node(args: string[], cwd = project) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let packed: { filename: string; files: Array<{ path: string }> };

beforeAll(() => {
  // The build is fresh (test/global-setup.mjs); prepack would build again while other tests run the command.
  const out = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], REPO_ROOT);
  packed = JSON.parse(out)[0];
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(tmp, packed.filename)], project);
}, 180_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm package', () => {
  it('ships the built command, library and declarations, and no sources or tests', () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/cli/bounce-lens.cjs', 'dist/cli/analyzer.cjs', 'dist/cli/analyzer.code-cache', 'dist/lib/index.js', 'dist/lib/types/index.d.ts', 'dist/lib/types/types.d.ts']));
    expect(files.filter((f) => !/^(?:package\.json|README\.md|dist\/cli\/|dist\/lib\/)/.test(f))).toEqual([]);
    const installed = JSON.parse(readFileSync(path.join(project, 'node_modules/bounce-lens/package.json'), 'utf8'));
    expect(installed.dependencies ?? {}).toEqual({});
  });

  it('import { analyze, analyzeRendered } from "bounce-lens" works from Node', () => {
    writeFileSync(path.join(project, 'check.mjs'), `
      import { readFileSync } from 'node:fs';
      import { analyze, analyzeRendered } from 'bounce-lens';
      const raw = analyze(new Uint8Array(readFileSync(${JSON.stringify(FIXTURE)})));
      const rendered = analyzeRendered({
        text: "I'm sorry to have to inform you that your message could not\\nbe delivered to one or more recipients.\\n\\n<olaf@example.net>: host mx.example.net said: 550 5.1.1 User unknown",
        subject: 'Undelivered Mail Returned to Sender',
        from: 'MAILER-DAEMON@example.com',
      });
      console.log(JSON.stringify({ raw, rendered }));
    `);
    const r = node(['check.mjs']);
    expect(r.stderr).toBe('');
    const { raw, rendered } = JSON.parse(r.stdout);
    expect(raw).toMatchObject({ bounce: true, kind: 'failure', input: 'raw' });
    expect(raw.recipients[0]).toMatchObject({ address: 'olaf@example.net', status: '5.1.1', reply: 550, verdict: 'act' });
    expect(rendered).toMatchObject({ bounce: true, input: 'rendered' });
    expect(rendered.recipients[0]).toMatchObject({ address: 'olaf@example.net', status: '5.1.1' });
  });

  it('require("bounce-lens") works too (Node loads the ES module)', () => {
    writeFileSync(path.join(project, 'check.cjs'), `const { analyze } = require('bounce-lens'); console.log(analyze(require('node:fs').readFileSync(${JSON.stringify(FIXTURE)})).recipients[0].status);`);
    const r = node(['check.cjs']);
    expect(r.stdout.trim()).toBe('5.1.1');
  });

  it('its declarations type-check a consumer under nodenext resolution, and are not `any`', () => {
    writeFileSync(path.join(project, 'consumer.ts'), `
      import { analyze, analyzeRendered, type Diagnosis, type RecipientStatus } from 'bounce-lens';
      const d: Diagnosis = analyze('From: a@example.com\\n\\nhello');
      const first: RecipientStatus | undefined = d.recipients[0];
      const verdict: 'wait' | 'act' | undefined = first?.verdict;
      const truncated: boolean | undefined = d.truncated;
      analyzeRendered({ text: 'x', subject: null, truncated: true });
      // @ts-expect-error a number is not a message
      analyze(42);
      // @ts-expect-error no such field
      d.recipientz;
      export { verdict, truncated };
    `);
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [], skipLibCheck: false },
      files: ['consumer.ts'],
    }));
    const r = node([TSC, '-p', 'tsconfig.json']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('installs the `bounce-lens` command', () => {
    const bin = path.join(project, 'node_modules/.bin/bounce-lens');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout).toBe(`bounce-lens ${JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version}\n`);
    const r = spawnSync(bin, ['--json', FIXTURE], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).recipients[0].address).toBe('olaf@example.net');
  });
});
