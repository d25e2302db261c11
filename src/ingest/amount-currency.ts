/**
 * The currency an amount cell writes itself in: `JPY 50000`, `₩ 100000`, `100 EUR`, `€12,50`,
 * `US$ 5`, `£1,234.56`. Such a cell is in that currency whatever the file's default: booking it
 * 1:1 in the reporting currency would be a silent conversion, which the contract forbids.
 *
 * A mark names one currency (an ISO code, `€`, `£`, `US$`…), or a family for the ambiguous
 * symbols (`$` is the dollar of a dozen countries, `¥` the yen and the yuan): an ambiguous mark
 * agrees with the line's currency when that currency is one of its family, and is rejected
 * otherwise — a bare `$` in a EUR report is not read as any particular dollar.
 */
import { isKnownCurrency } from '../money/currency.js';

/** Currencies commonly written with a bare `$`. */
const DOLLARS = ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'BSD', 'BBD', 'BZD', 'BMD', 'BND', 'KYD', 'JMD', 'TTD', 'XCD', 'FJD', 'GYD', 'LRD', 'NAD', 'SBD', 'SRD'];

const MARKS: Record<string, readonly string[]> = {
  $: DOLLARS,
  US$: ['USD'],
  U$S: ['USD'],
  USD$: ['USD'],
  C$: ['CAD', 'NIO'],
  CA$: ['CAD'],
  CAN$: ['CAD'],
  A$: ['AUD'],
  AU$: ['AUD'],
  NZ$: ['NZD'],
  HK$: ['HKD'],
  S$: ['SGD'],
  SG$: ['SGD'],
  NT$: ['TWD'],
  MX$: ['MXN'],
  R$: ['BRL'],
  '€': ['EUR'],
  '£': ['GBP'],
  '¥': ['JPY', 'CNY'],
  '￥': ['JPY', 'CNY'],
  '円': ['JPY'],
  '元': ['CNY'],
  'CN¥': ['CNY'],
  'JP¥': ['JPY'],
  RMB: ['CNY'],
  '₩': ['KRW'],
  '₹': ['INR'],
  Rs: ['INR', 'PKR', 'LKR', 'NPR'],
  '₽': ['RUB'],
  '₺': ['TRY'],
  '₪': ['ILS'],
  '₫': ['VND'],
  '฿': ['THB'],
  '₱': ['PHP'],
  '₴': ['UAH'],
  '₦': ['NGN'],
  '₡': ['CRC'],
  '₲': ['PYG'],
  '₸': ['KZT'],
  '₼': ['AZN'],
  '₾': ['GEL'],
  '₮': ['MNT'],
  '₭': ['LAK'],
  '៛': ['KHR'],
  R: ['ZAR'],
  RM: ['MYR'],
  Rp: ['IDR'],
  Fr: ['CHF'],
  SFr: ['CHF'],
  zł: ['PLN'],
  Kč: ['CZK'],
  Ft: ['HUF'],
  'د.ا': ['JOD'],
  'د.إ': ['AED'],
  'د.ك': ['KWD'],
  'د.ب': ['BHD'],
  'ر.س': ['SAR'],
  'ر.ق': ['QAR'],
  'ر.ع': ['OMR'],
};

// what an amount is made of besides its mark: digits, signs, parentheses, grouping and decimal
// marks, spaces, an exponent's E
const PLAIN = /^[\d\s.,'’+\-()eE\u00a0\u202f]*$/;
// signs, parentheses, dots, spaces and invisible marks around a mark
const TRIM = /^[\s\p{Zs}\p{Cf}.,+\-()]+|[\s\p{Zs}\p{Cf}.,+\-()]+$/gu;

/**
 * Could this cell carry a mark? One pass over its characters, for every amount read: digits,
 * signs, parentheses, dots, commas, spaces and an exponent's E carry none.
 */
export function mayHaveMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 45 || c === 43 || c === 40 || c === 41 || c === 32 || c === 39 || c === 69 || c === 101) continue;
    return true;
  }
  return false;
}

/**
 * The currency marks of an amount cell (`US$`, `EUR`, `€`): what stands before its first digit
 * and after its last, signs and spaces left out; none for a plain number. Only called on a cell
 * that reads as an amount.
 */
export function currencyMarksOf(text: string): string[] {
  // the most common mark by far ("$1,234.56", "-$5", "($5.00)"): no regex needed
  if (isDollarOnly(text)) return DOLLAR_MARK;
  if (PLAIN.test(text)) return [];
  const first = text.search(/\d/);
  if (first < 0) return [];
  let last = text.length - 1;
  while (last > first && !(text.charCodeAt(last) >= 48 && text.charCodeAt(last) <= 57)) last--;
  const marks: string[] = [];
  for (const side of [text.slice(0, first), text.slice(last + 1)]) {
    const mark = side.replace(TRIM, '').replace(/[\s\p{Zs}\p{Cf}]+/gu, ' ');
    if (mark !== '') marks.push(mark);
  }
  return marks;
}

const DOLLAR_MARK = ['$'];

/** `$` first (after a sign or an opening parenthesis), then only what a number is made of. */
function isDollarOnly(text: string): boolean {
  let i = 0;
  const c0 = text.charCodeAt(0);
  if (c0 === 45 || c0 === 40) i = 1;
  if (text.charCodeAt(i) !== 36) return false;
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 41) continue;
    return false;
  }
  return true;
}

export type MarkReading =
  /** the mark names one currency, or a family the line's currency belongs to */
  | { kind: 'currency'; code: string }
  /** an ambiguous mark the line's currency is not one of */
  | { kind: 'ambiguous'; family: readonly string[] }
  /** a mark that names no currency techspend knows */
  | { kind: 'unknown' };

/** What a mark says, given the currency the line would otherwise have. */
export function readMark(mark: string, lineCurrency: string): MarkReading {
  const family = MARKS[mark] ?? MARKS[mark.replace(/\s+/g, '')] ?? codeFamily(mark);
  if (family === undefined) return { kind: 'unknown' };
  if (family.length === 1) return { kind: 'currency', code: family[0]! };
  return family.includes(lineCurrency) ? { kind: 'currency', code: lineCurrency } : { kind: 'ambiguous', family };
}

function codeFamily(mark: string): readonly string[] | undefined {
  const code = mark.replace(/\s+/g, '');
  return /^[A-Z]{3}$/.test(code) && isKnownCurrency(code) ? [code] : undefined;
}
