/**
 * The ledger at the grain price and volume need: lines that carry a quantity are kept apart per
 * item (account + description: one FOCUS service of one sub-account, one seat plan), so a unit
 * price means something; every other line aggregates as in the Ledger, under item ''. Memory
 * stays bounded by the number of priced items, not by lines. Like the Ledger, facts are found
 * by small integers (vendor, month, category × pool, item) and summed in flat arrays while lines
 * are added, and built when they are read.
 */
import type { ExpenseLine } from '../ingest/line.js';
import type { Categorization } from '../rules/engine.js';
import type { Pool } from '../config/schema.js';
import { add, type Decimal, DecimalSums, ZERO } from '../money/decimal.js';
import { monthOf } from '../period/period.js';
import { cmp, KeyTable, type VendorKey } from './ledger.js';
import type { ItemFact } from './variance.js';

const LINES = 2;
const QUANTITY_LINES = 3;

/** Strings numbered in the order first seen. */
class Names {
  private readonly numbers = new Map<string, number>();
  readonly names: string[] = [];

  number(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.names.length;
      this.names.push(name);
      this.numbers.set(name, n);
    }
    return n;
  }
}

export class ItemLedger {
  private readonly vendorOfRaw = new Map<string, number>();
  private readonly vendors = new Names();
  private readonly monthOfDate = new Map<string, number>();
  private readonly months_ = new Names();
  private readonly groupNumbers = new Map<string, Map<string, number>>();
  private readonly groups: { category: string; pool: Pool }[] = [];
  /** item 0 is '' (lines without a quantity) */
  private readonly items = new Names();
  private readonly keys = new KeyTable();
  // fact i: amount units, scale, lines, quantity lines
  private readonly sums = new DecimalSums(2, 4096);
  private readonly quantities: (Decimal | undefined)[] = [];

  constructor(private readonly vendorKey: VendorKey = (v) => v) {
    this.items.number('');
  }

  private vendorOf(raw: string): number {
    let v = this.vendorOfRaw.get(raw);
    if (v === undefined) {
      v = this.vendors.number(this.vendorKey(raw) || '(no vendor)');
      if (this.vendorOfRaw.size < 100_000) this.vendorOfRaw.set((' ' + raw).slice(1), v);
    }
    return v;
  }

  private monthOfLine(date: string): number {
    let m = this.monthOfDate.get(date);
    if (m === undefined) {
      m = this.months_.number(monthOf(date));
      if (this.monthOfDate.size < 100_000) this.monthOfDate.set(date, m);
    }
    return m;
  }

  private groupNumber(category: string, pool: Pool): number {
    let byCategory = this.groupNumbers.get(pool);
    if (byCategory === undefined) this.groupNumbers.set(pool, (byCategory = new Map()));
    let g = byCategory.get(category);
    if (g === undefined) {
      g = this.groups.length;
      this.groups.push({ category, pool });
      byCategory.set(category, g);
    }
    return g;
  }

  addLine(line: ExpenseLine, c: Categorization): void {
    const vendor = this.vendorOf(line.vendor);
    const month = this.monthOfLine(line.date);
    const priced = line.quantity !== undefined && c.parts.length === 1;
    const item = priced ? this.items.number(`${line.account}\u0000${line.description}`) : 0;
    const parts = c.parts;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const f = this.keys.find(vendor, month, this.groupNumber(part.category, part.pool), item);
      if (f === this.sums.size) {
        this.sums.push();
        this.quantities.push(priced ? ZERO : undefined);
      }
      this.sums.add(f, part.amount);
      const data = this.sums.data;
      const at = f * this.sums.stride;
      data[at + LINES] = data[at + LINES]! + 1;
      if (priced) {
        this.quantities[f] = add(this.quantities[f] ?? ZERO, line.quantity!);
        data[at + QUANTITY_LINES] = data[at + QUANTITY_LINES]! + 1;
      }
    }
  }

  all(): ItemFact[] {
    const out: (ItemFact & { item: string })[] = new Array(this.sums.size);
    const { data, stride } = this.sums;
    for (let f = 0; f < this.sums.size; f++) {
      const g = this.groups[this.keys.key(f, 2)]!;
      out[f] = {
        category: g.category,
        pool: g.pool,
        vendor: this.vendors.names[this.keys.key(f, 0)]!,
        month: this.months_.names[this.keys.key(f, 1)]!,
        amount: this.sums.value(f),
        lines: data[f * stride + LINES]!,
        quantity: this.quantities[f],
        quantityLines: data[f * stride + QUANTITY_LINES]!,
        item: this.items.names[this.keys.key(f, 3)]!,
      };
    }
    return out.sort((a, b) => cmp(a.category, b.category) || cmp(a.pool, b.pool) || cmp(a.vendor, b.vendor) || cmp(a.month, b.month) || cmp(a.item, b.item));
  }

  months(): string[] {
    const seen = new Set<number>();
    for (let f = 0; f < this.sums.size; f++) seen.add(this.keys.key(f, 1));
    return [...seen].map((m) => this.months_.names[m]!).sort();
  }
}
