/**
 * Calendar and fiscal periods. Dates are ISO calendar-date strings (`2026-01-31`); months are
 * `2026-01`. Nothing here touches the machine's clock or time zone.
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'fiscal-year' | 'fiscal-quarter';

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'fiscal-year', 'fiscal-quarter'];

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function splitMonth(month: string): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: string, n: number): string {
  const [y, m] = splitMonth(month);
  const idx = y * 12 + (m - 1) + n;
  return formatMonth(Math.floor(idx / 12), (idx % 12) + 1);
}

export function monthsBetween(from: string, to: string): number {
  const [y1, m1] = splitMonth(from);
  const [y2, m2] = splitMonth(to);
  return (y2 - y1) * 12 + (m2 - m1);
}

/** Fiscal year of a month, named by the calendar year in which it ends. */
export function fiscalYearOf(month: string, fiscalYearStart: number): number {
  const [y, m] = splitMonth(month);
  if (fiscalYearStart === 1) return y;
  return m >= fiscalYearStart ? y + 1 : y;
}

export function fiscalQuarterOf(month: string, fiscalYearStart: number): number {
  const [, m] = splitMonth(month);
  const offset = (m - fiscalYearStart + 12) % 12;
  return Math.floor(offset / 3) + 1;
}

export function periodOf(month: string, kind: PeriodKind, fiscalYearStart: number): string {
  switch (kind) {
    case 'month':
      return month;
    case 'quarter': {
      const [y, m] = splitMonth(month);
      return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    }
    case 'year':
      return month.slice(0, 4);
    case 'fiscal-year':
      return `FY${fiscalYearOf(month, fiscalYearStart)}`;
    case 'fiscal-quarter':
      return `FY${fiscalYearOf(month, fiscalYearStart)}-Q${fiscalQuarterOf(month, fiscalYearStart)}`;
  }
}

/** First month of a fiscal year. */
export function fiscalYearFirstMonth(fy: number, fiscalYearStart: number): string {
  return fiscalYearStart === 1 ? formatMonth(fy, 1) : formatMonth(fy - 1, fiscalYearStart);
}

/** The months a period label covers, or undefined when the label is not a period. */
export function monthsOfPeriod(label: string, fiscalYearStart: number): string[] | undefined {
  let m: RegExpExecArray | null;
  const range = (first: string, n: number) => Array.from({ length: n }, (_, i) => addMonths(first, i));
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label))) return [label];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(label))) return range(formatMonth(Number(m[1]), (Number(m[2]) - 1) * 3 + 1), 3);
  if ((m = /^(\d{4})$/.exec(label))) return range(formatMonth(Number(m[1]), 1), 12);
  if ((m = /^FY(\d{4})$/.exec(label))) return range(fiscalYearFirstMonth(Number(m[1]), fiscalYearStart), 12);
  if ((m = /^FY(\d{4})-Q([1-4])$/.exec(label)))
    return range(addMonths(fiscalYearFirstMonth(Number(m[1]), fiscalYearStart), (Number(m[2]) - 1) * 3), 3);
  return undefined;
}

/** Kind of a period label (for budgets written in any SPEC form). */
export function kindOfPeriod(label: string): PeriodKind | undefined {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(label)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(label)) return 'quarter';
  if (/^\d{4}$/.test(label)) return 'year';
  if (/^FY\d{4}$/.test(label)) return 'fiscal-year';
  if (/^FY\d{4}-Q[1-4]$/.test(label)) return 'fiscal-quarter';
  return undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]!;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function formatDate(y: number, m: number, d: number): string {
  return `${formatMonth(y, m)}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 for an ISO date (proleptic Gregorian, no time zone). */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  // Howard Hinnant's days_from_civil
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dateFromDayNumber(z: number): string {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return formatDate(m <= 2 ? y + 1 : y, m, d);
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = splitMonth(month);
  return formatDate(y, m, daysInMonth(y, m));
}
