import { lookupVendor, vendorIdentity } from '../catalog/catalog.js';
import type { Config } from '../config/config.js';
import type { SpellingKey, VendorKey } from './ledger.js';

/**
 * How a ledger keys vendors: by canonical (catalog) name when a report shows or compares
 * vendors, as written, as written in allocated categories only ('allocated': allocation splits
 * shared spend fact by fact, so only those facts need the vendor grain for cent-exact parts), or
 * not at all ('none': the report never looks at vendors, so the ledger stays one fact per
 * category × pool × month however many vendors there are).
 */
export type VendorDetail = boolean | 'none' | 'allocated';

/** Which categories keep vendor detail (undefined: every category). */
export function vendorScope(config: Config, detail: VendorDetail): ((category: string) => boolean) | undefined {
  if (detail === 'none') return () => false;
  if (detail !== 'allocated') return undefined;
  return (category) => config.categoryById.get(category)?.shared === true && config.allocations.has(category);
}

export function vendorDisplayKey(_config: Config, canonical: VendorDetail): VendorKey {
  if (canonical === 'none') return () => '';
  if (canonical === 'allocated') canonical = false;
  return (raw) => {
    const trimmed = raw.trim();
    if (!canonical) return trimmed;
    return lookupVendor(trimmed)?.name ?? trimmed;
  };
}

/**
 * Where vendors are shown by name (canonical), the spellings of one vendor outside the catalog
 * are one vendor (see catalog/vendor-key.ts); catalog names are already one per vendor.
 */
export function vendorSpellingKey(canonical: VendorDetail): SpellingKey | undefined {
  if (canonical !== true) return undefined;
  return (name) => (lookupVendor(name) === undefined ? vendorIdentity(name) : undefined);
}

/**
 * The vendor detail `report --by <dims>` keys its ledger with: catalog names when it shows vendors;
 * the vendor as written in allocated categories when it shows functions or one dimension (shared
 * spend is split fact by fact, so report, board and variance agree to the cent); none otherwise.
 * `explain` keys its ledger the same way, so its allocation rounds exactly as the report's.
 */
export function reportVendorDetail(by: readonly string[]): VendorDetail {
  return by.includes('vendor') ? true : by.includes('function') || by.length === 1 ? 'allocated' : 'none';
}
