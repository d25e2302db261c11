/**
 * Exchange rates to the reporting currency, written inline or as a CSV (currency,rate[,month]):
 * known currencies, positive rates, months as yyyy-MM.
 */
import { isKnownCurrency } from '../../money/currency.js';
import type { Decimal } from '../../money/decimal.js';
import { readSideTable } from '../side-table.js';
import { type BuildState, type ConfigCheck, readNumber, report } from './state.js';

export const rates: ConfigCheck = {
  name: 'rates',
  run(s) {
    const written = s.written.rates;
    if (typeof written === 'string') rateTable(s, written);
    else if (written) {
      for (const [cur, value] of Object.entries(written)) {
        const code = cur.toUpperCase();
        const rate = readNumber(value);
        if (!isKnownCurrency(code)) report(s, `rates.${cur}`, `unknown currency "${cur}"`, 'use an ISO 4217 code');
        else if (rate === undefined || rate.units <= 0n) report(s, `rates.${cur}`, `rate must be a positive number, got "${value}"`);
        else s.rates.fixed.set(code, rate);
      }
    }
  },
};

function rateTable(s: BuildState, path: string): void {
  const file = s.ctx.readRelative(path);
  if ('error' in file) return report(s, 'rates', `cannot read rates file "${path}": ${file.error}`);
  const table = readSideTable(file.text);
  if ('error' in table) return report(s, 'rates', `rates file "${path}" is not valid CSV: ${table.error}`);
  const { fixed, monthly } = s.rates;
  for (const { line, cells: row } of table.rows) {
    const where = `${path}:${line}`;
    const cur = (row.currency ?? '').toUpperCase();
    const rate = readNumber(row.rate ?? '');
    const month = row.month ?? row.period ?? '';
    if (!isKnownCurrency(cur)) report(s, where, `unknown currency "${row.currency ?? ''}"`);
    else if (rate === undefined || rate.units <= 0n) report(s, where, `rate must be a positive number, got "${row.rate ?? ''}"`);
    else if (month === '') fixed.set(cur, rate);
    else if (!/^\d{4}-\d{2}$/.test(month)) report(s, where, `month must look like 2026-01, got "${month}"`);
    else {
      let m = monthly.get(cur);
      if (!m) monthly.set(cur, (m = new Map<string, Decimal>()));
      m.set(month, rate);
    }
  }
}
