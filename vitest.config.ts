import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The files that run in a worker of their own (vitest's default), each for a reason; the others
 * share one worker's modules and warmed-up code from file to file (the `shared` project).
 */
const ISOLATED = [
  // they replace a module of src with vi.mock (a shared scan, a recording DuckDB connection): they
  // need a module graph of their own
  'tests/explain/explain-cell.test.ts',
  'tests/explain/explain-refs.test.ts',
  'tests/engine/small-input.test.ts',
];

// what both projects run with (not `extends: true`: that would run the global setup once more per
// project, each in the folder the one before made)
const common = { testTimeout: 20000, pool: 'threads' } as const;

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    // the default (one worker per core but one) runs the files one by one on a 2-core machine;
    // much of the suite waits on CLI child processes, so two workers finish in about 3/4 the time
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          ...common,
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: ISOLATED,
          // a new worker per file (the default) loaded src and its dependencies again and ran
          // every file's CLI runs on cold code: most of the suite's time on a 2-core machine.
          // Safe here: no file of this project mocks a module, and the tests that set
          // process.env put it back (a worker thread's env is its own, not the other worker's)
          isolate: false,
        },
      },
      { test: { ...common, name: 'isolated', include: ISOLATED } },
    ],
  },
});
