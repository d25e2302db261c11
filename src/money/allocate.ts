/** Splitting an amount exactly: largest remainder at the amount's own unit, and split weights. */
import { type Decimal, normalize, rescaleUp, round } from './arithmetic.js';
import { parseDecimal } from './decimal-text.js';

/**
 * Split `total` into parts proportional to integer `weights`, at the total's own unit
 * (the cent for 2-decimal amounts), by largest remainder; ties go to the part listed first.
 * The parts always add up exactly to the total.
 */
export function allocate(total: Decimal, weights: readonly bigint[]): Decimal[] {
  const weightSum = weights.reduce((a, w) => a + w, 0n);
  if (weights.length === 0 || weightSum <= 0n) throw new RangeError('allocate needs positive weights');
  const negative = total.units < 0n;
  const t = negative ? -total.units : total.units;
  const base: bigint[] = [];
  const rem: bigint[] = [];
  let given = 0n;
  for (const w of weights) {
    const q = (t * w) / weightSum;
    base.push(q);
    rem.push((t * w) % weightSum);
    given += q;
  }
  let left = t - given;
  const order = weights.map((_, i) => i).sort((i, j) => {
    const ri = rem[i]!;
    const rj = rem[j]!;
    return ri > rj ? -1 : ri < rj ? 1 : i - j;
  });
  for (const i of order) {
    if (left <= 0n) break;
    base[i] = base[i]! + 1n;
    left--;
  }
  return base.map((u) => ({ units: negative ? -u : u, scale: total.scale }));
}

/**
 * The unit a rule's split divides a line at (SPEC: by largest remainder at the cent): the cent,
 * or the amount's last significant digit when it has digits below the cent. It depends on the
 * value, not on how the export wrote it, so a split of "100", "100.00" or a warehouse's
 * DECIMAL(18,6) 100.000000 allocates alike, in the node engine, in DuckDB and in `facts --sql`
 * (rules/sql.ts: the fewest decimals that hold the amount, at least 2).
 */
export function atSplitUnit(amount: Decimal): Decimal {
  const n = normalize(amount);
  return n.scale >= 2 ? n : { units: rescaleUp(n, 2), scale: 2 };
}

/** Parse a percentage weight like 70, 33.5 into a bigint weight at a fixed scale (1e6). */
export function weightOf(value: number | string): bigint {
  const d = parseDecimal(String(value));
  if (d === undefined) throw new RangeError(`not a number: ${value}`);
  return round(d, 6).units;
}
