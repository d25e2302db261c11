/**
 * What a column's sampled values look like: how many read as dates (and in which format), as
 * amounts, as text; how many distinct values. Recognition weighs header words against this, so a
 * `Transaction Date` column that holds transaction numbers is not taken for a date.
 */
import { parseAmount } from './amount.js';
import { detectDateFormat, parseWithDateFormat } from './date.js';

export interface ColumnProfile {
  /** non-empty sampled values */
  values: number;
  /** values that read as dates in `dateFormat` (bare numbers never count: they are ids or amounts) */
  dates: number;
  dateFormat?: string | undefined;
  /** values that read as amounts (either decimal mark) */
  numbers: number;
  /** values with a letter in them */
  letters: number;
  /** values that are digits only (ids, codes, years) */
  digitsOnly: number;
  /** values with a space inside (text, not a token) */
  spaced: number;
  distinct: number;
  /** values of at most 4 characters (currency codes and symbols) */
  short: number;
}

/**
 * Bare numbers are dates only as yyyyMMdd (19xx/20xx) or as Unix time between 2000 and 2100
 * (10 digits, or 13 in milliseconds): a `Transaction Date` column of 7-digit transaction numbers
 * is not a date column.
 */
const DATE_LIKE_NUMBER = /^((19|20)\d{6}|[1-4]\d{9}(\d{3})?)$/;

function countsAsDate(v: string, format: string): boolean {
  if (/^\d+$/.test(v)) return (format === 'yyyyMMdd' || format === 'epoch') && DATE_LIKE_NUMBER.test(v);
  return /\d/.test(v);
}

/**
 * Letters glued to a whole number (`P70000`, `INV3000`, `W10000`): a transaction or document id,
 * not an amount, though the amount reader would take the letters for a currency mark.
 */
const GLUED_ID = /^\p{L}+\d+$/u;

export function profileColumn(values: readonly string[], dayFirst: boolean): ColumnProfile {
  const trimmed = values.map((v) => v.replace(/\u00a0/g, ' ').trim()).filter((v) => v !== '');
  const distinct = new Set(trimmed);
  let numbers = 0;
  let letters = 0;
  let digitsOnly = 0;
  let spaced = 0;
  let short = 0;
  for (const v of trimmed) {
    // an amount is short: a longer value is text (and is not parsed, however many digits it has)
    if (v.length <= 40 && !GLUED_ID.test(v) && (parseAmount(v) !== undefined || parseAmount(v, ',') !== undefined)) numbers++;
    if (/\p{L}/u.test(v)) letters++;
    if (/^\d+$/.test(v)) digitsOnly++;
    if (/\S\s+\S/.test(v)) spaced++;
    if (v.length <= 4) short++;
  }
  let dates = 0;
  let dateFormat: string | undefined;
  // dates are 6 to 30 characters with a digit; the format is chosen over at most 200 distinct values
  const candidates = [...distinct].filter((v) => v.length >= 6 && v.length <= 30 && ((/\d/.test(v) && !/^\d+$/.test(v)) || DATE_LIKE_NUMBER.test(v))).slice(0, 200);
  if (candidates.length > 0) {
    const choice = detectDateFormat(candidates, dayFirst);
    if (choice !== undefined) {
      dateFormat = choice.format;
      for (const v of trimmed) if (countsAsDate(v, choice.format) && parseWithDateFormat(v, choice.format) !== undefined) dates++;
    }
  }
  return { values: trimmed.length, dates, dateFormat, numbers, letters, digitsOnly, spaced, distinct: distinct.size, short };
}

/** Share of the non-empty values; 1 when there are none (nothing contradicts the header). */
export function share(count: number, p: ColumnProfile): number {
  return p.values === 0 ? 1 : count / p.values;
}
