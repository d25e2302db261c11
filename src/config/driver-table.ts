/**
 * Business drivers for unit economics (issue 16): a CSV of month, driver, value (revenue in the
 * reporting currency, customers, orders, employees, or any name the user gives). One reader for
 * `drivers:` in the config and `--drivers` on the command line; a bad row is named `file:line`.
 * Values are exact decimals (a count may be fractional: 12.5 FTE); a month has at most one value
 * per driver, so a figure is never silently summed or overwritten.
 */
import { type Decimal, parseDecimal } from '../money/decimal.js';
import { readSideTable } from './side-table.js';

export interface DriverValue {
  /** yyyy-MM */
  month: string;
  /** lower-cased, as written (revenue, customers, ...) */
  driver: string;
  value: Decimal;
  /** file:line */
  where: string;
}

export interface DriverProblem {
  where: string;
  message: string;
  hint?: string;
}

const COLUMNS = ['month', 'driver', 'value'];

/** Driver names are compared lower-cased, and `customer` finds `customers` (and the reverse). */
export function driverNameMatches(asked: string, written: string): boolean {
  const a = asked.trim().toLowerCase();
  const w = written.trim().toLowerCase();
  return a === w || `${a}s` === w || a === `${w}s`;
}

/** A driver CSV (month,driver,value; headers in any case); `seen` carries month+driver across files. */
export function readDriverTable(text: string, name: string, seen: Map<string, string> = new Map()): { values: DriverValue[]; problems: DriverProblem[] } {
  const values: DriverValue[] = [];
  const problems: DriverProblem[] = [];
  const table = readSideTable(text);
  if ('error' in table) return { values, problems: [{ where: name, message: `not valid CSV: ${table.error}` }] };
  const first = table.rows[0];
  if (first === undefined) return { values, problems: [{ where: name, message: 'no driver rows', hint: 'write month,driver,value then one row per month, e.g. 2026-01,revenue,1250000' }] };
  if (!COLUMNS.every((c) => c in first.cells)) return { values, problems: [{ where: `${name}:1`, message: `a driver table needs the columns ${COLUMNS.join(',')}`, hint: `it has ${Object.keys(first.cells).join(',')}` }] };
  for (const { line, cells } of table.rows) {
    const where = `${name}:${line}`;
    const month = cells.month ?? '';
    const driver = (cells.driver ?? '').toLowerCase();
    const raw = cells.value ?? '';
    // a spreadsheet writes revenue as "$1,250,000.00"
    const value = parseDecimal(raw.replace(/[$€£,\s]/g, ''));
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) problems.push({ where, message: `month must look like 2026-01, got "${month}"` });
    else if (driver === '') problems.push({ where, message: 'empty driver name', hint: 'e.g. revenue, customers, orders, employees' });
    else if (value === undefined || value.units < 0n) problems.push({ where, message: `driver value must be a number >= 0, got "${raw}"` });
    else {
      const key = `${month} ${driver}`;
      const before = seen.get(key);
      if (before !== undefined) problems.push({ where, message: `a second ${driver} value for ${month}`, hint: `already given at ${before}` });
      else {
        seen.set(key, where);
        values.push({ month, driver, value, where });
      }
    }
  }
  return { values, problems };
}
