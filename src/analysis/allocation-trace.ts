/**
 * The arithmetic of shared-cost allocation, step by step, for `explain`: for each fact of a
 * shared category, the method, the weights of its month, the exact share of each function and
 * how largest remainder rounded it. It reuses allocateShared's own weights and `allocate`, so the
 * parts it shows are the parts every report books (tests/analysis/allocation-trace pins that).
 */
import type { Allocation, Config } from '../config/config.js';
import { allocate, type Decimal, divide, round } from '../money/decimal.js';
import { directSpend, weightsFor } from './allocation.js';
import type { Fact } from './ledger.js';

export interface AllocationPart {
  fn: string;
  /** the weight as allocateShared uses it: at 1e-6 (fixed: the percentage; proportional: direct spend; driver: the value) */
  weight: Decimal;
  /** amount × weight ÷ Σ weights, before rounding (12 decimals) */
  exact: Decimal;
  /** the part booked to the function: the exact share cut down to the amount's unit, plus one unit when largest remainder gives it one */
  allocated: Decimal;
  /** true when this part received one of the units left over after cutting every share down */
  roundedUp: boolean;
}

export interface AllocationStep {
  fact: Fact;
  /** how the fact was spread; 'none' when the category has no allocation, 'unweighted' when its month had nothing to weigh by */
  method: Allocation['method'] | 'none' | 'unweighted';
  /** the amount allocated: the fact's amount, at least to the cent */
  amount: Decimal;
  /** Σ weights (at 1e-6), undefined when nothing was allocated */
  weightTotal: Decimal | undefined;
  /** every function's part (one part, the category's own function, when nothing was allocated) */
  parts: AllocationPart[];
}

const SIX = 6;
const functionOf = (config: Config, category: string) => config.categoryById.get(category)?.function ?? 'Unassigned';

/** The allocation of every shared fact in `facts` (weights are computed over all of `facts`, as allocateShared does). */
export function traceAllocation(facts: readonly Fact[], config: Config, wanted: (f: Fact) => boolean = () => true): AllocationStep[] {
  const direct = directSpend(facts, config);
  const steps: AllocationStep[] = [];
  for (const f of facts) {
    const category = config.categoryById.get(f.category);
    if (!category?.shared || !wanted(f)) continue;
    const a = config.allocations.get(f.category);
    const weights = a ? weightsFor(a, f.month, direct, config) : undefined;
    if (a === undefined || weights === undefined) {
      steps.push({
        fact: f,
        method: a === undefined ? 'none' : 'unweighted',
        amount: f.amount,
        weightTotal: undefined,
        parts: [{ fn: functionOf(config, f.category), weight: { units: 1_000_000n, scale: SIX }, exact: f.amount, allocated: f.amount, roundedUp: false }],
      });
      continue;
    }
    // as allocateShared: at least the cent
    const amount = f.amount.scale < 2 ? round(f.amount, 2) : f.amount;
    const units = weights.map((w) => w.weight);
    const total = units.reduce((x, y) => x + y, 0n);
    const parts = allocate(amount, units);
    const abs = amount.units < 0n ? -amount.units : amount.units;
    steps.push({
      fact: f,
      method: a.method,
      amount,
      weightTotal: { units: total, scale: SIX },
      parts: weights.map((w, i) => {
        const floor = (abs * w.weight) / total;
        const got = parts[i]!.units < 0n ? -parts[i]!.units : parts[i]!.units;
        return {
          fn: w.fn,
          weight: { units: w.weight, scale: SIX },
          exact: divide({ units: amount.units * w.weight, scale: amount.scale }, { units: total, scale: 0 }, 12),
          allocated: parts[i]!,
          roundedUp: got > floor,
        };
      }),
    });
  }
  return steps;
}
