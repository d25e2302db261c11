/**
 * A currency column none of whose values is a currency: koku's Azure sample writes "MC" in
 * `BillingCurrencyCode`, a test placeholder, not an ISO 4217 code; other exports leave a product
 * or meter code under a currency-like name. Read as the currency, every line would be rejected for
 * an unknown currency; the column says nothing about the currency, so it is set aside (with a
 * note naming what it holds) and the file is read as one that names no currency, which is never
 * taken to be USD in silence (config/reporting-currency.ts says what was assumed).
 *
 * A column with some real codes among odd values is kept: its odd lines are rejected one by one,
 * each with its text, as a mistyped code should be.
 */
import { currencyOfSymbol, isKnownCurrency } from '../money/currency.js';

/** What the column holds, when none of its sampled values is a currency code or symbol (undefined: it is a currency column, or empty). */
export function notCurrencies(values: readonly string[]): string[] | undefined {
  const held = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
  if (held.length === 0) return undefined;
  if (held.some((v) => isKnownCurrency(v.toUpperCase()) || currencyOfSymbol(v) !== undefined)) return undefined;
  return held;
}
