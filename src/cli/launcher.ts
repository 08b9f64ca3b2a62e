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
 * the cache file starts with a SHA-256 of the analyzer's bytes and the cache, and the cache is used only
 * when that still holds (~2 ms): byte for byte the cache made for this very analyzer.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { wrap } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import type { run as Run } from './bin';

const ANALYZER = path.join(__dirname, 'analyzer.cjs');
const CODE_CACHE = path.join(__dirname, 'analyzer.code-cache');
const DIGEST_BYTES = 32;

function digestOf(analyzer: Buffer, cache: Uint8Array): Buffer {
  return createHash('sha256').update(analyzer).update(cache).digest();
}

/** The V8 cache in the cache file, when it is the one made for these analyzer bytes. */
function codeCacheFor(analyzer: Buffer): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(CODE_CACHE);
  } catch {
    return undefined; // no cache (removed, or unreadable): compiled from source
  }
  const cache = file.subarray(DIGEST_BYTES);
  return cache.length > 0 && digestOf(analyzer, cache).equals(file.subarray(0, DIGEST_BYTES)) ? cache : undefined;
}

/**
 * What dist/cli/analyzer.cjs exports, whether its code cache was used, and how to save the cache of what
 * has been compiled so far (the build does, after a run over sample messages).
 */
export function loadAnalyzer(): { run: typeof Run; cached: boolean; saveCodeCache: () => void } {
  const bytes = readFileSync(ANALYZER);
  const cachedData = codeCacheFor(bytes);
  const script = new Script(wrap(bytes.toString('utf8')), { filename: ANALYZER, cachedData });
  const module = { exports: {} as { run: typeof Run } };
  script.runInThisContext()(module.exports, require, module, ANALYZER, __dirname);
  return {
    run: module.exports.run,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCodeCache: () => {
      const cache = script.createCachedData();
      writeFileSync(CODE_CACHE, Buffer.concat([digestOf(bytes, cache), cache]));
    },
  };
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
