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

/** Records grouped by a key, groups of at least `minSize` in key order (smaller ones are dropped before the sort). */
export function groupBy<T>(items: readonly T[], key: (t: T) => string | undefined, minSize = 1): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === undefined) continue;
    let list = map.get(k);
    if (list === undefined) map.set(k, (list = []));
    list.push(it);
  }
  const groups: [string, T[]][] = [];
  for (const entry of map) if (entry[1].length >= minSize) groups.push(entry);
  return groups.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** An amount as a grouping key: equal amounts (1.5 and 1.50) give the same key, others differ. */
export function amountKey(d: Decimal): string {
  let n = Number(d.units);
  let scale = d.scale;
  if (!Number.isSafeInteger(n)) {
    let u = d.units;
    while (scale > 0 && u % 10n === 0n) {
      u /= 10n;
      scale--;
    }
    return `${u}e-${scale}`;
  }
  while (scale > 0 && n % 10 === 0) {
    n /= 10;
    scale--;
  }
  return `${n}e-${scale}`;
}

/**
 * Each named vendor's records (in record order), one vendor at a time: detectors group within a
 * vendor, so only one vendor's groups are in memory at once.
 */
export function* recordsByVendor(records: readonly SpendRecord[]): Generator<SpendRecord[]> {
  for (const s of vendorMonthsOf(records).values()) {
    const months = [...s.months.values()];
    yield months.length === 1 ? months[0]!.records : months.flatMap((m) => m.records);
  }
}

/** Groups of a vendor's kept records by `key` (at least `minSize` each), vendor by vendor. */
export function* vendorGroups(records: readonly SpendRecord[], keep: (r: SpendRecord) => boolean, key: (r: SpendRecord) => string, minSize: number): Generator<SpendRecord[]> {
  for (const vendorRecords of recordsByVendor(records)) for (const [, group] of groupBy(vendorRecords.filter(keep), key, minSize)) yield group;
}

const seriesCache = new WeakMap<readonly SpendRecord[], Map<string, VendorSeries>>();

/** `vendorMonths`, computed once per record list (several detectors read it). */
export function vendorMonthsOf(records: readonly SpendRecord[]): Map<string, VendorSeries> {
  let s = seriesCache.get(records);
  if (s === undefined) seriesCache.set(records, (s = vendorMonths(records)));
  return s;
}

/** The description as a series key: case, spacing and punctuation runs do not matter. */
export function descriptionKey(description: string): string {
  return description.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isPositive(d: Decimal): boolean {
  return d.units > 0n;
}
