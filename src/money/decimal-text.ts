/** Decimals as text: plain, exact and grouped forms for output, and the plain decimal parser. */
import { type Decimal, normalize, pow10, round } from './arithmetic.js';

/** Plain decimal string with exactly `places` decimals (rounded half away from zero), dot mark. */
export function toFixed(a: Decimal, places = 2): string {
  const r = round(a, places);
  const negative = r.units < 0n;
  const digits = (negative ? -r.units : r.units).toString().padStart(places + 1, '0');
  const int = places === 0 ? digits : digits.slice(0, digits.length - places);
  const frac = places === 0 ? '' : '.' + digits.slice(digits.length - places);
  const body = int + frac;
  return negative && /[1-9]/.test(body) ? '-' + body : body;
}

/** Exact string of the value at its own scale (no rounding). */
export function toExact(a: Decimal): string {
  const n = normalize(a);
  return toFixed(n, n.scale);
}

/** Thousands-grouped display form, e.g. -1,234,567.89 */
/**
 * A whole number with its digits grouped by thousands, as `toLocaleString('en-US')` writes it,
 * without loading the locale data that costs a cold start about 15 ms.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${s}` : s;
}

export function toGrouped(a: Decimal, places = 2): string {
  const s = toFixed(a, places);
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1) : s;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + grouped + frac;
}

const PLAIN = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parse a plain decimal string: optional sign, digits, optional fraction, optional exponent
 * (`5.6E-05` is common in cloud exports). Returns undefined when it is not a number.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const m = PLAIN.exec(text);
  if (m === null) return undefined;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int.length === 0 && frac.length === 0) return undefined;
  let units = BigInt((int + frac) || '0');
  if (m[1] === '-') units = -units;
  let scale = frac.length;
  if (m[4] !== undefined) {
    const exp = Number(m[4]);
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return undefined;
    scale -= exp;
    if (scale < 0) {
      units *= pow10(-scale);
      scale = 0;
    }
  }
  return { units, scale };
}
