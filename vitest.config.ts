import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 20000,
    pool: 'threads',
    // the default (one worker per core but one) runs the files one by one on a 2-core machine;
    // much of the suite waits on CLI child processes, so two workers finish in about 3/4 the time
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
