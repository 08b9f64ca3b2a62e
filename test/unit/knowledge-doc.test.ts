import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../shared-corpus';

it('docs/knowledge.md is what scripts/knowledge-doc.mjs generates (run npm run docs:knowledge)', () => {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/knowledge-doc.mjs'), '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(run.stderr + run.stdout).toContain('up to date');
  expect(run.status).toBe(0);
}, 60_000);
