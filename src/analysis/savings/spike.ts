/**
 * `spike`: a vendor's month far above the median of its previous months (up to `spikeWindow`, at
 * least `spikeHistory` of them with spend): a one-off worth a look (fraud, a runaway job, a
 * billing error). The estimate is the excess over the median, once. A month made only of bills no
 * larger than a usual month (three monthly telecom bills paid together in December) is payment
 * timing, not an anomaly: held back, counted (`SpikeHoldBacks.timing`); so is a month at a vendor
 * selling by the unit (devices, fares: unit-vendors.ts), a purchase rather than a billing anomaly
 * (`SpikeHoldBacks.purchases`).
 */
import { add, compare, type Decimal, divide, mul, round, sub, toFixed } from '../../money/decimal.js';
import { addMonths } from '../../period/period.js';
import { amountText, type Candidate, type DetectorInput, mainCategory } from './candidate.js';
import { byRef, refOf, type SpendRecord } from './spend-record.js';
import { vendorMonthsOf } from './series.js';
import { sellsByUnit } from './unit-vendors.js';

export function median(values: readonly Decimal[]): Decimal {
  const sorted = [...values].sort(compare);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid]!;
  const s = add(sorted[mid - 1]!, sorted[mid]!);
  return { units: s.units * 5n, scale: s.scale + 1 };
}

export interface SpikeHoldBacks {
  /** vendor months above the multiple but made of ordinary-sized bills: several periods paid at once */
  timing: number;
  /** vendor months above the multiple at a vendor selling by the unit */
  purchases: number;
}

export function findSpikes(input: DetectorInput, held: SpikeHoldBacks = { timing: 0, purchases: 0 }): Candidate[] {
  const { thresholds: t, currency } = input;
  const out: Candidate[] = [];
  for (const s of [...vendorMonthsOf(input.records).values()].sort((a, b) => (a.vendorKey < b.vendorKey ? -1 : 1))) {
    for (const month of [...s.months.keys()].sort()) {
      const total = s.months.get(month)!.amount;
      if (total.units <= 0n) continue;
      const history: Decimal[] = [];
      for (let i = 1; i <= t.spikeWindow; i++) {
        const prev = s.months.get(addMonths(month, -i));
        if (prev !== undefined && prev.amount.units > 0n) history.push(prev.amount);
      }
      if (history.length < t.spikeHistory) continue;
      const med = median(history);
      if (compare(total, mul(med, t.spikeFactor)) <= 0) continue;
      const excess = sub(total, med);
      // the lines that make the excess, largest first
      const lines = [...s.months.get(month)!.records].sort((a, b) => compare(b.amount, a.amount) || byRef(a, b));
      // every bill no larger than a usual month: bills of several periods paid together
      if (lines.every((r) => compare(r.amount, med) <= 0)) {
        held.timing++;
        continue;
      }
      if (sellsByUnit(s.catalogId)) {
        held.purchases++;
        continue;
      }
      const evidence: SpendRecord[] = [];
      let covered: Decimal = { units: 0n, scale: 0 };
      for (const r of lines) {
        if (evidence.length >= 10 || compare(covered, excess) >= 0) break;
        evidence.push(r);
        covered = add(covered, r.amount);
      }
      const ratio = divide(total, med, 2);
      out.push({
        kind: 'spike',
        vendor: s.vendor,
        vendorKeys: [s.vendorKey],
        category: mainCategory(s.months.get(month)!.records),
        annual: round(excess, 2),
        oneOff: true,
        confidence: 'medium',
        evidence: evidence.map(refOf).sort(byRef),
        basis: `${month}: ${amountText(total, currency)} = ${toFixed(ratio, 2)}× the median of the ${history.length} previous months with spend (${amountText(round(med, 2), currency)}); one-off: the excess over the median, worth disputing or preventing.`,
        title: `Investigate the ${s.vendor} spike in ${month}`,
      });
    }
  }
  return out;
}
