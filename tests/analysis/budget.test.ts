import { describe, expect, it } from 'vitest';
import { budgetFor, budgetVsActual, monthlyBudget, parseBudgetCsv } from '../../src/analysis/budget.js';
import { toFixed } from '../../src/money/decimal.js';
import { config, d, fact } from './helpers.js';

const cfg = config(`
fiscalYearStart: 2
categories:
  - { id: cloud, name: Cloud, function: Product }
  - { id: saas, name: SaaS, function: Sales }
`);

describe('budget', () => {
  it('reads category,period,amount in any period form, and names bad rows by file:line', () => {
    const r = parseBudgetCsv('category,period,amount\ncloud,FY2027,"12,000.00"\ncloud,2026-Q1,100\nnope,2026-01,5\ncloud,2026-13,5\n', 'budget.csv', cfg);
    expect(r.lines.map((l) => [l.category, l.period, toFixed(l.amount)])).toEqual([
      ['cloud', 'FY2027', '12000.00'],
      ['cloud', '2026-Q1', '100.00'],
    ]);
    expect(r.diagnostics.map((x) => `${x.where}: ${x.message}`)).toEqual(['budget.csv:4: unknown category "nope"', 'budget.csv:5: not a period: "2026-13"']);
  });

  it('phases a budget evenly over its months, exact to the cent (extra cents to the earlier months)', () => {
    const lines = parseBudgetCsv('category,period,amount\ncloud,FY2027,12000\ncloud,2026-Q1,100.00\n', 'b.csv', cfg).lines;
    const m = monthlyBudget(lines, 2);
    // FY2027 = 2026-02 .. 2027-01: 1,000.00 a month; 2026-Q1 100.00 → 33.34 / 33.33 / 33.33
    expect(toFixed(m.get('cloud')!.get('2026-01')!)).toBe('33.34');
    expect(toFixed(m.get('cloud')!.get('2026-02')!)).toBe('1033.33');
    expect(toFixed(m.get('cloud')!.get('2026-03')!)).toBe('1033.33');
    expect(toFixed(m.get('cloud')!.get('2027-01')!)).toBe('1000.00');
    expect(toFixed(budgetFor(m, ['2026-01', '2026-02', '2026-03']).get('cloud')!)).toBe('2100.00');
    expect(budgetFor(m, ['2025-01']).size).toBe(0);
  });

  it('actual against budget, with an explicit unbudgeted row; totals reconcile', () => {
    const r = budgetVsActual([fact('cloud', 'AWS', '2026-02', '1200.00'), fact('saas', 'Slack', '2026-02', '300.00')], new Map([['cloud', d('1000.00')]]));
    const show = (x: (typeof r.rows)[number]) => [x.key, toFixed(x.budget), toFixed(x.actual), toFixed(x.remaining), x.used && toFixed(x.used, 2), x.status];
    expect(r.rows.map(show)).toEqual([['cloud', '1000.00', '1200.00', '-200.00', '1.20', 'over']]);
    expect(show(r.unbudgeted)).toEqual(['unbudgeted', '0.00', '300.00', '-300.00', undefined, 'unbudgeted']);
    expect(r.unbudgeted.categories).toEqual(['saas']);
    expect(show(r.total)).toEqual(['total', '1000.00', '1500.00', '-500.00', '1.50', 'over']);
  });
});
