import { type Decimal, mul, round } from './decimal.js';

/** Conversion rates to the reporting currency: fixed, and optionally per month (the config's `rates`). */
export interface RateTable {
  fixed: ReadonlyMap<string, Decimal>;
  monthly: ReadonlyMap<string, ReadonlyMap<string, Decimal>>;
}

const CODE = /^[A-Z]{3}$/;
let known: Set<string> | undefined;

/** ISO 4217 codes as the runtime knows them (plus a few that Intl omits). */
export function isKnownCurrency(code: string): boolean {
  known ??= new Set([...(Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('currency'), 'XBT', 'BTC']);
  return CODE.test(code) && known.has(code);
}

export function rateFor(rates: RateTable, currency: string, month: string): Decimal | undefined {
  return rates.monthly.get(currency)?.get(month) ?? rates.fixed.get(currency);
}

/**
 * Book a source amount in the reporting currency. Same currency: kept at source precision.
 * Converted: booked at the reporting currency's cent, half away from zero, as a ledger would.
 */
export function bookAmount(amount: Decimal, currency: string, reporting: string, rates: RateTable, month: string): Decimal | undefined {
  if (currency === reporting) return amount;
  const rate = rateFor(rates, currency, month);
  return rate === undefined ? undefined : round(mul(amount, rate), 2);
}

/**
 * A currency column that holds a symbol instead of a code (a ledger's `$`): the currency the
 * symbol names on its own. `$` is taken as USD, as a symbol alone conventionally is; a file in
 * another dollar says so with a fixed currency in its sources entry.
 */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', US$: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₫': 'VND', '₱': 'PHP', '฿': 'THB', 'zł': 'PLN', 'Kč': 'CZK' };

export function currencyOfSymbol(text: string): string | undefined {
  return CURRENCY_SYMBOLS[text];
}
