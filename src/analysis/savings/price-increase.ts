/**
 * `price-increase`: a recurring charge (same vendor, account and description, the same amount at
 * least `priceRepeats` times in a row) that steps up by more than the threshold and stays up.
 * Where the lines carry a quantity, the unit price must have risen: more seats at the same price
 * is volume, not price.
 */
import { compare, type Decimal, divide, mul, round, sub, times, ZERO } from '../../money/decimal.js';
import { dayNumber } from '../../period/period.js';
import { amountText, type Candidate, type DetectorInput, pctText } from './candidate.js';
import { byDate, refOf, type SpendRecord } from './record.js';
import { descriptionKey, vendorGroups } from './series.js';

const ONE: Decimal = { units: 1n, scale: 0 };

function sameCharge(a: SpendRecord, b: SpendRecord): boolean {
  return a.currency === b.currency && compare(a.sourceAmount, b.sourceAmount) === 0;
}

/** Charges a year, from the median gap between charges (monthly = 12). */
export function chargesPerYear(records: readonly SpendRecord[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < records.length; i++) gaps.push(dayNumber(records[i]!.date) - dayNumber(records[i - 1]!.date));
  gaps.sort((a, b) => a - b);
  const median = gaps.length === 0 ? 30 : gaps[Math.floor((gaps.length - 1) / 2)]!;
  return Math.min(52, Math.max(1, Math.round(365 / Math.max(1, median))));
}

function unitPrice(r: SpendRecord): Decimal | undefined {
  if (r.quantity === undefined || r.quantity.units <= 0n) return undefined;
  return divide(r.amount, r.quantity, 6);
}

export function findPriceIncreases(input: DetectorInput): Candidate[] {
  const { thresholds: t, currency } = input;
  const factor = { units: ONE.units * 10n ** BigInt(t.priceIncrease.scale) + t.priceIncrease.units, scale: t.priceIncrease.scale };
  const out: Candidate[] = [];
  const store = input.records;
  const seriesKey = (i: number) => `${store.account(i).toLowerCase()}\u0000${descriptionKey(store.description(i))}`;
  for (const group of vendorGroups(store, (i) => store.amount(i).units > 0n, seriesKey, t.priceRepeats + 1)) {
    const rs = [...group].sort(byDate);
    if (rs.length < t.priceRepeats + 1) continue;
    // the latest step that qualifies
    for (let k = rs.length - 1; k >= t.priceRepeats; k--) {
      const before = rs[k - 1]!;
      const after = rs[k]!;
      if (before.currency !== after.currency) continue;
      const stable = rs.slice(k - t.priceRepeats, k).every((r) => sameCharge(r, before));
      if (!stable) continue;
      const limit = mul(before.sourceAmount, factor);
      if (compare(after.sourceAmount, limit) <= 0) continue;
      // stays up: no later charge falls back to the threshold
      if (!rs.slice(k + 1).every((r) => r.currency === before.currency && compare(r.sourceAmount, limit) > 0)) continue;
      const p0 = unitPrice(before);
      const p1 = unitPrice(after);
      let increase: Decimal = sub(after.amount, before.amount);
      let note = '';
      if (p0 !== undefined && p1 !== undefined) {
        if (compare(p1, mul(p0, factor)) <= 0) continue; // volume, not price
        increase = round(sub(after.amount, mul(p0, after.quantity!)), 2);
        note = ` (unit price ${amountText(round(p0, 2), currency)} → ${amountText(round(p1, 2), currency)}, price effect only)`;
      }
      if (compare(increase, ZERO) <= 0) continue;
      const perYear = chargesPerYear(rs);
      const pct = divide(sub(after.sourceAmount, before.sourceAmount), before.sourceAmount, 4);
      const later = rs.length - 1 - k;
      out.push({
        kind: 'price-increase',
        vendor: after.vendor,
        vendorKeys: [after.vendorKey],
        category: after.category,
        annual: times(increase, BigInt(perYear)),
        oneOff: false,
        confidence: later >= 2 ? 'medium' : 'low',
        evidence: [refOf(before), refOf(after)],
        basis: `"${after.description}": ${amountText(before.amount, currency)} (${before.date}, ${rs.slice(0, k).filter((r) => sameCharge(r, before)).length}× before) → ${amountText(after.amount, currency)} from ${after.date} (+${pctText(pct)})${note}, ${later === 0 ? 'the latest charge' : `held for ${later} more charge${later === 1 ? '' : 's'}`}; the increase × ${perYear} charges a year, if it can be negotiated back.`,
        title: `Negotiate the ${after.vendor} increase back (${amountText(before.amount, currency)} → ${amountText(after.amount, currency)})`,
      });
      break;
    }
  }
  return out;
}
