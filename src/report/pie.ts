/**
 * A pie shows parts of a whole: a negative part (a net credit) has no slice. It is left out of
 * the chart, never re-scaled, and a note names it; the table keeps every share as computed.
 */
import { type Decimal, neg } from '../money/decimal.js';
import { shortMoney } from './format.js';
import type { Chart } from './model.js';

export function positivePie(title: string, labels: readonly string[], values: readonly Decimal[], currency: string): { chart: Chart; notes: string[] } {
  const keep = values.map((v) => v.units > 0n);
  const left = labels.filter((_, i) => !keep[i] && values[i]!.units < 0n).map((l, _i) => l);
  const chart: Chart = { kind: 'pie', title, labels: labels.filter((_, i) => keep[i]), values: values.filter((_, i) => keep[i]) };
  if (left.length === 0) return { chart, notes: [] };
  const parts = labels.flatMap((l, i) => (values[i]!.units < 0n ? [`${l} (a net credit of ${shortMoney(neg(values[i]!), currency)})`] : []));
  return {
    chart,
    notes: [`Left out of the chart, which has no negative slices: ${parts.join(', ')}. Shares in the table are of the net total, so with credits the other shares add up to more than 100%.`],
  };
}
