/**
 * Beyond one machine: `techspend facts --sql` makes the fact table where the lines live, and the
 * analyses run on it with `--facts`. Checked here with DuckDB standing in for the warehouse (the
 * demo's lines, as techspend reads them, in a `lines` table), and with Spark in local mode where
 * spark-sql is installed (skipped, saying so, where it is not: pyspark is not installable on every
 * machine that runs this suite).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/io/load-config.js';
import { FACT_COLUMNS, factsToSql } from '../../src/rules/facts-sql.js';
import { runCli, runCliOnce, splitArgs } from '../cli/run-cli.js';
import { CORPUS, HAS_CORPUS } from '../corpus/harness.js';
import { runFactsSql, writeLinesTable } from './facts-lines.js';

const root = resolve(import.meta.dirname, '../..');
// run from fixtures/ with -c demo/techspend.yaml: the config and register are named as --demo names them
const fixtures = join(root, 'fixtures');
const demoConfig = join(root, 'fixtures/demo/techspend.yaml');

/**
 * The one difference a --facts run keeps: the explain commands a report prints name the run's own
 * options, `--config demo/techspend.yaml` here where the in-process run says `--demo` (explain
 * reads lines, not a fact table).
 */
const DEMO_INPUTS = 'demo/card-eu.csv demo/cloud-focus.csv demo/gl-detail.csv demo/saas-seats.csv';
const asDemo = (out: string) => out.replaceAll(`techspend explain ${DEMO_INPUTS} --config demo/techspend.yaml`, 'techspend explain --demo').replaceAll('techspend explain --config demo/techspend.yaml', 'techspend explain --demo');

/** The in-process demo runs the --facts runs are compared with, each made once for the cases that read it. */
const demoRun = runCliOnce();

let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'techspend-facts-'));
  const config = loadConfigFile(demoConfig, 'demo/techspend.yaml');
  const data = join(root, 'fixtures/demo/data');
  const paths = readdirSync(data).filter((f) => f.endsWith('.csv')).sort().map((f) => join(data, f));
  const lines = await writeLinesTable(dir, paths, config, (p) => `demo/${basename(p)}`);
  const sql = (await runCli(['facts', '--sql', 'duckdb', '-c', demoConfig, '-q'], root)).stdout;
  await runFactsSql(sql, lines, [join(dir, 'facts.parquet'), join(dir, 'facts.csv')]);
  // a table as an older facts --sql made it: the facts alone, in the fact columns
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    await conn.run(`COPY (SELECT ${FACT_COLUMNS.join(', ')} FROM read_parquet('${join(dir, 'facts.parquet')}') WHERE grain = 'fact') TO '${join(dir, 'old.csv')}' (HEADER)`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}, 120_000);

