/**
 * Aggregates, not rows: spend summed by category, finance pool, vendor and month. Every
 * report is computed from these facts, so memory stays bounded however long the input.
 */
import type { Categorization } from '../rules/engine.js';
import type { ExpenseLine } from '../ingest/line.js';
import type { Pool } from '../config/schema.js';
import { add, type Decimal, DecimalSums, ZERO } from '../money/decimal.js';
import { monthOf } from '../period/period.js';
import { Names } from './names.js';
import { detach } from '../ingest/detach.js';
import { spellingDisplay } from '../catalog/vendor-key.js';

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
  /**
   * The rule whose own `capitalize` share applies to this spend (analysis/capex); absent: the
   * category's. Only `Ledger.capexFacts` keeps it: `all()` sums over it, so no other figure sees it.
   */
  capexRule?: string | undefined;
}

export type VendorKey = (vendor: string) => string;

/**
 * The key under which vendor names (as the VendorKey made them) are one vendor, shown with their
 * most frequent spelling; undefined keeps a name as it is (a catalog name).
 */
export type SpellingKey = (vendor: string) => string | undefined;

/**
 * The facts live in flat arrays, not objects, while lines are added: a line finds its fact
 * through small integers (vendor, month, category × pool) in one open-addressing table, and
 * sums into a Float64Array (amount units, scale, lines, quantity lines), so a line touches a
 * couple of cache lines instead of a chain of objects. Facts are built when they are read.
 */
const LINES = 2;
const QUANTITY_LINES = 3;

/**
 * Entries numbered 0, 1, 2, … by a key of four non-negative integers, in an open-addressing
 * table of typed arrays (no key string or object per lookup).
 */
export class KeyTable {
  private keys = new Int32Array(4 * 4096);
  /** slot → entry + 1 (0: empty) */
  private table = new Int32Array(1 << 13);
  size = 0;

  private static hash(a: number, b: number, c: number, d: number): number {
    return Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b) ^ Math.imul(c + 1, 0xc2b2ae35) ^ Math.imul(d + 1, 0x27d4eb2f);
  }

  /** The entry of this key; a new entry (numbered `size` before the call) when it is new. */
  find(a: number, b: number, c: number, d: number): number {
    const table = this.table;
    const mask = table.length - 1;
    const keys = this.keys;
    let i = KeyTable.hash(a, b, c, d) & mask;
    for (;;) {
      const e = table[i]!;
      if (e === 0) break;
      const k = (e - 1) * 4;
      if (keys[k] === a && keys[k + 1] === b && keys[k + 2] === c && keys[k + 3] === d) return e - 1;
      i = (i + 1) & mask;
    }
    const entry = this.size++;
    if (this.size * 4 > keys.length) {
      const grown = new Int32Array(keys.length * 2);
      grown.set(keys);
      this.keys = grown;
    }
    const k = entry * 4;
    this.keys[k] = a;
    this.keys[k + 1] = b;
    this.keys[k + 2] = c;
    this.keys[k + 3] = d;
    table[i] = entry + 1;
    if (this.size * 2 > table.length) this.rehash();
    return entry;
  }

  /** Part `n` (0-3) of entry `entry`'s key. */
  key(entry: number, n: number): number {
    return this.keys[entry * 4 + n]!;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    const keys = this.keys;
    for (let e = 0; e < this.size; e++) {
      const k = e * 4;
      let i = KeyTable.hash(keys[k]!, keys[k + 1]!, keys[k + 2]!, keys[k + 3]!) & mask;
      while (table[i] !== 0) i = (i + 1) & mask;
      table[i] = e + 1;
    }
    this.table = table;
  }
}

