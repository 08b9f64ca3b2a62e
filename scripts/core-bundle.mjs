// The analyzer core (src/core) bundled with the extension's build settings (scripts/build.mjs: vite,
// minified, same targets), as one ES module rather than a classic script, in a temporary directory,
// for `npm run bench`.
//
// Why not load src/core through Vite's module runner, as the tests and the CLI do: the runner
// turns every import into a getter on a module-namespace object, so each call across modules
// pays a property lookup and a getter call. Bundling removes them, as it does in the shipped
// extension: the bundle is what users run, so it is what the benchmark measures (over the shared
// corpus the runner added about 2 µs to each rendered analysis of about 32 µs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/** Builds src/core/index.ts and imports it; `dispose` removes the temporary directory. */
export async function importCoreBundle(root) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bounce-lens-core-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: true,
        target: ['chrome120', 'firefox128'],
        minify: true,
        sourcemap: false,
        lib: { entry: path.join(root, 'src/core/index.ts'), formats: ['es'], fileName: () => 'core.mjs' },
      },
    });
    const core = await import(pathToFileURL(path.join(outDir, 'core.mjs')).href);
    return { core, dispose: () => rmSync(outDir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}
