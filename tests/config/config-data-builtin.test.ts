/**
 * The default config crosses to worker threads whole: the built-in rules that read the
 * description (Oracle/Microsoft lines that say cloud/Azure) too, not only the vendor lookups.
 */
import { describe, expect, it } from 'vitest';
import { configFromData, configToData } from '../../src/config/config-data.js';
import { defaultConfig } from '../../src/config/default-config.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { createCategorizer } from '../../src/rules/engine.js';

const line = (vendor: string, description: string) =>
  ({ source: 'gl.csv', line: 2, date: '2026-01-05', vendor, description, account: '', department: '', costCenter: '', currency: 'USD', amount: { units: 100n, scale: 0 }, fields: [], header: new Map() }) as unknown as ExpenseLine;

describe('the default config as worker data', () => {
  it('keeps the by-description cloud rules', () => {
    const main = defaultConfig();
    const worker = configFromData(structuredClone(configToData(main)));
    expect(worker.rules.map((r) => r.id)).toEqual(main.rules.map((r) => r.id));
    for (const config of [main, worker]) {
      const c = createCategorizer(config);
      expect(c.match(line('Oracle Corporation', 'OCI Universal Credits'))?.id).toBe('catalog:oracle-cloud:by-description');
      expect(c.match(line('Oracle Corporation', 'Database support renewal'))?.id).toBe('catalog:oracle');
      expect(c.match(line('Microsoft', 'Azure subscription 1'))?.id).toBe('catalog:microsoft-azure:by-description');
      expect(c.match(line('Microsoft', 'M365 E3 seats'))?.id).toBe('catalog:microsoft-365');
    }
  });
});
