/**
 * Engine errors are one line each, with the exit codes of the node engine: a missing file or an
 * unreadable Parquet is bad input (1), an unknown --engine or Parquet forced onto the node engine
 * a usage error (2), before anything is read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const CONFIG = 'currency: USD\ncategories:\n  - { id: a, name: A }\n';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'techspend-engine-'));
  writeFileSync(join(dir, 'techspend.yaml'), CONFIG);
  writeFileSync(join(dir, 'lines.csv'), 'Date,Vendor,Amount\n2026-01-05,Acme,10.00\n');
  return dir;
}

const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l !== '' && !l.startsWith('techspend: engine:'));

describe('engine errors', () => {
  it('a missing Parquet file: exit 1, one line naming it', async () => {
    const r = await runCli(['report', 'missing.parquet'], folder());
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual(['missing.parquet: no such file']);
  }, 60_000);

  it('a file that is not Parquet: exit 1, one line', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'bad.parquet'), 'not parquet at all');
    const r = await runCli(['report', 'bad.parquet', '-q'], dir);
    expect(r.code).toBe(1);
    const lines = errorLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bad\.parquet: cannot read as Parquet: .*magic bytes.* \(export it again, or check it is a Parquet file\)$/);
  }, 60_000);

  it('a Parquet file whose columns name no date or amount, or a sources column not in it: exit 1, not read, one line', async () => {
    const dir = folder();
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    await conn.run(`COPY (SELECT 'x' AS foo, 'y' AS bar) TO '${join(dir, 'odd.parquet')}' (FORMAT parquet)`);
    conn.closeSync();
    db.closeSync();
    writeFileSync(join(dir, 'techspend.yaml'), CONFIG + 'sources:\n  - files: "*.parquet"\n    columns: { amount: NoSuchColumn, date: foo }\n');
    const r = await runCli(['report', 'odd.parquet', '-q'], dir);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/^odd\.parquet:1: file not read \(1 rows\): column "NoSuchColumn" \(sources\[0\]\.columns\.amount\) is not in the header/)]);
  }, 60_000);

  it('an unknown --engine: exit 2 before reading', async () => {
    const r = await runCli(['report', 'lines.csv', '--engine', 'spark'], folder());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('techspend: unknown --engine "spark" (use auto, node, duckdb)\n');
    expect(r.stdout).toBe('');
  });

  it('Parquet with --engine node: exit 2', async () => {
    const r = await runCli(['board', 'x.parquet', '--engine', 'node'], folder());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('techspend: --engine node cannot read Parquet (use --engine duckdb (or auto))\n');
  });

  it('auto keeps the node engine for a small CSV, silently', async () => {
    const r = await runCli(['report', 'lines.csv'], folder());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
