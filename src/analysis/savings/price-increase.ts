/**
 * `price-increase`: a recurring charge (same vendor and description, the same amount at least
 * `priceRepeats` times in a row on different billing dates) that steps up by more than the
 * threshold and stays up. Where the lines carry a quantity, the unit price must have risen: more
 * seats at the same price is volume, not price. The cadence comes from the distinct billing dates
 * (several lines on one payment date are one billing), and the annualized increase is never more
 * than the series' own spend over the trailing 12 months.
 */
import { add, compare, type Decimal, divide, mul, round, sub, times, ZERO } from '../../money/decimal.js';
import { dayNumber } from '../../period/period.js';
import { amountText, type Candidate, type DetectorInput, pctText } from './candidate.js';
import { byDate, refOf, type SpendRecord } from './spend-record.js';
import { seriesDescriptionKey, vendorGroups } from './series.js';

const ONE: Decimal = { units: 1n, scale: 0 };

function sameCharge(a: SpendRecord, b: SpendRecord): boolean {
  return a.currency === b.currency && compare(a.sourceAmount, b.sourceAmount) === 0;
}

/** Charges a year, from the median gap between distinct billing dates (monthly = 12). */
export function chargesPerYear(records: readonly SpendRecord[]): number {
  const days = [...new Set(records.map((r) => dayNumber(r.date)))].sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let i = 1; i < days.length; i++) gaps.push(days[i]! - days[i - 1]!);
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
  // vendor (the groups) + description: an account or cost-centre column only some layouts have does not split a subscription
  const seriesKey = (i: number) => seriesDescriptionKey(store.description(i));
  for (const group of vendorGroups(store, (i) => store.amount(i).units > 0n, seriesKey, t.priceRepeats + 1)) {
    const lines = [...group].sort(byDate);
    // one billing: lines of one date and amount (two circuits, two seats) are one charge, counted
    const copiesOf = new Map<SpendRecord, number>();
    const rs: SpendRecord[] = [];
    for (const r of lines) {
      const last = rs.at(-1);
      if (last !== undefined && last.date === r.date && sameCharge(last, r)) copiesOf.set(last, copiesOf.get(last)! + 1);
      else {
        rs.push(r);
        copiesOf.set(r, 1);
      }
    }
    if (rs.length < t.priceRepeats + 1) continue;
    // the latest step that qualifies
    for (let k = rs.length - 1; k >= t.priceRepeats; k--) {
      const before = rs[k - 1]!;
      const after = rs[k]!;
      if (before.currency !== after.currency) continue;
      const run = rs.slice(k - t.priceRepeats, k);
      const stable = run.every((r) => sameCharge(r, before));
      if (!stable) continue;
      // a recurring charge bills on different dates: equal lines of one payment run are not a subscription
      if (new Set(run.map((r) => r.date)).size < run.length || after.date === before.date) continue;
      // the step comes when the next charge is due, not years later (two exports far apart)
      const usual = Math.max(1, Math.round(365 / chargesPerYear(rs.slice(0, k + 1))));
      if (dayNumber(after.date) - dayNumber(before.date) > Math.max(45, 2 * usual)) continue;
      // a subscription bills monthly or less often: equal payments days apart are a payment run, not a price list
      if (usual < 20) continue;
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
      const copies = copiesOf.get(rs.at(-1)!)!;
      const yearly = times(increase, BigInt(perYear * copies));
      const trailing = trailingYear(lines, lines.at(-1)!.date);
      const annual = compare(yearly, trailing) > 0 ? trailing : yearly;
      const capped = annual !== yearly;
      const pct = divide(sub(after.sourceAmount, before.sourceAmount), before.sourceAmount, 4);
      const later = rs.length - 1 - k;
      out.push({
        kind: 'price-increase',
        vendor: after.vendor,
        vendorKeys: [after.vendorKey],
        category: after.category,
        annual,
        oneOff: false,
        confidence: later >= 2 ? 'medium' : 'low',
        evidence: [refOf(before), refOf(after)],
        basis: `"${after.description}": ${amountText(before.amount, currency)} (${before.date}, ${rs.slice(0, k).filter((r) => sameCharge(r, before)).length}× before) → ${amountText(after.amount, currency)} from ${after.date} (+${pctText(pct)})${note}, ${later === 0 ? 'the latest charge' : `held for ${later} more charge${later === 1 ? '' : 's'}`}; the increase × ${perYear} charges a year${copies > 1 ? ` × ${copies} lines each` : ''}${capped ? `, capped at the series' trailing-12-month spend of ${amountText(trailing, currency)}` : ''}, if it can be negotiated back.`,
        title: `Negotiate the ${after.vendor} increase back (${amountText(before.amount, currency)} → ${amountText(after.amount, currency)})`,
      });
      break;
    }
  }
  return out;
}

/** The series' spend over the 12 months up to and including `last` (a yyyy-MM-dd date). */
function trailingYear(rs: readonly SpendRecord[], last: string): Decimal {
  const from = dayNumber(last) - 365;
  let total: Decimal = ZERO;
  for (const r of rs) if (dayNumber(r.date) > from && r.date <= last) total = add(total, r.amount);
  return total;
}
