/**
 * The `bounce-lens` command (dist/cli/bounce-lens.cjs, package.json `bin`). It compiles the analyzer
 * (dist/cli/analyzer.cjs, built from src/cli/bin.ts) with the V8 code cache the build wrote beside it
 * (dist/cli/analyzer.code-cache): the bytecode of the functions a run over sample bounces compiled, so a
 * start neither parses 1.3 MB of script nor compiles those functions again. Node 20 has no compile cache
 * of its own for this (module.enableCompileCache arrived in Node 22.1), hence node:vm.
 *
 * V8 checks the cache's header before using any of it: made by another V8 version or under other V8 flags,
 * or for a script of another length, it is refused and the analyzer is compiled from its source as usual.
 * Its payload, though, V8 trusts: a damaged cache crashed Node 20 ("Fatal error … unreachable code"). So
 * the launcher uses the cache only when it is, byte for byte, the one the build made for this very
 * analyzer (a SHA-256 over both, ~2 ms).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { wrap } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import type { run as Run } from './bin';

/** SHA-256 (base64) of analyzer.cjs's bytes followed by the code cache's, written in by the build. */
declare const __CODE_CACHE_DIGEST__: string;

const ANALYZER = path.join(__dirname, 'analyzer.cjs');
export const CODE_CACHE = path.join(__dirname, 'analyzer.code-cache');

/** What dist/cli/analyzer.cjs exports, and whether its code cache was used. */
export function loadAnalyzer(): { run: typeof Run; cached: boolean; script: Script } {
  const bytes = readFileSync(ANALYZER);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    // no cache (removed, or unreadable): compiled from source
  }
  if (cachedData && createHash('sha256').update(bytes).update(cachedData).digest('base64') !== __CODE_CACHE_DIGEST__) cachedData = undefined;
  const script = new Script(wrap(bytes.toString('utf8')), { filename: ANALYZER, cachedData });
  const module = { exports: {} as { run: typeof Run } };
  script.runInThisContext()(module.exports, require, module, ANALYZER, __dirname);
  return { run: module.exports.run, cached: cachedData !== undefined && !script.cachedDataRejected, script };
}

/** Runs the command on process.argv. */
export async function start(): Promise<void> {
  let analyzer;
  try {
    analyzer = loadAnalyzer();
  } catch (e) {
    process.stderr.write(`bounce-lens: cannot load ${ANALYZER}: ${(e as Error).message}\n(reinstall, or run \`npm run build\` in a checkout)\n`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await analyzer.run(process.argv.slice(2), { holdBackOptimizer: !analyzer.cached });
}

if (require.main === module) void start();
