/**
 * The DuckDB export agrees with the engine line for line: every line of the demo data and of a
 * bench file is read by techspend, written to a `lines` table, categorized by the generated SQL,
 * and each line's rule, categories and pools compared with techspend's own categorization.
 *
 * DuckDB is the project's pinned dependency (@duckdb/node-api, prebuilt binaries from the
 * registry): the suite installs nothing. Where its native binding is missing (a platform without
 * a prebuilt one), the check is skipped, saying so.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/io/load-config.js';
import { scanInputs } from '../../src/io/scan.js';
import { columnValue } from '../../src/ingest/line.js';
import { toExact, toFixed } from '../../src/money/decimal.js';
import type { Config } from '../../src/config/config.js';
import { type Condition, rawColumns } from '../../src/config/condition.js';
import { rulesToSql } from '../../src/rules/sql.js';
// @ts-expect-error plain ESM module without types
import { rulesYaml, writeLines } from '../../bench/generate.mjs';

const root = resolve(import.meta.dirname, '../..');

/** @duckdb/node-api's entry as the package resolves it, or undefined where it cannot load. */
function installedEntry(): string | undefined {
  try {
    return createRequire(join(root, 'package.json')).resolve('@duckdb/node-api');
  } catch {
    return undefined;
  }
}

const entry = installedEntry();
if (entry === undefined) console.warn('tests/sql: SKIPPED the DuckDB agreement check: @duckdb/node-api does not resolve here (npm ci installs it)');

interface DuckApi {
  DuckDBInstance: { create(path?: string): Promise<{ connect(): Promise<DuckConn>; closeSync(): void }> };
}
interface DuckConn {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  closeSync(): void;
}

/** techspend's own reading and categorization, and the lines table for DuckDB. */
async function readWithTechspend(config: Config, paths: string[], dir: string) {
  const raw = new Set<string>();
  for (const r of config.rules) if (r.condition) rawColumns(r.condition, raw);
  const columns = ['source', 'line', 'date', 'vendor', 'description', 'account', 'department', 'cost_center', 'currency', 'amount', 'amount_scale', ...raw];
  const rows: string[][] = [columns];
  const expected = new Map<string, string>();
  await scanInputs(paths, config, {
    line(l, booked, c) {
      rows.push([l.source, String(l.line), l.date, l.vendor, l.description, l.account, l.department, l.costCenter, l.currency, toExact(l.amount), String(l.amount.scale), ...[...raw].map((n) => columnValue(l, n) ?? '')]);
      const exactCents = l.currency === config.currency && l.amount.scale <= 2;
      expected.set(`${l.source}:${l.line}`, c.parts.map((p) => `${c.rule?.id ?? ''}|${p.category}|${p.pool}${exactCents ? `|${toFixed(p.amount)}` : ''}`).join(' + '));
    },
  });
  const file = join(dir, 'lines.csv');
  writeFileSync(file, stringify(rows));
  return { file, columns, raw, expected };
}

async function categorizeInDuckDb(config: Config, file: string, raw: Set<string>): Promise<Map<string, string>> {
  const duck = (await import(pathToFileURL(entry!).href)) as DuckApi;
  const db = await duck.DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const types = `{'source': 'VARCHAR', 'line': 'BIGINT', 'date': 'DATE', 'vendor': 'VARCHAR', 'description': 'VARCHAR', 'account': 'VARCHAR', 'department': 'VARCHAR', 'cost_center': 'VARCHAR', 'currency': 'VARCHAR', 'amount': 'DECIMAL(38,12)', 'amount_scale': 'INTEGER'${[...raw].map((r) => `, '${r.replace(/'/g, "''")}': 'VARCHAR'`).join('')}}`;
    await conn.run(`CREATE TABLE lines AS SELECT * FROM read_csv('${file}', header = true, quote = '"', escape = '"', columns = ${types})`);
    const { sql } = rulesToSql(config, 'duckdb');
    const result = await conn.runAndReadAll(sql);
    const got = new Map<string, string[]>();
    for (const row of result.getRowObjectsJS()) {
      const key = `${String(row.source)}:${String(row.line)}`;
      const amount = String(row.amount);
      const list = got.get(key) ?? [];
      list.push(`${(row.rule as string | null) ?? ''}|${String(row.category)}|${String(row.pool)}|${amount}`);
      got.set(key, list);
    }
    return new Map([...got].map(([k, v]) => [k, v.join(' + ')]));
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

