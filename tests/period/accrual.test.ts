/** The accrual basis's arithmetic and the service periods it reads (figures worked out by hand). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadOverMonths } from '../../src/period/accrual.js';
import { servicePeriodInText, servicePeriodOfDates } from '../../src/period/service-period.js';
import { servicePeriodOfLine } from '../../src/rules/accrual.js';
import { type Decimal, dec, toFixed } from '../../src/money/decimal.js';

const cents = (n: bigint): Decimal => dec(n, 2);

describe('spreadOverMonths', () => {
  it('1,200.00 over 12 months is 100.00 a month from the first month', () => {
    const s = spreadOverMonths(cents(120000n), '2026-02', 12);
    expect(s.map((x) => x.month)).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
    expect(s.every((x) => toFixed(x.amount) === '100.00')).toBe(true);
    expect(s[1]).toMatchObject({ index: 2, of: 12 });
  });

  it('1,000.00 over 12: the four cents left go to the first four months (83.34 × 4, 83.33 × 8)', () => {
    expect(spreadOverMonths(cents(100000n), '2026-01', 12).map((x) => toFixed(x.amount))).toEqual(['83.34', '83.34', '83.34', '83.34', '83.33', '83.33', '83.33', '83.33', '83.33', '83.33', '83.33', '83.33']);
  });

  it('100.00 over 3 is 33.34, 33.33, 33.33; a credit of -100.00 is the mirror', () => {
    expect(spreadOverMonths(cents(10000n), '2026-01', 3).map((x) => toFixed(x.amount))).toEqual(['33.34', '33.33', '33.33']);
    expect(spreadOverMonths(cents(-10000n), '2026-01', 3).map((x) => toFixed(x.amount))).toEqual(['-33.34', '-33.33', '-33.33']);
  });

  it('refuses a period of no months', () => {
    expect(() => spreadOverMonths(cents(100n), '2026-01', 0)).toThrow(RangeError);
  });

  it('property: the parts add up to the whole and differ by at most one cent', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 1, max: 60 }), (units, months) => {
        const parts = spreadOverMonths(cents(units), '2026-01', months);
        expect(parts).toHaveLength(months);
        expect(parts.reduce((t, p) => t + p.amount.units, 0n)).toBe(units);
        const us = parts.map((p) => p.amount.units);
        const max = us.reduce((a, b) => (b > a ? b : a));
        const min = us.reduce((a, b) => (b < a ? b : a));
        expect(max - min <= 1n).toBe(true);
      }),
    );
  });
});

describe('servicePeriodInText: explicit ranges only', () => {
  it.each([
    ['Figma Organization Jan–Dec 2026', '2026-01', 12],
    ['Figma Organization Jan-Dec 2026', '2026-01', 12],
    ['Support January - March 2026', '2026-01', 3],
    ['Licence Jul 2026 – Jun 2027', '2026-07', 12],
    ['Licence Nov–Feb 2027', '2026-11', 4],
    ['Subscription 01/2026-12/2026', '2026-01', 12],
    ['Subscription 7/2026 - 6/2027', '2026-07', 12],
    ['Term 2026-01 to 2026-06', '2026-01', 6],
  ])('%s → %s, %i months', (text, start, months) => {
    expect(servicePeriodInText(text)).toEqual({ start, months, from: 'description' });
  });

  it.each([
    'Invoice Jan 2026',
    'Zoom invoice Apr 2026 1-12 users',
    'renewal 2026-03',
    'Paid 2026-01-15',
    'Order 01/2026',
    'Plan 12-24 seats 2026',
    'Dec 2026 - Jan 2026',
    'May be billed 2026',
    'Mar-Mar 2026',
    'Jan 2020 - Dec 2029',
    '2026-01-05 - 2026-12-05',
    'invoice 12/03/2026-15/03/2026',
    '',
  ])('%j is not a range', (text) => {
    expect(servicePeriodInText(text)).toBeUndefined();
  });
});

describe('servicePeriodOfDates (FOCUS charge period: end exclusive)', () => {
  it('2026-01-01 → 2026-04-01 is three months', () => {
    expect(servicePeriodOfDates('2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual({ start: '2026-01', months: 3, from: 'columns' });
  });
  it('2026-01-01 → 2027-01-01 is the twelve months of 2026', () => {
    expect(servicePeriodOfDates('2026-01-01', '2027-01-01')).toEqual({ start: '2026-01', months: 12, from: 'columns' });
  });
  it('a day, or a month, is no service period', () => {
    expect(servicePeriodOfDates('2026-02-01T00:00:00Z', '2026-02-02T00:00:00Z')).toBeUndefined();
    expect(servicePeriodOfDates('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z')).toBeUndefined();
    expect(servicePeriodOfDates('NULL', '2026-03-01')).toBeUndefined();
  });
});

describe('servicePeriodOfLine: columns, then description, then the rule', () => {
  const header = new Map([['ChargePeriodStart', 0], ['ChargePeriodEnd', 1]]);
  const line = (description: string, fields: string[] = [], h = new Map<string, number>()) => ({ date: '2026-02-10', description, fields, header: h });
  it('a rule amortize counts from the line month', () => {
    expect(servicePeriodOfLine(line('Jira annual'), { amortize: 12 })).toEqual({ start: '2026-02', months: 12, from: 'rule' });
  });
  it('a known period wins over amortize', () => {
    expect(servicePeriodOfLine(line('Jira Jan-Dec 2026'), { amortize: 6 })).toEqual({ start: '2026-01', months: 12, from: 'description' });
    expect(servicePeriodOfLine(line('Jira Jan-Dec 2026', ['2026-01-01', '2026-04-01'], header), { amortize: 6 })).toEqual({ start: '2026-01', months: 3, from: 'columns' });
  });
  it('nothing said: one month (undefined)', () => {
    expect(servicePeriodOfLine(line('Slack monthly'), undefined)).toBeUndefined();
    expect(servicePeriodOfLine(line('Slack monthly'), { amortize: 1 })).toBeUndefined();
  });
});
