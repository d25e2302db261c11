/** Money, share and percent formatting: in one place, used by every renderer and by the report builders' sentences. */
import { type Decimal, divide, groupDigits, isZero, toFixed, toGrouped } from '../money/decimal.js';
import type { CellValue, ColumnType } from './model.js';

export function isDecimal(v: CellValue): v is Decimal {
  return typeof v === 'object' && v !== null && typeof (v as Decimal).units === 'bigint';
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CAD: 'CA$', AUD: 'A$', CHF: 'CHF ', INR: '₹' };

export function currencySymbol(currency: string): string {
  return SYMBOLS[currency] ?? `${currency} `;
}

/** Machine form: plain decimal strings, 2 decimals for money, 4 for shares and percents. */
export function machineCell(v: CellValue, type: ColumnType): string {
  if (v === null || v === undefined) return '';
  if (isDecimal(v)) return type === 'share' || type === 'percent' ? toFixed(v, 4) : toFixed(v, 2);
  return String(v);
}

/** Human form: grouped money, percentages with one decimal. */
export function humanCell(v: CellValue, type: ColumnType): string {
  if (v === null || v === undefined) return '';
  if (isDecimal(v)) {
    if (type === 'share') return `${toFixed(times100(v), 1)}%`;
    if (type === 'percent') {
      const s = toFixed(times100(v), 1);
      return `${s.startsWith('-') ? '' : '+'}${s}%`;
    }
    return toGrouped(v, 2);
  }
  if (typeof v === 'number') return type === 'int' ? groupDigits(v) : String(v);
  return v;
}

function times100(v: Decimal): Decimal {
  return { units: v.units * 100n, scale: v.scale };
}

/** Short money for sentences: $22.8k, $1.2M, $950. */
export function shortMoney(v: Decimal, currency: string): string {
  const negative = v.units < 0n;
  const a = negative ? { units: -v.units, scale: v.scale } : v;
  const sym = currencySymbol(currency);
  const thousand = { units: 1000n, scale: 0 };
  const million = { units: 1_000_000n, scale: 0 };
  let body: string;
  // grouped like every other amount: $1,302.5M
  if (compareAbs(a, million) >= 0) body = `${toGrouped(divide(a, million, 1), 1)}M`;
  else if (compareAbs(a, thousand) >= 0) body = `${toFixed(divide(a, thousand, 1), 1)}k`;
  else body = toFixed(a, 0);
  return `${negative ? '-' : ''}${sym}${body}`;
}

function compareAbs(a: Decimal, b: Decimal): number {
  const s = Math.max(a.scale, b.scale);
  const x = a.units * 10n ** BigInt(s - a.scale);
  const y = b.units * 10n ** BigInt(s - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function ratio(part: Decimal, whole: Decimal, scale = 6): Decimal | undefined {
  return isZero(whole) ? undefined : divide(part, whole, scale);
}
