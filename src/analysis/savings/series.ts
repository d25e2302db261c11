/** Grouping helpers shared by the detectors: spend by vendor and month. */
import { add, type Decimal, ZERO } from '../../money/decimal.js';
import type { SpendRecord } from './record.js';

export interface VendorMonth {
  amount: Decimal;
  records: SpendRecord[];
}

export interface VendorSeries {
  vendorKey: string;
  vendor: string;
  catalogId: string | undefined;
  months: Map<string, VendorMonth>;
}

/** Spend per vendor and month (vendors without a name are left out: nothing to act on). */
export function vendorMonths(records: readonly SpendRecord[]): Map<string, VendorSeries> {
  const out = new Map<string, VendorSeries>();
  for (const r of records) {
    if (r.vendorKey === '') continue;
    let s = out.get(r.vendorKey);
    if (s === undefined) {
      s = { vendorKey: r.vendorKey, vendor: r.vendor, catalogId: r.catalogId, months: new Map() };
      out.set(r.vendorKey, s);
    }
    let m = s.months.get(r.month);
    if (m === undefined) {
      m = { amount: ZERO, records: [] };
      s.months.set(r.month, m);
    }
    m.amount = add(m.amount, r.amount);
    m.records.push(r);
  }
  return out;
}

/** Records grouped by a key, groups in key order. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string | undefined): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === undefined) continue;
    let list = map.get(k);
    if (list === undefined) map.set(k, (list = []));
    list.push(it);
  }
  return [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The description as a series key: case, spacing and punctuation runs do not matter. */
export function descriptionKey(description: string): string {
  return description.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isPositive(d: Decimal): boolean {
  return d.units > 0n;
}
