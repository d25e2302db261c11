/**
 * Which months a comparison or a run rate looks at. A period is complete when its last day is on
 * or before the reference date: `--to` when given, else the last day of the latest month in the
 * data (an export is taken to cover whole months: monthly invoices are often dated the 1st),
 * unless the data stops well before that month's end (period/coverage.ts): then the last date of
 * the data, so a partial month is never the latest complete one.
 */
import { type Coverage, coverageText } from '../period/coverage.js';
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
  if (coverage !== undefined && coverage.lastPartial && coverage.lastMonth === latest) return coverage.last;
  return lastDayOfMonth(latest);
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

/** A sentence on the partial last month left out (the latest complete month is the one before it), or undefined. */
export function partialLastNote(coverage: Coverage | undefined, to: string | undefined, used: readonly string[]): string | undefined {
  if (coverage === undefined || to !== undefined || !coverage.lastPartial || used.includes(coverage.lastMonth)) return undefined;
  return `The data ends on ${coverage.last}, part-way through ${coverage.lastMonth} (dates every ${coverage.cadenceDays === 1 ? 'day' : `${coverage.cadenceDays} days`} or so): ${coverage.lastMonth} is partial and left out; the latest complete month is ${addMonths(coverage.lastMonth, -1)}.`;
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
