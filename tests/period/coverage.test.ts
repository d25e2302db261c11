/**
 * What the data covers inside its span: whole months with no dated line, judged against the
 * data's own cadence (period/coverage.ts). Dates and expected gaps worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { coverageOf, coverageText, gapText, hasData, isCovered, latestMonthWithData } from '../../src/period/coverage.js';

/** every `step` days from `from` (inclusive) while on or before `to` */
function every(from: string, to: string, step: number): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + step)) out.push(d.toISOString().slice(0, 10));
  return out;
}

describe('coverage with a gap inside the span', () => {
  // two registers paid every day, six years apart (South Dakota's July 2020 and 1-15 July 2026)
  const c = coverageOf([...every('2020-07-01', '2020-07-31', 1), ...every('2026-07-01', '2026-07-15', 1)])!;

  it('records the whole months between the two as one gap', () => {
    expect(c.cadenceDays).toBe(1);
    expect(c.gaps).toEqual([{ from: '2020-08', to: '2026-06', before: '2020-07-31', after: '2026-07-01' }]);
    expect(c.lastPartial).toBe(true);
    expect(c.firstPartial).toBe(false);
  });

  it('says a month in the gap has no data, the months at its edges do', () => {
    expect(hasData(c, '2020-07')).toBe(true);
    expect(hasData(c, '2020-08')).toBe(false);
    expect(hasData(c, '2023-01')).toBe(false);
    expect(hasData(c, '2026-06')).toBe(false);
    expect(hasData(c, '2026-07')).toBe(true);
    expect(isCovered(c, '2020-07')).toBe(true);
    expect(isCovered(c, '2026-06')).toBe(false);
    // the partial last month has data but is not covered whole
    expect(isCovered(c, '2026-07')).toBe(false);
  });

  it('steps back from a month in the gap to the last month with data', () => {
    expect(latestMonthWithData(c, '2026-06')).toBe('2020-07');
    expect(latestMonthWithData(c, '2026-07')).toBe('2026-07');
    expect(latestMonthWithData(c, '2020-07')).toBe('2020-07');
  });

  it('says the gap in words', () => {
    expect(gapText(c.gaps[0]!)).toBe('no lines are dated 2020-08 to 2026-06: the data stops on 2020-07-31 and resumes on 2026-07-01');
    expect(coverageText(c, '2026-06')).toBe('2026-06: no data (no lines are dated 2020-08 to 2026-06: the data stops on 2020-07-31 and resumes on 2026-07-01)');
  });
});

describe('gaps judged against the cadence', () => {
  it('a monthly series dated the 1st missing one month: that month is no data', () => {
    // 03-01 → 05-01 is 61 days, beyond 1.5 × the 31-day cadence (47): April has no line
    const c = coverageOf(['2026-01-01', '2026-02-01', '2026-03-01', '2026-05-01', '2026-06-01'])!;
    expect(c.cadenceDays).toBe(31);
    expect(c.gaps).toEqual([{ from: '2026-04', to: '2026-04', before: '2026-03-01', after: '2026-05-01' }]);
    expect(gapText(c.gaps[0]!)).toBe('no lines are dated 2026-04: the data stops on 2026-03-01 and resumes on 2026-05-01');
  });

  it('a quarterly-billed file keeps its empty months between bills as months with data', () => {
    // bills every ~91 days: the two empty months between them are the cadence, not a gap
    const c = coverageOf(['2025-01-15', '2025-04-15', '2025-07-15', '2025-10-15', '2026-01-15'])!;
    expect(c.gaps).toEqual([]);
    expect(hasData(c, '2025-02')).toBe(true);
    expect(isCovered(c, '2025-03')).toBe(true);
  });

  it('an annual-invoice register keeps the year between invoices', () => {
    const c = coverageOf(['2024-03-10', '2025-03-10', '2026-03-10'])!;
    expect(c.gaps).toEqual([]);
    expect(hasData(c, '2025-09')).toBe(true);
  });

  it('a quarterly file missing a quarter: the months of the missing bill are no data', () => {
    // steps 90, 183, 92, 90: median (lower) 90; 2025-04-15 → 2025-10-15 is 183 days, beyond 1.5 × 90 (135): May to September have no line
    const c = coverageOf(['2025-01-15', '2025-04-15', '2025-10-15', '2026-01-15', '2026-04-15'])!;
    expect(c.cadenceDays).toBe(90);
    expect(c.gaps).toEqual([{ from: '2025-05', to: '2025-09', before: '2025-04-15', after: '2025-10-15' }]);
  });

  it('a break of a few weeks that holds no whole month is no gap', () => {
    // daily lines with 2025-12-20 → 2026-01-06 empty (17 days, beyond the 5-day slack, but no whole month inside)
    const c = coverageOf([...every('2025-12-01', '2025-12-20', 1), ...every('2026-01-06', '2026-01-31', 1)])!;
    expect(c.gaps).toEqual([]);
  });

  it('a month that holds spend (spread there on the accrual basis) is never in a gap', () => {
    // lines every ~10 days to 2026-04-01, then 2026-12-20: May to November have no dated line;
    // an annual invoice spread over its service period puts spend in June to November
    const dates = ['2026-01-05', '2026-01-15', '2026-01-25', '2026-02-05', '2026-02-15', '2026-02-25', '2026-03-05', '2026-03-15', '2026-03-25', '2026-04-01', '2026-12-20'];
    expect(coverageOf(dates)!.gaps).toEqual([{ from: '2026-05', to: '2026-11', before: '2026-04-01', after: '2026-12-20' }]);
    expect(coverageOf(dates, ['2026-06', '2026-07', '2026-08', '2026-09', '2026-11'])!.gaps).toEqual([
      { from: '2026-05', to: '2026-05', before: '2026-04-01', after: '2026-12-20' },
      { from: '2026-10', to: '2026-10', before: '2026-04-01', after: '2026-12-20' },
    ]);
  });

  it('a register with no gap has none', () => {
    const c = coverageOf(every('2025-01-01', '2025-12-31', 3))!;
    expect(c.gaps).toEqual([]);
  });
});
