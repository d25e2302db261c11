/**
 * The config a worker thread receives (config/config-data.ts): the main thread's normalized
 * config through a structured clone, with the same rates, categories and matches.
 */
import { describe, expect, it } from 'vitest';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import { configFromData, configToData } from '../../src/config/config-data.js';
import type { Config } from '../../src/config/config.js';
import { defaultConfig } from '../../src/config/default-config.js';
import { rebaseCurrency } from '../../src/config/rebase-currency.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { parseDecimal } from '../../src/money/decimal.js';
import { firstMatchPlain } from '../../src/rules/engine.js';

const yaml = `
currency: USD
rates: { EUR: 1.08, GBP: 1.27 }
categories:
  - { id: cloud, name: Cloud, function: Product }
  - { id: collab, name: Collaboration, function: Technology, shared: true }
  - { id: big, name: Big tickets, function: Finance }
rules:
  - { id: big-aws, category: big, match: { vendor: "AWS*", amount: ">= 10000" } }
  - { id: aws, category: cloud, match: { vendor: ["AWS*", "Amazon Web Services"] } }
  - { id: pd, split: { collab: 70, cloud: 30 }, match: { any: [ { vendor: "PagerDuty*" }, { description: "/on-?call/i" } ], not: { account: "69*" } } }
  - { id: late, category: cloud, match: { column.Service: BigQuery, date: ">= 2026-01-01" } }
`;
const written = buildConfig(parseConfigText(yaml, 't.yaml').value, { path: 't.yaml', dir: '.', readRelative: () => ({ error: 'x' }) }).config!;

function line(p: Partial<ExpenseLine>): ExpenseLine {
  return { source: 't.csv', line: 2, date: '2026-01-15', vendor: '', description: '', account: '', department: '', costCenter: '', currency: 'USD', amount: parseDecimal('100')!, fields: [''], header: new Map([['service', 0]]), ...p } as ExpenseLine;
}

const lines = [
  line({ vendor: 'AWS EMEA', amount: parseDecimal('20000')! }),
  line({ vendor: 'aws emea' }),
  line({ vendor: 'Zoom', description: 'on-call rota' }),
  line({ vendor: 'PagerDuty Inc', account: '6910' }),
  line({ vendor: 'Google', fields: ['BigQuery'] }),
  line({ vendor: 'Google', fields: ['BigQuery'], date: '2025-12-31' }),
  line({ vendor: 'Slack Technologies' }),
  line({ vendor: 'Amazon Web Services' }),
];

function throughThread(config: Config): Config {
  return configFromData(structuredClone(configToData(config)));
}

describe('config as data for worker threads', () => {
  it('keeps the rebased rates of --currency (not only the code)', () => {
    const eur = rebaseCurrency(written, 'EUR') as Config;
    const copy = throughThread(eur);
    expect(copy.currency).toBe('EUR');
    expect(copy.inputCurrency).toBe('USD');
    expect(copy.rates).toEqual(eur.rates);
    expect(copy.categoryById.get('collab')).toEqual(eur.categoryById.get('collab'));
  });
  for (const [name, config] of [['a written config', written], ['the built-in default', defaultConfig()]] as const) {
    it(`matches every line with the same rule (${name})`, () => {
      const copy = throughThread(config);
      expect(copy.rules.map((r) => [r.id, r.where, r.category, r.split])).toEqual(config.rules.map((r) => [r.id, r.where, r.category, r.split]));
      for (const l of lines) expect(firstMatchPlain(copy.rules, l)?.id).toBe(firstMatchPlain(config.rules, l)?.id);
    });
  }
  it('the written config matches what its rules say', () => {
    expect(lines.map((l) => firstMatchPlain(written.rules, l)?.id)).toEqual(['big-aws', 'aws', 'pd', undefined, 'late', undefined, undefined, 'aws']);
  });
});

describe('built-in rules that test more than the vendor', () => {
  it('cross to a worker: an Oracle line that says cloud is cloud there too, one that does not is software', () => {
    const worker = configFromData(structuredClone(configToData(defaultConfig())));
    const cloud = line({ vendor: 'Oracle', description: 'OCI Universal Credits' });
    const support = line({ vendor: 'Oracle', description: 'Database support renewal' });
    expect(firstMatchPlain(worker.rules, cloud)?.id).toBe('catalog:oracle-cloud:by-description');
    expect(firstMatchPlain(worker.rules, support)?.id).toBe('catalog:oracle');
    expect(firstMatchPlain(worker.rules, cloud)?.id).toBe(firstMatchPlain(defaultConfig().rules, cloud)?.id);
  });
});
