/**
 * The DuckDB engine gives the node engine's reports byte for byte: the demo company through every
 * analysis command, a corpus FOCUS export and a card file, and Parquet files written at test time
 * by DuckDB itself (all-text and typed columns) against the CSV they came from.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, HAS_CORPUS } from '../corpus/harness.js';
import { runCli } from '../cli/run-cli.js';
import { toParquet } from './to-parquet.js';

const root = resolve(import.meta.dirname, '../..');
const demo = join(root, 'fixtures/demo');

/** A run two cases read (the same arguments, the same directory) is made once. */
const runs = new Map<string, ReturnType<typeof runCli>>();
function once(args: string[], cwd: string): ReturnType<typeof runCli> {
  const key = JSON.stringify([cwd, ...args]);
  let run = runs.get(key);
  if (run === undefined) runs.set(key, (run = runCli(args, cwd)));
  return run;
}

async function both(args: string[], cwd = root) {
  const node = await once([...args, '--engine', 'node'], cwd);
  const duckdb = await once([...args, '--engine', 'duckdb'], cwd);
  return { node, duckdb };
}

/** report in json: exact cells and the reconciliation footer; -q, so nothing is said about the engine */
const REPORT_JSON = ['report', '--demo', '-f', 'json', '--by', 'category,vendor', '--from', '2025-09-01', '--to', '2026-06-30', '-q'];

describe('engine parity on the demo company', () => {
  for (const command of ['report', 'variance', 'forecast', 'board', 'savings']) {
    it(`${command} --demo: byte-identical`, async () => {
      const { node, duckdb } = await both([command, '--demo', '-f', command === 'board' ? 'markdown' : 'csv']);
      expect(node.code).toBe(0);
      expect(duckdb.code).toBe(0);
      expect(node.stdout.length).toBeGreaterThan(500);
      expect(duckdb.stdout).toBe(node.stdout);
      // the choice is said on stderr, once; the rest of stderr (the demo's planted double count across files) as the node engine says it
      expect(duckdb.stderr).toContain('techspend: engine: duckdb (--engine duckdb)\n');
      const rest = (stderr: string) => stderr.split('\n').filter((l) => !l.startsWith('techspend: engine:'));
      expect(rest(duckdb.stderr)).toEqual(rest(node.stderr));
    }, 120_000);
  }

  it('report --by category,vendor in json (exact cells, the reconciliation footer)', async () => {
    const { node, duckdb } = await both(REPORT_JSON);
    expect(duckdb.stdout).toBe(node.stdout);
  }, 120_000);

  it('-q says nothing about the engine', async () => {
    // the duckdb run of the case above
    const { duckdb } = await both(REPORT_JSON);
    expect(duckdb.code).toBe(0);
    expect(duckdb.stderr).toBe('');
  }, 120_000);
});

