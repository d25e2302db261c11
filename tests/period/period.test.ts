import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, dateFromDayNumber, dayNumber, fiscalYearOf, monthsOfPeriod, periodOf } from '../../src/period/period.js';
import { parseIsoDate, parseWithDateFormat, detectDateFormat } from '../../src/ingest/date.js';

describe('fiscal periods', () => {
  it('names the fiscal year by the calendar year it ends in', () => {
    expect(fiscalYearOf('2026-01', 2)).toBe(2026);
    expect(fiscalYearOf('2026-02', 2)).toBe(2027);
    expect(periodOf('2026-02', 'fiscal-year', 2)).toBe('FY2027');
    expect(periodOf('2026-02', 'fiscal-quarter', 2)).toBe('FY2027-Q1');
    expect(periodOf('2026-05', 'fiscal-quarter', 2)).toBe('FY2027-Q2');
    expect(periodOf('2027-01', 'fiscal-quarter', 2)).toBe('FY2027-Q4');
    expect(periodOf('2026-12', 'fiscal-year', 1)).toBe('FY2026');
    expect(periodOf('2026-11', 'quarter', 1)).toBe('2026-Q4');
  });
  it('lists the months of any period label', () => {
    expect(monthsOfPeriod('FY2027', 2)).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
    expect(monthsOfPeriod('FY2027-Q4', 2)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsOfPeriod('2026-Q2', 2)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(monthsOfPeriod('nope', 2)).toBeUndefined();
  });
  it('property: every month lies in the fiscal year and quarter it is labelled with', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (y, m, start) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        for (const kind of ['fiscal-year', 'fiscal-quarter', 'quarter', 'year'] as const) {
          expect(monthsOfPeriod(periodOf(month, kind, start), start)).toContain(month);
        }
      }),
    );
  });
  it('adds months across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });
  it('day numbers round-trip', () => {
    fc.assert(fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
      expect(dayNumber(dateFromDayNumber(n))).toBe(n);
    }));
    expect(dayNumber('1970-01-01')).toBe(0);
  });
});

describe('dates', () => {
  it('takes a timestamp date as written, or its UTC date when it has an offset', () => {
    expect(parseIsoDate('2024-09-01 00:00:00')).toBe('2024-09-01');
    expect(parseIsoDate('2023-11-01T00:00:00.000Z')).toBe('2023-11-01');
    expect(parseIsoDate('2022-08-01 00:00:00+00:00')).toBe('2022-08-01');
    expect(parseIsoDate('2018-01-01T23:30:00-07:00')).toBe('2018-01-02');
    expect(parseIsoDate('2018-01-01 01:00:00 +0200')).toBe('2017-12-31');
    expect(parseIsoDate('2023-02-01T30:00:00Z')).toBeUndefined();
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
  });
  it('reads declared formats with date-fns', () => {
    expect(parseWithDateFormat('10/31/2026', 'MM/dd/yyyy')).toBe('2026-10-31');
    expect(parseWithDateFormat('31.10.2026', 'dd.MM.yyyy')).toBe('2026-10-31');
    expect(parseWithDateFormat('4/1/25', 'M/d/yy')).toBe('2025-04-01');
    expect(parseWithDateFormat('01.02.24, 10:30', 'dd.MM.yy')).toBe('2024-02-01');
    expect(parseWithDateFormat('13/31/2026', 'MM/dd/yyyy')).toBeUndefined();
  });
  it('detects a column format and reports day/month ambiguity', () => {
    expect(detectDateFormat(['2026-01-05', '2026-01-31'])?.format).toBe('iso');
    expect(detectDateFormat(['31/01/2026', '05/02/2026'])).toEqual({ format: 'dd/MM/yyyy', alsoFits: [] });
    const amb = detectDateFormat(['01/02/2026', '03/04/2026']);
    expect(amb?.format).toBe('MM/dd/yyyy');
    expect(amb?.alsoFits).toContain('dd/MM/yyyy');
  });
});
