/** Small builders for analysis tests: a config from YAML text, facts from plain strings. */
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import type { Config } from '../../src/config/config.js';
import type { Fact } from '../../src/analysis/ledger.js';
import type { Pool } from '../../src/config/schema.js';
import { type Decimal, parseDecimal } from '../../src/money/decimal.js';

export function d(text: string): Decimal {
  const v = parseDecimal(text);
  if (v === undefined) throw new Error(`not a number: ${text}`);
  return v;
}

export function config(yaml: string, files: Record<string, string> = {}): Config {
  const parsed = parseConfigText(yaml, 'techspend.yaml');
  const r = buildConfig(parsed.value, { path: 'techspend.yaml', dir: '.', readRelative: (p) => (p in files ? { text: files[p]! } : { error: 'no such file' }) });
  if (r.config === undefined) throw new Error(r.diagnostics.map((x) => `${x.where}: ${x.message}`).join('\n'));
  return r.config;
}

export function fact(category: string, vendor: string, month: string, amount: string, extra: Partial<Fact> & { item?: string } = {}): Fact & { item?: string } {
  return { category, pool: 'other' as Pool, vendor, month, amount: d(amount), lines: 1, quantity: undefined, quantityLines: 0, ...extra };
}
