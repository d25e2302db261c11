/** Grouping helpers shared by the detectors: spend by vendor and month. */
import type { Decimal } from '../../money/decimal.js';
import type { RecordStore, SpendRecord, VendorSeries } from './record.js';

export type { VendorMonth, VendorSeries } from './record.js';

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
 * Groups of a vendor's kept lines by `key` (at least `minSize` each, in key order), vendor by
 * vendor; lines are kept and keyed by index, and only the groups' records are made.
 */
export function* vendorGroups(store: RecordStore, keep: (i: number) => boolean, key: (i: number) => string, minSize: number): Generator<SpendRecord[]> {
  for (const s of store.vendorSeries().values()) {
    const kept: number[] = [];
    for (const m of s.months.values()) for (const i of m.indexes) if (keep(i)) kept.push(i);
    for (const [, group] of groupBy(kept, key, minSize)) yield group.map((i) => store.record(i));
  }
}

/** Spend per named vendor and month (the store builds it once). */
export function vendorMonthsOf(store: RecordStore): Map<string, VendorSeries> {
  return store.vendorSeries();
}

/** The description as a series key: case and runs of white space do not matter. */
export function descriptionKey(description: string): string {
  const lower = description.toLowerCase();
  // most descriptions have single spaces only: nothing to collapse
  return SPACING.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower.trim();
}

/** white space other than a single space between words */
const SPACING = /\s\s|[^\S ]/;

/**
 * The description as a price-series key: `descriptionKey`, with long digit runs (card
 * authorisation codes, transaction ids printed in the memo) taken as one token, so that one
 * subscription charged each month stays one series.
 */
export function seriesDescriptionKey(description: string): string {
  const key = descriptionKey(description);
  return LONG_NUMBER.test(key) ? key.replace(LONG_NUMBER_G, '#') : key;
}

const LONG_NUMBER = /\d{5,}/;
const LONG_NUMBER_G = /\d{5,}/g;
