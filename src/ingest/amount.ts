/**
 * Amounts as exports write them: `1234.56`, `1,234.56`, `$1,234.56`, `(1,234.56)`, `-1234.56`,
 * `1.234,56` (decimal comma), `"$10,000.00 "`, `- $220.00`, `-123,45 €`, `11'373.94`, `5.6E-05`,
 * `£ 7.90`, `د.ا.‏4.750` (a currency prefix with letters and dots), `100 EUR`, `24.14-`.
 * Parsed straight from the string into an exact Decimal, never through `number`.
 */
import { type Decimal, parseDecimal } from '../money/decimal.js';
import { detach } from './detach.js';

export type DecimalMark = '.' | ',';

// no real amount is longer; refusing early keeps BigInt parsing of hostile input cheap
const MAX_LENGTH = 64;
const FAST = /^-?\d+(?:\.\d+)?$/;
// a currency prefix: letters, symbols, invisible marks, spaces and dots, ending in a non-dot (so ".5" stays)
const PREFIX = /^[\p{L}\p{Sc}\p{Cf}\p{Zs}.\s]*[\p{L}\p{Sc}\p{Cf}\p{Zs}\s](?=[\d+\-(.,])/u;
// a currency suffix: a symbol, or a 3-letter code, with spaces and invisible marks
const SUFFIX = /(?<=[\d.,)\-\s])[\s\p{Zs}\p{Cf}]*(?:\p{Sc}|[A-Za-z]{3})?[\s\p{Zs}\p{Cf}]*$/u;
const LOWER = /[a-z]/;
const INNER_SPACE = /[\s\p{Zs}\p{Cf}]+/gu;
const EXPONENT = /^(\d+(?:[.,]\d*)?|[.,]\d+)[eE][+-]?\d+$/;
const GROUPS_DOT = /^(?:\d{1,3}(?:[,'’]\d{3})+|\d+)?(?:\.\d*)?$/;
const GROUPS_COMMA = /^(?:\d{1,3}(?:[.'’ ]\d{3})+|\d+)?(?:,\d*)?$/;
const GROUPING_DOT = /[,'’]/g;
const GROUPING_COMMA = /[.'’ ]/g;

/** Parse an amount; undefined when the text is not a readable amount. Empty text is undefined too. */
export function parseAmount(text: string, mark: DecimalMark = '.'): Decimal | undefined {
  if (text.length > MAX_LENGTH && text.trim().length > MAX_LENGTH) return undefined;
  if (mark === '.' && FAST.test(text)) return parseDecimal(text);
  let s = text.trim();
  if (s.length === 0) return undefined;
  let negative = false;
  let signed = false;
  const flipIfWrapped = () => {
    if (s.startsWith('(') && s.endsWith(')')) {
      if (signed) return false;
      negative = !negative;
      signed = true;
      s = s.slice(1, -1).trim();
    }
    return true;
  };
  const takeSign = (): boolean => {
    const c = s[0];
    const last = s[s.length - 1];
    if (c === '-' || c === '+') {
      if (signed) return false;
      signed = true;
      if (c === '-') negative = !negative;
      s = s.slice(1).trim();
    } else if (last === '-' && s.length > 1) {
      // trailing minus, as some German and SAP exports write it
      if (signed) return false;
      signed = true;
      negative = !negative;
      s = s.slice(0, -1).trim();
    }
    return true;
  };
  flipIfWrapped();
  // sign before the symbol: "- $220.00", "-$5", "+ $1,150.00"
  if (!takeSign()) return undefined;
  // a currency code is upper case: "12abc" or "abc12" is not an amount
  const prefix = PREFIX.exec(s);
  if (prefix !== null) {
    if (LOWER.test(prefix[0])) return undefined;
    s = s.slice(prefix[0].length);
  }
  const suffix = SUFFIX.exec(s);
  if (suffix !== null && suffix[0].length > 0) {
    if (LOWER.test(suffix[0])) return undefined;
    s = s.slice(0, suffix.index);
  }
  if (!flipIfWrapped() || !takeSign()) return undefined;
  s = s.trim();
  if (s.length === 0) return undefined;
  let d: Decimal | undefined;
  if (EXPONENT.test(s)) {
    d = parseDecimal(mark === ',' ? s.replace(',', '.') : s);
  } else {
    if (mark === ',') {
      // a space may group thousands in "1 234,56"
      if (!GROUPS_COMMA.test(s.replace(INNER_SPACE, ' '))) return undefined;
      s = s.replace(INNER_SPACE, '').replace(GROUPING_COMMA, '').replace(',', '.');
    } else {
      if (!GROUPS_DOT.test(s)) return undefined;
      s = s.replace(GROUPING_DOT, '');
    }
    d = parseDecimal(s);
  }
  if (d === undefined) return undefined;
  return negative ? { units: -d.units, scale: d.scale } : d;
}

/**
 * Guess a column's decimal mark from sample values. A value like `1.234,56`, `-98,76` or `12,5`
 * votes comma; `1,234.56`, `0.05` or `1.2345` votes dot; `1,234` and `1.234` say nothing.
 */
export function detectDecimalMark(samples: Iterable<string>): DecimalMark {
  const { comma, dot } = decimalMarkVotes(samples);
  return comma > dot ? ',' : '.';
}

/** A value whose mark cannot be told: `1.234` is 1.234 with a decimal point, 1234 with a grouping dot. */
export const AMBIGUOUS_DOT = /^\D*\d{1,3}\.\d{3}\D*$/;

/** The votes behind detectDecimalMark: values that say comma, values that say dot. */
export function decimalMarkVotes(samples: Iterable<string>): { comma: number; dot: number } {
  let comma = 0;
  let dot = 0;
  for (const raw of samples) {
    const s = raw.trim().replace(PREFIX, '').replace(SUFFIX, '');
    if (/[eE][+-]?\d+$/.test(s)) continue;
    const lastComma = s.lastIndexOf(',');
    const lastDot = s.lastIndexOf('.');
    if (lastComma > lastDot) {
      if (parseAmount(s, ',') === undefined) continue;
      const digitsAfter = /^,(\d*)/.exec(s.slice(lastComma))?.[1]?.length ?? 0;
      if (lastDot >= 0 || digitsAfter !== 3) comma++;
    } else if (lastDot > lastComma) {
      if (parseAmount(s, '.') === undefined) continue;
      const digitsAfter = /^\.(\d*)/.exec(s.slice(lastDot))?.[1]?.length ?? 0;
      if (lastComma >= 0 || digitsAfter !== 3 || (s.match(/\./g)?.length ?? 0) === 1) {
        // "1.234" or "0.125" alone could be either; two dots ("1.234.567") are grouping
        if (digitsAfter === 3 && lastComma < 0 && AMBIGUOUS_DOT.test(s)) continue;
        dot++;
      } else comma++;
    }
  }
  return { comma, dot };
}

const OPEN = 0x28; // (
const CLOSE = 0x29; // )
const MINUS = 0x2d;
const DOLLAR = 0x24;
const COMMA = 0x2c;
const DOT = 0x2e;
const D0 = 0x30;
const D9 = 0x39;

/**
 * The shapes most exports write, with a dot for decimals — `1234.56`, `-12.00`, `$1,234.56`,
 * `(123.45)`, `-$5`, `($1,234.56)` — read in one pass over the characters, with at most 15
 * digits so the units are exact in a `number`. Anything else (spaces, other symbols, signs in
 * other places, more digits) returns `null`, for `parseAmount` to read. Where both read a text
 * they give the same value at the same scale.
 */
export function parseCommonAmount(text: string): Decimal | null {
  const len = text.length;
  if (len === 0 || len > 24) return null;
  let i = 0;
  let end = len;
  let negative = false;
  if (text.charCodeAt(0) === OPEN) {
    if (text.charCodeAt(len - 1) !== CLOSE) return null;
    negative = true;
    i = 1;
    end = len - 1;
  } else if (text.charCodeAt(0) === MINUS) {
    negative = true;
    i = 1;
  }
  if (i < end && text.charCodeAt(i) === DOLLAR) i++;
  // integer part: plain digits, or 1-3 digits then groups of ",ddd"
  let n = 0;
  let digits = 0;
  let group = 0;
  let grouped = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= D0 && c <= D9) {
      n = n * 10 + (c - D0);
      digits++;
      group++;
    } else if (c === COMMA) {
      if (grouped ? group !== 3 : group === 0 || group > 3) return null;
      grouped = true;
      group = 0;
    } else break;
  }
  if (group === 0 || (grouped && group !== 3)) return null;
  let scale = 0;
  if (i < end) {
    if (text.charCodeAt(i) !== DOT) return null;
    i++;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < D0 || c > D9) return null;
      n = n * 10 + (c - D0);
      digits++;
      scale++;
    }
    if (scale === 0) return null;
  }
  if (digits > 15) return null;
  return { units: BigInt(negative ? -n : n), scale };
}

/**
 * An amount reader for one file. Amounts repeat in billing data (a few prices, seat counts), so
 * answers are memoized, while that pays: a column whose values rarely repeat (general-ledger
 * amounts) stops memoizing and frees the memo. The memo is small and bounded: a large one would
 * outlive the young generation and make the heap grow with the input.
 */
export function createAmountReader(mark: DecimalMark): (text: string) => Decimal | undefined {
  let memo: Map<string, Decimal | null> | undefined = new Map();
  let misses = 0;
  let hits = 0;
  return (text: string) => {
    if (memo !== undefined) {
      const hit = memo.get(text);
      if (hit !== undefined) {
        hits++;
        return hit ?? undefined;
      }
      if (++misses + hits >= MEMO_WINDOW) {
        // fewer than half the values seen before: not worth a memo
        if (hits < misses) memo = undefined;
        misses = 0;
        hits = 0;
      }
    }
    const result = (mark === '.' ? parseCommonAmount(text) : null) ?? parseAmount(text, mark);
    // Decimals are immutable values, so one parsed amount can be shared by every line that has it
    if (memo !== undefined && memo.size < MEMO_SIZE) memo.set(detach(text), result ?? null);
    return result;
  };
}

const MEMO_SIZE = 4096;
const MEMO_WINDOW = 1 << 14;
