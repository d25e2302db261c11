/**
 * The DuckDB engine decides a line's rule candidates once per combination of its fields' answers
 * (io/engine/candidate-combos.ts), and a line no rule with a line test (amount, date) could take
 * before its first decided candidate skips those tests. Rules with such tests interleaved with
 * field-only rules: each line's category worked out by hand, and the same on both engines.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { fieldPatterns } from '../../src/io/engine/candidate-combos.js';

const CONFIG = [
  'currency: USD',
  'categories:',
  '  - { id: a, name: A, function: run }',
  '  - { id: b, name: B, function: run }',
  '  - { id: c, name: C, function: run }',
  '  - { id: big, name: Big, function: run }',
  '  - { id: late, name: Late, function: run }',
  'rules:',
  '  - match: { vendor: Acme, amount: "> 100" }',
  '    category: big',
  '  - match: { vendor: Acme }',
  '    category: a',
  '  - match: { description: "*cloud*", date: ">= 2026-02-01" }',
  '    category: late',
  '  - match: { vendor: Globex }',
  '    category: b',
  '  - match: { description: "*cloud*" }',
  '    category: c',
  '',
].join('\n');

// date, vendor, description, amount → the category by hand
const LINES: [string, string, string, string, string][] = [
  ['2026-01-05', 'Acme', 'x', '150.00', 'big'], // rule 1 passes its amount test
  ['2026-01-05', 'Acme', 'x', '50.00', 'a'], // rule 1 fails: the first decided candidate, rule 2
  ['2026-02-05', 'Globex', 'cloud', '10.00', 'late'], // rule 3 (before rule 4) passes its date test
  ['2026-01-05', 'Globex', 'cloud', '11.00', 'b'], // rule 3 fails: rule 4
  ['2026-02-05', 'Hooli', 'cloud', '12.00', 'late'], // rule 3 passes
  ['2026-01-05', 'Hooli', 'cloud', '13.00', 'c'], // rule 3 fails: rule 5
  ['2026-02-05', 'Acme', 'cloud', '50.00', 'a'], // rule 2 comes before rule 3, which is not tested
  ['2026-01-05', 'Hooli', 'plain', '5.00', 'unassigned'], // no candidate
];

describe('rule candidates per combination of field answers (duckdb engine)', () => {
  it('line tests before the first decided candidate, and only there: categories by hand, both engines alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-candidates-'));
    writeFileSync(join(dir, 'techspend.yaml'), CONFIG);
    writeFileSync(join(dir, 'lines.csv'), ['Date,Vendor,Description,Amount', ...LINES.map((l) => l.slice(0, 4).join(','))].join('\n') + '\n');
    const node = await runCli(['categorize', 'lines.csv', '-f', 'csv', '--engine', 'node'], dir);
    const duckdb = await runCli(['categorize', 'lines.csv', '-f', 'csv', '--engine', 'duckdb'], dir);
    expect(node.code).toBe(0);
    expect(duckdb.code).toBe(0);
    const categories = duckdb.stdout.trim().split('\n').slice(1).map((row) => row.split(',')[8]);
    expect(categories).toEqual(LINES.map((l) => l[4]));
    expect(duckdb.stdout).toBe(node.stdout);
  }, 120_000);

  it('the same categories with the candidates ANDed line by line (past the combination table\'s limit)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-candidates-'));
    writeFileSync(join(dir, 'techspend.yaml'), CONFIG);
    writeFileSync(join(dir, 'lines.csv'), ['Date,Vendor,Description,Amount', ...LINES.map((l) => l.slice(0, 4).join(','))].join('\n') + '\n');
    const before = process.env.TECHSPEND_DUCKDB_MAX_COMBINATIONS;
    process.env.TECHSPEND_DUCKDB_MAX_COMBINATIONS = '0';
    try {
      const duckdb = await runCli(['categorize', 'lines.csv', '-f', 'csv', '--engine', 'duckdb'], dir);
      expect(duckdb.code).toBe(0);
      expect(duckdb.stdout.trim().split('\n').slice(1).map((row) => row.split(',')[8])).toEqual(LINES.map((l) => l[4]));
    } finally {
      if (before === undefined) delete process.env.TECHSPEND_DUCKDB_MAX_COMBINATIONS;
      else process.env.TECHSPEND_DUCKDB_MAX_COMBINATIONS = before;
    }
  }, 120_000);
});

describe("one field's answer patterns (fieldPatterns)", () => {
  it('a value not listed takes the listed pattern of the usual answer: no second copy to multiply the combinations', () => {
    const listed = fieldPatterns({ usual: '110', values: new Map([['010', ['Acme']], ['110', ['Globex', "O'Brien"]]]) });
    expect(listed.patterns).toEqual([['0', "'010'::BITSTRING"], ['1', "'110'::BITSTRING"]]);
    expect(listed.usualPid).toBe(1);
    expect(listed.rows).toEqual([["'Acme'", '0'], ["'Globex'", '1'], ["'O''Brien'", '1']]);
  });

  it('a usual answer no listed value has gets its own pattern, after the listed ones', () => {
    const own = fieldPatterns({ usual: '111', values: new Map([['010', ['Acme']]]) });
    expect(own.patterns).toEqual([['0', "'010'::BITSTRING"], ['1', "'111'::BITSTRING"]]);
    expect(own.usualPid).toBe(1);
  });
});
