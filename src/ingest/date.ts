/**
 * Calendar dates from the strings exports write. Results are ISO `yyyy-MM-dd` strings and never
 * depend on the machine's time zone: a timestamp's date is taken as written, or its UTC date
 * when it carries an offset. Formats are date-fns tokens; the common ones (y, M, MMM, d and
 * literal separators) are compiled once into a strict matcher, the rest go to date-fns.
 * `MM` and `dd` accept an unpadded value too (`4/1/25` reads with `MM/dd/yy`).
 */
import { createRequire } from 'node:module';

/**
 * date-fns, loaded on first use: only formats beyond y/M/d tokens need it, and its parser is
 * some seventy modules (a tenth of start-up). Its CommonJS build loads synchronously.
 */
let dateFns: { isMatch: (value: string, format: string) => boolean; parse: (value: string, format: string, reference: Date) => Date } | undefined;
function fns(): NonNullable<typeof dateFns> {
  if (dateFns === undefined) {
    const require = createRequire(import.meta.url);
    dateFns = { isMatch: (require('date-fns/isMatch') as typeof import('date-fns/isMatch')).isMatch, parse: (require('date-fns/parse') as typeof import('date-fns/parse')).parse };
  }
  return dateFns;
}
import { dateFromDayNumber, dayNumber, formatDate, isValidDate } from '../period/period.js';
import { detach } from './detach.js';

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
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59)) return undefined;
  if (m[4] === undefined || zone === undefined || zone === 'Z' || zone === 'UTC') return date;
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  const utcMinutes = hours * 60 + minutes - offset;
  const shift = Math.floor(utcMinutes / 1440);
  return shift === 0 ? date : dateFromDayNumber(dayNumber(date) + shift);
}

const EPOCH = /^\d{10}(\d{3})?$/;
const EPOCH_DAY = dayNumber('1970-01-01');

/** Unix time in seconds (10 digits) or milliseconds (13 digits, as rotki writes it): its UTC date. */
function parseEpoch(text: string): string | undefined {
  const m = EPOCH.exec(text);
  if (m === null) return undefined;
  const seconds = m[1] === undefined ? Number(text) : Math.floor(Number(text) / 1000);
  return dateFromDayNumber(EPOCH_DAY + Math.floor(seconds / 86_400));
}

/** A time of day after the date (`06:50 PM`, `13:56`, `15:40:00 -0700`), ignored. */
const TRAILING_TIME = /^[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}|[A-Z]{3,4})?$/;
const REFERENCE = new Date(2000, 0, 1, 12, 0, 0);

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['jan', 'january', 'janv', 'janvier', 'januar', 'ene', 'enero', 'jän', 'jänner'],
    ['feb', 'february', 'févr', 'fevr', 'février', 'februar', 'febrero'],
    ['mar', 'march', 'mars', 'mär', 'märz', 'marz', 'marzo'],
    ['apr', 'april', 'avr', 'avril', 'abr', 'abril'],
    ['may', 'mai', 'mayo'],
    ['jun', 'june', 'juin', 'juni', 'junio'],
    ['jul', 'july', 'juil', 'juillet', 'juli', 'julio'],
    ['aug', 'august', 'août', 'aout', 'ago', 'agosto'],
    ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set'],
    ['oct', 'october', 'octobre', 'okt', 'oktober', 'octubre'],
    ['nov', 'november', 'novembre', 'noviembre'],
    ['dec', 'december', 'déc', 'décembre', 'dez', 'dezember', 'dic', 'diciembre'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])),
);

type Part = 'y4' | 'y2' | 'M' | 'MMM' | 'd';
interface Compiled {
  re: RegExp;
  parts: Part[];
}

const TOKEN = /yyyy|yy|MMMM|MMM|MM|M|dd|d|'[^']*'|[^yMd']+/g;

