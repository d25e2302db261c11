/**
 * What the data covers: its first and last dates, and whether the first and last months are
 * covered only in part. A month is partial when the data starts well after its first day or ends
 * well before its last, judged against the input's own cadence (the median gap between its
 * distinct dates): a register paid daily that ends on the 10th stops part-way through the month;
 * one whose invoices are dated the 1st of each month covers the whole month with that one date.
 *
 * Inside the span there can be gaps: two exports years apart, a month missing from a monthly
 * series. A gap is a stretch with no dated line at all (of any row the run used: technology or
 * excluded, so a whole-company register's quiet technology month is not one) that is longer than
 * the data's usual gap between dates (the same slack as a partial month: 1.5 × the cadence, at
 * least 5 days) and holds at least one whole calendar month. The whole months inside it are "no
 * data", not zero spend. Judged against the cadence so that a quarterly-billed file (a date every
 * ~91 days: its two empty months between bills are normal) or an annual-invoice register keeps its
 * empty months as months with data and no spend; a daily register or a monthly series missing a
 * month does not. The months at the edges of a gap hold data and are not judged partial. A month
 * that holds spend is never in a gap: on the accrual basis a line's service period spreads it into
 * months no line is dated in (an annual invoice's eleven later months), and those months have data.
 */
import { addMonths, dayNumber, lastDayOfMonth, monthOf } from './period.js';

/** Whole months inside the span with no dated line, between two dates further apart than the data's usual gap. */
export interface Gap {
  /** first and last months with no data (yyyy-MM) */
  from: string;
  to: string;
  /** the last date before the gap and the first after it (yyyy-MM-dd) */
  before: string;
  after: string;
}

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
  /** months inside the span with no data, oldest first (empty when the data has no gap) */
  gaps: Gap[];
}

/** Days of slack before a month counts as partial: one and a half of the usual gaps, at least 5 (weekends, bank holidays). */
export function slackDays(cadenceDays: number): number {
  return Math.max(5, Math.ceil(cadenceDays * 1.5));
}

/**
 * The coverage of these dates (any order, repeats allowed); undefined when there are none.
 * `spendMonths`: months known to hold spend (the ledger's, spread over service periods on the
 * accrual basis), never counted in a gap.
 */
export function coverageOf(dates: Iterable<string>, spendMonths: Iterable<string> = []): Coverage | undefined {
  const days = [...new Set(dates)].sort();
  if (days.length === 0) return undefined;
  const first = days[0]!;
  const last = days.at(-1)!;
  const steps: number[] = [];
  for (let i = 1; i < days.length; i++) steps.push(dayNumber(days[i]!) - dayNumber(days[i - 1]!));
  steps.sort((a, b) => a - b);
  // one date alone says nothing about a cadence: take it as monthly (covers its month)
  const cadenceDays = steps.length === 0 ? 31 : steps[Math.floor((steps.length - 1) / 2)]!;
  const slack = slackDays(cadenceDays);
  const firstMonth = monthOf(first);
  const lastMonth = monthOf(last);
  const withSpend = new Set(spendMonths);
  const gaps: Gap[] = [];
  for (let i = 1; i < days.length; i++) {
    const before = days[i - 1]!;
    const after = days[i]!;
    if (dayNumber(after) - dayNumber(before) <= slack) continue;
    // the whole months between the two dates, in runs broken by months that hold spend
    let from: string | undefined;
    const last = addMonths(monthOf(after), -1);
    for (let m = addMonths(monthOf(before), 1); m <= last; m = addMonths(m, 1)) {
      if (withSpend.has(m)) {
        if (from !== undefined) gaps.push({ from, to: addMonths(m, -1), before, after });
        from = undefined;
      } else from ??= m;
    }
    if (from !== undefined) gaps.push({ from, to: last, before, after });
  }
  return {
    first,
    last,
    firstMonth,
    lastMonth,
    cadenceDays,
    firstPartial: dayNumber(first) - dayNumber(`${firstMonth}-01`) > slack,
    lastPartial: dayNumber(lastDayOfMonth(lastMonth)) - dayNumber(last) > slack,
    gaps,
  };
}

/** The gap `month` lies in, if any. */
export function gapOf(c: Coverage, month: string): Gap | undefined {
  return c.gaps.find((g) => month >= g.from && month <= g.to);
}

/** Whether the data has lines for `month` (whole or in part): inside the span and in no gap. */
export function hasData(c: Coverage, month: string): boolean {
  return month >= c.firstMonth && month <= c.lastMonth && gapOf(c, month) === undefined;
}

/** The latest month on or before `month` that is not in a gap (months before or after the span are left as they are). */
export function latestMonthWithData(c: Coverage, month: string): string {
  const g = gapOf(c, month);
  return g === undefined ? month : addMonths(g.from, -1);
}

/** A gap's months: "2020-08 to 2026-06", or the one month. */
export function gapMonths(g: Gap): string {
  return g.from === g.to ? g.from : `${g.from} to ${g.to}`;
}

/** A gap in words: "no lines are dated 2020-08 to 2026-06: the data stops on 2020-07-31 and resumes on 2026-07-01". */
export function gapText(g: Gap): string {
  return `no lines are dated ${gapMonths(g)}: the data stops on ${g.before} and resumes on ${g.after}`;
}

/**
 * Months (oldest first) as a span for text: "2026-01 to 2026-06" when they run on without a break,
 * else each run apart ("2026-01 to 2026-03, 2026-06"), so a window with a gap left out is not read
 * as the whole span.
 */
export function monthSpanText(months: readonly string[]): string {
  if (months.length === 0) return '';
  const runs: string[][] = [[months[0]!]];
  for (const m of months.slice(1)) {
    const run = runs.at(-1)!;
    if (addMonths(run.at(-1)!, 1) === m) run.push(m);
    else runs.push([m]);
  }
  if (runs.length === 1) return `${months[0]} to ${months.at(-1)}`;
  return runs.map((r) => (r.length === 1 ? r[0]! : `${r[0]} to ${r.at(-1)}`)).join(', ');
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
  return gapOf(c, month) === undefined;
}

/** Why `month` has no data, in words ("the data starts on 2026-01-10", a gap's text); undefined when it has data. */
export function noDataText(c: Coverage, month: string): string | undefined {
  if (month < c.firstMonth) return `the data starts on ${c.first}`;
  if (month > c.lastMonth) return `the data ends on ${c.last}`;
  const gap = gapOf(c, month);
  return gap === undefined ? undefined : gapText(gap);
}

/** How a month is covered, in words, for notes: undefined when whole. */
export function coverageText(c: Coverage, month: string): string | undefined {
  const none = noDataText(c, month);
  if (none !== undefined) return `${month}: no data (${none})`;
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
