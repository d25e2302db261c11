/**
 * The built-in vendor catalog: the public entry point of `src/catalog/`. `init --from` uses it to
 * draft categories and rules for the vendors found in an export, the default config has one rule
 * per vendor, and `savings` uses the overlap groups to find tools that do the same job.
 */
import { VENDORS } from './vendor-data.js';
import { OVERLAP_GROUPS, type OverlapGroupId } from './overlap-groups.js';
import { createVendorIndex, type VendorIndex, type VendorMatch } from './vendor-index.js';
import type { CatalogVendor } from './types.js';

export type { Capability, CapabilityId, CatalogVendor, FinancePool, Investment } from './types.js';
export { CAPABILITY_IDS, FINANCE_POOLS } from './types.js';
export type { OverlapGroupId } from './overlap-groups.js';
export { OVERLAP_GROUPS } from './overlap-groups.js';
export { CAPABILITIES, capabilityById } from './capabilities.js';
export { VENDORS } from './vendor-data.js';
export { normalizeVendorName } from './normalize.js';
export { mostFrequentSpelling, spellingDisplay, vendorIdentity } from './vendor-key.js';
export {
  createVendorIndex,
  findVariantConflicts,
  type VariantConflict,
  type VendorIndex,
  type VendorMatch,
} from './vendor-index.js';

// built on first use: a run that never looks a vendor up does not pay for compiling the catalog
let defaultIndex: VendorIndex | undefined;

/** The catalog vendor a raw vendor string (GL name, card descriptor, ProviderName) refers to. */
export function lookupVendor(raw: string): CatalogVendor | undefined {
  return (defaultIndex ??= createVendorIndex(VENDORS)).lookup(raw);
}

/** Like `lookupVendor`, with the variant that matched. */
export function matchVendor(raw: string): VendorMatch | undefined {
  return (defaultIndex ??= createVendorIndex(VENDORS)).match(raw);
}

let byId: Map<string, CatalogVendor> | undefined;

export function vendorById(id: string): CatalogVendor | undefined {
  return (byId ??= new Map<string, CatalogVendor>(VENDORS.map((v) => [v.id, v]))).get(id);
}

let groupNames: Map<string, string> | undefined;

/** Display name of an overlap group ("video-meetings" → "Video meetings"). */
export function overlapGroupName(id: OverlapGroupId): string {
  return (groupNames ??= new Map<string, string>(OVERLAP_GROUPS.map((g) => [g.id, g.name]))).get(id) ?? id;
}

let groups: ReadonlyMap<OverlapGroupId, readonly CatalogVendor[]> | undefined;

/** Overlap group → its vendors, groups in declaration order, vendors in catalog order. */
export function overlapGroups(): ReadonlyMap<OverlapGroupId, readonly CatalogVendor[]> {
  if (groups !== undefined) return groups;
  const built = new Map<OverlapGroupId, CatalogVendor[]>();
  for (const { id } of OVERLAP_GROUPS) built.set(id, []);
  for (const vendor of VENDORS) {
    if (vendor.overlapGroup !== undefined) built.get(vendor.overlapGroup)?.push(vendor);
  }
  for (const [id, members] of built) if (members.length === 0) built.delete(id);
  groups = built;
  return groups;
}
