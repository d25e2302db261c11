/**
 * The built-in categories (one per catalog capability) and rules (one per catalog vendor): the
 * default config, and what a config without `categories` builds on.
 */
import { CAPABILITIES, VENDORS, lookupVendor } from '../catalog/catalog.js';
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

/** One rule per catalog vendor, numbered from `first` (they come after a config's own rules). */
export function catalogRules(first = 0): Rule[] {
  const lookup = createCatalogLookup();
  return VENDORS.map((v, i) => ({
    id: `catalog:${v.id}`,
    index: first + i,
    where: `catalog:${v.id}`,
    category: v.capability,
    pool: v.pool as Pool,
    test: (line) => lookup(line.vendor) === v.id,
    // the engine finds these in a Map keyed by the lookup, one call per distinct vendor
    lookup: { field: 'vendor', of: lookup, equals: v.id },
    fields: ['vendor'],
    describe: `vendor is ${v.name} (built-in catalog)`,
  }));
}
