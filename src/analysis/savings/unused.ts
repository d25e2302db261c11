/**
 * `unused`: where an export has seats (quantity) and active users (usage), a subscription whose
 * utilization stayed under the threshold in each of the last N months. Saving: the idle seats
 * of the latest month at its unit price, × 12.
 */
import { add, compare, type Decimal, divide, mul, round, sub, times, ZERO } from '../../money/decimal.js';
import { amountText, type Candidate, type DetectorInput, pctText } from './candidate.js';
import { lastMonths } from './overlap.js';
import { byRef, refOf, type SpendRecord } from './spend-record.js';
import { descriptionKey, groupBy } from './series.js';

interface SeatMonth {
  quantity: Decimal;
  usage: Decimal;
  amount: Decimal;
  records: SpendRecord[];
}

export function findUnused(input: DetectorInput): Candidate[] {
  const { thresholds: t, currency, endMonth } = input;
  const months = lastMonths(endMonth, t.unusedMonths);
  const out: Candidate[] = [];
  const withSeats = input.records.seatRecords().filter((r) => r.vendorKey !== '' && r.quantity!.units > 0n);
  for (const [, group] of groupBy(withSeats, (r) => `${r.vendorKey}\u0000${descriptionKey(r.description)}`)) {
    const byMonth = new Map<string, SeatMonth>();
    for (const r of group) {
      let m = byMonth.get(r.month);
      if (m === undefined) byMonth.set(r.month, (m = { quantity: ZERO, usage: ZERO, amount: ZERO, records: [] }));
      m.quantity = add(m.quantity, r.quantity!);
      m.usage = add(m.usage, r.usage!);
      m.amount = add(m.amount, r.amount);
      m.records.push(r);
    }
    const window = months.map((m) => byMonth.get(m));
    if (window.some((w) => w === undefined || w.quantity.units <= 0n)) continue;
    const ws = window as SeatMonth[];
    const util = ws.map((w) => divide(w.usage, w.quantity, 4));
    if (!util.every((u) => compare(u, t.utilization) < 0)) continue;
    const latest = ws.at(-1)!;
    const idle = sub(latest.quantity, latest.usage);
    if (idle.units <= 0n) continue;
    const price = divide(latest.amount, latest.quantity, 6);
    const monthly = round(mul(idle, price), 2);
    const first = latest.records[0]!;
    const seats = (d: Decimal) => (d.scale === 0 ? d.units.toString() : round(d, 2).units.toString());
    out.push({
      kind: 'unused',
      vendor: first.vendor,
      vendorKeys: [first.vendorKey],
      category: first.category,
      annual: times(monthly, 12n),
      oneOff: false,
      confidence: 'high',
      evidence: ws.flatMap((w) => w.records).map(refOf).sort(byRef),
      basis: `"${first.description}": ${ws.map((w, i) => `${months[i]} ${seats(w.usage)} of ${seats(w.quantity)} seats active (${pctText(util[i]!)})`).join(', ')}; under ${pctText(t.utilization)} in each month. ${seats(idle)} idle seats × ${amountText(round(price, 2), currency)} a seat = ${amountText(monthly, currency)} a month × 12.`,
      title: `Right-size ${first.vendor} to active users (${seats(latest.quantity)} -> ${seats(latest.usage)} seats)`,
    });
  }
  return out;
}
