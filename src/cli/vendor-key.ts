import { lookupVendor } from '../catalog/catalog.js';
import type { Config } from '../config/config.js';
import type { VendorKey } from '../analysis/ledger.js';

/** Group spend by canonical vendor (catalog name) when a report shows vendors. */
export function vendorDisplayKey(_config: Config, canonical: boolean): VendorKey {
  return (raw) => {
    const trimmed = raw.trim();
    if (!canonical) return trimmed;
    return lookupVendor(trimmed)?.name ?? trimmed;
  };
}
