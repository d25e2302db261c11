/**
 * The forecast's vendors billed in lumps, from the lines the scan kept (the renewals detector's
 * input): forecast, board and `explain --forecast` call this one function, so they show one figure.
 */
import { type LumpVendor, lumpVendorsOf } from '../analysis/forecast-lumps.js';
import type { Fact } from '../analysis/ledger.js';
import { vendorLinesOf } from '../analysis/renewals/from-records.js';
import { detectRenewal, type RenewalGuess } from '../analysis/renewals/detect.js';
import type { SavingsSource } from '../analysis/savings/source.js';

/**
 * Each recognised renewal, named as on the forecast's lines: the vendor whose lines (facts) carry
 * the guess's display name or one of its spellings. A guess no fact vendor matches is left out
 * (its lines stay run rate: never counted twice).
 */
export function forecastLumps(records: SavingsSource, facts: readonly Fact[]): LumpVendor[] {
  const names = new Set(facts.map((f) => f.vendor));
  const guesses: { g: RenewalGuess; vendor: string }[] = [];
  for (const v of vendorLinesOf(records)) {
    const d = detectRenewal(v);
    if (d.kind !== 'renewal') continue;
    const vendor = [v.vendor, ...(v.spellings ?? [])].find((n) => names.has(n));
    if (vendor !== undefined) guesses.push({ g: d.guess, vendor });
  }
  const byGuess = new Map(guesses.map((x) => [x.g, x.vendor]));
  return lumpVendorsOf(guesses.map((x) => x.g), (g) => byGuess.get(g)!);
}