/** Compare on what both sides know: the amount only where techspend kept it at the cent in the same currency. */
function agree(expected: Map<string, string>, got: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, want] of expected) {
    const have = got.get(key);
    const wantParts = want.split(' + ');
    const haveParts = (have ?? '').split(' + ');
    const same =
      have !== undefined &&
      wantParts.length === haveParts.length &&
      wantParts.every((w, i) => {
        const h = haveParts[i]!.split('|');
        const x = w.split('|');
        if (x[0] !== h[0] || x[1] !== h[1] || x[2] !== h[2]) return false;
        return x[3] === undefined || Number(x[3]) === Number(h[3]);
      });
    if (!same) problems.push(`${key}: techspend ${want} · duckdb ${have ?? '(missing)'}`);
  }
  if (got.size !== expected.size) problems.push(`line count: techspend ${expected.size}, duckdb ${got.size}`);
  return problems;
}

describe.skipIf(entry === undefined)('rules --sql duckdb agrees with the engine', () => {
  it('on the demo company', async () => {
    const demo = join(root, 'fixtures/demo');
    const config = loadConfigFile(join(demo, 'techspend.yaml'), 'demo/techspend.yaml');
    const data = join(demo, 'data');
    const paths = readdirSync(data).filter((f) => f.endsWith('.csv')).sort().map((f) => join(data, f));
    const dir = mkdtempSync(join(tmpdir(), 'techspend-sql-'));
    const { file, raw, expected } = await readWithTechspend(config, paths, dir);
    expect(expected.size).toBeGreaterThan(100);
    const got = await categorizeInDuckDb(config, file, raw);
    expect(agree(expected, got).slice(0, 10)).toEqual([]);
  }, 120_000);

  it('on bench data with 500 rules (exact, wildcards, regex, comparisons, splits)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-sql-'));
    const csv = join(dir, 'bench.csv');
    await writeLines(20_000, csv, 7);
    const yaml = join(dir, 'rules-500.yaml');
    writeFileSync(yaml, rulesYaml(500));
    const config = loadConfigFile(yaml, 'rules-500.yaml');
    const { file, raw, expected } = await readWithTechspend(config, [csv], dir);
    // not vacuous: many rules fire, some lines split, some fall through
    const values = [...expected.values()];
    expect(new Set(values.map((v) => v.split('|')[0])).size).toBeGreaterThan(150);
    expect(values.some((v) => v.includes(' + '))).toBe(true);
    expect(values.some((v) => v.startsWith('|unassigned'))).toBe(true);
    const got = await categorizeInDuckDb(config, file, raw);
    expect(agree(expected, got).slice(0, 10)).toEqual([]);
  }, 120_000);

  it('splits as src/money does: at the cent, finer only for digits below it (1.234567 at 34/33/33: millionths)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-sql-'));
    const yaml = join(dir, 'split.yaml');
    writeFileSync(
      yaml,
      'currency: USD\ncategories:\n  - { id: a, name: A, function: run }\n  - { id: b, name: B, function: run }\n  - { id: c, name: C, function: run }\nrules:\n  - match: { vendor: Acme }\n    split: { a: 34, b: 33, c: 33 }\n',
    );
    const csv = join(dir, 'lines.csv');
    writeFileSync(csv, 'Date,Vendor,Description,Amount\n2026-01-05,Acme,odd,1.234567\n2026-01-06,Acme,whole,101\n2026-01-07,Acme,cents,-1.00\n2026-01-08,Acme,padded,1.234000\n');
    const config = loadConfigFile(yaml, 'split.yaml');
    const { file, raw } = await readWithTechspend(config, [csv], dir);
    const got = await categorizeInDuckDb(config, file, raw);
    // by hand: 1234567 millionths × 34/100 = 419752.78 → 419753 (largest remainder), × 33/100 = 407407.11 → 407407 twice
    expect(got.get(`${csv}:2`)).toBe('rule-1|a|other|0.419753 + rule-1|b|other|0.407407 + rule-1|c|other|0.407407');
    // "101" written in whole units is still split at the cent: 10100 × 34/100 = 3434, × 33/100 = 3333 twice
    expect(got.get(`${csv}:3`)).toBe('rule-1|a|other|34.34 + rule-1|b|other|33.33 + rule-1|c|other|33.33');
    expect(got.get(`${csv}:4`)).toBe('rule-1|a|other|-0.34 + rule-1|b|other|-0.33 + rule-1|c|other|-0.33');
    // "1.234000" at its last significant digit, the thousandth, not at the millionths it is written in:
    // 1234 × 34/100 = 419.56, × 33/100 = 407.22 twice: 419 + 407 + 407 = 1233, the one left to the largest remainder
    expect(got.get(`${csv}:5`)).toBe('rule-1|a|other|0.42 + rule-1|b|other|0.407 + rule-1|c|other|0.407');
  }, 120_000);
});
