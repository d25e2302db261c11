/** `--drivers <csv>` and `--per <driver>`: the business drivers of unit economics (config/driver-table). */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { driverSeries, type DriverSeries } from '../analysis/unit-economics.js';
import type { Config } from '../config/config.js';
import { type DriverValue, readDriverTable } from '../config/driver-table.js';
import { EXIT, ExitError, usageError } from '../diagnostic.js';

/** The config's drivers and those of `--drivers` (relative to the working folder); a month given twice is an error. */
export function loadDrivers(path: string | undefined, cwd: string, config: Config): DriverValue[] {
  if (path === undefined) return config.drivers;
  let text: string;
  try {
    text = readFileSync(isAbsolute(path) ? path : join(cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read --drivers ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const seen = new Map(config.drivers.map((d) => [`${d.month} ${d.driver}`, d.where]));
  const { values, problems } = readDriverTable(text, path, seen);
  // a driver table is configuration of the analysis, like a rule table: exit 2
  if (problems.length > 0) throw new ExitError(EXIT.usage, problems.map((p) => ({ severity: 'error', kind: 'usage', ...p })));
  return [...config.drivers, ...values];
}

/** The driver `--per` (or the config's `per:`) names, or a usage error saying what there is. */
export function perDriver(asked: string, drivers: readonly DriverValue[]): DriverSeries {
  if (drivers.length === 0) throw usageError(`--per ${asked} needs a driver table`, 'give --drivers drivers.csv (month,driver,value) or drivers: [drivers.csv] in the config');
  const series = driverSeries(drivers, asked);
  if (series === undefined) throw usageError(`--per: no driver "${asked}" in the driver tables`, `they have ${[...new Set(drivers.map((d) => d.driver))].join(', ')}`);
  return series;
}
