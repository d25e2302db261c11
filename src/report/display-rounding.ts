/**
 * One figure, one value: the facts every report is built from, rounded to the cent once per run
 * so that every table sums to its total and a figure is the same in every table and command.
 *
 * The rounding is hierarchical and by largest remainder (money/apportion.ts): the grand total is
 * its exactly rounded total; the months are apportioned against it, each month's categories against
 * the month, each category's pools against the category, and the facts (vendor, item) against their
 * pool. So the grand total is the same cents as `categorize`'s lines and the reconciliation footer,
 * and a month, a category in a month and a pool in a category are the same cents in every table and
 * command of a run over the same lines, whatever finer grain (vendor, item) the command keeps. Each
 * is within a cent of its exact value; a total over several months is the sum of its months as shown.
 * Commands that read only some months round all the facts first, then keep the months they need.
 */
import type { Fact } from '../analysis/ledger.js';
import type { Report } from './model.js';
import { apportionCents } from '../money/apportion.js';
import { add, compare, type Decimal, round, ZERO } from '../money/decimal.js';

interface Node<F> {
  exact: Decimal;
  children: Map<string, Node<F>>;
  facts: number[];
}

const node = <F>(): Node<F> => ({ exact: ZERO, children: new Map(), facts: [] });

export function roundFacts<F extends Fact>(facts: readonly F[]): F[] {
  if (facts.every((f) => f.amount.scale <= 2)) return facts.slice();
  const months = new Map<string, Node<F>>();
  let grand: Decimal = ZERO;
  facts.forEach((f, i) => {
    const path = [f.month, f.category, f.pool];
    let level = months;
    let n: Node<F> | undefined;
    for (const key of path) {
      n = level.get(key);
      if (!n) level.set(key, (n = node<F>()));
      n.exact = add(n.exact, f.amount);
      level = n.children;
    }
    n!.facts.push(i);
    grand = add(grand, f.amount);
  });
  const cents: Decimal[] = new Array<Decimal>(facts.length);
  const apportion = (level: Map<string, Node<F>>, target: Decimal) => {
    // children in key order: the tie-break of equal remainders must not depend on reading order
    const keys = [...level.keys()].sort();
    const shares = apportionCents(keys.map((k) => level.get(k)!.exact), target);
    keys.forEach((k, i) => {
      const n = level.get(k)!;
      if (n.children.size > 0) apportion(n.children, shares[i]!);
      else {
        // by amount first: a vendor's spelling can depend on reading order, its amount cannot
        const order = n.facts.slice().sort((a, b) => compare(facts[a]!.amount, facts[b]!.amount) || factKey(facts[a]!).localeCompare(factKey(facts[b]!)) || a - b);
        const parts = apportionCents(order.map((j) => facts[j]!.amount), shares[i]!);
        order.forEach((j, k2) => (cents[j] = parts[k2]!));
      }
    });
  };
  apportion(months, round(grand, 2));
  return facts.map((f, i) => ({ ...f, amount: cents[i]! }));
}

function factKey(f: Fact & { item?: string; fn?: string }): string {
  return `${f.vendor}\u0000${f.item ?? ''}\u0000${f.fn ?? ''}`;
}

/**
 * A report's two views: the tables people read (sections) built from the rounded facts, so they
 * foot, and the machine view (`data`: the CSV, and `data` in JSON) from the exact facts, so each of
 * its figures is its own exactly rounded value (what scripts and independent checks recompute).
 */
export function withExactData(shown: Report, exact: Report): Report {
  return { ...shown, data: exact.data };
}
