/**
 * `annual-billing`: a vendor billed the very same amount every month for the last N months is a
 * stable subscription that annual terms usually price lower. An estimate: low confidence.
 */
import { compare, mul, round, times } from '../../money/decimal.js';
import { amountText, type Candidate, type DetectorInput, mainCategory, pctText } from './candidate.js';
import { lastMonths } from './overlap.js';
import { byRef, refOf } from './spend-record.js';
import { vendorMonthsOf } from './series.js';

export function findAnnualBilling(input: DetectorInput): Candidate[] {
  const { thresholds: t, currency, endMonth } = input;
  const months = lastMonths(endMonth, t.annualMonths);
  const out: Candidate[] = [];
  for (const s of [...vendorMonthsOf(input.records).values()].sort((a, b) => (a.vendorKey < b.vendorKey ? -1 : 1))) {
    const window = months.map((m) => s.months.get(m));
    const first = window[0];
    if (first === undefined || first.amount.units <= 0n) continue;
    if (!window.every((w) => w !== undefined && compare(w.amount, first.amount) === 0)) continue;
    // how long it has been stable, for the basis
    let stable = 0;
    const all = [...s.months.keys()].sort().reverse();
    for (const m of all) {
      if (compare(s.months.get(m)!.amount, first.amount) !== 0) break;
      stable++;
    }
    const yearly = times(first.amount, 12n);
    const records = window.flatMap((w) => w!.records);
    out.push({
      kind: 'annual-billing',
      vendor: s.vendor,
      vendorKeys: [s.vendorKey],
      category: mainCategory(records),
      annual: round(mul(yearly, t.annualDiscount), 2),
      oneOff: false,
      confidence: 'low',
      evidence: records.map(refOf).sort(byRef),
      basis: `${amountText(first.amount, currency)} every month for ${stable} months (${months[0]}..${endMonth} shown); ${amountText(yearly, currency)} a year × ${pctText(t.annualDiscount)}, the discount annual terms usually give (an estimate: ask the vendor).`,
      title: `Move ${s.vendor} to annual billing (about ${pctText(t.annualDiscount)} off)`,
    });
  }
  return out;
}
