/**
 * The analyzer half of the `bounce-lens` command: scripts/build-node.mjs bundles this file, with src/core, into
 * dist/cli/analyzer.cjs (Node built-ins only; CommonJS, which Node 20 starts about 5 ms sooner than an ES
 * module), which the launcher (src/cli/launcher.ts, dist/cli/bounce-lens.cjs) compiles and calls.
 */
import { setFlagsFromString } from 'node:v8';

/** package.json's version, written in by the build. */
declare const __BOUNCE_LENS_VERSION__: string;

export interface RunOptions {
  /**
   * Hold V8's optimizing compiler back while the analyzer loads. Loading builds the knowledge tables once
   * (phrase sets, trigram keys): run-once code that the optimizing compiler nevertheless picks up, and
   * compiling it cost more than running it (measured on Node 20 without a code cache: loading took
   * 100-170 ms, 40 ms with optimization held back meanwhile). The launcher asks for it only when it
   * compiled the analyzer from source: V8 refuses a code cache made under other flags, and with the
   * cache the command starts sooner still. Left alone when the user chose V8 tiering flags of their own.
   */
  holdBackOptimizer: boolean;
}

/** Runs the command on `args` (the words after `bounce-lens`); resolves to its exit code. */
export async function run(args: string[], options: RunOptions): Promise<number> {
  const holdBack =
    options.holdBackOptimizer && !process.execArgv.some((a) => /^--(?:no-)?(?:opt|max-opt|turbofan|maglev|sparkplug|always-sparkplug)\b/.test(a));
  if (holdBack) setFlagsFromString('--max-opt=1');
  const { main, nodeIo } = await import('./analyze');
  if (holdBack) setFlagsFromString('--max-opt=999');
  return main(args, nodeIo(), __BOUNCE_LENS_VERSION__);
}
