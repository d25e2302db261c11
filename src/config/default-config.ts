/**
 * The built-in default, used when there is no techspend.yaml: one category per catalog
 * capability and one rule per catalog vendor, so `techspend report export.csv` is useful on
 * first contact.
 */
import { buildConfig } from './build.js';
import { builtInCategories, catalogRules } from './catalog-rules.js';
import type { Config } from './config.js';

export { createCatalogLookup } from './catalog-rules.js';

let cached: Config | undefined;

export function defaultConfig(): Config {
  if (cached) return cached;
  const result = buildConfig(
    { currency: 'USD', categories: builtInCategories() },
    { path: '(built-in default)', dir: '.', readRelative: () => ({ error: 'the built-in default reads no files' }) },
  );
  if (result.config === undefined) throw new Error(`built-in default config is invalid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  cached = { ...result.config, rules: catalogRules() };
  return cached;
}
