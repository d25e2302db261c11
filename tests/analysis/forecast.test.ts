import { describe, expect, it } from 'vitest';
import { computeForecast } from '../../src/analysis/forecast.js';
import { toFixed, ZERO } from '../../src/money/decimal.js';
import { currentPeriod, basePeriod, lastCompleteMonth, referenceDate, runRateMonths } from '../../src/analysis/window.js';
import { d, fact } from './helpers.js';

describe('forecast', () => {
  const facts = [
    fact('cloud', 'AWS', '2025-12', '9999.00'), // outside the window
    fact('cloud', 'AWS', '2026-01', '1000.00'),
    fact('cloud', 'AWS', '2026-02', '1100.00'),
    fact('cloud', 'AWS', '2026-03', '1300.00'),
    fact('saas', 'Slack', '2026-03', '300.00'),
  ];
  const months = ['2026-01', '2026-02', '2026-03'];
  const show = (r: { category: string; runRateMonthly: unknown; growth: unknown; forecast: unknown; budget: unknown; gap: unknown }) =>
    [r.category, ...[r.runRateMonthly, r.forecast, r.budget, r.gap].map((x) => (x === undefined ? undefined : toFixed(x as never)))];

  it('run rate × 12 × (1 + growth), from the cent-rounded run rate; a month without spend counts as zero', () => {
    const { rows, total } = computeForecast(facts, months, (c) => (c === 'cloud' ? d('0.10') : ZERO), new Map([['cloud', d('15000')]]));
    // cloud: 3,400.00 / 3 = 1,133.33; × 12 = 13,599.96; × 1.10 = 14,959.956 → 14,959.96; gap − 40.04
    // saas: 300.00 / 3 = 100.00; × 12 = 1,200.00; no budget line → budget 0.00, gap 1,200.00
    expect(rows.map(show)).toEqual([
      ['cloud', '1133.33', '14959.96', '15000.00', '-40.04'],
      ['saas', '100.00', '1200.00', '0.00', '1200.00'],
    ]);
    expect(show(total)).toEqual(['total', '1233.33', '16159.96', '15000.00', '1159.96']);
  });

  it('no budget: budget and gap stay empty', () => {
    const { rows } = computeForecast(facts, months, () => ZERO, undefined);
    expect(rows.map(show)).toEqual([
      ['cloud', '1133.33', '13599.96', undefined, undefined],
      ['saas', '100.00', '1200.00', undefined, undefined],
    ]);
  });
});

describe('periods compared', () => {
  it('a month is complete when the reference date is its last day or later', () => {
    expect(lastCompleteMonth('2026-03-15')).toBe('2026-02');
    expect(lastCompleteMonth('2026-03-31')).toBe('2026-03');
    expect(lastCompleteMonth('2024-02-29')).toBe('2024-02');
  });
  it('without --to, the reference is the end of the latest month with data', () => {
    expect(referenceDate(undefined, ['2026-01', '2026-03', '2026-02'])).toBe('2026-03-31');
    expect(referenceDate('2026-02-10', ['2026-03'])).toBe('2026-02-10');
  });
  it('picks the last period ending on or before the reference date, and its base', () => {
    expect(currentPeriod('2026-10-31', 'fiscal-quarter', 2).label).toBe('FY2027-Q3');
    expect(currentPeriod('2026-09-30', 'fiscal-quarter', 2)).toEqual({ label: 'FY2027-Q2', months: ['2026-05', '2026-06', '2026-07'] });
    const q = currentPeriod('2026-10-31', 'quarter', 1);
    expect(q.label).toBe('2026-Q3');
    expect(basePeriod(q, 'previous', 'quarter', 1).label).toBe('2026-Q2');
    expect(basePeriod(q, 'last-year', 'quarter', 1).label).toBe('2025-Q3');
    expect(basePeriod(currentPeriod('2026-01-31', 'month', 1), 'previous', 'month', 1).label).toBe('2025-12');
    expect(currentPeriod('2026-10-31', 'fiscal-year', 2).label).toBe('FY2026');
  });
  it('run-rate months: the last n complete months', () => {
    expect(runRateMonths('2026-03-15', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(runRateMonths('2026-10-31', 1)).toEqual(['2026-10']);
  });
});
