/**
 * categorize on the DuckDB engine writes the node engine's rows byte for byte: the demo company,
 * a file with every kind of row (sub-cent splits, excluded lines, another currency, a record
 * spanning lines, a blank line, rejected and non-plain rows node reads), corpus exports, and a
 * Parquet copy against the CSV it came from.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, HAS_CORPUS } from '../corpus/harness.js';
import { runCli } from '../cli/run-cli.js';
import { toParquet } from './to-parquet.js';

const root = resolve(import.meta.dirname, '../..');

async function both(args: string[], cwd = root) {
  const node = await runCli([...args, '--engine', 'node'], cwd);
  const duckdb = await runCli([...args, '--engine', 'duckdb'], cwd);
  return { node, duckdb };
}

/** stderr without the line that names the engine */
const rest = (stderr: string) => stderr.split('\n').filter((l) => !l.startsWith('techspend: engine:'));

const CONFIG = [
  'currency: USD',
  'rates:',
  '  EUR: 1.1',
  'categories:',
  '  - { id: a, name: A, function: run }',
  '  - { id: b, name: B, function: run }',
  '  - { id: c, name: C, function: run }',
  '  - { id: tax, name: Tax, function: run, scope: excluded }',
  'rules:',
  '  - match: { vendor: Acme }',
  '    split: { a: 34, b: 33, c: 33 }',
  '  - match: { vendor: IRS }',
  '    category: tax',
  '  - match: { vendor: Globex }',
  '    category: b',
  '',
].join('\n');

describe('categorize on the duckdb engine', () => {
  for (const format of ['csv', 'json']) {
    it(`--demo -f ${format}: byte-identical`, async () => {
      const { node, duckdb } = await both(['categorize', '--demo', '-f', format]);
      expect(node.code).toBe(0);
      expect(duckdb.code).toBe(0);
      expect(node.stdout.length).toBeGreaterThan(10_000);
      expect(duckdb.stdout).toBe(node.stdout);
      expect(duckdb.stderr).toContain('techspend: engine: duckdb (--engine duckdb)\n');
      expect(rest(duckdb.stderr)).toEqual(rest(node.stderr));
    }, 120_000);
  }

  it('every kind of row: splits, excluded lines, another currency, rows node reads merged in file order, rejections as node writes them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-categorize-'));
    writeFileSync(join(dir, 'techspend.yaml'), CONFIG);
    writeFileSync(
      join(dir, 'lines.csv'),
      [
        'Date,Vendor,Description,Amount,Currency',
        '2026-01-05,Acme,odd,1.234567,USD',
        '2026-01-06,Acme,odd,1.234567,USD',
        '2026-01-06,IRS,tax,10.005,USD',
        '2026-01-07,Globex,"two\nlines",3.333,EUR',
        '2026-01-08,Acme,bad,12..5,USD',
        '2026-01-09,Hooli,none,2.50,USD',
        '',
        '2026-01-10,Globex,x,$4.00,USD',
        '2026-01-11,IRS,tax,1.001,USD',
        '',
      ].join('\n'),
    );
    const { node, duckdb } = await both(['categorize', 'lines.csv', '-f', 'csv'], dir);
    expect(duckdb.code).toBe(node.code);
    expect(duckdb.stdout).toBe(node.stdout);
    expect(rest(duckdb.stderr)).toEqual(rest(node.stderr));
    expect(duckdb.stderr).toContain('lines.csv:7: column "Amount": rejected: cannot read amount "12..5"');
    const rows = duckdb.stdout.trim().split('\n').slice(1);
    // by hand: 1.234567 at 34/33/33 → 0.419753, 0.407407, 0.407407; shown as changes of the rounded
    // running sum: 0.42, 0.83 − 0.42 = 0.41, 1.23 − 0.83 = 0.40; the next line's sum 2.469134 → 0.42, 0.41, 0.41
    expect(rows.slice(0, 6).map((r) => r.split(',')[6])).toEqual(['0.42', '0.41', '0.40', '0.42', '0.41', '0.41']);
    // the excluded line, the EUR line (3.333 × 1.1 = 3.6663 → 3.67), the $4.00 row (read by node) in its place
    expect(rows[6]).toBe('lines.csv,4,2026-01-06,IRS,tax,,10.01,USD,tax,run,other,rule-2,excluded');
    expect(rows[8]).toBe('lines",,3.67,USD,b,run,other,rule-3,technology');
    // file lines: the record spanning lines 5–6, the blank line 9, the rejected line 7 not shown
    expect([...duckdb.stdout.matchAll(/^lines\.csv,(\d+),/gm)].map((m) => Number(m[1]))).toEqual([2, 2, 2, 3, 3, 3, 4, 5, 8, 10, 11]);
  }, 120_000);

  it('a Parquet input (auto): the rows of the CSV it came from, named by Parquet row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-categorize-'));
    writeFileSync(join(dir, 'techspend.yaml'), CONFIG);
    writeFileSync(join(dir, 'lines.csv'), 'Date,Vendor,Description,Amount,Currency\n2026-01-05,Acme,odd,1.234567,USD\n2026-01-06,IRS,tax,10.005,USD\n2026-01-07,Globex,x,3.333,EUR\n2026-01-08,Acme,bad,12..5,USD\n2026-01-09,Hooli,none,2.50,USD\n');
    await toParquet(`SELECT * FROM read_csv('${join(dir, 'lines.csv')}', all_varchar = true)`, join(dir, 'lines.parquet'));
    const csv = await runCli(['categorize', 'lines.csv', '-f', 'csv', '--engine', 'node'], dir);
    const parquet = await runCli(['categorize', 'lines.parquet', '-f', 'csv'], dir);
    expect(parquet.stderr).toContain('engine: duckdb (a Parquet input)');
    expect(parquet.stderr).toContain('lines.parquet:4: column "Amount": rejected: cannot read amount "12..5"');
    expect(parquet.code).toBe(csv.code);
    // a CSV line is its Parquet row + 1 (the header is line 1)
    const asCsv = parquet.stdout.replace(/^lines\.parquet,(\d+),/gm, (_, row: string) => `lines.csv,${Number(row) + 1},`);
    expect(asCsv).toBe(csv.stdout);
  }, 120_000);
});

