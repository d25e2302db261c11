/**
 * The ledger at the grain price and volume need: lines that carry a quantity are kept apart per
 * item (account + description: one FOCUS service of one sub-account, one seat plan), so a unit
 * price means something; every other line aggregates as in the Ledger, under item ''. Memory
 * stays bounded by the number of priced items, not by lines.
 */
import type { ExpenseLine } from '../ingest/line.js';
import type { Categorization } from '../rules/engine.js';
import { add, ZERO } from '../money/decimal.js';
import { monthOf } from '../period/period.js';
import { cmp, type VendorKey } from './ledger.js';
import type { ItemFact } from './variance.js';

export class ItemLedger {
  private readonly facts = new Map<string, ItemFact & { item: string }>();
  private readonly vendorNames = new Map<string, string>();

  constructor(private readonly vendorKey: VendorKey = (v) => v) {}

  addLine(line: ExpenseLine, c: Categorization): void {
    let vendor = this.vendorNames.get(line.vendor);
    if (vendor === undefined) {
      vendor = this.vendorKey(line.vendor) || '(no vendor)';
      this.vendorNames.set((' ' + line.vendor).slice(1), vendor);
    }
    const month = monthOf(line.date);
    const priced = line.quantity !== undefined && c.parts.length === 1;
    const item = priced ? `${line.account}\u0000${line.description}` : '';
    for (const part of c.parts) {
      const key = `${part.category}\u0000${part.pool}\u0000${vendor}\u0000${month}\u0000${item}`;
      let f = this.facts.get(key);
      if (f === undefined) {
        f = { category: part.category, pool: part.pool, vendor, month, amount: ZERO, lines: 0, quantity: priced ? ZERO : undefined, quantityLines: 0, item };
        this.facts.set(key, f);
      }
      f.amount = add(f.amount, part.amount);
      f.lines++;
      if (priced) {
        f.quantity = add(f.quantity ?? ZERO, line.quantity!);
        f.quantityLines++;
      }
    }
  }

  all(): ItemFact[] {
    return [...this.facts.values()].sort(
      (a, b) => cmp(a.category, b.category) || cmp(a.pool, b.pool) || cmp(a.vendor, b.vendor) || cmp(a.month, b.month) || cmp(a.item, b.item),
    );
  }

  months(): string[] {
    return [...new Set([...this.facts.values()].map((f) => f.month))].sort();
  }
}
