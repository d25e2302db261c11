/**
 * Vendors that sell by the unit: a catalog vendor of the hardware or travel pool (devices, fares,
 * hotel nights). Identical lines there are several units of one purchase, and a month far above the
 * last is a purchase someone decided on, not a billing anomaly to dispute: the duplicate-charge and
 * spike detectors hold them back (counted), where a subscription or a metered service would not.
 */
import { vendorById } from '../../catalog/catalog.js';

const UNIT_POOLS: ReadonlySet<string> = new Set(['hardware', 'travel']);

export function sellsByUnit(catalogId: string | undefined): boolean {
  const v = catalogId === undefined ? undefined : vendorById(catalogId);
  return v !== undefined && UNIT_POOLS.has(v.pool);
}