describe('--facts: the analyses on a fact table made by techspend facts --sql duckdb', () => {
  // savings, its renewals and the forecast's annual bills from the table's savings inputs; the
  // demo's double count (Vercel 2026-09, card and ledger) from its per-input sums
  for (const command of ['report', 'variance', 'forecast', 'savings', 'renewals']) {
    for (const table of ['facts.parquet', 'facts.csv']) {
      it(`${command} --facts ${table}: byte for byte the in-process output (but for explain commands)`, async () => {
        const inProcess = await demoRun([command, '--demo', '-q'], root);
        const fromFacts = await runCli([command, '--facts', join(dir, table), '-c', 'demo/techspend.yaml', '-q'], fixtures);
        expect(fromFacts.stderr).toBe('');
        expect(fromFacts.code).toBe(0);
        expect(asDemo(fromFacts.stdout)).toBe(inProcess.stdout);
        if (command === 'savings') expect(inProcess.stdout).toContain('demo/saas-seats.csv:26');
        if (command === 'forecast') expect(inProcess.stdout).toContain('Sentry');
      }, 120_000);
    }
  }

  it('board --facts: the in-process pack, but for the 24 explain commands, which say how the run was asked for', async () => {
    const inProcess = await demoRun(['board', '--demo', '-q'], root);
    const board = await runCli(['board', '--facts', join(dir, 'facts.parquet'), '-c', 'demo/techspend.yaml', '-q'], fixtures);
    expect(board.code).toBe(0);
    expect(board.stderr).toBe('');
    // the figures' explain commands name the run's own options: --demo there, the config here
    const differing = board.stdout.split('\n').filter((l, i) => l !== inProcess.stdout.split('\n')[i]);
    expect(differing.length).toBe(24);
    expect(asDemo(board.stdout)).toBe(inProcess.stdout);
    // the savings and annual bills are there
    expect(board.stdout).toContain('board:savings:unused:Salesforce');
    // each command reopens its figure from the inputs the table was made from (explain reads
    // lines, not a fact table): run where those files are, it lists what --demo's does
    const command = (out: string, id: string) => out.split('\n').find((l) => l.startsWith(`| ${id} |`))!.split(' | ').at(-1)!.replace(/ \|$/, '');
    const fromTable = command(board.stdout, 'board:function:Sales');
    expect(fromTable).toMatch(new RegExp(`^techspend explain ${DEMO_INPUTS} --config demo/techspend.yaml --function Sales `));
    // where those files are: the demo's config and its four exports as demo/*.csv
    const where = mkdtempSync(join(tmpdir(), 'techspend-facts-explain-'));
    cpSync(join(root, 'fixtures/demo'), join(where, 'demo'), { recursive: true, filter: (f) => basename(f) !== 'data' });
    for (const f of readdirSync(join(root, 'fixtures/demo/data'))) cpSync(join(root, 'fixtures/demo/data', f), join(where, 'demo', f));
    const explained = await runCli(splitArgs(fromTable).slice(1), where);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toBe((await runCli(splitArgs(command(inProcess.stdout, 'board:function:Sales')).slice(1), root)).stdout);
    expect(explained.stdout).toContain('demo/gl-detail.csv:');
  }, 120_000);

  it('a table made by an older facts --sql: its figures read; savings, board and forecast say once what they lack', async () => {
    const old = join(dir, 'old.csv');
    const report = await runCli(['report', '--facts', old, '-c', 'demo/techspend.yaml', '-q'], fixtures);
    // the figures; not the double count between inputs, which the older table cannot tell
    const inProcess = (await demoRun(['report', '--demo', '-q'], root)).stdout;
    expect(inProcess).toContain('## Warnings\n\n- Vercel 2026-09');
    expect(asDemo(report.stdout)).toBe(inProcess.replace(/\n\n## Warnings\n\n- Vercel 2026-09:[^\n]*/, ''));
    const board = await runCli(['board', '--facts', old, '-c', 'demo/techspend.yaml'], fixtures);
    expect(board.code).toBe(0);
    const said = board.stderr.split('\n').filter((l) => l.includes('without savings inputs'));
    expect(said).toEqual([`techspend: ${old}: a fact table without savings inputs (made by an older techspend facts --sql): no savings findings, renewals or annual bills; make it again with techspend facts --sql for the columns grain, source, line, date, rule, description, account, currency, source_amount, usage, unit_price, reference, department, cost_center, booked_to`]);
    expect(board.stdout).not.toContain('board:savings:');
    // report reads no savings: nothing to say
    expect((await runCli(['report', '--facts', old, '-c', 'demo/techspend.yaml'], fixtures)).stderr).not.toContain('without savings inputs');
  }, 120_000);

  it('savings --facts takes its own thresholds: the lines are picked where the table lies, for them', async () => {
    const args = ['--duplicate-days', '31', '--price-increase', '1%', '--spike', '1.5', '--annual-months', '6', '-f', 'csv', '-q'];
    const inProcess = await runCli(['savings', '--demo', ...args], root);
    const fromFacts = await runCli(['savings', '--facts', join(dir, 'facts.parquet'), '-c', 'demo/techspend.yaml', ...args], fixtures);
    expect(fromFacts.stdout).toBe(inProcess.stdout);
    expect(inProcess.stdout).not.toBe((await runCli(['savings', '--demo', '-f', 'csv', '-q'], root)).stdout);
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
CREATE TEMPORARY VIEW lines AS SELECT source, CAST(line AS BIGINT) AS line, CAST(date AS DATE) AS date, vendor, description, account, department, cost_center, currency, CAST(amount AS DECIMAL(38,12)) AS amount, CAST(quantity AS DECIMAL(38,12)) AS quantity, CAST(usage AS DECIMAL(38,12)) AS usage, CAST(unit_price AS DECIMAL(38,12)) AS unit_price, reference, booked_to FROM lines_text;
INSERT OVERWRITE DIRECTORY '${join(dir, 'spark-facts')}' USING csv OPTIONS (header 'true') ${sql.replace(/^--.*\n/gm, '').trimEnd().replace(/;$/, '')};`;
    execFileSync(sparkSql, ['--master', 'local[1]', '-e', view], { stdio: 'ignore', timeout: 600_000 });
    const part = readdirSync(join(dir, 'spark-facts')).find((f) => f.startsWith('part-') && f.endsWith('.csv'))!;
    for (const command of ['report', 'savings', 'forecast']) {
      const inProcess = await runCli([command, '--demo', '-f', 'csv', '-q'], root);
      const fromSpark = await runCli([command, '--facts', join(dir, 'spark-facts', part), '-c', 'demo/techspend.yaml', '-f', 'csv', '-q'], fixtures);
      expect(fromSpark.stdout).toBe(inProcess.stdout);
    }
  }, 900_000);
});

/**
 * Two inputs as a warehouse would hold them: whole amounts ("1000", written without cents), EUR
 * lines booked at the config's rate, a duplicate charge across two spellings of one vendor, a price
 * increase, a quarterly renewal, a spike, Acme in both inputs twice (double counts), and data that
 * ends on the 20th (a partial last month: the forecast's run rate stops a month earlier).
 */
function plantedInputs(work: string): void {
  const months = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'];
  const a = ['Date,Vendor,Description,Amount,Currency'];
  months.forEach((m, i) => {
    a.push(`${m}-05,Acme,Acme platform subscription,${i >= 9 ? 1200 : 1000},USD`);
    a.push(`${m}-20,Initech,managed backup,${m === '2026-09' ? 3000 : 300 + i},USD`);
    a.push(`${m}-03,Umbrella GmbH,security suite,250,EUR`, `${m}-07,Umbrella GmbH,security addon,12.5,EUR`);
    if (i % 3 === 0) a.push(`${m}-15,Hooli,quarterly licence,6000,USD`);
  });
  a.push('2026-08-10,Globex,support plan,499,USD', '2026-08-10,Globex,support plan,499,USD', '2026-08-12,Globex Inc.,support plan,499,USD');
  writeFileSync(join(work, 'a.csv'), a.join('\n') + '\n');
  writeFileSync(join(work, 'b.csv'), 'Date,Vendor,Description,Amount\n2026-09-05,ACME Inc,Acme subscription,1200\n2026-03-05,Acme,sub,1000.5\n');
  writeFileSync(join(work, 'techspend.yaml'), 'currency: USD\nrates: { EUR: 1.08 }\ncategories:\n  - { id: saas, name: SaaS, function: run }\nrules:\n  - { id: r-saas, category: saas, match: { vendor: "*" } }\n');
}

describe('--facts on planted inputs: every savings kind, two inputs, whole amounts, another currency', () => {
  it('savings, forecast, board, report, variance: the in-process output but for the explain commands', async () => {
    const work = mkdtempSync(join(tmpdir(), 'techspend-facts-planted-'));
    plantedInputs(work);
    const config = loadConfigFile(join(work, 'techspend.yaml'), 'techspend.yaml');
    const lines = await writeLinesTable(work, [join(work, 'a.csv'), join(work, 'b.csv')], config, (p) => p.slice(work.length + 1));
    await runFactsSql((await runCli(['facts', '--sql', 'duckdb', '-q'], work)).stdout, lines, [join(work, 'facts.parquet')]);
    for (const command of ['savings', 'forecast', 'board', 'report', 'variance']) {
      const inProcess = await runCli([command, 'a.csv', 'b.csv'], work);
      const fromFacts = await runCli([command, '--facts', 'facts.parquet'], work);
      expect(fromFacts.code).toBe(0);
      expect(fromFacts.stdout.replaceAll('techspend explain --', 'techspend explain a.csv b.csv --'), command).toBe(inProcess.stdout);
      // the double counts, said on stderr as the in-process run says them
      expect(fromFacts.stderr.split('\n').filter((l) => l.includes('look like the same spend'))).toEqual(inProcess.stderr.split('\n').filter((l) => l.includes('look like the same spend')));
    }
    const savings = (await runCli(['savings', '--facts', 'facts.parquet', '-f', 'csv', '-q'], work)).stdout;
    for (const kind of ['duplicate-charge,Globex', 'price-increase,Acme', 'spike,Initech']) expect(savings).toContain(kind);
    const forecast = (await runCli(['forecast', '--facts', 'facts.parquet', '-f', 'csv', '-q'], work)).stdout;
    // Hooli's quarterly 6,000.00 is an annual bill of 24,000.00; the run rate ends in 2026-08 (2026-09 is partial)
    expect(forecast).toContain('24000.00');
    const stderr = (await runCli(['board', '--facts', 'facts.parquet'], work)).stderr;
    expect(stderr).toContain('Acme 2026-03: a.csv (1 line, 1000.00, a.csv:24) and b.csv (1 line, 1000.50, b.csv:3) look like the same spend');
  }, 180_000);
});

// a real FOCUS export (the FOCUS project's sample, 1,000 lines of AWS and Azure): its duplicate
// charges from the fact table as from the file
describe.skipIf(!HAS_CORPUS)('--facts on a corpus FOCUS sample', () => {
  it('savings, forecast: byte for byte; board: but for its explain commands', async () => {
    const focus = join(CORPUS, 'focus-sample-data/focus_sample_1.0.csv');
    const work = mkdtempSync(join(tmpdir(), 'techspend-facts-focus-'));
    writeFileSync(
      join(work, 'techspend.yaml'),
      `currency: USD
rates: { EUR: 1.08 }
categories:
  - { id: cloud-infrastructure, name: Cloud infrastructure, pool: cloud }
rules:
  - { id: cloud, category: cloud-infrastructure, match: { vendor: '*' } }
`,
    );
    const config = loadConfigFile(join(work, 'techspend.yaml'), 'techspend.yaml');
    const lines = await writeLinesTable(work, [focus], config);
    const sql = (await runCli(['facts', '--sql', 'duckdb', '-q'], work)).stdout;
    await runFactsSql(sql, lines, [join(work, 'facts.parquet')]);
    for (const command of ['savings', 'forecast', 'board']) {
      const inProcess = await runCli([command, focus, '-q'], work);
      const fromFacts = await runCli([command, '--facts', 'facts.parquet', '-q'], work);
      expect(fromFacts.code).toBe(0);
      const asked = command === 'board' ? fromFacts.stdout.replaceAll('techspend explain --config', `techspend explain ${focus} --config`) : fromFacts.stdout;
      expect(asked.replaceAll(`techspend explain --`, `techspend explain ${focus} --`)).toBe(inProcess.stdout);
    }
    // 10 duplicate charges: the table's picking finds what the file's does
    const found = (await runCli(['savings', '--facts', 'facts.parquet', '-f', 'csv', '-q'], work)).stdout;
    expect(found.split('\n').filter((l) => l.startsWith('duplicate-charge,')).length).toBeGreaterThanOrEqual(10);
  }, 180_000);
});
