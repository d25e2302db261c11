/** Unit economics, the pure part: exact ratios, months without a value, the like-for-like trend, the volume split. */
import { describe, expect, it } from 'vitest';
import { readDriverTable } from '../../src/config/driver-table.js';
import { driverGrowthBetween, driverSeries, movedWithBusiness, ratioAt, unitCell, unitTrend } from '../../src/analysis/unit-economics.js';
import { type Decimal, parseDecimal, toFixed } from '../../src/money/decimal.js';

const d = (s: string): Decimal => parseDecimal(s)!;
const table = 'month,driver,value\n2025-01,revenue,10000\n2025-02,revenue,10000\n2026-01,revenue,12000\n2026-02,revenue,18000\n2026-01,Customers,12\n2026-02,customers,12.5\n';

describe('driver table', () => {
  it('reads month, driver, value exactly, lower-casing the driver', () => {
    const { values, problems } = readDriverTable(table, 'drivers.csv');
    expect(problems).toEqual([]);
    expect(values).toHaveLength(6);
    expect(values[5]).toMatchObject({ month: '2026-02', driver: 'customers', where: 'drivers.csv:7' });
    expect(toFixed(values[5]!.value, 1)).toBe('12.5');
  });
  it('names file:line of a bad row (the physical line, past a blank one)', () => {
    const { problems } = readDriverTable('month,driver,value\n\n2026-13,revenue,5\n2026-01,revenue,-1\n2026-02,revenue,abc\n2026-03,,4\n', 'd.csv');
    expect(problems.map((p) => `${p.where} ${p.message}`)).toEqual([
      'd.csv:3 month must look like 2026-01, got "2026-13"',
      'd.csv:4 driver value must be a number >= 0, got "-1"',
      'd.csv:5 driver value must be a number >= 0, got "abc"',
      'd.csv:6 empty driver name',
    ]);
  });
  it('refuses a second value for the same month and driver, naming the first', () => {
    const { problems } = readDriverTable('month,driver,value\n2026-01,revenue,5\n2026-01,Revenue,6\n', 'd.csv');
    expect(problems).toEqual([{ where: 'd.csv:3', message: 'a second revenue value for 2026-01', hint: 'already given at d.csv:2' }]);
  });
  it('needs the three columns', () => {
    expect(readDriverTable('function,period,value\nProduct,2026-01,3\n', 'headcount.csv').problems[0]).toMatchObject({ where: 'headcount.csv:1' });
  });
});

describe('ratios', () => {
  const series = driverSeries(readDriverTable(table, 'd.csv').values, 'revenue')!;
  const spend = new Map([
    ['2025-01', d('1000')],
    ['2025-02', d('1000')],
    ['2026-01', d('1200')],
    ['2026-02', d('1200')],
    ['2026-03', d('500')],
  ]);
  it('a month without a value is out of both sides, and said', () => {
    const cell = unitCell(spend, series, { label: 'FY2026', months: ['2026-01', '2026-02', '2026-03'] });
    expect(cell.kind).toBe('ratio');
    expect(cell.missing).toEqual(['2026-03']);
    expect(toFixed(ratioAt(cell, 4)!, 4)).toBe('0.0800');
    expect(unitCell(spend, series, { label: '2026-03', months: ['2026-03'] }).kind).toBe('missing');
  });
  it('rounds once at the places shown: 1700/30000 is 5.7% and 0.0567, not a rounding of a rounding', () => {
    const cloud = new Map([['2026-01', d('800')], ['2026-02', d('900')]]);
    const cell = unitCell(cloud, series, { label: 'FY2026', months: ['2026-01', '2026-02'] });
    expect(toFixed(ratioAt(cell, 3)!, 3)).toBe('0.057');
    expect(toFixed(ratioAt(cell, 4)!, 4)).toBe('0.0567');
  });
  it('never divides by zero', () => {
    const zero = driverSeries(readDriverTable('month,driver,value\n2026-01,orders,0\n', 'd.csv').values, 'order')!;
    expect(zero.driver).toBe('orders');
    expect(unitCell(spend, zero, { label: '2026-01', months: ['2026-01'] }).kind).toBe('zero');
  });
  it('the trend compares like for like: the latest year\'s months that pair with a year earlier', () => {
    const t = unitTrend(spend, series, ['2026-01', '2026-02', '2026-03'])!;
    expect(t.months).toEqual(['2026-01', '2026-02']);
    expect(toFixed(t.before.spend, 2)).toBe('2000.00');
    expect(toFixed(t.after.driver, 2)).toBe('30000.00');
  });
  it('volume of the business: base × driver growth, to the cent; none when a month lacks a value', () => {
    const g = driverGrowthBetween(series, ['2026-01'], ['2026-02']);
    expect(toFixed(movedWithBusiness(d('800'), g)!, 2)).toBe('400.00');
    expect(toFixed(movedWithBusiness(d('0.01'), g)!, 2)).toBe('0.01'); // 0.005 → half away
    expect(movedWithBusiness(d('800'), driverGrowthBetween(series, ['2026-02'], ['2026-03']))).toBeUndefined();
  });
});
