#!/usr/bin/env node
// `npm run snapshot -- OUT.jsonl [--compare BASE.jsonl]` — every diagnosis the analyzer gives, one JSON
// line each: the shared corpus raw, auto-detected and rendered (text and HTML view, with and without
// subject and sender), the project's fixtures, and the adversarial inputs.
//
// For speed work that must not change behaviour: write a snapshot before, change the code, write one
// after, and compare. A speed change lands only with an identical snapshot (the corpus accuracy test
// alone would miss a changed diagnostic text or a reordered recipient).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const NOW = new Date('2025-03-01T00:00:00Z');

const args = process.argv.slice(2);
const compareAt = args.indexOf('--compare');
const basePath = compareAt >= 0 ? args[compareAt + 1] : null;
const outPath = args.find((a, i) => !a.startsWith('--') && (compareAt < 0 || i !== compareAt + 1));
if (!outPath || (compareAt >= 0 && !basePath)) {
  console.error('usage: npm run snapshot -- OUT.jsonl [--compare BASE.jsonl]');
  process.exit(2);
}

const load = async (rel) => (await runnerImport(path.join(ROOT, rel), { root: ROOT, configFile: false, logLevel: 'silent' })).module;
const core = await load('src/core/index.ts');
const { renderedView } = await load('test/fixtures/rendered-view.ts');
const adversarial = await load('test/fixtures/adversarial.ts');

const files = [];
if (existsSync(path.join(CORPUS, 'expected.json'))) {
  for (const entry of JSON.parse(readFileSync(path.join(CORPUS, 'expected.json'), 'utf8'))) {
    if (entry.file.endsWith('.eml')) files.push({ id: `corpus/${entry.file}`, file: path.join(CORPUS, entry.file) });
  }
} else {
  console.error('note: ../shared/corpus not found; the snapshot holds the project fixtures only');
}
for (const dir of ['bounces', 'ordinary']) {
  const folder = path.join(ROOT, 'test/fixtures', dir);
  for (const name of readdirSync(folder).sort()) if (name.endsWith('.eml')) files.push({ id: `fixtures/${dir}/${name}`, file: path.join(folder, name) });
}

const lines = [];
const emit = (id, diagnosis) => lines.push(JSON.stringify({ id, ...diagnosis }));
for (const { id, file } of files) {
  const bytes = new Uint8Array(readFileSync(file));
  emit(`${id} raw`, core.analyze(bytes, { mode: 'raw', now: NOW }));
  emit(`${id} auto`, core.analyze(bytes, { now: NOW }));
  for (const source of ['text', 'html']) {
    const view = await renderedView(bytes, source);
    emit(`${id} rendered-${source}`, core.analyze(view.text, { mode: 'rendered', subject: view.subject, from: view.from, date: view.date, now: NOW }));
    emit(`${id} rendered-${source}-bare`, core.analyze(view.text, { mode: 'rendered', now: NOW }));
  }
}
for (const c of adversarial.allAdversarialCases()) {
  emit(`adversarial/${c.name} raw`, core.analyze(c.raw, { mode: 'raw', now: NOW }));
  emit(`adversarial/${c.name} auto`, core.analyze(c.raw, { now: NOW }));
  if (c.rendered) emit(`adversarial/${c.name} rendered`, core.analyze(c.rendered.text, { mode: 'rendered', subject: c.rendered.subject, from: c.rendered.from, now: NOW }));
}
writeFileSync(outPath, lines.join('\n') + '\n');
console.log(`${lines.length} diagnoses written to ${outPath}`);

if (basePath) {
  const before = readFileSync(basePath, 'utf8').split('\n').filter(Boolean);
  const byId = new Map(before.map((line) => [JSON.parse(line).id, line]));
  let changed = 0;
  for (const line of lines) {
    const { id } = JSON.parse(line);
    const old = byId.get(id);
    if (old === line) continue;
    changed++;
    if (changed <= 10) console.log(`changed: ${id}${old === undefined ? ' (new)' : ''}`);
    byId.delete(id);
  }
  for (const line of lines) byId.delete(JSON.parse(line).id);
  const gone = byId.size;
  console.log(changed || gone ? `${changed} changed, ${gone} missing against ${basePath}` : `identical to ${basePath}`);
  process.exit(changed || gone ? 1 : 0);
}
