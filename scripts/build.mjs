// Builds the extension for both browsers from ONE manifest:
//   dist/chrome/, dist/firefox/            loadable unpacked
//   dist/bounce-lens-<version>-chrome.zip  and -firefox.zip, ready for the stores
// and what Node users run (scripts/build-node.mjs): dist/cli/bounce-lens.cjs (the `bounce-lens` command)
// and dist/lib/ (the analyzer as a library, with its .d.ts).
// Content and background scripts are classic IIFE bundles (MV3 content scripts cannot be ES modules),
// so each gets its own vite build call; the options page and the toolbar popup are ordinary HTML entries (one
// build each, so each HTML file lands at the top of the extension where the manifest names it).
import { build } from 'vite';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { buildNode, CLI_FILE, LIB_FILE } from './build-node.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const stage = path.join(dist, '.stage');
const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
if (manifest.version !== pkg.version) {
  throw new Error(`manifest.json version ${manifest.version} differs from package.json ${pkg.version}`);
}

const shared = {
  configFile: path.join(root, 'vite.config.ts'),
  logLevel: 'warn',
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};

async function buildClassicScript(entry, fileName, globalName) {
  await build({
    ...shared,
    build: {
      outDir: stage,
      emptyOutDir: false,
      target: ['chrome120', 'firefox128'],
      minify: true,
      sourcemap: false,
      lib: { entry: path.join(root, entry), formats: ['iife'], name: globalName, fileName: () => fileName },
    },
  });
}

async function buildPage(dir, html) {
  await build({
    ...shared,
    root: path.join(root, dir),
    base: './',
    build: {
      outDir: stage,
      emptyOutDir: false,
      target: ['chrome120', 'firefox128'],
      minify: true,
      modulePreload: false,
      rollupOptions: { input: path.join(root, dir, html) },
    },
  });
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
await buildClassicScript('src/content/index.ts', 'content.js', 'BounceLensContent');
await buildClassicScript('src/background/index.ts', 'background.js', 'BounceLensBackground');
if (existsSync(path.join(root, 'src/options/options.html'))) await buildPage('src/options', 'options.html');
if (existsSync(path.join(root, 'src/popup/popup.html'))) await buildPage('src/popup', 'popup.html');

for (const bundle of ['content.js', 'background.js']) {
  const code = readFileSync(path.join(stage, bundle), 'utf8');
  // The manifest loads these as classic scripts: a stray ES import would fail at run time.
  if (/^\s*import[\s{*"']/m.test(code) || /\bimport\(/.test(code)) {
    throw new Error(`${bundle} contains an import statement; classic scripts cannot load modules`);
  }
}

function listFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

const sizes = [];
for (const browser of ['chrome', 'firefox']) {
  const out = path.join(dist, browser);
  mkdirSync(out, { recursive: true });
  cpSync(path.join(root, 'public'), out, { recursive: true });
  cpSync(stage, out, { recursive: true });
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const files = {};
  for (const rel of listFiles(out).sort()) files[rel.split(path.sep).join('/')] = readFileSync(path.join(out, rel));
  const zipName = `bounce-lens-${manifest.version}-${browser}.zip`;
  writeFileSync(path.join(dist, zipName), zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  sizes.push([`dist/${zipName}`, statSync(path.join(dist, zipName)).size, null]);
}
rmSync(stage, { recursive: true, force: true });
await buildNode();

for (const rel of listFiles(path.join(dist, 'chrome')).filter((f) => /\.(js|css|html)$/.test(f)).sort()) {
  const buf = readFileSync(path.join(dist, 'chrome', rel));
  sizes.unshift([rel, buf.length, gzipSync(buf, { level: 9 }).length]);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('Bounce Lens build', manifest.version);
for (const [name, raw, gz] of sizes) {
  console.log(`  ${name.padEnd(40)} ${kb(raw).padStart(10)}${gz === null ? '' : `  gzip ${kb(gz).padStart(9)}`}`);
}
for (const file of [CLI_FILE, LIB_FILE]) {
  const buf = readFileSync(file);
  console.log(`  ${path.relative(dist, file).padEnd(40)} ${kb(buf.length).padStart(10)}  gzip ${kb(gzipSync(buf, { level: 9 }).length).padStart(9)}`);
}
console.log('  loadable unpacked: dist/chrome/  dist/firefox/;  command: dist/cli/bounce-lens.cjs');