describe('engine parity on Parquet written by DuckDB', () => {
  const focus = join(demo, 'data/cloud-focus.csv');
  const config = join(demo, 'techspend.yaml');

  it('all-text columns: the Parquet copy reports as its CSV does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-parquet-'));
    const parquet = join(dir, 'cloud-focus.parquet');
    await toParquet(`SELECT * FROM read_csv('${focus}', all_varchar = true)`, parquet);
    const fromCsv = await once(['report', focus, '-c', config, '-f', 'csv', '--by', 'category,vendor', '--engine', 'node'], root);
    const fromParquet = await runCli(['report', parquet, '-c', config, '-f', 'csv', '--by', 'category,vendor'], root);
    expect(fromParquet.code).toBe(0);
    expect(fromParquet.stdout).toBe(fromCsv.stdout);
    // auto chose DuckDB for Parquet, and said why
    expect(fromParquet.stderr).toContain('engine: duckdb (a Parquet input)');
  }, 120_000);

  it('typed columns (DECIMAL cost, TIMESTAMP period) give the same figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-parquet-'));
    const parquet = join(dir, 'typed.parquet');
    await toParquet(
      `SELECT * REPLACE (CAST(BilledCost AS DECIMAL(38,10)) AS BilledCost, CAST(ChargePeriodStart AS TIMESTAMP) AS ChargePeriodStart) FROM read_csv('${focus}', all_varchar = true)`,
      parquet,
    );
    const fromCsv = await once(['report', focus, '-c', config, '-f', 'csv', '--by', 'category,vendor', '--engine', 'node'], root);
    const fromParquet = await runCli(['report', parquet, '-c', config, '-f', 'csv', '--by', 'category,vendor', '-q'], root);
    expect(fromParquet.code).toBe(0);
    expect(fromParquet.stdout).toBe(fromCsv.stdout);
  }, 120_000);

  it('a sub-cent line split 34/33/33 books like src/money, and rejected rows read as the node engine writes them (file:row)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-parquet-'));
    writeFileSync(
      join(dir, 'techspend.yaml'),
      'currency: USD\ncategories:\n  - { id: a, name: A, function: run }\n  - { id: b, name: B, function: run }\n  - { id: c, name: C, function: run }\nrules:\n  - match: { vendor: Acme }\n    split: { a: 34, b: 33, c: 33 }\n',
    );
    const csv = join(dir, 'lines.csv');
    writeFileSync(csv, 'Date,Vendor,Description,Amount\n2026-01-05,Acme,odd,1.234567\n2026-01-06,Acme,odd,1.234567\n2026-01-07,Acme,odd,1.234567\n2026-01-08,Acme,bad,12..5\n');
    const parquet = join(dir, 'lines.parquet');
    await toParquet(`SELECT * FROM read_csv('${csv}', all_varchar = true)`, parquet);
    const node = await runCli(['report', 'lines.csv', '-f', 'json', '--engine', 'node'], dir);
    const duck = await runCli(['report', 'lines.parquet', '-f', 'json', '-q'], dir);
    const cells = (out: string) => (JSON.parse(out) as { data: { rows: { category: string; amount: string }[] } }).data.rows.map((r) => `${r.category}=${r.amount}`);
    // by hand: 1234567 millionths at 34/33/33 → 419753 + 407407 + 407407, three lines → a 1.259259, b 1.222221, c 1.222221
    expect(cells(node.stdout)).toEqual(['a=1.26', 'b=1.22', 'c=1.22']);
    expect(cells(duck.stdout)).toEqual(cells(node.stdout));
    // the same rejection, at the Parquet row (1-based) where the CSV says its line
    expect(node.stderr).toContain('lines.csv:5: column "Amount": rejected: cannot read amount "12..5"');
    expect(duck.stderr).toContain('lines.parquet:4: column "Amount": rejected: cannot read amount "12..5"');
    expect(duck.code).toBe(node.code);
  }, 120_000);

  it('rules decided per distinct value: amount, date, any, not and column rules keep their order against the decided ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-rules-'));
    const categories = ['big', 'acme', 'acme-other', 'late', 'g', 'tagged', 'lic', 'unassigned'];
    writeFileSync(
      join(dir, 'techspend.yaml'),
      [
        'currency: USD',
        'categories:',
        ...categories.map((c) => `  - { id: ${c}, name: ${c}, function: run }`),
        'uncategorized: unassigned',
        'rules:',
        '  - { id: r-big, category: big, match: { vendor: "Acme*", amount: ">= 100" } }',
        '  - { id: r-late, category: late, match: { date: ">= 2026-02-01", description: "/renewal/i" } }',
        '  - { id: r-any, category: g, match: { any: [ { vendor: Globex }, { description: "*globex*" } ] } }',
        '  - { id: r-not, category: acme-other, match: { vendor: Acme, not: { account: "64*" } } }',
        '  - { id: r-tag, category: tagged, match: { "column.Tag": "x*" } }',
        '  - { id: r-acme, category: acme, match: { vendor: Acme } }',
        '  - { id: r-desc, category: lic, match: { description: "/license/i" } }',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'lines.csv'),
      [
        'Date,Vendor,Description,Account,Tag,Amount',
        '2026-01-05,Acme Corp,hosting,6400,,150.00',
        '2026-01-06,Acme,hosting,6400,,50.00',
        '2026-01-07,Acme,hosting,7000,,60.00',
        '2026-02-10,Initech,Annual renewal,7000,,30.00',
        '2026-01-10,Initech,Annual renewal,7000,,40.00',
        '2026-01-11,Hooli,globex resale license,7000,,20.00',
        '2026-01-12,Globex,support,7000,,25.00',
        '2026-01-13,Hooli,license,7000,xray,10.00',
        '2026-01-14,Hooli,License fee,7000,,5.00',
        '2026-01-15,Acme,license,6400,,500.00',
        '',
      ].join('\n'),
    );
    await toParquet(`SELECT * FROM read_csv('${join(dir, 'lines.csv')}', all_varchar = true)`, join(dir, 'lines.parquet'));
    const node = await runCli(['report', 'lines.csv', '-f', 'csv', '--by', 'category', '--engine', 'node', '-q'], dir);
    const duck = await runCli(['report', 'lines.csv', '-f', 'csv', '--by', 'category', '--engine', 'duckdb', '-q'], dir);
    const parquet = await runCli(['report', 'lines.parquet', '-f', 'csv', '--by', 'category', '-q'], dir);
    const cells = (out: string) => out.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 3).join(' '));
    // by hand, first match wins: big 150 + 500 (Acme* at >= 100, before r-acme), acme 50 (account 64..),
    // acme-other 60 (not 64..), late 30 (February renewal; January's 40 falls through), g 20 + 25 (either field), tagged 10, lic 5
    expect(cells(node.stdout)).toEqual([
      'acme 2026-01 50.00',
      'acme-other 2026-01 60.00',
      'big 2026-01 650.00',
      'g 2026-01 45.00',
      'lic 2026-01 5.00',
      'tagged 2026-01 10.00',
      'unassigned 2026-01 40.00',
      'late 2026-02 30.00',
    ]);
    expect(duck.stdout).toBe(node.stdout);
    expect(parquet.stdout).toBe(node.stdout);
  }, 120_000);

  it('explain reaches a Parquet row (row index + 1), and a cell lists its rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-parquet-'));
    writeFileSync(join(dir, 'techspend.yaml'), 'currency: USD\ncategories:\n  - { id: a, name: A, function: run }\nrules:\n  - match: { vendor: Acme }\n    category: a\n');
    const csv = join(dir, 'lines.csv');
    writeFileSync(csv, 'Date,Vendor,Description,Amount\n2026-01-05,Acme,first,1.00\n2026-01-06,Other,second,2.00\n2026-01-07,Acme,third,3.00\n');
    await toParquet(`SELECT * FROM read_csv('${csv}', all_varchar = true)`, join(dir, 'lines.parquet'));
    const line = await runCli(['explain', 'lines.parquet', '--line', 'lines.parquet:3', '-q'], dir);
    expect(line.code).toBe(0);
    expect(line.stdout).toContain('| source | lines.parquet:3 |');
    expect(line.stdout).toContain('| description | third |');
    const cell = await runCli(['explain', 'lines.parquet', '--category', 'a', '-f', 'csv', '-q'], dir);
    expect(cell.stdout.split('\n').filter((l) => l.startsWith('lines.parquet,')).map((l) => l.split(',').slice(0, 2).join(':'))).toEqual(['lines.parquet:1', 'lines.parquet:3']);
    // the same through the node engine on the CSV, line numbers one ahead (the header is line 1)
    const fromCsv = await runCli(['explain', 'lines.csv', '--category', 'a', '-f', 'csv', '-q'], dir);
    expect(fromCsv.stdout.split('\n').filter((l) => l.startsWith('lines.csv,')).map((l) => l.split(',').slice(0, 2).join(':'))).toEqual(['lines.csv:2', 'lines.csv:4']);
  }, 120_000);

  it('a CSV record spanning lines keeps the lines after it right', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-csv-'));
    writeFileSync(join(dir, 'c.csv'), 'Date,Vendor,Description,Amount\n2026-01-05,Acme,"two\nlines",10.00\n\n2026-01-06,Acme,x,oops\n');
    const node = await runCli(['report', 'c.csv', '--engine', 'node', '-q'], dir);
    const duck = await runCli(['report', 'c.csv', '--engine', 'duckdb', '-q'], dir);
    expect(node.stderr).toContain('c.csv:5: column "Amount": rejected: cannot read amount "oops"');
    expect(duck.stderr).toBe(node.stderr);
    expect(duck.stdout).toBe(node.stdout);
  }, 120_000);
});

describe.skipIf(!HAS_CORPUS)('engine parity on corpus exports', () => {
  for (const file of ['focus-sample-data/focus_sample_1.0.csv', 'beancount-import/creditcard.csv', 'beancount-import/bank.csv']) {
    it(file, async () => {
      const { node, duckdb } = await both(['report', join(CORPUS, file), '-f', 'csv', '--by', 'category,vendor']);
      expect(node.code).toBe(0);
      expect(duckdb.stdout).toBe(node.stdout);
    }, 120_000);
  }
});
