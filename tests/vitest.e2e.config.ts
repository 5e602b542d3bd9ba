import { defineConfig } from 'vitest/config';

// Browser tests: one file at a time (each launches a browser; the machine has two cores).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/harness/print-versions.ts'],
    environment: 'node',
    // The JSON report feeds the pass/fail line that .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A poll waits for the page to catch up, never for a speed: on a loaded two-core machine a click
    // on the reader's "Previous sentence" took longer than the default second to show (CI, a clean
    // clone while other tests ran beside it).
    expect: { poll: { timeout: 5000 } },
  },
});
