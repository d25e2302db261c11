/**
 * The CSV tables a config names (rule table, rates, driver table, budget): a problem names the
 * physical line its record starts on, past blank lines and quoted line breaks (issue 15, bug 3);
 * and one budget reader with one set of rules for `budget:` in the config and `--budget` (bug 4).
 */
import { describe, expect, it } from 'vitest';
import { parseBudgetCsv } from '../../src/analysis/budget.js';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import { formatDiagnostic } from '../../src/diagnostic.js';
import { toFixed } from '../../src/money/decimal.js';

const files: Record<string, string> = {
  // line 1 header, 2 blank, 3-4 one record with a quoted line break, 5 blank, 6 the bad record
  'map.csv': 'vendor,category\n\n"Snow\nflake",data\n\nFoo,nope\n',
  'rates.csv': 'currency,rate\r\n\r\nEUR,1.08\r\n\r\n\r\nGBP,-1\r\n',
  'drivers.csv': 'function,period,value\nOperations,2026-01,"10\n"\n\nNowhere,2026-01,5\n',
  'budget.csv': 'category,period,amount\n\n\ndata,2026-01,100\n"da\nta",2026-01,5\n',
  // written by hand as spreadsheets write it: capitalised headers, a currency sign, thousands
  'styled-budget.csv': 'Category , Period,Amount\ndata,2026-Q1,"$1,200.00"\nsec,2026-01, 50 \n',
};
const ctx = { path: 'techspend.yaml', dir: '.', readRelative: (p: string) => (p in files ? { text: files[p]! } : { error: 'no such file' }) };

const base = `
categories:
  - { id: data, name: Data, function: Operations }
  - { id: sec, name: Security, function: Technology, shared: true }
`;

function build(yaml: string) {
  return buildConfig(parseConfigText(base + yaml, 'techspend.yaml').value, ctx);
}
const errors = (yaml: string) => build(yaml).diagnostics.map(formatDiagnostic);

describe('side tables name the line a record starts on', () => {
  it('rule table', () => {
    expect(errors('rules:\n  - table: map.csv\n')).toEqual(['techspend.yaml: map.csv:6: unknown category "nope" (define it under categories)']);
  });
  it('rule ids of a table are the lines their records start on', () => {
    files['good-map.csv'] = 'vendor,category\n\n"Snow\nflake",data\n\nFoo,sec\n';
    expect(build('rules:\n  - table: good-map.csv\n').config!.rules.map((r) => r.id)).toEqual(['good-map.csv:3', 'good-map.csv:6']);
  });
  it('rates file (CRLF)', () => {
    expect(errors('rates: rates.csv\n')).toEqual(['techspend.yaml: rates.csv:6: rate must be a positive number, got "-1"']);
  });
  it('driver table', () => {
    expect(errors('allocations:\n  sec: { driver: drivers.csv }\n').map((e) => e.replace(/ \(.*\)$/, ''))).toEqual(['techspend.yaml: drivers.csv:5: unknown business function "Nowhere"']);
  });
  it('budget', () => {
    expect(errors('budget: budget.csv\n').map((e) => e.replace(/ \(.*\)$/, ''))).toEqual(['techspend.yaml: budget.csv:5: unknown category "da\\nta"']);
  });
});

describe('one budget reader', () => {
  it('the config and --budget accept the same file, with the same lines', () => {
    const config = build('budget: styled-budget.csv\n');
    expect(config.diagnostics.map(formatDiagnostic)).toEqual([]);
    const flag = parseBudgetCsv(files['styled-budget.csv']!, 'styled-budget.csv', config.config!);
    expect(flag.diagnostics).toEqual([]);
    const show = (l: { category: string; period: string; amount: Parameters<typeof toFixed>[0]; where: string }) => [l.category, l.period, toFixed(l.amount), l.where];
    expect(config.config!.budget.map(show)).toEqual([
      ['data', '2026-Q1', '1200.00', 'styled-budget.csv:2'],
      ['sec', '2026-01', '50.00', 'styled-budget.csv:3'],
    ]);
    expect(flag.lines.map(show)).toEqual(config.config!.budget.map(show));
  });
  it('and reject the same file with the same problems', () => {
    files['bad-budget.csv'] = 'category,period,amount\nnope,2026-01,5\ndata,2026-13,5\ndata,2026-01,abc\n';
    const flag = parseBudgetCsv(files['bad-budget.csv'], 'bad-budget.csv', build('').config!);
    const fromConfig = build('budget: bad-budget.csv\n').diagnostics;
    expect(fromConfig.map((d) => [d.where.replace(/^techspend\.yaml: /, ''), d.message])).toEqual(flag.diagnostics.map((d) => [d.where, d.message]));
    expect(flag.diagnostics.map((d) => d.where)).toEqual(['bad-budget.csv:2', 'bad-budget.csv:3', 'bad-budget.csv:4']);
  });
  it('a budget without its columns is refused by both', () => {
    files['no-columns.csv'] = 'cat,when,value\ndata,2026-01,5\n';
    expect(parseBudgetCsv(files['no-columns.csv'], 'no-columns.csv', build('').config!).diagnostics.map((d) => `${d.where}: ${d.message}`)).toEqual(['no-columns.csv:1: a budget needs the columns category,period,amount']);
    expect(errors('budget: no-columns.csv\n')).toEqual(['techspend.yaml: no-columns.csv:1: a budget needs the columns category,period,amount']);
  });
});
