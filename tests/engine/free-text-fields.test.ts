/**
 * A large CSV whose descriptions are almost all distinct (an invoice number in each) through the
 * duckdb engine. On a 1M-line file the engine ran out of its 512 MB: the grouping pass over the
 * rules' fields' distinct values, the lookup join of 270k description answers, and the running
 * sum for the rows left to node. Now a free-text field is tested on each line in the rules SQL
 * (planned from the sample rows), lookup tables hold only the values answered otherwise than the
 * usual answer, and the running sum is a window over a narrow table.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import { fieldAnswers } from '../../src/rules/field-answers.js';
import { answersOnLine, FREE_TEXT_VALUES, freeTextInFile, ValueAnswerSet } from '../../src/io/engine/field-values.js';
import { runCli } from '../cli/run-cli.js';

const configOf = (yaml: string) => buildConfig(parseConfigText(yaml, 't.yaml').value, { path: 't.yaml', dir: '.', readRelative: () => ({ error: 'x' }) }).config!;

const RULES = `currency: USD
categories:
  - { id: a, name: A, function: run }
  - { id: b, name: B, function: run }
rules:
  - id: by-vendor
    category: a
    match: { vendor: Acme }
  - id: by-description
    category: b
    match: { description: "/\\\\blicen[cs]e\\\\b/i" }
  - id: both
    category: a
    match: { vendor: Globex, description: "*support*" }
`;

describe('which fields are tested on each line (pure)', () => {
  const sample = (values: Record<string, string[]>) => (f: string) => values[f] ?? [];
  const invoices = Array.from({ length: 500 }, (_, i) => `Invoice INV-${100000 + i} licence`);
  const vendors = Array.from({ length: 500 }, (_, i) => `Vendor ${i % 120}`);

  it('a field whose sample values are nearly all distinct, and only that one', () => {
    expect(answersOnLine(['vendor', 'description'], sample({ vendor: vendors, description: invoices }))).toEqual(['description']);
  });

  it('90% distinct is free text, below is not', () => {
    // 449 invoices and one value 51 times: 450 distinct of 500; one fewer is below
    const ninety = [...invoices.slice(0, 449), ...Array.from({ length: 51 }, () => 'same')];
    const less = [...invoices.slice(0, 448), ...Array.from({ length: 52 }, () => 'same')];
    expect(answersOnLine(['description'], sample({ description: ninety }))).toEqual(['description']);
    expect(answersOnLine(['description'], sample({ description: less }))).toEqual([]);
  });

  it('a short sample says nothing: answered per value', () => {
    expect(answersOnLine(['description'], sample({ description: invoices.slice(0, 99) }))).toEqual([]);
  });
});

describe("the whole file bears out the sample's free text (pure)", () => {
  it('a FOCUS export: 96% of 500 sample descriptions distinct, 25,092 over 1M lines: answered per value', () => {
    expect(freeTextInFile(['description'], () => 25_092, 1_000_000)).toEqual([]);
  });

  it('invoice numbers: 430k values over 1M lines, or half the rows of a small file: on the line', () => {
    expect(freeTextInFile(['description', 'vendor'], (f) => (f === 'description' ? 430_000 : 99_999), 1_000_000)).toEqual(['description']);
    expect(freeTextInFile(['description'], () => FREE_TEXT_VALUES, 10_000_000)).toEqual(['description']);
    expect(freeTextInFile(['description'], () => 20_000, 40_000)).toEqual(['description']);
    expect(freeTextInFile(['description'], () => 19_999, 40_000)).toEqual([]);
  });
});

describe('field answers with a field tested on the line (pure)', () => {
  const config = configOf(RULES);

  it('per value: description rules decided by their answers', () => {
    const a = fieldAnswers(config.rules);
    expect(a.fields).toEqual(['vendor', 'description']);
    expect(a.decided).toEqual([true, true, true]);
  });

  it('on the line: description leaves the answers, its tests join the rules that read it as their rest', () => {
    const a = fieldAnswers(config.rules, ['description']);
    expect(a.fields).toEqual(['vendor']);
    expect(a.decided).toEqual([true, false, false]);
    expect(a.rest[0]).toEqual([]);
    expect(a.rest[1]!.map((c) => c.kind === 'text' && c.field)).toEqual(['description']);
    expect(a.rest[2]!.map((c) => c.kind === 'text' && c.field)).toEqual(['description']);
    // vendor still narrows: Globex leaves `both` in, Acme only `by-vendor` and the description rule
    expect(a.answer('vendor', 'Globex')).toBe('011');
    expect(a.answer('vendor', 'Acme')).toBe('110');
  });
});

describe('a lookup table: every value by its answer, the largest group the usual answer', () => {
  it('the largest group is the usual answer; every value is kept by its answer', () => {
    const set = new ValueAnswerSet((v) => (v.includes('licence') ? '01' : '10'));
    for (const v of ['a', 'b', 'c licence', 'd', 'e licence', 'f']) set.add(v);
    const { usual, values } = set.finish('11');
    expect(usual).toBe('10');
    // every value stays in the table (only the others: DuckDB built its join on the lines' side and ran out)
    expect([...values]).toEqual([['10', ['a', 'b', 'd', 'f']], ['01', ['c licence', 'e licence']]]);
  });

  it('no value at all: the fallback', () => {
    expect(new ValueAnswerSet(() => '0').finish('11')).toEqual({ usual: '11', values: new Map() });
  });
});

/** A CSV of `n` lines, each description with its own invoice number; every fifth amount in parentheses (a row the node engine reads). */
function invoiceLines(n: number): string {
  const products = ['licence', 'usage', 'support', 'storage', 'seats'];
  const rows = ['Date,Vendor,Description,Account,Department,Currency,Amount'];
  let x = 7;
  const next = (m: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % m);
  for (let i = 0; i < n; i++) {
    const vendor = ['Acme', 'Globex', 'Initech', 'Umbrella', `Vendor${next(80)}`][next(5)]!;
    const cents = next(500000) + 1;
    const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    const month = String(1 + next(12)).padStart(2, '0');
    rows.push(`2025-${month}-${String(1 + next(28)).padStart(2, '0')},${vendor},${vendor} ${products[next(5)]} invoice INV-${100000 + i},${6000 + 10 * next(12)},D${next(6)},USD,${next(5) === 0 ? `(${amount})` : amount}`);
  }
  return rows.join('\n') + '\n';
}

