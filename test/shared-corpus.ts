import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** Repository root (this file lives in <root>/test/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** ../shared beside the repository: present in CI and in working checkouts, absent in a stranger's clone. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
export const REFERENCE_DIR = path.join(SHARED_DIR, 'reference');

export function sharedAvailable(): boolean {
  return existsSync(path.join(CORPUS_DIR, 'expected.json'));
}

/**
 * describe() for suites that read ../shared. Without it they are skipped with one clear line,
 * except in CI, where its absence must fail the run rather than silently test less.
 */
export function describeWithShared(name: string, body: () => void): void {
  if (sharedAvailable()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`../shared/corpus not found at ${CORPUS_DIR}; CI requires it`);
    });
    return;
  }
  console.log('skipped: ../shared/corpus not found');
  // The body is not run even to collect tests: it may read ../shared at collection time.
  describe.skipIf(true)(name, () => {});
}

/** Trimmed real Outlook on the web markup (German UI), read in place: ../shared/reference/webmail/outlook-dom. */
export const OUTLOOK_DOM_DIR = path.join(REFERENCE_DIR, 'webmail/outlook-dom');

/**
 * describe() for suites that read one folder of ../shared/reference. Like describeWithShared: skipped with
 * one line outside CI when the folder is missing, a failure in CI.
 */
export function describeWithReference(name: string, dir: string, body: () => void): void {
  const shown = `../shared/${path.relative(SHARED_DIR, dir)}`;
  if (existsSync(dir)) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`${shown} not found at ${dir}; CI requires it`);
    });
    return;
  }
  console.log(`skipped: ${shown} not found`);
  describe.skipIf(true)(name, () => {});
}