export class Ledger {
  // interned names: the vendor as written → vendor number (no key string per line)
  private readonly vendorOfRaw = new Map<string, number>();
  private readonly vendors = new Names();
  // date (yyyy-MM-dd, one string per date from the date reader) → month number
  private readonly monthOfDate = new Map<string, number>();
  private readonly months_ = new Names();
  // pool → category → category × pool number
  private readonly groupNumbers = new Map<string, Map<string, number>>();
  private readonly groups: { category: string; pool: Pool; vendors: boolean; capexRule: string | undefined }[] = [];
  /** some spend is kept apart under a rule's own capex share (see capexFacts) */
  private capexRules = false;
  /** the vendor number of facts whose category keeps no vendor detail */
  private noVendor = -1;
  // itemized ledgers: account + description of priced lines → item number; 0 is '' (unpriced)
  private readonly items = new Names('');

  // fact i: sums.data[i * stride ...] = amount units, scale, lines, quantity lines
  private readonly sums = new DecimalSums(2, 4096);
  /** fact i's vendor, month, category × pool numbers */
  private readonly keys = new KeyTable();
  private readonly quantities: (Decimal | undefined)[] = [];

  /**
   * `itemized`: keep lines that carry a quantity apart per item (account + description: one
   * FOCUS service of one sub-account, one seat plan), the grain price and volume need.
   */
  constructor(
    private readonly vendorKey: VendorKey = (v) => v,
    private readonly itemized = false,
    /** categories whose facts keep the vendor (default: all); the others sum over vendors */
    private readonly keepsVendor?: (category: string) => boolean,
    /** merge spellings of one vendor (set on the ledger a report reads, not on a thread's part of it) */
    private readonly spellingKey?: SpellingKey,
  ) {}

