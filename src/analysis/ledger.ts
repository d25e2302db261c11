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

export class Ledger {
  private readonly facts = new Map<string, Fact>();
  private readonly vendorNames = new Map<string, string>();

  constructor(private readonly vendorKey: VendorKey = (v) => v) {}

  private vendorOf(raw: string): string {
    let v = this.vendorNames.get(raw);
    if (v === undefined) {
      v = this.vendorKey(raw) || '(no vendor)';
      // copy the key: raw may be a slice of a large parser chunk
      this.vendorNames.set((' ' + raw).slice(1), v);
    }
    return v;
  }

  addLine(line: ExpenseLine, c: Categorization): void {
    const vendor = this.vendorOf(line.vendor);
    const month = monthOf(line.date);
    for (const part of c.parts) {
      const key = `${part.category}\u0000${part.pool}\u0000${vendor}\u0000${month}`;
      let f = this.facts.get(key);
      if (f === undefined) {
        f = { category: part.category, pool: part.pool, vendor, month, amount: ZERO, lines: 0, quantity: undefined, quantityLines: 0 };
        this.facts.set(key, f);
      }
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
    return [...this.facts.values()].sort(
      (a, b) => cmp(a.category, b.category) || cmp(a.pool, b.pool) || cmp(a.vendor, b.vendor) || cmp(a.month, b.month),
    );
  }

  months(): string[] {
    return [...new Set([...this.facts.values()].map((f) => f.month))].sort();
  }

  total(): Decimal {
    let t: Decimal = ZERO;
    for (const f of this.facts.values()) t = add(t, f.amount);
    return t;
  }
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
