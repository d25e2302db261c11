/**
 * Aggregates, not rows: spend summed by category, finance pool, vendor and month. Every
 * report is computed from these facts, so memory stays bounded however long the input.
 */
import type { Categorization } from '../rules/engine.js';
import type { ExpenseLine } from '../ingest/line.js';
import type { Pool } from '../config/schema.js';
import { add, type Decimal, ZERO } from '../money/decimal.js';
import { monthOf } from '../period/period.js';

export interface Fact {
  category: string;
  pool: Pool;
  vendor: string;
  month: string;
  amount: Decimal;
  lines: number;
  /** summed quantity where the source has one (for price vs volume) */
  quantity: Decimal | undefined;
  /** lines that carried a quantity */
  quantityLines: number;
}

export type VendorKey = (vendor: string) => string;

/** The facts of one vendor by month: a few per month, found by category and pool (no key string per line). */
type VendorFacts = Map<string, Fact[]>;

export class Ledger {
  private readonly facts: Fact[] = [];
  private readonly byVendor = new Map<string, VendorFacts>();
  private readonly vendorNames = new Map<string, { vendor: string; facts: VendorFacts }>();

  constructor(private readonly vendorKey: VendorKey = (v) => v) {}

  private vendorOf(raw: string): { vendor: string; facts: VendorFacts } {
    let v = this.vendorNames.get(raw);
    if (v === undefined) {
      const vendor = this.vendorKey(raw) || '(no vendor)';
      let facts = this.byVendor.get(vendor);
      if (facts === undefined) this.byVendor.set(vendor, (facts = new Map()));
      v = { vendor, facts };
      // copy the key: raw may be a slice of a large parser chunk
      this.vendorNames.set((' ' + raw).slice(1), v);
    }
    return v;
  }

  private factFor(vendor: { vendor: string; facts: VendorFacts }, month: string, category: string, pool: Pool): Fact {
    let list = vendor.facts.get(month);
    if (list === undefined) vendor.facts.set(month, (list = []));
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      if (f.category === category && f.pool === pool) return f;
    }
    const f: Fact = { category, pool, vendor: vendor.vendor, month, amount: ZERO, lines: 0, quantity: undefined, quantityLines: 0 };
    list.push(f);
    this.facts.push(f);
    return f;
  }

  /** Add a fact computed elsewhere (another thread's ledger over part of the input): sums exactly. */
  addFact(fact: Fact): void {
    let facts = this.byVendor.get(fact.vendor);
    if (facts === undefined) this.byVendor.set(fact.vendor, (facts = new Map()));
    const f = this.factFor({ vendor: fact.vendor, facts }, fact.month, fact.category, fact.pool);
    f.amount = add(f.amount, fact.amount);
    f.lines += fact.lines;
    if (fact.quantity !== undefined) f.quantity = add(f.quantity ?? ZERO, fact.quantity);
    f.quantityLines += fact.quantityLines;
  }

  addLine(line: ExpenseLine, c: Categorization): void {
    const vendor = this.vendorOf(line.vendor);
    const month = monthOf(line.date);
    for (const part of c.parts) {
      const f = this.factFor(vendor, month, part.category, part.pool);
      f.amount = add(f.amount, part.amount);
      f.lines++;
      if (line.quantity !== undefined && c.parts.length === 1) {
        f.quantity = add(f.quantity ?? ZERO, line.quantity);
        f.quantityLines++;
      }
    }
  }

  /** Facts in a stable order (category, pool, vendor, month), independent of input order. */
  all(): Fact[] {
    return [...this.facts].sort(
      (a, b) => cmp(a.category, b.category) || cmp(a.pool, b.pool) || cmp(a.vendor, b.vendor) || cmp(a.month, b.month),
    );
  }

  months(): string[] {
    return [...new Set(this.facts.map((f) => f.month))].sort();
  }

  total(): Decimal {
    let t: Decimal = ZERO;
    for (const f of this.facts) t = add(t, f.amount);
    return t;
  }
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
