/**
 * The forecast's vendors billed in lumps, from the lines the scan kept (the renewals detector's
 * input): forecast, board and `explain --forecast` call this one function, so they show one figure.
 */
import { type LumpVendor, lumpVendorsOf } from '../analysis/forecast-lumps.js';
import type { Fact } from '../analysis/ledger.js';
import { vendorLinesOf } from '../analysis/renewals/from-records.js';
import { detectRenewal, type RenewalGuess, type VendorLines } from '../analysis/renewals/detect.js';
import type { SavingsSource } from '../analysis/savings/source.js';

/**
 * Each recognised renewal, named as on the forecast's lines: the vendor whose lines (facts) carry
 * the guess's display name or one of its spellings. A guess no fact vendor matches is left out
 * (its lines stay run rate: never counted twice).
 */
export function forecastLumps(records: SavingsSource | readonly VendorLines[], facts: readonly Fact[]): LumpVendor[] {
  const names = new Set(facts.map((f) => f.vendor));
  const guesses: { g: RenewalGuess; vendor: string }[] = [];
  for (const v of Array.isArray(records) ? (records as readonly VendorLines[]) : vendorLinesOf(records as SavingsSource)) {
    const d = detectRenewal(v);
    if (d.kind !== 'renewal') continue;
    const vendor = [v.vendor, ...(v.spellings ?? [])].find((n) => names.has(n));
    if (vendor !== undefined) guesses.push({ g: d.guess, vendor });
  }
  const byGuess = new Map(guesses.map((x) => [x.g, x.vendor]));
  return lumpVendorsOf(guesses.map((x) => x.g), (g) => byGuess.get(g)!);
}

/** A command that keeps its own lines (explain): one vendor per name on the forecast's lines. */
export function vendorLinesByName(lines: Iterable<{ vendor: string; date: string; amount: VendorLines['lines'][number]['amount']; category: string; source: string; line: number }>): VendorLines[] {
  const by = new Map<string, VendorLines & { latest: string }>();
  for (const l of lines) {
    let v = by.get(l.vendor);
    if (v === undefined) by.set(l.vendor, (v = { vendorKey: l.vendor, vendor: l.vendor, category: l.category, latest: '', lines: [] }));
    v.lines.push({ date: l.date, amount: l.amount, ref: { source: l.source, line: l.line } });
    if (l.date >= v.latest) {
      v.latest = l.date;
      v.category = l.category;
    }
  }
  return [...by.values()].map(({ latest: _, ...v }) => v).sort((a, b) => (a.vendorKey < b.vendorKey ? -1 : 1));
}
