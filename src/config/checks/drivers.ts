/**
 * Business drivers (unit economics): driver tables (month, driver, value) named by `drivers:`,
 * paths relative to the config, problems as file:line; `per:` must name one of their drivers.
 */
import { driverNameMatches, readDriverTable } from '../driver-table.js';
import { type ConfigCheck, report } from './state.js';

export const drivers: ConfigCheck = {
  name: 'drivers',
  run(s) {
    const written = s.written.drivers;
    const files = written === undefined ? [] : typeof written === 'string' ? [written] : written;
    const seen = new Map<string, string>();
    files.forEach((name, i) => {
      const at = typeof written === 'string' ? 'drivers' : `drivers[${i}]`;
      const file = s.ctx.readRelative(name);
      if ('error' in file) return report(s, at, `cannot read driver table "${name}": ${file.error}`);
      const read = readDriverTable(file.text, name, seen);
      read.problems.forEach((p) => s.diagnostics.push({ severity: 'error', kind: 'config', ...p, where: `${s.ctx.path}: ${p.where}` }));
      s.drivers.push(...read.values);
    });
    const per = s.written.per;
    if (per !== undefined && files.length === 0) report(s, 'per', `per: ${per} needs a driver table`, 'add drivers: [drivers.csv] (month,driver,value)');
    else if (per !== undefined && s.drivers.length > 0 && !s.drivers.some((d) => driverNameMatches(per, d.driver)))
      report(s, 'per', `no driver "${per}" in the driver tables`, `they have ${[...new Set(s.drivers.map((d) => d.driver))].join(', ')}`);
  },
};
