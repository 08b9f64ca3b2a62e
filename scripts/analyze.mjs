#!/usr/bin/env node
// `npm run -s analyze -- [--text] [--json] [--subject S] [--from ADDRESS] FILE...`
// Loads the TypeScript CLI (src/cli/analyze.ts) through Vite's module runner, without a build step.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { module: cli } = await runnerImport(path.join(root, 'src/cli/analyze.ts'), {
  root,
  configFile: false,
  logLevel: 'silent',
});
process.exitCode = await cli.main(process.argv.slice(2), cli.nodeIo());
