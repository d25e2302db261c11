/**
 * Beyond one machine: `techspend facts --sql` makes the fact table where the lines live, and the
 * analyses run on it with `--facts`. Checked here with DuckDB standing in for the warehouse (the
 * demo's lines, as techspend reads them, in a `lines` table), and with Spark in local mode where
 * spark-sql is installed (skipped, saying so, where it is not: pyspark is not installable on every
 * machine that runs this suite).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/io/load-config.js';
import { scanInputs } from '../../src/io/scan.js';
import { toExact } from '../../src/money/decimal.js';
import { columnValue } from '../../src/ingest/line.js';
import type { Condition } from '../../src/config/condition.js';
import { factsToSql } from '../../src/rules/facts-sql.js';
import { runCli } from '../cli/run-cli.js';

const root = resolve(import.meta.dirname, '../..');
const demoConfig = join(root, 'fixtures/demo/techspend.yaml');
const COLUMNS = ['source', 'line', 'date', 'vendor', 'description', 'account', 'department', 'cost_center', 'currency', 'amount', 'quantity'];
let TYPES = '';

/** Raw columns the rules test (`column.<header>`): the lines table carries them too. */
function rawColumns(c: Condition | undefined, into: Set<string>): Set<string> {
  if (c === undefined) return into;
  if (c.kind === 'text' && c.field.startsWith('column.')) into.add(c.field.slice('column.'.length));
  if (c.kind === 'all' || c.kind === 'any') for (const o of c.of) rawColumns(o, into);
  if (c.kind === 'not') rawColumns(c.of, into);
  return into;
}

/** The demo's lines as techspend reads them (before booking), as a warehouse would hold them. */
async function demoLines(dir: string): Promise<string> {
  const config = loadConfigFile(demoConfig, 'demo/techspend.yaml');
  const data = join(root, 'fixtures/demo/data');
  const paths = readdirSync(data).filter((f) => f.endsWith('.csv')).sort().map((f) => join(data, f));
  const raw = [...config.rules.reduce((s, r) => rawColumns(r.condition, s), new Set<string>())];
  TYPES = `{'source': 'VARCHAR', 'line': 'BIGINT', 'date': 'DATE', 'vendor': 'VARCHAR', 'description': 'VARCHAR', 'account': 'VARCHAR', 'department': 'VARCHAR', 'cost_center': 'VARCHAR', 'currency': 'VARCHAR', 'amount': 'DECIMAL(38,12)', 'quantity': 'DECIMAL(38,12)'${raw.map((r) => `, '${r}': 'VARCHAR'`).join('')}}`;
  const rows: string[][] = [[...COLUMNS, ...raw]];
  const keep = (l: Parameters<Parameters<typeof scanInputs>[2]['line']>[0]) =>
    rows.push([l.source, String(l.line), l.date, l.vendor, l.description, l.account, l.department, l.costCenter, l.currency, toExact(l.amount), l.quantity === undefined ? '' : toExact(l.quantity), ...raw.map((n) => columnValue(l, n) ?? '')]);
  await scanInputs(paths, config, { line: keep, excluded: keep });
  const file = join(dir, 'lines.csv');
  writeFileSync(file, stringify(rows));
  return file;
}

let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'techspend-facts-'));
  const lines = await demoLines(dir);
  const sql = (await runCli(['facts', '--sql', 'duckdb', '-c', demoConfig, '-q'], root)).stdout;
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    await conn.run(`CREATE TABLE lines AS SELECT * FROM read_csv('${lines}', header = true, columns = ${TYPES})`);
    const query = sql.trimEnd().replace(/;$/, '');
    await conn.run(`COPY (${query}) TO '${join(dir, 'facts.parquet')}' (FORMAT parquet)`);
    await conn.run(`COPY (${query}) TO '${join(dir, 'facts.csv')}' (HEADER)`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}, 120_000);

