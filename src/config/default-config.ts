/**
 * The built-in default, used when there is no techspend.yaml: one category per catalog
 * capability and one rule per catalog vendor, so `techspend report export.csv` is useful on
 * first contact.
 */
import { CAPABILITIES, VENDORS, lookupVendor, vendorById } from '../catalog/catalog.js';
import type { Rule } from '../rules/rule.js';
import { buildConfig } from './build.js';
import type { Config } from './config.js';
import type { Pool } from './schema.js';
import { detach } from '../ingest/detach.js';

let cached: Config | undefined;

/** A vendor → catalog id lookup memoized per distinct vendor string. */
export function createCatalogLookup(): (vendor: string) => string | undefined {
  const memo = new Map<string, string | null>();
  return (vendor) => {
    let id = memo.get(vendor);
    if (id === undefined) {
      id = lookupVendor(vendor)?.id ?? null;
      memo.set(detach(vendor), id);
    }
    return id ?? undefined;
  };
}

/**
 * Oracle is software (licences, support) unless the line says cloud; Microsoft is Microsoft 365
 * unless it says Azure. These rules come first: a GL line "Oracle" / "OCI Universal Credits" is
 * cloud. (On a cloud billing export the provider name itself is read as its cloud: ingest.)
 */
function cloudByDescription(lookup: (vendor: string) => string | undefined): Rule[] {
  const cases = [
    { id: 'oracle', cloud: 'oracle-cloud', says: /\bcloud\b|\bOCI\b/i, what: 'cloud or OCI' },
    { id: 'microsoft-365', cloud: 'microsoft-azure', says: /\bazure\b/i, what: 'Azure' },
  ];
  return cases.map((c): Rule => {
    const cloud = VENDORS.find((v) => v.id === c.cloud)!;
    return {
      id: `catalog:${c.cloud}:by-description`,
      index: 0,
      where: `catalog:${c.cloud}`,
      category: cloud.capability,
      pool: cloud.pool as Pool,
      // tested line by line, but only past the memoized vendor lookup: a Map read for other vendors
      test: (line) => lookup(line.vendor) === c.id && c.says.test(line.description),
      fields: ['vendor', 'description'],
      describe: `vendor is ${vendorById(c.id)?.name ?? c.id} (built-in catalog) and the description says ${c.what}: ${cloud.name}`,
    };
  });
}

export function defaultConfig(): Config {
  if (cached) return cached;
  const result = buildConfig(
    {
      currency: 'USD',
      categories: CAPABILITIES.map((c) => ({
        id: c.id,
        name: c.name,
        function: c.function,
        pool: c.pool,
        ...(c.shared ? { shared: true } : {}),
        ...(c.investment ? { investment: c.investment } : {}),
      })),
    },
    { path: '(built-in default)', dir: '.', readRelative: () => ({ error: 'the built-in default reads no files' }) },
  );
  if (result.config === undefined) throw new Error(`built-in default config is invalid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  const lookup = createCatalogLookup();
  const cloudLines = cloudByDescription(lookup);
  const catalogRules: Rule[] = VENDORS.map((v, index) => ({
    id: `catalog:${v.id}`,
    index,
    where: `catalog:${v.id}`,
    category: v.capability,
    pool: v.pool as Pool,
    test: (line) => lookup(line.vendor) === v.id,
    // the engine finds these in a Map keyed by the lookup, one call per distinct vendor
    lookup: { field: 'vendor', of: lookup, equals: v.id },
    fields: ['vendor'],
    describe: `vendor is ${v.name} (built-in catalog)`,
  }));
  const rules = [...cloudLines, ...catalogRules].map((r, index) => ({ ...r, index }));
  cached = { ...result.config, rules };
  return cached;
}
