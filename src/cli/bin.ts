/**
 * The `bounce-lens` command: this file is the entry that scripts/build-node.mjs bundles, with src/core,
 * into dist/cli/bounce-lens.cjs (Node built-ins only; CommonJS, which Node 20 starts about 5 ms sooner than
 * an ES module). package.json's `bin` points there.
 */
import { setFlagsFromString } from 'node:v8';

/** package.json's version, written in by the build. */
declare const __BOUNCE_LENS_VERSION__: string;

/**
 * Loading the analyzer builds its knowledge tables once (phrase sets, trigram keys): run-once code that
 * V8's optimizing compiler nevertheless picks up, and compiling it cost more than running it (measured
 * on Node 20: loading took 100-170 ms, 40 ms with optimization held back meanwhile). So the top tier is
 * held back while the analyzer loads and allowed again before any message is read, where it pays.
 * Left alone when the user chose V8 tiering flags of their own.
 */
async function run(): Promise<void> {
  const ownTiering = !process.execArgv.some((a) => /^--(?:no-)?(?:opt|max-opt|turbofan|maglev|sparkplug|always-sparkplug)\b/.test(a));
  if (ownTiering) setFlagsFromString('--max-opt=1');
  const { main, nodeIo } = await import('./analyze');
  if (ownTiering) setFlagsFromString('--max-opt=999');
  process.exitCode = await main(process.argv.slice(2), nodeIo(), __BOUNCE_LENS_VERSION__);
}

void run();