  private vendorOf(raw: string): number {
    let v = this.vendorOfRaw.get(raw);
    if (v === undefined) {
      v = this.vendors.number(this.vendorKey(raw) || '(no vendor)');
      // copy the key: raw may be a slice of a large parser chunk
      if (this.vendorOfRaw.size < 100_000) this.vendorOfRaw.set(detach(raw), v);
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

  private groupNumber(category: string, pool: Pool, capexRule?: string): number {
    let byCategory = this.groupNumbers.get(pool);
    if (byCategory === undefined) this.groupNumbers.set(pool, (byCategory = new Map()));
    const key = capexRule === undefined ? category : `${category}\u0000${capexRule}`;
    let g = byCategory.get(key);
    if (g === undefined) {
      g = this.groups.length;
      this.groups.push({ category, pool, vendors: this.keepsVendor === undefined || this.keepsVendor(category), capexRule });
      if (capexRule !== undefined) this.capexRules = true;
      byCategory.set(key, g);
    }
    return g;
  }

  // a one-part rule always books to the same category and pool: its group, found once
  private readonly byRule: { category: string; pool: Pool; group: number }[] = [];

  private ruleGroup(index: number, part: { category: string; pool: Pool }, capexRule: string | undefined): number {
    const known = this.byRule[index];
    if (known !== undefined && known.category === part.category && known.pool === part.pool) return known.group;
    const group = this.groupNumber(part.category, part.pool, capexRule);
    this.byRule[index] = { category: part.category, pool: part.pool, group };
    return group;
  }

  /** The fact of vendor × month × group × item, made when first needed. */
  private factOf(vendor: number, month: number, group: number, item = 0): number {
    const f = this.keys.find(vendor, month, group, item);
    if (f < this.sums.size) return f;
    this.sums.push();
    this.quantities.push(undefined);
    return f;
  }

  private noVendorNumber(): number {
    if (this.noVendor < 0) this.noVendor = this.vendors.number('(no vendor)');
    return this.noVendor;
  }

  /** Add a fact computed elsewhere (another thread's ledger over part of the input): sums exactly. */
  addFact(fact: Fact & { item?: string }): void {
    const g = this.groupNumber(fact.category, fact.pool, fact.capexRule);
    const item = this.itemized ? this.items.number(fact.item ?? '') : 0;
    const f = this.factOf(this.groups[g]!.vendors ? this.vendors.number(fact.vendor) : this.noVendorNumber(), this.months_.number(fact.month), g, item);
    this.sums.add(f, fact.amount);
    const at = f * this.sums.stride;
    this.sums.data[at + LINES] = this.sums.data[at + LINES]! + fact.lines;
    if (fact.quantity !== undefined) this.quantities[f] = add(this.quantities[f] ?? ZERO, fact.quantity);
    this.sums.data[at + QUANTITY_LINES] = this.sums.data[at + QUANTITY_LINES]! + fact.quantityLines;
  }

  /**
   * Lines summed elsewhere (an engine's GROUP BY) at the grain addLine keeps: the vendor as the
   * line reads (this ledger's vendor key applies), one month (yyyy-MM), one category × pool, the item
   * (account + NUL + description of priced one-part lines; '' otherwise).
   */
  addSummed(g: { vendor: string; month: string; category: string; pool: Pool; item: string; amount: Decimal; lines: number; quantity: Decimal | undefined; quantityLines: number }): void {
    const group = this.groupNumber(g.category, g.pool);
    const v = this.groups[group]!.vendors ? this.vendorOf(g.vendor) : this.noVendorNumber();
    const f = this.factOf(v, this.months_.number(g.month), group, this.itemized && g.item !== '' ? this.items.number(g.item) : 0);
    this.sums.add(f, g.amount);
    const at = f * this.sums.stride;
    this.sums.data[at + LINES] = this.sums.data[at + LINES]! + g.lines;
    if (g.quantity !== undefined) this.quantities[f] = add(this.quantities[f] ?? ZERO, g.quantity);
    this.sums.data[at + QUANTITY_LINES] = this.sums.data[at + QUANTITY_LINES]! + g.quantityLines;
  }

  addLine(line: ExpenseLine, c: Categorization): void {
    // the vendor is looked up only for a category that keeps it
    let vendor = -1;
    const month = this.monthOfLine(line.date);
    const parts = c.parts;
    const quantity = parts.length === 1 ? line.quantity : undefined;
    const item = this.itemized && quantity !== undefined ? this.items.number(`${line.account}\u0000${line.description}`) : 0;
    // a rule with its own capex share: its spend is kept apart (capexFacts), summed with the rest everywhere else
    const capexRule = c.rule?.capitalize === undefined ? undefined : c.rule.id;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const g = parts.length === 1 && c.rule !== undefined ? this.ruleGroup(c.rule.index, part, capexRule) : this.groupNumber(part.category, part.pool, capexRule);
      let v: number;
      if (this.groups[g]!.vendors) v = vendor < 0 ? (vendor = this.vendorOf(line.vendor)) : vendor;
      else v = this.noVendorNumber();
      // accrual basis: the part's own month of expense
      const f = this.factOf(v, part.month === undefined ? month : this.months_.number(part.month), g, item);
      this.sums.add(f, part.amount);
      const data = this.sums.data;
      const at = f * this.sums.stride;
      data[at + LINES] = data[at + LINES]! + 1;
      if (quantity !== undefined) {
        this.quantities[f] = add(this.quantities[f] ?? ZERO, quantity);
        data[at + QUANTITY_LINES] = data[at + QUANTITY_LINES]! + 1;
      }
    }
  }

  /** accrual basis: facts of months after this one are deferred to later periods, in no figure */
  private cutoff: string | undefined;

  private cut(f: number): boolean {
    return this.cutoff !== undefined && this.months_.names[this.keys.key(f, 1)]! > this.cutoff;
  }

  /**
   * Accrual basis: leave out the months after `month` (expense spread past the end of the data,
   * deferred to later periods) and return their sum, for the reconciliation.
   */
  cutAfter(month: string): Decimal {
    let t: Decimal = ZERO;
    for (let f = 0; f < this.sums.size; f++) if (this.months_.names[this.keys.key(f, 1)]! > month && !this.cut(f)) t = add(t, this.sums.value(f));
    this.cutoff = this.cutoff === undefined || month < this.cutoff ? month : this.cutoff;
    return t;
  }

  /** The facts, in the order they were first seen. */
  private facts(months?: ReadonlySet<string>): (Fact & { item?: string })[] {
    const out: (Fact & { item?: string })[] = [];
    const { data, stride } = this.sums;
    for (let f = 0; f < this.sums.size; f++) {
      if (this.cut(f)) continue;
      if (months !== undefined && !months.has(this.months_.names[this.keys.key(f, 1)]!)) continue;
      const g = this.groups[this.keys.key(f, 2)]!;
      out.push({
        category: g.category,
        pool: g.pool,
        vendor: this.vendors.names[this.keys.key(f, 0)]!,
        month: this.months_.names[this.keys.key(f, 1)]!,
        amount: this.sums.value(f),
        lines: data[f * stride + LINES]!,
        quantity: this.quantities[f],
        quantityLines: data[f * stride + QUANTITY_LINES]!,
        ...(g.capexRule !== undefined ? { capexRule: g.capexRule } : {}),
        ...(this.itemized ? { item: this.items.names[this.keys.key(f, 3)]! } : {}),
      });
    }
    return out;
  }

  /**
   * Facts in a stable order (category, pool, vendor, month, item), independent of input order;
   * with `months`, only those months' (a report that compares two periods reads no others).
   */
  all(months?: ReadonlySet<string>): Fact[] {
    return this.sorted(this.capexRules ? mergeFacts(this.facts(months).map(({ capexRule: _, ...f }) => f), new Map()) : this.facts(months));
  }

  /**
   * The facts with the spend of rules that carry their own capex share kept apart (`capexRule`):
   * what analysis/capex splits, and what a thread's ledger hands the run's (`addFact` keeps it).
   * The same facts as `all()` where no rule has a share.
   */
  capexFacts(months?: ReadonlySet<string>): Fact[] {
    return this.sorted(this.facts(months));
  }

  private sorted(facts: (Fact & { item?: string })[]): Fact[] {
    const merged = this.spellingKey === undefined ? facts : mergeFacts(facts, this.spellingDisplay(this.spellingKey));
    return merged.sort(
      (a, b) => cmp(a.category, b.category) || cmp(a.pool, b.pool) || cmp(a.vendor, b.vendor) || cmp(a.month, b.month) || cmp(a.item ?? '', b.item ?? '') || cmp(a.capexRule ?? '', b.capexRule ?? ''),
    );
  }

  /** Each vendor name's display, from the lines of every month (so every period shows the same spelling). */
  private spellingDisplay(key: SpellingKey): Map<string, string> {
    const lines = new Map<string, number>();
    const { data, stride } = this.sums;
    for (let f = 0; f < this.sums.size; f++) {
      const name = this.vendors.names[this.keys.key(f, 0)]!;
      lines.set(name, (lines.get(name) ?? 0) + data[f * stride + LINES]!);
    }
    return spellingDisplay(lines, (name) => (name === '(no vendor)' ? undefined : key(name)));
  }

  months(): string[] {
    const seen = new Set<number>();
    for (let f = 0; f < this.sums.size; f++) if (!this.cut(f)) seen.add(this.keys.key(f, 1));
    return [...seen].map((m) => this.months_.names[m]!).sort();
  }

  total(): Decimal {
    let t: Decimal = ZERO;
    for (let f = 0; f < this.sums.size; f++) if (!this.cut(f)) t = add(t, this.sums.value(f));
    return t;
  }
}

/** Facts renamed to their vendor's display spelling, those that then share a key (with their capex rule, if kept) summed. */
function mergeFacts(facts: (Fact & { item?: string })[], display: ReadonlyMap<string, string>): (Fact & { item?: string })[] {
  const out = new Map<string, Fact & { item?: string }>();
  for (const f of facts) {
    const vendor = display.get(f.vendor) ?? f.vendor;
    const key = `${f.category}\u0000${f.pool}\u0000${vendor}\u0000${f.month}\u0000${f.item ?? ''}\u0000${f.capexRule ?? ''}`;
    const into = out.get(key);
    if (into === undefined) {
      out.set(key, vendor === f.vendor ? f : { ...f, vendor });
      continue;
    }
    into.amount = add(into.amount, f.amount);
    into.lines += f.lines;
    into.quantityLines += f.quantityLines;
    if (f.quantity !== undefined) into.quantity = into.quantity === undefined ? f.quantity : add(into.quantity, f.quantity);
  }
  return [...out.values()];
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
