/**
 * Which months a comparison or a run rate looks at. A period is complete when its last day is on
 * or before the reference date: `--to` when given, else the last day of the latest month in the
 * data (an export is taken to cover whole months: monthly invoices are often dated the 1st).
 */
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

/** The reference date: `--to`, else the end of the latest month with data; undefined with no data. */
export function referenceDate(to: string | undefined, months: readonly string[]): string | undefined {
  if (to !== undefined) return to;
  const latest = [...months].sort().at(-1);
  return latest === undefined ? undefined : lastDayOfMonth(latest);
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
