#!/usr/bin/env node
// `npm run -s analyze -- [--text] [--json] [--subject S] [--from ADDRESS] FILE...`: the built command
// (dist/cli/bounce-lens.cjs, what package.json's `bin` installs as `bounce-lens`), built first when it is
// missing or older than its sources (scripts/build-node.mjs; the command alone, without the library).
import { createRequire } from 'node:module';
import { CLI_FILE, ensureNodeBuild } from './build-node.mjs';

await ensureNodeBuild({ only: 'cli' });
// The command reads process.argv itself: `node scripts/analyze.mjs ARGS` passes the same ARGS.
await createRequire(import.meta.url)(CLI_FILE).start();
