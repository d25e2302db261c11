/**
 * Calendar dates from the strings exports write. Results are ISO `yyyy-MM-dd` strings and never
 * depend on the machine's time zone: a timestamp's date is taken as written, or its UTC date
 * when it carries an offset. date-fns handles user-declared formats.
 */
import { isMatch, parse as parseWithFormat } from 'date-fns';
import { dateFromDayNumber, dayNumber, formatDate, isValidDate } from '../period/period.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/;

/** ISO 8601 date or timestamp; undefined when not ISO-shaped or invalid. */
export function parseIsoDate(text: string): string | undefined {
  const m = ISO.exec(text);
  if (m === null) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidDate(y, mo, d)) return undefined;
  const date = formatDate(y, mo, d);
  const zone = m[7];
  if (m[4] === undefined || zone === undefined || zone === 'Z' || zone === 'UTC') {
    if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return undefined;
    return date;
  }
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  if (hours > 23 || minutes > 59) return undefined;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  const utcMinutes = hours * 60 + minutes - offset;
  const shift = Math.floor(utcMinutes / 1440);
  return shift === 0 ? date : dateFromDayNumber(dayNumber(date) + shift);
}

const TRAILING_TIME = /[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?$/;
const REFERENCE = new Date(2000, 0, 1, 12, 0, 0);

/** Parse with a date-fns format; a trailing time of day is allowed and ignored. */
export function parseWithDateFormat(text: string, format: string): string | undefined {
  if (format === 'yyyy-MM-dd' || format === 'iso') return parseIsoDate(text);
  let value = text;
  if (!isMatch(value, format)) {
    value = text.replace(TRAILING_TIME, '');
    if (value === text || !isMatch(value, format)) return undefined;
  }
  const parsed = parseWithFormat(value, format, REFERENCE);
  const y = parsed.getFullYear();
  const m = parsed.getMonth() + 1;
  const d = parsed.getDate();
  if (!isValidDate(y, m, d)) return undefined;
  return formatDate(y, m, d);
}

/**
 * Formats tried, in order, when a source declares none. Month-first comes before day-first:
 * when a whole column fits both, the choice is reported as ambiguous.
 */
export const CANDIDATE_DATE_FORMATS: readonly string[] = [
  'iso',
  'MM/dd/yyyy',
  'dd/MM/yyyy',
  'M/d/yyyy',
  'd/M/yyyy',
  'M/d/yy',
  'd/M/yy',
  'dd.MM.yyyy',
  'd.M.yyyy',
  'dd.MM.yy',
  'yyyy/MM/dd',
  'yyyy/M/d',
  'dd-MM-yyyy',
  'MM-dd-yyyy',
  'dd-MMM-yy',
  'dd-MMM-yyyy',
  'dd MMM yyyy',
  'd MMM yyyy',
  'MMM d, yyyy',
  'yyyyMMdd',
];

export interface DateFormatChoice {
  format: string;
  /** other formats that also read every sampled value (day/month ambiguity) */
  alsoFits: string[];
}

/** Pick the first candidate format that reads every sample value. */
export function detectDateFormat(samples: readonly string[]): DateFormatChoice | undefined {
  const values = samples.map((s) => s.trim()).filter((s) => s.length > 0);
  if (values.length === 0) return undefined;
  const fits = CANDIDATE_DATE_FORMATS.filter((f) => values.every((v) => parseWithDateFormat(v, f) !== undefined));
  const first = fits[0];
  if (first === undefined) return undefined;
  const alsoFits = fits.slice(1).filter((f) => values.some((v) => parseWithDateFormat(v, f) !== parseWithDateFormat(v, first)));
  return { format: first, alsoFits };
}

/** A memoizing date reader for one column: dates repeat, parsing them once is enough. */
export function createDateReader(format: string | undefined): (text: string) => string | undefined {
  const memo = new Map<string, string | null>();
  return (text: string) => {
    const hit = memo.get(text);
    if (hit !== undefined) return hit ?? undefined;
    const trimmed = text.trim();
    const result = format === undefined || format === 'iso' ? parseIsoDate(trimmed) : parseWithDateFormat(trimmed, format);
    // copy the key: a sliced string would keep the parser's whole chunk alive
    if (memo.size < 100_000) memo.set((' ' + text).slice(1), result ?? null);
    return result;
  };
}
