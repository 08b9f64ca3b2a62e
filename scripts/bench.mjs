#!/usr/bin/env node
// `npm run bench` — throughput and latency of the analyzer over the shared corpus, raw and rendered,
// compared with a bare postal-mime parse, plus hostile inputs against the 50 ms budget.
// Prints figures only; it asserts nothing (tests assert behaviour, benchmarks print timings).
//
//   node scripts/bench.mjs [--rounds N]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { importCoreBundle } from './core-bundle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
// Floors the analyzer must hold (issue "reasons that generalize": readable rules over micro-speed, as long as these hold).
const TARGET_RAW = 10_000;
const TARGET_RENDERED = 20_000;
const BUDGET_MS = 50;

// 20 timed rounds: a round of the rendered corpus lasts about 16 ms, and on this shared virtual
// machine single rounds of one process ranged from 28.6 to 42.3 µs a notice. On the same code,
// five-round figures ranged 27,000-33,200 msg/s over an hour (ten runs), twenty-round ones
// 31,300-33,100 (four runs in a row). Longer readings do not remove slow spells of the machine.
const DEFAULT_ROUNDS = 20;
const argRounds = process.argv.indexOf('--rounds');
const ROUNDS = argRounds > 0 ? Math.max(1, Number(process.argv[argRounds + 1]) || DEFAULT_ROUNDS) : DEFAULT_ROUNDS;

if (!existsSync(path.join(CORPUS, 'expected.json'))) {
  console.log('skipped: ../shared/corpus not found');
  process.exit(process.env.CI === 'true' ? 1 : 0);
}

const load = async (rel) =>
  (await runnerImport(path.join(ROOT, rel), { root: ROOT, configFile: false, logLevel: 'silent' })).module;
// The analyzer as the extension ships it (see core-bundle.mjs); the fixtures below only make inputs.
const { core, dispose } = await importCoreBundle(ROOT);
const { renderedView } = await load('test/fixtures/rendered-view.ts');
const adversarial = await load('test/fixtures/adversarial.ts');
const { default: PostalMime } = await import('postal-mime');

// ------------------------------------------------------------------ inputs
const entries = JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8'));
const files = entries.map((e) => e.file).filter((f) => f.endsWith('.eml'));
const raws = files.map((f) => new Uint8Array(readFileSync(path.join(CORPUS, f))));
const totalBytes = raws.reduce((n, r) => n + r.length, 0);
const views = [];
for (const r of raws) views.push(await renderedView(r, 'text'));

// ------------------------------------------------------------------ helpers
function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** Per-call timings (ms) → throughput and quantiles, as printed in the table. */
function summarize(per, total, errors) {
  per.sort((a, b) => a - b);
  return { n: per.length, perSec: per.length / (total / 1000), p50: quantile(per, 0.5), p99: quantile(per, 0.99), max: per[per.length - 1], errors };
}

/** Async variant, for postal-mime's parse (a promise); one warm-up round, then ROUNDS timed rounds. */
async function measure(count, fn) {
  for (let i = 0; i < count; i++) await fn(i);
  const per = [];
  let total = 0;
  let errors = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      try {
        await fn(i);
      } catch {
        errors++;
      }
      const dt = performance.now() - t0;
      per.push(dt);
      total += dt;
    }
  }
  return summarize(per, total, errors);
}

/**
 * Synchronous variant: avoids the await overhead for the analyzer, which is synchronous. Three warm-up
 * rounds let the JIT settle, so the figure is the steady state of a long-lived process (a browser's
 * background script). beforeRound() runs before every round, warm-up included.
 */
const WARMUP_ROUNDS = 3;
function measureSync(count, fn, beforeRound = () => {}) {
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    beforeRound();
    for (let i = 0; i < count; i++) fn(i);
  }
  const per = [];
  let total = 0;
  let errors = 0;
  for (let round = 0; round < ROUNDS; round++) {
    beforeRound();
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      try {
        fn(i);
      } catch {
        errors++;
      }
      const dt = performance.now() - t0;
      per.push(dt);
      total += dt;
    }
  }
  return summarize(per, total, errors);
}