/** Compile a date-fns format made of y/M/d tokens and literals; undefined for anything else. */
function compileFormat(format: string): Compiled | undefined {
  const parts: Part[] = [];
  let src = '^';
  for (const t of format.match(TOKEN) ?? []) {
    if (t === 'yyyy') (parts.push('y4'), (src += '(\\d{4})'));
    else if (t === 'yy') (parts.push('y2'), (src += '(\\d{2})'));
    else if (t === 'MMMM' || t === 'MMM') (parts.push('MMM'), (src += '(\\p{L}{3,9})\\.?'));
    else if (t === 'MM') (parts.push('M'), (src += '(\\d{1,2})'));
    else if (t === 'M') (parts.push('M'), (src += '(\\d{1,2})'));
    else if (t === 'dd') (parts.push('d'), (src += '(\\d{1,2})'));
    else if (t === 'd') (parts.push('d'), (src += '(\\d{1,2})'));
    else if (t.startsWith("'")) src += escape(t.slice(1, -1));
    else if (/[A-Za-z]/.test(t)) return undefined;
    else src += t.replace(/ +/g, ' ').split(' ').map(escape).join('\\s+');
  }
  return { re: new RegExp(src + '(.*)$', 'u'), parts };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const compiledCache = new Map<string, Compiled | null>();

function compiled(format: string): Compiled | undefined {
  let c = compiledCache.get(format);
  if (c === undefined) {
    c = compileFormat(format) ?? null;
    compiledCache.set(format, c);
  }
  return c ?? undefined;
}

/** Two-digit years: 00-68 are 2000-2068, 69-99 are 1969-1999 (POSIX strptime). */
function fullYear(yy: number): number {
  return yy < 69 ? 2000 + yy : 1900 + yy;
}

/** Whether a date-fns format has an offset token (X, x) or a timestamp token (t, T) outside quotes. */
function namesAnInstant(format: string): boolean {
  return /[XxtT]/.test(format.replace(/'[^']*'/g, ''));
}

/** Parse with a date-fns format; a trailing time of day is allowed and ignored. */
export function parseWithDateFormat(text: string, format: string): string | undefined {
  if (format === 'yyyy-MM-dd' || format === 'iso') return parseIsoDate(text);
  if (format === 'epoch') return parseEpoch(text);
  const c = compiled(format);
  if (c !== undefined) {
    const m = c.re.exec(text);
    if (m === null) return undefined;
    const rest = m[c.parts.length + 1] ?? '';
    if (rest !== '' && !TRAILING_TIME.test(rest)) return undefined;
    let y = 0;
    let mo = 0;
    let d = 0;
    for (let i = 0; i < c.parts.length; i++) {
      const v = m[i + 1]!;
      switch (c.parts[i]) {
        case 'y4':
          y = Number(v);
          break;
        case 'y2':
          y = fullYear(Number(v));
          break;
        case 'M':
          mo = Number(v);
          break;
        case 'MMM':
          mo = MONTHS.get(v.toLowerCase()) ?? 0;
          break;
        case 'd':
          d = Number(v);
          break;
      }
    }
    if (!isValidDate(y, mo, d)) return undefined;
    return formatDate(y, mo, d);
  }
  const { isMatch, parse: parseWithFormat } = fns();
  let value = text;
  if (!isMatch(value, format)) {
    const at = text.search(/[ T,]+\d{1,2}:\d{2}/);
    if (at < 0 || !TRAILING_TIME.test(text.slice(at))) return undefined;
    value = text.slice(0, at);
    if (!isMatch(value, format)) return undefined;
  }
  const parsed = parseWithFormat(value, format, REFERENCE);
  // fields alone make a local time, read back in local time: the date as written; an offset
  // (or a Unix timestamp) makes an instant, whose UTC date is taken, whatever the machine's zone
  const utc = namesAnInstant(format);
  const y = utc ? parsed.getUTCFullYear() : parsed.getFullYear();
  const m = (utc ? parsed.getUTCMonth() : parsed.getMonth()) + 1;
  const d = utc ? parsed.getUTCDate() : parsed.getDate();
  if (!isValidDate(y, m, d)) return undefined;
  return formatDate(y, m, d);
}

/**
 * Formats tried, in order, when a source declares none. Month-first comes before day-first:
 * when a whole column fits both, month-first is chosen and the choice is reported.
 */
export const CANDIDATE_DATE_FORMATS: readonly string[] = [
  'iso',
  'MM/dd/yyyy',
  'dd/MM/yyyy',
  'MM/dd/yy',
  'dd/MM/yy',
  'dd.MM.yyyy',
  'dd.MM.yy',
  'yyyy/MM/dd',
  'yyyy.MM.dd',
  'dd-MM-yyyy',
  'MM-dd-yyyy',
  'd-MMM-yy',
  'd-MMM-yyyy',
  'd MMM yyyy',
  'd MMM yy',
  'MMM d, yyyy',
  'MMM d yyyy',
  'yyyyMMdd',
  'dd/yyyy/MM',
  'epoch',
];

const DAY_FIRST_ORDER: readonly string[] = (() => {
  const out = [...CANDIDATE_DATE_FORMATS];
  for (const [a, b] of [['MM/dd/yyyy', 'dd/MM/yyyy'], ['MM/dd/yy', 'dd/MM/yy']] as const) {
    const i = out.indexOf(a);
    const j = out.indexOf(b);
    if (i < j) [out[i], out[j]] = [b, a];
  }
  return out;
})();

export interface DateFormatChoice {
  format: string;
  /** other formats that read every sampled value too, but to different dates (day/month ambiguity) */
  alsoFits: string[];
}

/**
 * Pick the first candidate format that reads every distinct sample value. With `dayFirst`
 * (a file written the European way: `;` delimiter or decimal comma), day-first formats are
 * tried before month-first ones.
 */
export function detectDateFormat(samples: Iterable<string>, dayFirst = false): DateFormatChoice | undefined {
  const values = new Set<string>();
  for (const s of samples) {
    const t = s.trim();
    if (t.length > 0) values.add(t);
  }
  if (values.size === 0) return undefined;
  const all = [...values];
  const candidates = dayFirst ? DAY_FIRST_ORDER : CANDIDATE_DATE_FORMATS;
  const fits = candidates.filter((f) => all.every((v) => parseWithDateFormat(v, f) !== undefined));
  let first = fits[0];
  if (first === undefined) {
    // a few unreadable values must not hide the format of the rest: take the one that reads most,
    // if it reads most of them (the others are then rejected, each with its text)
    let best = 0;
    for (const f of candidates) {
      const n = all.filter((v) => parseWithDateFormat(v, f) !== undefined).length;
      if (n > best) [best, first] = [n, f];
    }
    if (first === undefined || best * 2 < all.length) return undefined;
    return { format: first, alsoFits: [] };
  }
  const alsoFits = fits.slice(1).filter((f) => all.some((v) => parseWithDateFormat(v, f) !== parseWithDateFormat(v, first)));
  return { format: first, alsoFits };
}

/**
 * A memoizing date reader for one column: dates repeat, parsing them once is enough. A plain
 * `yyyy-MM-dd` (most exports) is keyed by its digits as a number, read off the characters,
 * which costs less than hashing a fresh string; anything else is keyed by its text.
 */
export function createDateReader(format: string | undefined): (text: string) => string | undefined {
  const memo = new Map<string, string | null>();
  const iso = format === undefined || format === 'iso';
  const byDigits = new Map<number, string | null>();
  return (text: string) => {
    if (iso && text.length === 10) {
      const key = isoDigits(text);
      if (key >= 0) {
        let hit = byDigits.get(key);
        if (hit === undefined) {
          hit = parseIsoDate(text) ?? null;
          if (byDigits.size < 100_000) byDigits.set(key, hit);
        }
        return hit ?? undefined;
      }
    }
    const hit = memo.get(text);
    if (hit !== undefined) return hit ?? undefined;
    const trimmed = text.trim();
    const result = iso ? parseIsoDate(trimmed) : parseWithDateFormat(trimmed, format);
    // copy the key: a sliced string would keep the parser's whole chunk alive
    if (memo.size < 100_000) memo.set(detach(text), result ?? null);
    return result;
  };
}

/** `dddd-dd-dd` as the number ddddddddd (-1 for any other shape). */
function isoDigits(t: string): number {
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