describe('a CSV of distinct descriptions through the duckdb engine, at a small memory limit', () => {
  const limit = process.env.TECHSPEND_DUCKDB_MEMORY_LIMIT;
  afterEach(() => {
    if (limit === undefined) delete process.env.TECHSPEND_DUCKDB_MEMORY_LIMIT;
    else process.env.TECHSPEND_DUCKDB_MEMORY_LIMIT = limit;
  });

  it('report and categorize: byte-identical to the node engine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-free-text-'));
    writeFileSync(join(dir, 'techspend.yaml'), RULES);
    writeFileSync(join(dir, 'lines.csv'), invoiceLines(40_000));
    process.env.TECHSPEND_DUCKDB_MEMORY_LIMIT = '64MB';
    for (const args of [['report', 'lines.csv', '--by', 'category', '--period', 'month', '-f', 'csv'], ['categorize', 'lines.csv']]) {
      const node = await runCli([...args, '-q', '--engine', 'node'], dir);
      const duckdb = await runCli([...args, '-q', '--engine', 'duckdb'], dir);
      expect(node.code).toBe(0);
      expect(duckdb.stderr).toBe(node.stderr);
      expect(duckdb.code).toBe(0);
      expect(node.stdout.split('\n').length).toBeGreaterThan(args[0] === 'report' ? 10 : 40_000);
      expect(duckdb.stdout).toBe(node.stdout);
    }
  }, 240_000);
});
