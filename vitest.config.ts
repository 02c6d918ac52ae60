import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/src/**/*.test.ts'],
          setupFiles: ['tests/setup-indexeddb.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Real browsers on a loaded 2-core machine: one retry of a failed test (Playwright's own CI default is 2).
          // A test that needs it is flaky and worth a look (the app-lock journey's fake-clock steps have been).
          retry: 1,
        },
      },
    ],
  },
});