const fmtInt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '-');
const fmtMs = (n) => (Number.isFinite(n) ? (n < 0.1 ? n.toFixed(4) : n < 10 ? n.toFixed(3) : n.toFixed(1)) : '-');
function table(header, rows) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((s, c) => (c === 0 ? String(s).padEnd(widths[c]) : String(s).padStart(widths[c]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

// ------------------------------------------------------------------ corpus runs
const now = new Date('2025-03-01T00:00:00Z');
// Each round starts with an empty classification cache: the corpus repeats every round, a mailbox does not,
// so a warm cache would flatter the figure.
const fresh = () => core.clearClassifyCache();
// A common warm-up of every mode before anything is timed: otherwise the first-timed mode alone pays the
// process start's JIT compilation and the young heap's frequent collections (raw, timed first, read
// 20-25 % slower than the identical "auto" run timed after it; three common rounds still left it ~15 %
// behind, ten bring the two level). Each mode still gets its own warm-up rounds below, and the cache is
// still emptied before every round.
const COMMON_WARMUP_ROUNDS = 10;
for (let round = 0; round < COMMON_WARMUP_ROUNDS; round++) {
  fresh();
  for (let i = 0; i < raws.length; i++) core.analyze(raws[i], { mode: 'raw', now });
  fresh();
  for (const v of views) core.analyze(v.text, { mode: 'rendered', subject: v.subject, from: v.from, date: v.date, now });
  fresh();
  for (let i = 0; i < raws.length; i++) core.analyze(raws[i], { now });
}
const rawRun = measureSync(raws.length, (i) => core.analyze(raws[i], { mode: 'raw', now }), fresh);
const renderedRun = measureSync(views.length, (i) => {
  const v = views[i];
  core.analyze(v.text, { mode: 'rendered', subject: v.subject, from: v.from, date: v.date, now });
}, fresh);
const autoRun = measureSync(raws.length, (i) => core.analyze(raws[i], { now }), fresh);
const preRun = measureSync(views.length, (i) => core.mightBeBounce(views[i].text, views[i].subject, views[i].from));
const parseRun = await measure(raws.length, (i) => PostalMime.parse(raws[i]));

console.log(`Bounce Lens benchmark — node ${process.version}, src/core bundled with the extension's build settings, ${files.length} corpus messages (${(totalBytes / 1024 / 1024).toFixed(2)} MB), ${ROUNDS} timed rounds after ${COMMON_WARMUP_ROUNDS} common + ${WARMUP_ROUNDS} per-mode warm-up rounds, classification cache emptied before each`);
console.log('');
table(['corpus run', 'messages', 'msg/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'target'], [
  ['analyze raw', rawRun.n, fmtInt(rawRun.perSec), fmtMs(rawRun.p50), fmtMs(rawRun.p99), fmtMs(rawRun.max), rawRun.errors,
    `${fmtInt(TARGET_RAW)}/s ${rawRun.perSec >= TARGET_RAW ? 'MET' : 'MISSED'}`],
  ['analyze rendered', renderedRun.n, fmtInt(renderedRun.perSec), fmtMs(renderedRun.p50), fmtMs(renderedRun.p99), fmtMs(renderedRun.max), renderedRun.errors,
    `${fmtInt(TARGET_RENDERED)}/s ${renderedRun.perSec >= TARGET_RENDERED ? 'MET' : 'MISSED'}`],
  ['analyze auto (raw bytes)', autoRun.n, fmtInt(autoRun.perSec), fmtMs(autoRun.p50), fmtMs(autoRun.p99), fmtMs(autoRun.max), autoRun.errors, ''],
  ['mightBeBounce (rendered)', preRun.n, fmtInt(preRun.perSec), fmtMs(preRun.p50), fmtMs(preRun.p99), fmtMs(preRun.max), preRun.errors, ''],
  ['postal-mime parse only', parseRun.n, fmtInt(parseRun.perSec), fmtMs(parseRun.p50), fmtMs(parseRun.p99), fmtMs(parseRun.max), parseRun.errors, '(comparison)'],
]);
console.log('');
console.log(`analyze raw vs postal-mime parse: ${(parseRun.perSec ? rawRun.perSec / parseRun.perSec : NaN).toFixed(1)}x the throughput`);

// ------------------------------------------------------------------ adversarial inputs
console.log('');
const advRows = [];
for (const c of adversarial.allAdversarialCases()) {
  const time = (fn) => {
    const t = [];
    let error = null;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      try {
        fn();
      } catch (e) {
        error = e;
      }
      t.push(performance.now() - t0);
    }
    t.sort((a, b) => a - b);
    return { first: t[0], median: t[1], error };
  };
  const raw = time(() => core.analyze(c.raw, { mode: 'raw', now }));
  advRows.push([c.name, 'raw', `${(c.raw.length / 1024).toFixed(0)} KB`, fmtMs(raw.median), raw.error ? `THREW ${raw.error.message}` : raw.median <= BUDGET_MS ? 'within' : 'OVER']);
  if (c.rendered) {
    const r = c.rendered;
    const rend = time(() => core.analyze(r.text, { mode: 'rendered', subject: r.subject, from: r.from, now }));
    advRows.push([c.name, 'rendered', `${(r.text.length / 1024).toFixed(0)} KB`, fmtMs(rend.median), rend.error ? `THREW ${rend.error.message}` : rend.median <= BUDGET_MS ? 'within' : 'OVER']);
  }
}
table(['adversarial input', 'mode', 'size', 'median ms (3 runs)', `vs ${BUDGET_MS} ms`], advRows);

console.log('');
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
dispose();
