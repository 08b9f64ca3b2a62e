#!/usr/bin/env node
// `npm run test:e2e`: runs every test/e2e/*.e2e.mjs suite (each against Chromium and Firefox ESR) with node's
// built-in test runner, one file at a time (2 cores: one browser alive at a time), and exits non-zero on
// any failure. Needs a build (`npm run build`).
//
//   node test/e2e/run.mjs                 all suites
//   node test/e2e/run.mjs gmail safety    only files whose name contains one of the words
//   BOUNCE_LENS_SKIP_BROWSER=firefox …    skip one browser on purpose (refused when CI=true)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browsersUnderTest, distFor, findBinary } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => !filters.length || filters.some((w) => f.includes(w)))
  .sort()
  .map((f) => path.join(here, f));

function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

if (!files.length) fail(`no e2e suites match ${filters.join(', ')}`);

let browsers;
try {
  browsers = browsersUnderTest();
  if (!browsers.length) fail('every browser is skipped (BOUNCE_LENS_SKIP_BROWSER); nothing would be tested');
  for (const b of browsers) {
    findBinary(b);
    const dist = distFor(b);
    if (!existsSync(path.join(dist, 'manifest.json'))) fail(`no build at ${dist}; run \`npm run build\` first`);
  }
} catch (err) {
  fail(err.message);
}

console.log(`e2e: ${files.length} suite(s) × ${browsers.join(' + ')}`);
const started = Date.now();
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  // The banner of a skipped browser was printed once here; the suites need not repeat it.
  env: { ...process.env },
});
child.on('exit', (code, signal) => {
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (signal) fail(`test runner killed by ${signal} after ${secs} s`);
  console.log(`e2e: ${code === 0 ? 'all passed' : 'FAILED'} in ${secs} s`);
  process.exit(code ?? 1);
});
