import { lookupVendor } from '../catalog/catalog.js';
import type { Config } from '../config/config.js';
import type { VendorKey } from '../analysis/ledger.js';

/**
 * How a ledger keys vendors: by canonical (catalog) name when a report shows or compares
 * vendors, as written, or not at all ('none': the report never looks at vendors, so the
 * ledger stays one fact per category × pool × month however many vendors there are).
 */
export type VendorDetail = boolean | 'none';

export function vendorDisplayKey(_config: Config, canonical: VendorDetail): VendorKey {
  if (canonical === 'none') return () => '';
  return (raw) => {
    const trimmed = raw.trim();
    if (!canonical) return trimmed;
    return lookupVendor(trimmed)?.name ?? trimmed;
  };
}
