/**
 * `--currency`: report in another currency than the config's. The config's rates convert to its
 * own currency, so they are rebased by triangulation: to report in EUR when 1 EUR = 1.08 USD,
 * a USD line converts at 1 / 1.08 and a GBP line at 1.27 / 1.08. Rates keep 12 decimals.
 */
import { type Decimal, divide } from '../money/decimal.js';
import type { Config, RateTable } from './config.js';

const SCALE = 12;
const ONE: Decimal = { units: 1n, scale: 0 };

function rebase(table: ReadonlyMap<string, Decimal>, from: string, to: Decimal): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const [cur, rate] of table) if (cur !== from) out.set(cur, divide(rate, to, SCALE));
  return out;
}

/** The config reporting in `currency`, or an error message when no rate links the two. */
export function rebaseCurrency(config: Config, currency: string): Config | string {
  if (currency === config.currency) return config;
  const fixed = config.rates.fixed.get(currency);
  const monthlyOf = config.rates.monthly.get(currency);
  if (fixed === undefined && monthlyOf === undefined) {
    return `cannot report in ${currency}: the config has no ${currency} rate to ${config.currency} (add it under rates)`;
  }
  const newFixed = fixed === undefined ? new Map<string, Decimal>() : rebase(config.rates.fixed, currency, fixed);
  if (fixed !== undefined) newFixed.set(config.currency, divide(ONE, fixed, SCALE));
  const newMonthly = new Map<string, Map<string, Decimal>>();
  if (monthlyOf !== undefined) {
    for (const [month, base] of monthlyOf) {
      for (const [cur, byMonth] of config.rates.monthly) {
        if (cur === currency) continue;
        const r = byMonth.get(month);
        if (r === undefined) continue;
        let m = newMonthly.get(cur);
        if (!m) newMonthly.set(cur, (m = new Map()));
        m.set(month, divide(r, base, SCALE));
      }
      // fixed rates of other currencies, for this month's base
      for (const [cur, r] of config.rates.fixed) {
        if (cur === currency || config.rates.monthly.get(cur)?.has(month)) continue;
        let m = newMonthly.get(cur);
        if (!m) newMonthly.set(cur, (m = new Map()));
        m.set(month, divide(r, base, SCALE));
      }
      let home = newMonthly.get(config.currency);
      if (!home) newMonthly.set(config.currency, (home = new Map()));
      home.set(month, divide(ONE, base, SCALE));
    }
  }
  const rates: RateTable = { fixed: newFixed, monthly: newMonthly };
  return { ...config, currency, inputCurrency: config.inputCurrency ?? config.currency, rates };
}
