/**
 * Which months a comparison or a run rate looks at. A period is complete when its last day is on
 * or before the reference date: `--to` when given, else the last day of the latest month in the
 * data (an export is taken to cover whole months: monthly invoices are often dated the 1st),
 * unless the data stops well before that month's end (period/coverage.ts): then the last date of
 * the data, so a partial month is never the latest complete one; and when the latest complete month
 * falls in a gap inside the data (period/coverage.ts: two exports years apart), the end of the last
 * month with data before the gap, so a month with no line is never reported as zero spend.
 */
import { type Coverage, coverageText, firstCompleteMonth, gapOf, gapText, latestMonthWithData, noDataText } from '../period/coverage.js';
import { addMonths, lastDayOfMonth, monthOf, monthsOfPeriod, type PeriodKind, periodOf } from '../period/period.js';

export type Against = 'previous' | 'last-year' | 'budget';

export interface PeriodWindow {
  label: string;
  months: string[];
}

/** The last month that is complete on `end` (a yyyy-MM-dd date). */
export function lastCompleteMonth(end: string): string {
  const m = monthOf(end);
  return lastDayOfMonth(m) <= end ? m : addMonths(m, -1);
}

/** The reference date: `--to`, else the end of the latest month with data (its last date when that month is partial); undefined with no data. */
export function referenceDate(to: string | undefined, months: readonly string[], coverage?: Coverage): string | undefined {
  if (to !== undefined) return to;
  const latest = [...months].sort().at(-1);
  if (latest === undefined) return undefined;
  const end = coverage !== undefined && coverage.lastPartial && coverage.lastMonth === latest ? coverage.last : lastDayOfMonth(latest);
  if (coverage === undefined) return end;
  // the latest complete month in a gap (the partial month after it is the data's last): the last month with data before it
  const last = lastCompleteMonth(end);
  const withData = latestMonthWithData(coverage, last);
  return withData === last ? end : lastDayOfMonth(withData);
}

/**
 * Notes on the months a figure rests on that the data covers only in part or not at all, one
 * per month, and the partial last month left out when the reference date came from the data.
 */
export function coverageNotes(coverage: Coverage | undefined, months: readonly string[], what: string): string[] {
  if (coverage === undefined) return [];
  const out: string[] = [];
  for (const m of months) {
    const t = coverageText(coverage, m);
    if (t !== undefined) out.push(`${t}: ${what} rests on it.`);
  }
  return out;
}

/**
 * Why a period has no data at all (every month before the data starts, in a gap inside it or
 * after it), in words; undefined when any of its months has data.
 */
export function periodNoData(coverage: Coverage | undefined, months: readonly string[]): string | undefined {
  if (coverage === undefined) return undefined;
  const why = months.map((m) => noDataText(coverage, m));
  if (why.some((w) => w === undefined)) return undefined;
  return [...new Set(why)].join('; ');
}

/** A sentence on the partial last month left out (the latest complete month is the one before it), or undefined. */
export function partialLastNote(coverage: Coverage | undefined, to: string | undefined, used: readonly string[]): string | undefined {
  if (coverage === undefined || to !== undefined || !coverage.lastPartial || used.includes(coverage.lastMonth)) return undefined;
  const before = addMonths(coverage.lastMonth, -1);
  const gap = gapOf(coverage, before);
  const latest = gap === undefined ? `the latest complete month is ${before}` : `the latest complete month with data is ${addMonths(gap.from, -1)}: ${gapText(gap)}`;
  return `The data ends on ${coverage.last}, part-way through ${coverage.lastMonth} (dates every ${coverage.cadenceDays === 1 ? 'day' : `${coverage.cadenceDays} days`} or so): ${coverage.lastMonth} is partial and left out; ${latest}.`;
}

/**
 * The months of a run-rate window the data has, and why any were left out ("the data starts on
 * 2026-01-10", "no lines are dated 2026-04 to 2026-05: ..."). Months before the data starts, its
 * partial first month, the months of a gap inside it and those after it (--to beyond the data)
 * are no data, not zero spend: averaging them in as zeros would understate the run rate.
 */
export function monthsWithData(window: readonly string[], coverage: Coverage | undefined): { months: string[]; why: string[] } {
  if (coverage === undefined) return { months: [...window], why: [] };
  const start = firstCompleteMonth(coverage);
  const months = window.filter((m) => m >= start && m <= coverage.lastMonth && gapOf(coverage, m) === undefined);
  const why: string[] = [];
  if (window.some((m) => m < start)) why.push(`the data starts on ${coverage.first}`);
  for (const g of coverage.gaps) if (window.some((m) => m >= g.from && m <= g.to)) why.push(gapText(g));
  if (window.some((m) => m > coverage.lastMonth)) why.push(`the data ends on ${coverage.last}`);
  return { months, why };
}

export function periodContaining(month: string, kind: PeriodKind, fiscalYearStart: number): PeriodWindow {
  const label = periodOf(month, kind, fiscalYearStart);
  return { label, months: monthsOfPeriod(label, fiscalYearStart)! };
}

/** The last period of `kind` ending on or before `end`. */
export function currentPeriod(end: string, kind: PeriodKind, fiscalYearStart: number): PeriodWindow {
  const last = lastCompleteMonth(end);
  const p = periodContaining(last, kind, fiscalYearStart);
  if (p.months.at(-1) === last) return p;
  return periodContaining(addMonths(p.months[0]!, -1), kind, fiscalYearStart);
}

/** The period compared with `current`: the one before it, or the same one a year earlier. */
export function basePeriod(current: PeriodWindow, against: 'previous' | 'last-year', kind: PeriodKind, fiscalYearStart: number): PeriodWindow {
  const first = current.months[0]!;
  return periodContaining(addMonths(first, against === 'previous' ? -1 : -12), kind, fiscalYearStart);
}

/** The `n` complete months ending on or before `end`, oldest first. */
export function runRateMonths(end: string, n: number): string[] {
  const last = lastCompleteMonth(end);
  return Array.from({ length: n }, (_, i) => addMonths(last, i - n + 1));
}
