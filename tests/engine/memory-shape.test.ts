/**
 * The engine's rules pass within DuckDB's memory limit on a FOCUS-shaped Parquet file × 500
 * rules (the benchmark's shape, bench/engine.mjs), scaled down with the limit. At 1M lines and
 * 512 MB, DuckDB built its hash joins on the lines (behind the Parquet scan's filters it
 * estimated a few thousand lines for a million) instead of on the lookup tables, and ran out of
 * memory (io/engine/duckdb.ts). 120,000 lines under 112 MB fail the same way without the fix
 * (they need more than 128 MB); with it they pass from 100 MB.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
// @ts-expect-error: the benchmark's generators are plain JavaScript
import { writeFocusParquet } from '../../bench/engine.mjs';
// @ts-expect-error: the benchmark's generators are plain JavaScript
import { rulesYaml } from '../../bench/generate.mjs';

const LINES = 120_000;

/** The file's BilledCost total in cents, as the board writes it (DuckDB's own sum, rounded half away from zero). */
async function billedTotal(file: string): Promise<string> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const [[cents]] = (await conn.runAndReadAll(`SELECT CAST(round(sum(BilledCost), 2) * 100 AS BIGINT) FROM read_parquet('${file}')`)).getRows() as [[bigint]];
    const whole = (cents / 100n).toLocaleString('en-US');
    return `${whole}.${String(cents % 100n).padStart(2, '0')}`;
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

describe('the duckdb engine within its memory limit (the benchmark shape, scaled down)', () => {
  it('a 120,000-line FOCUS Parquet × 500 rules board under a 112 MB limit: every line read, the total DuckDB sums', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-memory-'));
    const parquet = join(dir, 'focus.parquet');
    await writeFocusParquet(LINES, parquet);
    writeFileSync(join(dir, 'techspend.yaml'), rulesYaml(500));
    const limit = process.env.TECHSPEND_DUCKDB_MEMORY_LIMIT;
    process.env.TECHSPEND_DUCKDB_MEMORY_LIMIT = '112MB';
    let r: Awaited<ReturnType<typeof runCli>>;
    try {
      r = await runCli(['board', 'focus.parquet', '-f', 'markdown', '-q', '--engine', 'duckdb'], dir);
    } finally {
      if (limit === undefined) delete process.env.TECHSPEND_DUCKDB_MEMORY_LIMIT;
      else process.env.TECHSPEND_DUCKDB_MEMORY_LIMIT = limit;
    }
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('- Rows read 120,000, used 120,000, rejected 0.');
    expect(r.stdout).toContain(`- Input total USD ${await billedTotal(parquet)} = technology`);
  }, 180_000);
});
