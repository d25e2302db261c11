/**
 * The months a charge pays for (its service period), as an export or a description says them.
 * An annual invoice paid in February is one month of cash but twelve months of expense: the
 * accrual basis spreads a line over these months (period/accrual.ts). Parsing is conservative:
 * only an explicit range of months is read, never a lone month or date, so a description that
 * merely mentions a month ("Invoice Jan 2026", "renewal 2026-03") stays one month.
 */
import { addMonths, formatMonth, monthsBetween } from './period.js';

export interface ServicePeriod {
  /** first month of service, `2026-01` */
  start: string;
  /** how many months, 1 or more */
  months: number;
  /** where it was read: the rule's `amortize`, the export's period columns, the description, or the catalog's annual billing hint */
  from: 'rule' | 'columns' | 'description' | 'catalog';
}

/** The longest service period read from a description or columns (a typo must not spread a line over decades). */
export const MAX_SERVICE_MONTHS = 60;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DASH = '\\s*(?:-|–|—|to|through|thru)\\s*';
/** "Jan–Dec 2026", "Jan 2026 - Dec 2026", "Jul 2026–Jun 2027" */
const NAMED_RANGE = new RegExp(`(?<![\\p{L}\\d])${NAME}\\.?(?:\\s+((?:19|20)\\d{2}))?${DASH}${NAME}\\.?\\s+((?:19|20)\\d{2})(?![\\p{L}\\d])`, 'iu');
/** "01/2026-12/2026", "2026-01 to 2026-12" */
const MM_YYYY_RANGE = /(?<![\d/.-])(0?[1-9]|1[0-2])\/((?:19|20)\d{2})\s*(?:-|–|—|to)\s*(0?[1-9]|1[0-2])\/((?:19|20)\d{2})(?![\d/.])/iu;
const YYYY_MM_RANGE = /(?<![\d/.-])((?:19|20)\d{2})-(0[1-9]|1[0-2])\s*(?:–|—|to|through|\s-\s)\s*((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\d/.-])/iu;

function monthIndex(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A range from its first and last month (inclusive); undefined when backwards, one month, or too long. */
function rangeOf(startYear: number, startMonth: number, endYear: number, endMonth: number, from: ServicePeriod['from']): ServicePeriod | undefined {
  const start = formatMonth(startYear, startMonth);
  const months = monthsBetween(start, formatMonth(endYear, endMonth)) + 1;
  if (months < 2 || months > MAX_SERVICE_MONTHS) return undefined;
  return { start, months, from };
}

/**
 * An explicit month range in free text: "Jan–Dec 2026", "Jan-Dec 2026", "Jul 2026 - Jun 2027",
 * "01/2026-12/2026", "2026-01 to 2026-12". A range whose start year is not written ("Nov–Feb
 * 2027") starts in the year before when its first month comes after its last. Anything else
 * (one month, a date, a number range such as "1-12 users") is not a range.
 */
export function servicePeriodInText(text: string): ServicePeriod | undefined {
  if (text.length === 0) return undefined;
  const named = NAMED_RANGE.exec(text);
  if (named !== null) {
    const m1 = monthIndex(named[1]!);
    const m2 = monthIndex(named[3]!);
    const y2 = Number(named[4]);
    const y1 = named[2] !== undefined ? Number(named[2]) : m1 <= m2 ? y2 : y2 - 1;
    return rangeOf(y1, m1, y2, m2, 'description');
  }
  const mmYyyy = MM_YYYY_RANGE.exec(text);
  if (mmYyyy !== null) return rangeOf(Number(mmYyyy[2]), Number(mmYyyy[1]), Number(mmYyyy[4]), Number(mmYyyy[3]), 'description');
  const yyyyMm = YYYY_MM_RANGE.exec(text);
  if (yyyyMm !== null) return rangeOf(Number(yyyyMm[1]), Number(yyyyMm[2]), Number(yyyyMm[3]), Number(yyyyMm[4]), 'description');
  return undefined;
}

const ISO_START = /^\s*((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

/**
 * The months of a period given as start and end timestamps (FOCUS `ChargePeriodStart` /
 * `ChargePeriodEnd`: the end is exclusive, so 2026-01-01 → 2027-01-01 is the twelve months of
 * 2026). Undefined when either cannot be read, when they cover one month, or more than the most.
 */
export function servicePeriodOfDates(startText: string, endText: string): ServicePeriod | undefined {
  const s = ISO_START.exec(startText);
  const e = ISO_START.exec(endText);
  if (s === null || e === null) return undefined;
  const start = `${s[1]}-${s[2]}`;
  let end = `${e[1]}-${e[2]}`;
  // an exclusive end at midnight on the 1st belongs to the month before
  const midnightFirst = e[3] === '01' && (e[4] === undefined || (e[4] === '00' && e[5] === '00' && (e[6] ?? '00') === '00'));
  if (midnightFirst) end = addMonths(end, -1);
  const months = monthsBetween(start, end) + 1;
  if (months < 2 || months > MAX_SERVICE_MONTHS) return undefined;
  return { start, months, from: 'columns' };
}
