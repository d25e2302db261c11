/**
 * The built-in categories (one per catalog capability) and rules (one per catalog vendor): the
 * default config, and what a config without `categories` builds on.
 */
import { CAPABILITIES, VENDORS, lookupVendor, vendorById } from '../catalog/catalog.js';
import { detach } from '../ingest/detach.js';
import type { Rule } from './rule.js';
import type { Pool, WrittenCategory } from './schema.js';

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

/** The catalog's capabilities as written categories. */
export function builtInCategories(): WrittenCategory[] {
  return CAPABILITIES.map((c) => ({
    id: c.id,
    name: c.name,
    function: c.function,
    pool: c.pool,
    ...(c.shared ? { shared: true } : {}),
    ...(c.investment ? { investment: c.investment } : {}),
  }));
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

/** The catalog's rules, numbered from `first` (they come after a config's own rules): cloud lines by description, then one per vendor. */
export function catalogRules(first = 0): Rule[] {
  const lookup = createCatalogLookup();
  const perVendor = VENDORS.map((v): Rule => ({
    id: `catalog:${v.id}`,
    index: 0,
    where: `catalog:${v.id}`,
    category: v.capability,
    pool: v.pool as Pool,
    test: (line) => lookup(line.vendor) === v.id,
    // the engine finds these in a Map keyed by the lookup, one call per distinct vendor
    lookup: { field: 'vendor', of: lookup, equals: v.id },
    fields: ['vendor'],
    describe: `vendor is ${v.name} (built-in catalog)`,
  }));
  return [...cloudByDescription(lookup), ...perVendor].map((r, i) => ({ ...r, index: first + i }));
}
