import { defineConfig } from 'vitest/config';

// Extension bundles are built by scripts/build.mjs (one IIFE build per classic script);
// this file carries what those builds and vitest share.
export default defineConfig({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/corpus/**/*.test.ts'],
    globalSetup: ['test/global-setup.mjs'],
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default'],
  },
});
