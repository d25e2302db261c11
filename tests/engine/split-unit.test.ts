/**
 * A rule's split divides a line at the cent, or at its last significant digit below the cent
 * (money/allocate.ts atSplitUnit): by the value, not by how the export wrote it. A FOCUS-style
 * Parquet amount is DECIMAL(18,6), written 1.234000; split at its written millionths the engine
 * gave 0.41956 + 0.40722 + 0.40722 while `facts --sql` (which sees a value, not text) gave
 * 0.420 + 0.407 + 0.407, and on a 1M-line board the two runs' business functions differed by
 * up to 2.01. 1,000 such lines, split 34/33/33, by hand: 1234 thousandths × 34/100 = 419.56 and
 * × 33/100 = 407.22 twice; 419 + 407 + 407 = 1233, the thousandth left goes to the largest
 * remainder: 0.420 + 0.407 + 0.407 a line, 420.00 + 407.00 + 407.00 in all.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { allocate, atSplitUnit, parseDecimal, toExact } from '../../src/money/decimal.js';
import { runCli } from '../cli/run-cli.js';

const CONFIG = 'currency: USD\ncategories:\n  - { id: a, name: A, function: run }\n  - { id: b, name: B, function: run }\n  - { id: c, name: C, function: run }\nrules:\n  - match: { vendor: Acme }\n    split: { a: 34, b: 33, c: 33 }\n';
const BY_HAND = ['category,period,amount,share', 'a,2026-01,420.00,0.3404', 'b,2026-01,407.00,0.3298', 'c,2026-01,407.00,0.3298'].join('\n');
const LINES = 'FROM range(1000) AS t(i)';
const SELECT = `SELECT DATE '2026-01-01' + CAST(i % 28 AS INTEGER) AS Date, 'Acme' AS Vendor, 'padded ' || i AS Description, CAST(1.234 AS DECIMAL(18,6)) AS Amount ${LINES}`;

async function duck(statements: string[]): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    for (const s of statements) await conn.run(s);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

describe('the unit a split divides a line at', () => {
  it('atSplitUnit: the cent, or the last significant digit below it', () => {
    const at = (s: string) => {
      const d = atSplitUnit(parseDecimal(s)!);
      return `${d.units} at scale ${d.scale}`;
    };
    expect(at('100')).toBe('10000 at scale 2');
    expect(at('1.5')).toBe('150 at scale 2');
    expect(at('1.234000')).toBe('1234 at scale 3');
    expect(at('1.234567')).toBe('1234567 at scale 6');
    expect(at('-2.500000')).toBe('-250 at scale 2');
    expect(allocate(atSplitUnit(parseDecimal('101')!), [34n, 33n, 33n]).map(toExact)).toEqual(['34.34', '33.33', '33.33']);
  });

  it('the same on the node engine (CSV), the duckdb engine (Parquet) and a fact table made by facts --sql', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-split-unit-'));
    writeFileSync(join(dir, 'techspend.yaml'), CONFIG);
    const q = (f: string) => `'${join(dir, f)}'`;
    await duck([`COPY (${SELECT}) TO ${q('lines.parquet')} (FORMAT parquet)`, `COPY (SELECT * FROM read_parquet(${q('lines.parquet')})) TO ${q('lines.csv')} (HEADER)`]);
    const report = ['report', '--by', 'category', '-f', 'csv', '-q'];
    const node = await runCli([...report, 'lines.csv', '--engine', 'node'], dir);
    const engine = await runCli([...report, 'lines.parquet', '--engine', 'duckdb'], dir);
    // the warehouse: the same lines with the amount typed DECIMAL(18,6), and the facts SQL over them
    const sql = (await runCli(['facts', '--sql', 'duckdb', '-q'], dir)).stdout.trimEnd().replace(/;$/, '');
    await duck([
      `CREATE TABLE lines AS SELECT 'lines.parquet' AS source, i + 2 AS line, DATE '2026-01-01' + CAST(i % 28 AS INTEGER) AS date, 'Acme' AS vendor, 'padded ' || i AS description,
        NULL::VARCHAR AS account, NULL::VARCHAR AS department, NULL::VARCHAR AS cost_center, 'USD' AS currency, CAST(1.234 AS DECIMAL(18,6)) AS amount,
        NULL::DECIMAL(38,12) AS quantity, NULL::DECIMAL(38,12) AS usage, NULL::DECIMAL(38,12) AS unit_price, NULL::VARCHAR AS reference, NULL::VARCHAR AS booked_to ${LINES}`,
      `COPY (${sql}) TO ${q('facts.parquet')} (FORMAT parquet)`,
    ]);
    const facts = await runCli([...report, '--facts', 'facts.parquet'], dir);
    for (const r of [node, engine, facts]) {
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(BY_HAND);
    }
  }, 120_000);

  it('whole amounts split at the cent on both engines, their sums kept at the cent ("101" and "7" at 34/33/33)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-split-unit-'));
    writeFileSync(join(dir, 'techspend.yaml'), CONFIG);
    writeFileSync(join(dir, 'whole.csv'), 'Date,Vendor,Description,Amount\n2026-01-06,Acme,whole,101\n2026-01-07,Acme,whole,7\n');
    // by hand: 10100 cents → 3434 + 3333 + 3333; 700 → 238 + 231 + 231
    const byHand = ['category,period,amount,share', 'a,2026-01,36.72,0.3400', 'b,2026-01,35.64,0.3300', 'c,2026-01,35.64,0.3300'].join('\n');
    for (const engine of ['node', 'duckdb']) {
      const r = await runCli(['report', 'whole.csv', '--by', 'category', '-f', 'csv', '-q', '--engine', engine], dir);
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(byHand);
    }
  }, 120_000);
});
