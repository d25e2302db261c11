/** The config is built by named checks run in order (src/config/checks/): each problem from its check, every one reported. */
import { describe, expect, it } from 'vitest';
import { buildConfig, CONFIG_CHECKS, parseConfigText } from '../../src/config/build.js';

describe('config checks', () => {
  it('are named and run in the order later ones rely on', () => {
    expect(CONFIG_CHECKS.map((c) => c.name)).toEqual(['reporting currency', 'categories', 'rules', 'rates', 'allocations', 'sources', 'budget', 'drivers']);
  });

  it('report every problem, check by check, not only the first', () => {
    const yaml = `
currency: XXQ
categories:
  - { id: cloud, name: Cloud, function: Engineering }
  - { id: cloud, name: Again, function: Engineering }
rules:
  - { id: r1, category: clod, match: { vendor: AWS } }
rates: { EUR: -1 }
sources:
  - { delimiter: ";" }
budget:
  - { category: cloud, period: 2026-13, amount: 10 }
`;
    const r = buildConfig(parseConfigText(yaml, 'techspend.yaml').value, { path: 'techspend.yaml', dir: '.', readRelative: () => ({ error: 'no such file' }) });
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map((d) => d.where)).toEqual([
      'techspend.yaml: currency',
      'techspend.yaml: categories[1].id',
      'techspend.yaml: rules[0].category (rule r1)',
      'techspend.yaml: rates.EUR',
      'techspend.yaml: sources[0]',
      expect.stringMatching(/^techspend\.yaml: budget\[0\]/),
    ]);
  });
});