describe('categorize --engine: usage', () => {
  it('stdin, Parquet on the node engine and an unknown engine are usage errors (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-categorize-'));
    writeFileSync(join(dir, 'x.parquet'), '');
    const stdin = await runCli(['categorize', '-', '--engine', 'duckdb'], dir);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('--engine duckdb reads files, not stdin (-)');
    const parquet = await runCli(['categorize', 'x.parquet', '--engine', 'node'], dir);
    expect(parquet.code).toBe(2);
    expect(parquet.stderr).toContain('--engine node cannot read Parquet');
    const bogus = await runCli(['categorize', 'x.parquet', '--engine', 'bogus'], dir);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('unknown --engine "bogus"');
  }, 60_000);
});

describe.skipIf(!HAS_CORPUS)('categorize engine parity on corpus exports', () => {
  for (const file of ['focus-sample-data/focus_sample_1.0.csv', 'aws/focus_converters/sample-anonymous-aws-export-dataset.csv', 'oci/focus_converters/reports_cost-csv_0000000030000269.csv', 'beancount-import/bank.csv']) {
    it(file, async () => {
      const { node, duckdb } = await both(['categorize', join(CORPUS, file), '-f', 'csv']);
      expect(node.code).toBe(0);
      expect(node.stdout.split('\n').length).toBeGreaterThan(5);
      expect(duckdb.stdout).toBe(node.stdout);
      // read by SQL, not handed back to the node engine
      expect(duckdb.stderr).not.toContain('read by the node engine');
    }, 120_000);
  }
});
