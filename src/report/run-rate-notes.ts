/**
 * What a run rate rests on, said in the forecast's notes: vendors billed in lumps (their run rate
 * from the trailing 12 months), single payments taken as yearly, one-off items left out, and a
 * window shorter than asked because the data starts later. And the current fiscal year's split
 * into months booked and months left.
 */
import { shortMoney } from './format.js';
import type { RunRateBasis } from '../analysis/forecast.js';
import type { Coverage } from '../period/coverage.js';
import { addMonths, fiscalYearFirstMonth, monthsBetween } from '../period/period.js';

const MAX = 5;

function list<T>(items: readonly T[], text: (t: T) => string): string {
  const shown = items.slice(0, MAX).map(text);
  return items.length > MAX ? `${shown.join(', ')} and ${items.length - MAX} more` : shown.join(', ');
}

export function runRateNotes(basis: RunRateBasis | undefined, coverage: Coverage | undefined, to: string | undefined, months: readonly string[], currency: string, label: (category: string) => string): string[] {
  const out: string[] = [];
  if (basis === undefined) return out;
  if (basis.lumpy.length > 0)
    out.push(`Billed in lumps, so their run rate is the trailing 12 months / 12 (lumpy data): ${list(basis.lumpy, (l) => `${l.vendor} in ${label(l.category)} (every ${l.cycle} months, ${shortMoney(l.runRate, currency)} a month)`)}.`);
  if (basis.once.length > 0)
    out.push(`Billed once in the last 12 months, before the last month: taken as a yearly payment (thin data): ${list(basis.once, (l) => `${l.vendor} in ${label(l.category)} (${l.month}, ${shortMoney(l.runRate, currency)} a month)`)}.`);
  if (basis.oneOffs.length > 0)
    out.push(`One-off items left out of the run rate (not annualized): ${list(basis.oneOffs, (o) => `${o.vendor} ${shortMoney(o.amount, currency)} in ${o.month}`)}.`);
  if (coverage !== undefined && to === undefined && months.length > 0 && months[0]! <= coverage.firstMonth)
    out.push(`The data starts on ${coverage.first}: months before it are no data, not zero spend.`);
  return out;
}

/** The current fiscal year's months booked (up to `lastMonth`) and how many are left; undefined when `fy` is a later year. */
export function toDateOf(fy: string, lastMonth: string, fiscalYearStart: number): { months: string[]; monthsLeft: number } | undefined {
  const first = fiscalYearFirstMonth(Number(fy.slice(2)), fiscalYearStart);
  const last = addMonths(first, 11);
  if (lastMonth < first || lastMonth >= last) return undefined;
  const booked = monthsBetween(first, lastMonth) + 1;
  return { months: Array.from({ length: booked }, (_, i) => addMonths(first, i)), monthsLeft: 12 - booked };
}
