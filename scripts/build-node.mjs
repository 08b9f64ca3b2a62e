// Builds what Node users run, from the same src/core as the extension:
//   dist/cli/bounce-lens.cjs   the `bounce-lens` command (package.json `bin`): a launcher (src/cli/launcher.ts)
//   dist/cli/analyzer.cjs      what it runs: src/cli/bin.ts with src/core, one CommonJS file, Node built-ins only
//   dist/cli/analyzer.code-cache  V8's bytecode for it after a run over the sample bounces in test/fixtures
//   dist/lib/index.js          the analyzer as a library (package.json `exports`), ESM
//   dist/lib/types/**.d.ts     its declarations
// No Vite or TypeScript is loaded when these run: starting the command costs about what starting Node
// costs (the earlier CLI compiled src/ through Vite's module runner at every start, 0.7 s).
//
//   node scripts/build-node.mjs           build (also run by `npm run build` and `npm pack`)
//   ensureNodeBuild()                     build only when an output is missing or older than its sources
//   ensureNodeBuild({ only: 'cli' })      the same for the command alone (`npm run analyze`: it needs no
//                                         declarations, so a type error elsewhere does not stop it)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
export const CLI_FILE = path.join(DIST, 'cli/bounce-lens.cjs');
export const CLI_FILES = [CLI_FILE, path.join(DIST, 'cli/analyzer.cjs'), path.join(DIST, 'cli/analyzer.code-cache')];
export const LIB_FILE = path.join(DIST, 'lib/index.js');
export const TYPES_FILE = path.join(DIST, 'lib/types/index.d.ts');

/** What the outputs are made of: a change to any of these makes them stale. */
const SOURCES = ['src/core', 'src/cli', 'test/fixtures/bounces', 'test/fixtures/ordinary', 'src/ui/controls.ts', 'package.json', 'tsconfig.json', 'tsconfig.lib.json', 'scripts/build-node.mjs'];

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : [full];
  });
}

function newestSource() {
  let newest = 0;
  for (const rel of SOURCES) {
    const full = path.join(ROOT, rel);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory() ? listFiles(full) : [full];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

/** Whether every output (or the command's, with only 'cli') exists and is newer than every source. */
export function nodeBuildIsCurrent({ only = null } = {}) {
  const outputs = only === 'cli' ? CLI_FILES : [...CLI_FILES, LIB_FILE, TYPES_FILE];
  if (!outputs.every((f) => existsSync(f))) return false;
  const oldest = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return oldest >= newestSource();
}

/** Builds when missing or stale; quiet unless it builds. */
export async function ensureNodeBuild({ log = (s) => process.stderr.write(s + '\n'), only = null } = {}) {
  if (nodeBuildIsCurrent({ only })) return false;
  log(`bounce-lens: building ${only === 'cli' ? 'dist/cli' : 'dist/cli and dist/lib'} (sources changed or not built yet)…`);
  await buildNode({ only });
  return true;
}

const version = () => JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

/** One CommonJS file for Node 20 from `entry`, Node built-ins only. */
async function bundleForNode({ entry, outDir, fileName, banner }) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    define: { __BOUNCE_LENS_VERSION__: JSON.stringify(version()) },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: path.join(ROOT, entry),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      // Minified: less to read and compile at each start (measured: see `npm run bench`).
      minify: true,
      sourcemap: false,
      rollupOptions: {
        output: { format: 'cjs', entryFileNames: fileName, banner, codeSplitting: false },
      },
    },
  });
}

/**
 * The runs whose compiled functions the code cache keeps: what a user's first commands do (human and
 * JSON output, raw notices in several formats and languages, ordinary mail, --help). The repository's own
 * sample messages; their answers are thrown away.
 */
function warmUpRuns() {
  const samples = (dir) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.eml')).sort().map((f) => path.join(ROOT, dir, f));
  const bounces = samples('test/fixtures/bounces');
  const ordinary = samples('test/fixtures/ordinary');
  return [[...bounces, ...ordinary], ['--json', ...bounces], ['--help']];
}

/**
 * Loads the analyzer through the built launcher in a child Node, runs it over the sample messages, and has
 * the launcher save its code cache (no NODE_OPTIONS in the child: V8 refuses a cache made under flags other
 * than the user's).
 */
function writeCodeCache(launcherFile) {
  const child = `
    const analyzer = require(process.argv[1]).loadAnalyzer();
    (async () => {
      for (const args of JSON.parse(process.argv[2])) await analyzer.run(args, { holdBackOptimizer: false });
      analyzer.saveCodeCache();
      process.exitCode = 0;
    })();`;
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ['-e', child, launcherFile, JSON.stringify(warmUpRuns())], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`writing the code cache failed:\n${r.stderr}`);
}

async function bundleCli(outDir) {
  await bundleForNode({ entry: 'src/cli/bin.ts', outDir, fileName: 'analyzer.cjs' });
  await bundleForNode({ entry: 'src/cli/launcher.ts', outDir, fileName: 'bounce-lens.cjs', banner: '#!/usr/bin/env node' });
  writeCodeCache(path.join(outDir, 'bounce-lens.cjs'));
  if (!existsSync(path.join(outDir, 'analyzer.code-cache'))) throw new Error('the code cache was not written');
}

async function bundleLibrary(outDir) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      // Readable: library users step through it and read its stack traces.
      minify: false,
      sourcemap: false,
      lib: { entry: path.join(ROOT, 'src/core/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  });
}

/**
 * Declarations through the project's TypeScript (tsconfig.lib.json). Its output keeps the sources'
 * extension-less relative imports ('./types'), which Node's ESM resolution (TypeScript's `node16` /
 * `nodenext`) refuses in a package of type module: each one is completed to the file it names.
 */
function emitTypes(typesDir) {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.lib.json'), '--outDir', typesDir], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tsc (declarations) failed:\n${r.stdout}${r.stderr}`);
  for (const file of listFiles(typesDir).filter((f) => f.endsWith('.d.ts'))) {
    const code = readFileSync(file, 'utf8');
    const fixed = code.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]*)(['"])/g, (whole, head, spec, tail) => {
      if (/\.(?:js|mjs|cjs|json)$/.test(spec)) return whole;
      const base = path.resolve(path.dirname(file), spec);
      if (existsSync(base + '.d.ts')) return `${head}${spec}.js${tail}`;
      if (existsSync(path.join(base, 'index.d.ts'))) return `${head}${spec}/index.js${tail}`;
      throw new Error(`${path.relative(ROOT, file)}: cannot resolve ${spec}`);
    });
    if (fixed !== code) writeFileSync(file, fixed);
  }
}

/** Builds into a scratch directory, then swaps each output folder in whole. */
export async function buildNode({ only = null } = {}) {
  const scratch = path.join(DIST, `.node-build-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  try {
    await bundleCli(path.join(scratch, 'cli'));
    if (only !== 'cli') {
      await bundleLibrary(path.join(scratch, 'lib'));
      emitTypes(path.join(scratch, 'lib/types'));
    }
    for (const name of only === 'cli' ? ['cli'] : ['cli', 'lib']) {
      rmSync(path.join(DIST, name), { recursive: true, force: true });
      renameSync(path.join(scratch, name), path.join(DIST, name));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildNode();
  const kb = (f) => `${(statSync(f).size / 1024).toFixed(1)} KB`;
  for (const file of CLI_FILES) console.log(`  ${path.relative(DIST, file).padEnd(40)} ${kb(file).padStart(10)}`);
  console.log(`  ${'lib/index.js'.padEnd(40)} ${kb(LIB_FILE).padStart(10)}`);
}