describe('--facts: the analyses on a fact table made by techspend facts --sql duckdb', () => {
  for (const command of ['report', 'variance', 'forecast']) {
    for (const table of ['facts.parquet', 'facts.csv']) {
      it(`${command} --facts ${table} gives the in-process figures`, async () => {
        const inProcess = await runCli([command, '--demo', '-f', 'csv', '-q'], root);
        const fromFacts = await runCli([command, '--facts', join(dir, table), '-c', demoConfig, '-f', 'csv', '-q'], root);
        expect(fromFacts.stderr).toBe('');
        expect(fromFacts.code).toBe(0);
        // a fact table keeps no billing dates, so the forecast cannot recognise vendors billed in
        // lumps there: the in-process figures less the annual bills (the demo's Sentry, 24,192.00)
        expect(fromFacts.stdout).toBe(command === 'forecast' ? withoutAnnualBills(inProcess.stdout) : inProcess.stdout);
      }, 120_000);
    }
  }

  it('board --facts runs, with the in-process spend figures', async () => {
    const inProcess = await runCli(['report', '--demo', '-f', 'markdown', '-q'], root);
    const board = await runCli(['board', '--facts', join(dir, 'facts.parquet'), '-c', demoConfig, '-f', 'markdown'], root);
    expect(board.code).toBe(0);
    expect(board.stderr).toContain('savings findings need the lines');
    // the total technology spend both state
    const total = /\*\*Total\*\* \| (?:\*\*[\d,.]+\*\* \| )*\*\*([\d,.]+)\*\*/.exec(inProcess.stdout)?.[1];
    expect(total).toBeDefined();
    expect(board.stdout).toContain(total!.split('.')[0]!.slice(0, 5));
  }, 120_000);

  it('a table that is not a fact table: exit 1, one line naming the missing columns', async () => {
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'category,month\na,2026-01\n');
    const r = await runCli(['report', '--facts', other, '-c', demoConfig, '-q'], root);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/other\.csv: not a fact table: no column "pool", "scope", "matched", "vendor", "amount", "lines", "line_amount", "line_count"/);
  });

  it('--facts with input files is a usage error (exit 2)', async () => {
    const r = await runCli(['report', 'x.csv', '--facts', join(dir, 'facts.csv')], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('techspend: --facts stands in for the inputs: give one or the other\n');
  });

  it('facts --sql writes each dialect (BigQuery and Spark spell the month and the rates their way)', () => {
    const config = loadConfigFile(demoConfig, 'demo/techspend.yaml');
    expect(factsToSql(config, 'bigquery').sql).toContain("FORMAT_DATE('%Y-%m', l.date)");
    expect(factsToSql(config, 'spark').sql).toContain("date_format(l.date, 'yyyy-MM')");
    expect(factsToSql(config, 'spark').sql).toContain("AS t(currency, month, rate)");
  });
});

// Spark in local mode where it is installed (a JDK alone is not enough: spark-sql comes with a Spark distribution or pyspark)
const sparkSql = spawnSync('sh', ['-c', 'command -v spark-sql'], { encoding: 'utf8' }).stdout.trim();
if (sparkSql === '') console.warn('tests/engine/facts: SKIPPED the Spark check: spark-sql is not on PATH (install pyspark or a Spark distribution; Java alone is not enough)');

describe.skipIf(sparkSql === '')('facts --sql spark on a real Spark (local mode)', () => {
  it('the facts from Spark give the in-process report', async () => {
    const sql = (await runCli(['facts', '--sql', 'spark', '-c', demoConfig, '-q'], root)).stdout;
    const lines = join(dir, 'lines.csv');
    const view = `CREATE TEMPORARY VIEW lines_text USING csv OPTIONS (path '${lines}', header 'true');
CREATE TEMPORARY VIEW lines AS SELECT source, CAST(line AS BIGINT) AS line, CAST(date AS DATE) AS date, vendor, description, account, department, cost_center, currency, CAST(amount AS DECIMAL(38,12)) AS amount, CAST(quantity AS DECIMAL(38,12)) AS quantity FROM lines_text;
INSERT OVERWRITE DIRECTORY '${join(dir, 'spark-facts')}' USING csv OPTIONS (header 'true') ${sql.replace(/^--.*\n/gm, '').trimEnd().replace(/;$/, '')};`;
    execFileSync(sparkSql, ['--master', 'local[1]', '-e', view], { stdio: 'ignore', timeout: 600_000 });
    const part = readdirSync(join(dir, 'spark-facts')).find((f) => f.startsWith('part-') && f.endsWith('.csv'))!;
    const inProcess = await runCli(['report', '--demo', '-f', 'csv', '-q'], root);
    const fromSpark = await runCli(['report', '--facts', join(dir, 'spark-facts', part), '-c', demoConfig, '-f', 'csv', '-q'], root);
    expect(fromSpark.stdout).toBe(inProcess.stdout);
  }, 900_000);
});

/** forecast CSV without the annual_bills column, each row's forecast less its annual bills (cents, exact) */
function withoutAnnualBills(csv: string): string {
  const [head, ...rows] = csv.split('\n');
  if (!head!.endsWith(',annual_bills')) return csv;
  const cents = (x: string) => BigInt(x.replace('.', ''));
  const fixed = (c: bigint) => `${c < 0n ? '-' : ''}${(c < 0n ? -c : c) / 100n}.${String((c < 0n ? -c : c) % 100n).padStart(2, '0')}`;
  return [head!.slice(0, -',annual_bills'.length), ...rows.map((r) => {
    if (r === '') return r;
    const cells = r.split(',');
    const bills = cells.pop()!;
    if (bills !== '') cells[3] = fixed(cents(cells[3]!) - cents(bills));
    return cells.join(',');
  })].join('\n');
}
