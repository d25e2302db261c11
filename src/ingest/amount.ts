/**
 * Amounts as exports write them: `1234.56`, `1,234.56`, `$1,234.56`, `(1,234.56)`, `-1234.56`,
 * `1.234,56` (decimal comma), `"$10,000.00 "`, `- $220.00`, `-123,45 €`, `11'373.94`, `5.6E-05`.
 * Parsed straight from the string into an exact Decimal, never through `number`.
 */
import { type Decimal, parseDecimal } from '../money/decimal.js';

export type DecimalMark = '.' | ',';

const FAST = /^-?\d+(?:\.\d+)?$/;
// currency symbols, ISO codes and stray marks around the number (RTL marks, NBSP, ...)
const NOISE = /[\s\u00a0\u200e\u200f\u202f$€£¥₹₩₽¢]|[A-Za-z]{3}(?=[\s\d.,(-]|$)|(?<=[\d\s])[A-Za-z]{3}$/g;

/** Parse an amount; undefined when the text is not a readable amount. Empty text is undefined too. */
export function parseAmount(text: string, mark: DecimalMark = '.'): Decimal | undefined {
  if (mark === '.' && FAST.test(text)) return parseDecimal(text);
  let s = text.trim();
  if (s.length === 0) return undefined;
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  // strip an RTL or symbol prefix such as "د.ا.‏" before the digits
  s = s.replace(/^[^\d+\-(.,]+(?=[\d+\-(.,\s])/u, '');
  s = s.replace(NOISE, '');
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = !negative;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  } else if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  if (s.length === 0) return undefined;
  if (/[eE]/.test(s)) {
    const d = parseDecimal(mark === ',' ? s.replace(',', '.') : s);
    return d === undefined ? undefined : negative ? { units: -d.units, scale: d.scale } : d;
  }
  const grouping = mark === '.' ? /[,'’]/g : /[.'’]/g;
  // grouping separators must separate groups of three digits
  const groupsOk = mark === '.' ? /^\d{1,3}([,'’]\d{3})*(\.\d*)?$|^\d*(\.\d*)?$/ : /^\d{1,3}([.'’]\d{3})*(,\d*)?$|^\d*(,\d*)?$/;
  if (!groupsOk.test(s)) return undefined;
  s = s.replace(grouping, '');
  if (mark === ',') s = s.replace(',', '.');
  const d = parseDecimal(s);
  if (d === undefined) return undefined;
  return negative ? { units: -d.units, scale: d.scale } : d;
}

/** Guess a column's decimal mark from sample values: a comma followed by 1-2 final digits wins. */
export function detectDecimalMark(samples: readonly string[]): DecimalMark {
  let comma = 0;
  let dot = 0;
  for (const raw of samples) {
    const s = raw.trim();
    if (/\d,\d{1,2}(?!\d)\D*$/.test(s) || /\d\.\d{3},/.test(s)) comma++;
    else if (/\d\.\d{1,2}(?!\d)\D*$/.test(s) || /\d,\d{3}\./.test(s) || /\d\.\d{4,}/.test(s)) dot++;
  }
  return comma > dot ? ',' : '.';
}
