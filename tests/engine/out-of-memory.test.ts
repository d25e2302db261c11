/**
 * DuckDB past its memory limit (a 1M-line CSV of mostly distinct descriptions ran it out at 512 MB):
 * one line naming the input and what to do, exit 2, never "internal error" (exit 70).
 */
import { describe, expect, it } from 'vitest';
import { outOfMemory } from '../../src/io/engine/index.js';
import { EXIT, ExitError } from '../../src/diagnostic.js';
import { defaultConfig } from '../../src/config/default-config.js';

const OOM = new Error('Out of Memory Error: could not allocate block of size 256.0 KiB (488.1 MiB/488.2 MiB used)\n\nPossible solutions:\n* Reducing the number of threads');
const job = (paths: string[]) => ({ paths, config: defaultConfig(), scan: {} }) as unknown as Parameters<typeof outOfMemory>[1];

describe('the duckdb engine out of memory', () => {
  it('on CSV: a usage error naming the limit and the node engine', () => {
    const e = outOfMemory(OOM, job(['big.csv']));
    expect(e).toBeInstanceOf(ExitError);
    expect((e as ExitError).exitCode).toBe(EXIT.usage);
    expect(e!.message).toContain('the duckdb engine ran out of memory at its limit (488.2 MiB) reading big.csv');
    expect(e!.message).toContain('--engine node');
  });

  it('on Parquet (which only DuckDB reads): split the export', () => {
    const e = outOfMemory(OOM, job(['a.parquet', 'b.parquet']));
    expect(e!.message).toContain('reading 2 inputs');
    expect(e!.message).toContain('split the Parquet export');
  });

  it('any other error is left as it is', () => {
    expect(outOfMemory(new Error('Binder Error: column not found'), job(['a.csv']))).toBeUndefined();
  });
});
