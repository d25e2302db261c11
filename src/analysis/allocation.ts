/**
 * Shared-cost allocation: each fact of a shared category is spread, month by month, over the
 * business functions by fixed weights, by each function's direct spend that month, or by a
 * driver table. Parts are exact (largest remainder at the amount's unit, at least the cent), so
 * every fact — and so every total — is conserved. A shared category with no allocation, or a
 * month with nothing to weigh by, stays under its own function.
 */
import type { Allocation, Config, DriverRow } from '../config/config.js';
import { add, allocate, type Decimal, round, toExact, ZERO } from '../money/decimal.js';
import { kindOfPeriod, monthsOfPeriod, type PeriodKind } from '../period/period.js';
import { cmp, type Fact } from './ledger.js';

/** A fact with the business function it is booked to (after allocation). */
export interface FunctionFact extends Fact {
  fn: string;
}

export interface AllocationResult {
  facts: FunctionFact[];
  /** one plain sentence per shared category: how it was allocated */
  notes: string[];
}

const functionOf = (config: Config, category: string) => config.categoryById.get(category)?.function ?? 'Unassigned';

/** Direct (non-shared) spend per function and month, the weights of `proportional`. */
export function directSpend(facts: readonly Fact[], config: Config): Map<string, Map<string, Decimal>> {
  const out = new Map<string, Map<string, Decimal>>();
  for (const f of facts) {
    // shared costs are not direct spend, and uncategorized spend serves no function yet
    if (config.categoryById.get(f.category)?.shared || f.category === config.uncategorized) continue;
    let m = out.get(f.month);
    if (!m) out.set(f.month, (m = new Map()));
    const fn = functionOf(config, f.category);
    m.set(fn, add(m.get(fn) ?? ZERO, f.amount));
  }
  return out;
}

const SPECIFICITY: Record<PeriodKind, number> = { month: 0, quarter: 1, 'fiscal-quarter': 1, year: 2, 'fiscal-year': 2 };

/** Driver values that apply to a month: per function, the row with the narrowest period covering it. */
export function driverWeights(drivers: readonly DriverRow[], month: string, fiscalYearStart: number): Map<string, Decimal> {
  const best = new Map<string, { rank: number; value: Decimal }>();
  for (const d of drivers) {
    let rank = 3;
    if (d.period !== '') {
      const kind = kindOfPeriod(d.period);
      if (kind === undefined || !monthsOfPeriod(d.period, fiscalYearStart)!.includes(month)) continue;
      rank = SPECIFICITY[kind];
    }
    const seen = best.get(d.fn);
    if (seen === undefined || rank < seen.rank) best.set(d.fn, { rank, value: d.value });
    else if (rank === seen.rank) seen.value = add(seen.value, d.value);
  }
  return new Map([...best].map(([fn, v]) => [fn, v.value]));
}

/** Integer weights (at 1e-6) per function, positive only, in a stable order; undefined when none. */
export function weightsFor(a: Allocation, month: string, direct: Map<string, Map<string, Decimal>>, config: Config): { fn: string; weight: bigint }[] | undefined {
  let pairs: [string, Decimal | bigint][];
  if (a.method === 'fixed') return a.weights.length > 0 ? a.weights : undefined;
  if (a.method === 'proportional') pairs = [...(direct.get(month) ?? new Map<string, Decimal>())];
  else pairs = [...driverWeights(a.drivers, month, config.fiscalYearStart)];
  const out = pairs
    .map(([fn, v]) => ({ fn, weight: typeof v === 'bigint' ? v : round(v, 6).units }))
    .filter((w) => w.weight > 0n)
    .sort((x, y) => cmp(x.fn, y.fn));
  return out.length > 0 ? out : undefined;
}

/** Split facts of shared categories over functions; other facts keep their category's function. */
export function allocateShared(facts: readonly Fact[], config: Config): AllocationResult {
  const direct = directSpend(facts, config);
  const out: FunctionFact[] = [];
  const unweighted = new Map<string, Set<string>>();
  const used = new Set<string>();
  for (const f of facts) {
    const category = config.categoryById.get(f.category);
    const a = category?.shared ? config.allocations.get(f.category) : undefined;
    const weights = a ? weightsFor(a, f.month, direct, config) : undefined;
    if (a === undefined || weights === undefined) {
      if (a !== undefined) {
        let s = unweighted.get(f.category);
        if (!s) unweighted.set(f.category, (s = new Set()));
        s.add(f.month);
      }
      out.push({ ...f, fn: functionOf(config, f.category) });
      continue;
    }
    used.add(f.category);
    // at least the cent: an amount written "100" must still split into cents
    const amount = f.amount.scale < 2 ? round(f.amount, 2) : f.amount;
    const parts = allocate(amount, weights.map((w) => w.weight));
    weights.forEach((w, i) => {
      const part = parts[i]!;
      if (part.units === 0n && amount.units !== 0n) return;
      out.push({ ...f, amount: part, fn: w.fn, quantity: undefined, quantityLines: 0 });
    });
  }
  return { facts: out, notes: allocationNotes(facts, config, used, unweighted) };
}

function allocationNotes(facts: readonly Fact[], config: Config, used: Set<string>, unweighted: Map<string, Set<string>>): string[] {
  const present = new Set(facts.map((f) => f.category));
  const notes: string[] = [];
  for (const c of config.categories) {
    if (!c.shared || !present.has(c.id)) continue;
    const a = config.allocations.get(c.id);
    if (a === undefined) {
      notes.push(`${c.name} is shared and has no allocation: shown as its own function, ${c.function}.`);
      continue;
    }
    if (used.has(c.id)) notes.push(`${c.name} allocated ${describeAllocation(a)}.`);
    const gaps = unweighted.get(c.id);
    if (gaps && gaps.size > 0) {
      const why = a.method === 'proportional' ? 'no direct spend to weigh by' : 'no driver values';
      notes.push(`${c.name}: ${why} in ${[...gaps].sort().join(', ')}; that spend stays under ${c.function}.`);
    }
  }
  return notes;
}

export function describeAllocation(a: Allocation): string {
  if (a.method === 'proportional') return "in proportion to each function's direct spend in the month";
  if (a.method === 'driver') return `by the driver table ${a.path} (each function's value for the month)`;
  return `by fixed weights: ${a.weights.map((w) => `${w.fn} ${toExact({ units: w.weight, scale: 6 })}%`).join(', ')}`;
}
