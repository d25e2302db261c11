/**
 * Shared-cost allocations: of shared categories only, by fixed weights summing to 100, by a
 * driver table (function,period,value), or proportional; business functions known.
 */
import { round } from '../../money/decimal.js';
import { kindOfPeriod } from '../../period/period.js';
import type { DriverRow } from '../config.js';
import { didYouMean } from '../did-you-mean.js';
import { readSideTable } from '../side-table.js';
import { type BuildState, type ConfigCheck, readNumber, report, unknownCategory } from './state.js';

export const allocations: ConfigCheck = {
  name: 'allocations',
  run(s) {
    const functions = new Set(s.categories.filter((c) => !c.shared && c.scope === 'technology').map((c) => c.function));
    for (const [catId, a] of Object.entries(s.written.allocations ?? {})) {
      const at = `allocations.${catId}`;
      const cat = s.categoryById.get(catId);
      if (!cat) {
        unknownCategory(s, catId, at);
        continue;
      }
      if (!cat.shared) report(s, at, `category "${catId}" is not shared`, cat.scope === 'excluded' ? 'it is excluded: excluded spend is not allocated' : 'add shared: true to the category to allocate it');
      if ('method' in a && a.method === 'proportional') s.allocations.set(catId, { method: 'proportional' });
      else if ('driver' in a && typeof a.driver === 'string') driverTable(s, catId, a.driver, at, functions);
      else fixedWeights(s, catId, a as Record<string, number | string>, at, functions);
    }
  },
};

function unknownFunction(s: BuildState, where: string, fn: string, functions: Set<string>): void {
  const guess = didYouMean(fn, [...functions]);
  report(s, where, `unknown business function "${fn}"`, guess ? `did you mean "${guess}"?` : `functions are: ${[...functions].join(', ')}`);
}

function driverTable(s: BuildState, catId: string, path: string, at: string, functions: Set<string>): void {
  const file = s.ctx.readRelative(path);
  if ('error' in file) return report(s, `${at}.driver`, `cannot read driver table "${path}": ${file.error}`);
  const table = readSideTable(file.text);
  if ('error' in table) return report(s, `${at}.driver`, `driver table "${path}" is not valid CSV: ${table.error}`);
  const drivers: DriverRow[] = [];
  table.rows.forEach(({ line, cells: row }) => {
    const where = `${path}:${line}`;
    const fn = row.function ?? '';
    const period = row.period ?? '';
    const value = readNumber(row.value ?? '');
    if (!functions.has(fn)) unknownFunction(s, where, fn, functions);
    else if (period !== '' && kindOfPeriod(period) === undefined) report(s, where, `not a period: "${period}"`, 'use 2026-01, 2026-Q1, 2026, FY2027 or FY2027-Q1');
    else if (value === undefined || value.units < 0n) report(s, where, `driver value must be a number >= 0, got "${row.value ?? ''}"`);
    else drivers.push({ fn, period, value });
  });
  s.allocations.set(catId, { method: 'driver', path, drivers });
}

function fixedWeights(s: BuildState, catId: string, written: Record<string, number | string>, at: string, functions: Set<string>): void {
  const weights: { fn: string; weight: bigint }[] = [];
  let total = 0n;
  for (const [fn, w] of Object.entries(written)) {
    const d = readNumber(w);
    if (!functions.has(fn)) unknownFunction(s, `${at}.${fn}`, fn, functions);
    else if (d === undefined || d.units <= 0n) report(s, `${at}.${fn}`, `weight must be a positive number, got "${w}"`);
    else {
      weights.push({ fn, weight: round(d, 6).units });
      total += round(d, 6).units;
    }
  }
  if (weights.length > 0 && total !== 100_000_000n) report(s, at, `allocation weights must sum to 100, they sum to ${Number(total) / 1e6}`);
  s.allocations.set(catId, { method: 'fixed', weights });
}
