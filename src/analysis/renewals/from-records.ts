/**
 * The renewals detector's input from the lines savings keeps (the same records, the same vendor
 * keys: a catalog vendor by its id, any other by its identity, so "ACME Inc" and "Acme, Inc."
 * are one vendor). Every store of the source holds each line once between them, a vendor possibly
 * spread over several (spilled partitions): lines are gathered by vendor key across them.
 */
import type { SavingsSource } from '../savings/source.js';
import type { ContractLine } from '../../config/contract-table.js';
import { identifyVendor } from '../savings/record-names.js';
import type { VendorLines } from './detect.js';
import type { Contract } from './schedule.js';

export function vendorLinesOf(source: SavingsSource): VendorLines[] {
  const byKey = new Map<string, VendorLines & { latest: string }>();
  for (const store of source.byAmount()) {
    for (const s of store.vendorSeries().values()) {
      if (s.vendorKey === '') continue;
      let v = byKey.get(s.vendorKey);
      if (v === undefined) byKey.set(s.vendorKey, (v = { vendorKey: s.vendorKey, vendor: s.vendor, category: '', latest: '', lines: [] }));
      for (const m of s.months.values())
        for (const i of m.indexes) {
          const r = store.record(i);
          v.lines.push({ date: r.date, amount: r.amount, ref: { source: r.source, line: r.line } });
          if (r.date >= v.latest) {
            v.latest = r.date;
            v.category = r.category;
          }
        }
    }
  }
  // the stores hold only some vendors' lines whole: the others, named, with no lines (never a renewal)
  const partial = source.renewalVendors;
  if (partial !== undefined)
    for (const [key, named] of partial.all) {
      if (partial.whole.has(key)) continue;
      byKey.set(key, { vendorKey: key, vendor: named.vendor, category: named.category, latest: '', lines: [] });
    }
  return [...byKey.values()]
    .map(({ latest: _, ...v }) => ({ ...v, vendor: source.names.displayOfKey(v.vendorKey, v.vendor), spellings: source.names.spellingsOfKey(v.vendorKey) }))
    .sort((a, b) => (a.vendorKey < b.vendorKey ? -1 : 1));
}

/** The contract table's rows keyed as the lines are (a catalog vendor by its id, any other by its identity). */
export function keyedContracts(lines: readonly ContractLine[]): Contract[] {
  return lines.map((l) => ({ ...l, vendorKey: identifyVendor(l.vendor).vendorKey || `name:${l.vendor.toLowerCase()}` }));
}
