#!/usr/bin/env node
// Whole-process figures of the `bounce-lens` command (dist/cli/bounce-lens.cjs, built first when missing or
// stale), the way a user or a script meets it: from the process's start to its exit, Node's own start-up
// and the analyzer's loading included. Part of `npm run bench`; prints figures, asserts nothing.
//   1. one message:   `bounce-lens FILE` against `node -e 0` (the floor any Node command pays)
//   2. the corpus:    `bounce-lens --json` over every ../shared/corpus message in one process
//   3. the same messages through Sisimai's Perl (`Sisimai->dump`), when perl -MSisimai works here
// The runs alternate (A B A B …) so a slow spell of a shared machine hits both alike; each figure is the
// median of its runs, with min and max beside it.
//
//   node scripts/bench-process.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CLI_FILE, ensureNodeBuild } from './build-node.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const ONE_FILE = path.join(ROOT, 'test/fixtures/bounces/postfix-user-unknown.eml');
const argRuns = process.argv.indexOf('--runs');
const RUNS = argRuns > 0 ? Math.max(3, Number(process.argv[argRuns + 1]) || 21) : 21;

await ensureNodeBuild();

/** Wall milliseconds of one run, output thrown away (the figure is the command, not a terminal). */
function wall(args, command = process.execPath) {
  const t0 = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${path.basename(command)} ${args.slice(0, 3).join(' ')} … exited ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs) });
const ms = (n) => `${n.toFixed(0)} ms`;

/** Alternating runs of A and B; per-pair ratios A/B. */
function paired(a, b, runs, commandA = process.execPath, commandB = process.execPath) {
  wall(a, commandA);
  wall(b, commandB);
  const ta = [];
  const tb = [];
  const ratio = [];
  for (let i = 0; i < runs; i++) {
    const x = wall(a, commandA);
    const y = wall(b, commandB);
    ta.push(x);
    tb.push(y);
    ratio.push(x / y);
  }
  return { a: stats(ta), b: stats(tb), ratio: stats(ratio) };
}

/** The same for two commands of any program: [command, args] each. */
function pairedCommands([commandA, argsA], [commandB, argsB], runs) {
  return paired(argsA, argsB, runs, commandA, commandB);
}

const rows = [];
const one = paired([CLI_FILE, ONE_FILE], ['-e', '0'], RUNS);
rows.push(['bounce-lens FILE (1 message)', one.a, `${one.ratio.median.toFixed(2)}x node -e 0 (pairs: ${one.ratio.min.toFixed(2)}-${one.ratio.max.toFixed(2)}); target within 2.5x`]);
rows.push(['node -e 0', one.b, '(the floor)']);

let corpusFiles = null;
if (existsSync(path.join(CORPUS, 'expected.json'))) {
  corpusFiles = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')).map((e) => path.join(CORPUS, e.file)).filter((f) => f.endsWith('.eml'));
  const runs = Math.max(3, Math.ceil(RUNS / 2));
  const corpus = paired([CLI_FILE, '--json', ...corpusFiles], ['-e', '0'], runs);
  rows.push([`bounce-lens --json (${corpusFiles.length} messages)`, corpus.a, `aim: under 120 ms; ${(corpus.a.median / corpusFiles.length).toFixed(2)} ms a message incl. start-up`]);
  // The same messages through Sisimai (Perl; Debian's libsisimai-perl), when this machine has it:
  // the whole-process figure the issue compares against, measured beside ours rather than quoted.
  const perl = spawnSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION'], { encoding: 'utf8' });
  if (perl.status === 0) {
    const sisimai = pairedCommands(['perl', ['-MSisimai', '-e', 'print Sisimai->dump($_), "\\n" for @ARGV', ...corpusFiles]], [process.execPath, [CLI_FILE, '--json', ...corpusFiles]], runs);
    rows.push([`Sisimai ${perl.stdout.trim()} dump (same messages)`, sisimai.a, `bounce-lens is ${(sisimai.a.median / sisimai.b.median).toFixed(2)}x as fast (pairs: ${sisimai.ratio.min.toFixed(2)}-${sisimai.ratio.max.toFixed(2)}); aim 4x`]);
  } else {
    console.log('skipped (Sisimai comparison): perl -MSisimai not available (Debian: apt-get install libsisimai-perl)');
  }
} else {
  console.log('skipped (corpus run): ../shared/corpus not found');
}

console.log(`Bounce Lens whole-process figures — node ${process.version}, ${path.relative(ROOT, CLI_FILE)}, ${RUNS} alternating runs (corpus: ${Math.max(3, Math.ceil(RUNS / 2))}), wall time from spawn to exit`);
console.log('');
const header = ['command', 'min', 'median', 'max', ''];
const cells = rows.map(([name, s, note]) => [name, ms(s.min), ms(s.median), ms(s.max), note]);
const widths = header.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c].length)));
const line = (r) => r.map((s, c) => (c === 0 || c === 4 ? s.padEnd(widths[c]) : s.padStart(widths[c]))).join('  ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of cells) console.log(line(r));
