/**
 * What the data covers: its first and last dates, and whether the first and last months are
 * covered only in part. A month is partial when the data starts well after its first day or ends
 * well before its last, judged against the input's own cadence (the median gap between its
 * distinct dates): a register paid daily that ends on the 10th stops part-way through the month;
 * one whose invoices are dated the 1st of each month covers the whole month with that one date.
 */
import { dayNumber, lastDayOfMonth, monthOf } from './period.js';

export interface Coverage {
  /** first and last dates of the data (yyyy-MM-dd) */
  first: string;
  last: string;
  firstMonth: string;
  lastMonth: string;
  /** median days between distinct dates */
  cadenceDays: number;
  /** the data starts well after the first month's first day */
  firstPartial: boolean;
  /** the data ends well before the last month's last day */
  lastPartial: boolean;
}

/** Days of slack before a month counts as partial: one and a half of the usual gaps, at least 5 (weekends, bank holidays). */
export function slackDays(cadenceDays: number): number {
  return Math.max(5, Math.ceil(cadenceDays * 1.5));
}

/** The coverage of these dates (any order, repeats allowed); undefined when there are none. */
export function coverageOf(dates: Iterable<string>): Coverage | undefined {
  const days = [...new Set(dates)].sort();
  if (days.length === 0) return undefined;
  const first = days[0]!;
  const last = days.at(-1)!;
  const gaps: number[] = [];
  for (let i = 1; i < days.length; i++) gaps.push(dayNumber(days[i]!) - dayNumber(days[i - 1]!));
  gaps.sort((a, b) => a - b);
  // one date alone says nothing about a cadence: take it as monthly (covers its month)
  const cadenceDays = gaps.length === 0 ? 31 : gaps[Math.floor((gaps.length - 1) / 2)]!;
  const slack = slackDays(cadenceDays);
  const firstMonth = monthOf(first);
  const lastMonth = monthOf(last);
  return {
    first,
    last,
    firstMonth,
    lastMonth,
    cadenceDays,
    firstPartial: dayNumber(first) - dayNumber(`${firstMonth}-01`) > slack,
    lastPartial: dayNumber(lastDayOfMonth(lastMonth)) - dayNumber(last) > slack,
  };
}

/** The first month the data covers whole. */
export function firstCompleteMonth(c: Coverage): string {
  return c.firstPartial ? nextMonth(c.firstMonth) : c.firstMonth;
}

/** Whether the data covers `month` whole: inside the data and not a partial first or last month. */
export function isCovered(c: Coverage, month: string): boolean {
  if (month < c.firstMonth || month > c.lastMonth) return false;
  if (month === c.firstMonth && c.firstPartial) return false;
  if (month === c.lastMonth && c.lastPartial) return false;
  return true;
}

/** How a month is covered, in words, for notes: undefined when whole. */
export function coverageText(c: Coverage, month: string): string | undefined {
  if (month < c.firstMonth) return `${month}: no data (the data starts on ${c.first})`;
  if (month > c.lastMonth) return `${month}: no data (the data ends on ${c.last})`;
  const parts: string[] = [];
  if (month === c.firstMonth && c.firstPartial) parts.push(`starts on ${c.first}`);
  if (month === c.lastMonth && c.lastPartial) parts.push(`ends on ${c.last}`);
  return parts.length === 0 ? undefined : `${month} is partial: the data ${parts.join(' and ')}`;
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}
