/**
 * The per-line records the savings detectors read. Savings need rows (pairs of charges, series of
 * one subscription), so `savings` keeps every line, but in columns (typed arrays and shared
 * strings, about 90 bytes a line) rather than as objects; a detector gets `SpendRecord` objects
 * made on demand, a vendor at a time. This module is the column store; the record type
 * (spend-record.ts), the shared names (record-names.ts), the plain-data frames carried between
 * threads and to disk (record-frame.ts) and the vendor × month view (record-store.ts) are their
 * own modules, re-exported here.
 */
import type { ExpenseLine } from '../../ingest/line.js';
import type { Categorization } from '../../rules/engine.js';
import type { Decimal } from '../../money/decimal.js';
import type { SavingsSource } from './source.js';
import { amountKey, seriesDescriptionKey } from './series.js';
import { lineTag, splitTag } from './line-tags.js';
import { fnv, RecordNames } from './record-names.js';
import type { RecordColumns, RecordFrame } from './record-frame.js';
import { type RecordStore, VendorMonth, type VendorSeries } from './record-store.js';
import type { SpendRecord } from './spend-record.js';

export { byDate, byRef, refOf, type SpendRecord } from './spend-record.js';
export { RecordNames, type VendorIdentity } from './record-names.js';
export type { RecordColumns, RecordFrame } from './record-frame.js';
export { type RecordStore, VendorMonth, type VendorSeries } from './record-store.js';

/** a source amount's units when it is the booked amount itself (or beyond a double's exact integers) */
const UNSAFE = Number.NaN;

/** Collects the lines of a scan as a RecordStore; one vendor lookup per distinct vendor string. */
export class RecordCollector implements RecordStore, SavingsSource {
  private readonly descriptions: string[] = [];
  private readonly tags: string[] = [];
  /** amounts whose units are beyond a double's exact integers, by line */
  private readonly bigUnits = new Map<number, { amount?: bigint; source?: bigint }>();
  /** quantity, usage and unit price, for the lines that carry any */
  private readonly extras = new Map<number, { quantity: Decimal | undefined; usage: Decimal | undefined; unitPrice: Decimal | undefined }>();
  private capacity = 1024;
  private n = 0;
  private source = new Uint16Array(this.capacity);
  private line = new Uint32Array(this.capacity);
  private date = new Uint32Array(this.capacity);
  private vendor = new Uint32Array(this.capacity);
  private account_ = new Uint32Array(this.capacity);
  private currency = new Uint16Array(this.capacity);
  private category = new Uint32Array(this.capacity);
  private units = new Float64Array(this.capacity);
  private scale = new Uint8Array(this.capacity);
  /** source amount: NaN units when it is the booked amount itself */
  private sourceUnits = new Float64Array(this.capacity);
  private sourceScale = new Uint8Array(this.capacity);
  private series: Map<string, VendorSeries> | undefined;
  lastDate: string | undefined;
  lastMonth: string | undefined;
  /** the rules that won a line (board: rules that never do) */
  readonly wins = new Set<string>();
  /** vendors (as written) with a line that already has a service period (a rule's amortize; on the accrual basis any): savings does not suggest amortizing them */
  readonly spread = new Set<string>();

  /** `names`: the names the lines refer to, shared by the collectors of one input (RecordNames) */
  constructor(readonly names = new RecordNames()) {}

  get size(): number {
    return this.n;
  }

  spend(): Map<string, VendorSeries> {
    return this.vendorSeries();
  }

  /** In memory, one store holds every group whole. */
  byAmount(): Iterable<RecordCollector> {
    return [this];
  }

  bySeries(): Iterable<RecordStore> {
    return [this];
  }

  /**
   * Add these lines' spend per vendor and month to `into` (vendor key → series), without the
   * line indexes vendorSeries keeps; `month` makes a series' entry for a month.
   */
  sumSpend(into: Map<string, VendorSeries>, month: (s: VendorSeries, month: string) => VendorMonth): void {
    const byVendor: (VendorSeries | null | undefined)[] = [];
    for (let i = 0; i < this.n; i++) {
      const v = this.vendor[i]!;
      let s = byVendor[v];
      if (s === undefined) {
        const id = this.names.vendors[v]!;
        // vendors without a name are left out, as in vendorSeries
        if (id.vendorKey === '') s = null;
        else {
          s = into.get(id.vendorKey);
          if (s === undefined) into.set(id.vendorKey, (s = { vendorKey: id.vendorKey, vendor: this.names.display(v), catalogId: id.catalogId, months: new Map() }));
        }
        byVendor[v] = s;
      }
      if (s === null) continue;
      const key = this.names.months[this.date[i]!]!;
      const m = s.months.get(key) ?? month(s, key);
      const units = this.units[i]!;
      if (Number.isNaN(units)) m.merge(this.decimal(i, 'amount'));
      else m.mergeUnits(units, this.scale[i]!);
    }
  }

  /** the vendor key of line i */
  vendorKey(i: number): string {
    return this.names.vendors[this.vendor[i]!]!.vendorKey;
  }

  /** whether line i carries both seats and active users (`unused`) */
  isSeatLine(i: number): boolean {
    const e = this.extras.get(i);
    return e !== undefined && e.quantity !== undefined && e.usage !== undefined;
  }

  /** the vendor of line i as written */
  rawVendor(i: number): string {
    return this.names.vendors[this.vendor[i]!]!.raw;
  }

  /** the month of line i */
  month(i: number): string {
    return this.names.months[this.date[i]!]!;
  }

  /** Add line i of another collector sharing these names, as it was added there. */
  copyLine(from: RecordCollector, i: number): void {
    if (from.names !== this.names) throw new Error('copyLine: the collectors must share their names');
    if (this.n === this.capacity) this.grow();
    const j = this.n++;
    this.series = undefined;
    this.source[j] = from.source[i]!;
    this.line[j] = from.line[i]!;
    this.date[j] = from.date[i]!;
    this.seen(from.date[i]!);
    this.vendor[j] = from.vendor[i]!;
    this.descriptions.push(from.descriptions[i]!);
    this.tags.push(from.tags[i]!);
    this.account_[j] = from.account_[i]!;
    this.currency[j] = from.currency[i]!;
    this.category[j] = from.category[i]!;
    this.units[j] = from.units[i]!;
    this.scale[j] = from.scale[i]!;
    this.sourceUnits[j] = from.sourceUnits[i]!;
    this.sourceScale[j] = from.sourceScale[i]!;
    const big = from.bigUnits.get(i);
    if (big !== undefined) this.bigUnits.set(j, big);
    const extra = from.extras.get(i);
    if (extra !== undefined) this.extras.set(j, extra);
  }

  /** a line of date number d was added */
  private seen(d: number): void {
    const date = this.names.dates.names[d]!;
    if (this.lastDate === undefined || date > this.lastDate) {
      this.lastDate = date;
      this.lastMonth = this.names.months[d];
    }
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.capacity);
      b.set(a);
      return b;
    };
    this.source = grown(this.source);
    this.line = grown(this.line);
    this.date = grown(this.date);
    this.vendor = grown(this.vendor);
    this.account_ = grown(this.account_);
    this.currency = grown(this.currency);
    this.category = grown(this.category);
    this.units = grown(this.units);
    this.scale = grown(this.scale);
    this.sourceUnits = grown(this.sourceUnits);
    this.sourceScale = grown(this.sourceScale);
  }

  add(line: ExpenseLine, booked: Decimal, c: Categorization): void {
    if (this.n === this.capacity) this.grow();
    const i = this.n++;
    this.series = undefined;
    const names = this.names;
    this.source[i] = names.sources.number(line.source);
    this.line[i] = line.line;
    const d = names.date(line.date);
    this.date[i] = d;
    if (this.lastDate === undefined || line.date > this.lastDate) {
      this.lastDate = line.date;
      this.lastMonth = names.months[d];
    }
    this.vendor[i] = names.vendor(line.vendor);
    names.countLines(this.vendor[i]!);
    this.descriptions.push(line.description.trim());
    this.tags.push(lineTag(line));
    this.account_[i] = names.accounts.number(line.account.trim());
    this.currency[i] = names.currencies.number(line.currency);
    this.category[i] = names.categories.number(c.parts[0]?.category ?? '');
    this.units[i] = this.store(i, booked.units, 'amount');
    this.scale[i] = booked.scale;
    if (line.amount === booked) this.sourceUnits[i] = UNSAFE;
    else {
      this.sourceUnits[i] = this.store(i, line.amount.units, 'source');
      this.sourceScale[i] = line.amount.scale;
    }
    if (line.quantity !== undefined || line.usage !== undefined || line.unitPrice !== undefined) this.extras.set(i, { quantity: line.quantity, usage: line.usage, unitPrice: line.unitPrice });
    if (c.rule !== undefined) this.wins.add(c.rule.id);
    if ((c.rule?.amortize ?? 0) > 1 || c.parts[0]?.share !== undefined) this.spread.add(line.vendor);
  }

  /** The lines as plain data (another thread's part, appended in file order by `append`). */
  columns(): RecordColumns {
    const n = this.n;
    return {
      n,
      wins: [...this.wins],
      spread: [...this.spread],
      lastDate: this.lastDate,
      vendors: this.names.vendors.map((v) => v.raw),
      sources: this.names.sources.names,
      dates: this.names.dates.names,
      accounts: this.names.accounts.names,
      currencies: this.names.currencies.names,
      categories: this.names.categories.names,
      descriptions: this.descriptions,
      tags: this.tags,
      source: this.source.slice(0, n),
      line: this.line.slice(0, n),
      date: this.date.slice(0, n),
      vendor: this.vendor.slice(0, n),
      account: this.account_.slice(0, n),
      currency: this.currency.slice(0, n),
      category: this.category.slice(0, n),
      units: this.units.slice(0, n),
      scale: this.scale.slice(0, n),
      sourceUnits: this.sourceUnits.slice(0, n),
      sourceScale: this.sourceScale.slice(0, n),
      bigUnits: [...this.bigUnits],
      extras: [...this.extras],
    };
  }

  /**
   * Each line's partition (of `partitions`) by the groups the detectors compare: by vendor and
   * amount (duplicate charges), and, for a positive amount, by vendor and description
   * (price series; -1 otherwise). Equal groups get equal partitions.
   */
  partitions(partitions: number): { byAmount: Int32Array; bySeries: Int32Array } {
    const n = this.n;
    const byAmount = new Int32Array(n);
    const bySeries = new Int32Array(n);
    const names = this.names;
    for (let i = 0; i < n; i++) {
      const v = names.vendorHash(this.vendor[i]!);
      const units = this.units[i]!;
      const positive = Number.isNaN(units) ? this.bigUnits.get(i)!.amount! > 0n : units > 0;
      if (!positive) {
        byAmount[i] = (v >>> 0) % partitions;
        bySeries[i] = -1;
        continue;
      }
      byAmount[i] = (fnv(amountKey(this.amount(i)), v) >>> 0) % partitions;
      bySeries[i] = (fnv(seriesDescriptionKey(this.descriptions[i]!), v) >>> 0) % partitions;
    }
    return { byAmount, bySeries };
  }

  /**
   * Some of the lines (indexes in order) as plain data whose numbers refer to these names: a
   * partition of these lines, to spill (io/spill.ts). `appendFrame` reads it back.
   */
  frame(indexes: readonly number[]): RecordFrame {
    const n = indexes.length;
    const f: RecordFrame = {
      n,
      source: new Uint16Array(n),
      line: new Uint32Array(n),
      date: new Uint32Array(n),
      vendor: new Uint32Array(n),
      account: new Uint32Array(n),
      currency: new Uint16Array(n),
      category: new Uint32Array(n),
      units: new Float64Array(n),
      scale: new Uint8Array(n),
      sourceUnits: new Float64Array(n),
      sourceScale: new Uint8Array(n),
      descriptions: new Array<string>(n),
      tags: new Array<string>(n),
      bigUnits: [],
      extras: [],
    };
    for (let j = 0; j < n; j++) {
      const i = indexes[j]!;
      f.source[j] = this.source[i]!;
      f.line[j] = this.line[i]!;
      f.date[j] = this.date[i]!;
      f.vendor[j] = this.vendor[i]!;
      f.account[j] = this.account_[i]!;
      f.currency[j] = this.currency[i]!;
      f.category[j] = this.category[i]!;
      f.units[j] = this.units[i]!;
      f.scale[j] = this.scale[i]!;
      f.sourceUnits[j] = this.sourceUnits[i]!;
      f.sourceScale[j] = this.sourceScale[i]!;
      f.descriptions[j] = this.descriptions[i]!;
      f.tags[j] = this.tags[i]!;
    }
    if (this.bigUnits.size > 0 || this.extras.size > 0) {
      for (let j = 0; j < n; j++) {
        const big = this.bigUnits.get(indexes[j]!);
        if (big !== undefined) f.bigUnits.push([j, big]);
        const extra = this.extras.get(indexes[j]!);
        if (extra !== undefined) f.extras.push([j, extra]);
      }
    }
    return f;
  }

  /** Add a frame of lines whose numbers refer to these names (`frame`), after these. */
  appendFrame(f: RecordFrame): void {
    this.series = undefined;
    while (this.capacity < this.n + f.n) this.grow();
    const at = this.n;
    this.source.set(f.source, at);
    this.line.set(f.line, at);
    this.date.set(f.date, at);
    this.vendor.set(f.vendor, at);
    this.account_.set(f.account, at);
    this.currency.set(f.currency, at);
    this.category.set(f.category, at);
    this.units.set(f.units, at);
    this.scale.set(f.scale, at);
    this.sourceUnits.set(f.sourceUnits, at);
    this.sourceScale.set(f.sourceScale, at);
    for (const d of f.descriptions) this.descriptions.push(d);
    for (const t of f.tags) this.tags.push(t);
    for (const [j, big] of f.bigUnits) this.bigUnits.set(at + j, big);
    for (const [j, extra] of f.extras) this.extras.set(at + j, extra);
    this.n += f.n;
    for (let j = 0; j < f.n; j++) this.seen(f.date[j]!);
  }

  /**
   * Add lines collected elsewhere after these, as if they had been added here one by one:
   * vendor names are identified again here, and their lines counted for the display spelling.
   */
  append(c: RecordColumns): void {
    this.series = undefined;
    const names = this.names;
    const vendors = c.vendors.map((raw) => names.vendor(raw));
    const sources = c.sources.map((x) => names.sources.number(x));
    const dates = c.dates.map((d) => names.date(d));
    const accounts = c.accounts.map((x) => names.accounts.number(x));
    const currencies = c.currencies.map((x) => names.currencies.number(x));
    const categories = c.categories.map((x) => names.categories.number(x));
    const base = this.n;
    for (let j = 0; j < c.n; j++) {
      if (this.n === this.capacity) this.grow();
      const i = this.n++;
      this.source[i] = sources[c.source[j]!]!;
      this.line[i] = c.line[j]!;
      this.date[i] = dates[c.date[j]!]!;
      this.vendor[i] = vendors[c.vendor[j]!]!;
      names.countLines(this.vendor[i]!);
      this.descriptions.push(c.descriptions[j]!);
      this.tags.push(c.tags[j]!);
      this.account_[i] = accounts[c.account[j]!]!;
      this.currency[i] = currencies[c.currency[j]!]!;
      this.category[i] = categories[c.category[j]!]!;
      this.units[i] = c.units[j]!;
      this.scale[i] = c.scale[j]!;
      this.sourceUnits[i] = c.sourceUnits[j]!;
      this.sourceScale[i] = c.sourceScale[j]!;
    }
    for (const [j, big] of c.bigUnits) this.bigUnits.set(base + j, big);
    for (const [j, extra] of c.extras) this.extras.set(base + j, extra);
    for (const w of c.wins) this.wins.add(w);
    for (const v of c.spread) this.spread.add(v);
    if (c.lastDate !== undefined && (this.lastDate === undefined || c.lastDate > this.lastDate)) {
      this.lastDate = c.lastDate;
      this.lastMonth = names.months[names.date(c.lastDate)];
    }
  }

  /** Units as a number, or NaN with the bigint kept aside. */
  private store(i: number, units: bigint, which: 'amount' | 'source'): number {
    const n = Number(units);
    if (Number.isSafeInteger(n)) return n;
    const big = this.bigUnits.get(i) ?? {};
    big[which] = units;
    this.bigUnits.set(i, big);
    return UNSAFE;
  }

  private decimal(i: number, which: 'amount' | 'source'): Decimal {
    const u = which === 'amount' ? this.units[i]! : this.sourceUnits[i]!;
    const units = Number.isNaN(u) ? this.bigUnits.get(i)![which]! : BigInt(u);
    return { units, scale: which === 'amount' ? this.scale[i]! : this.sourceScale[i]! };
  }

  amount(i: number): Decimal {
    return this.decimal(i, 'amount');
  }

  description(i: number): string {
    return this.descriptions[i]!;
  }

  account(i: number): string {
    return this.names.accounts.names[this.account_[i]!]!;
  }

  record(i: number): SpendRecord {
    const id = this.names.vendors[this.vendor[i]!]!;
    const amount = this.decimal(i, 'amount');
    const sameSource = Number.isNaN(this.sourceUnits[i]!) && this.bigUnits.get(i)?.source === undefined;
    const extra = this.extras.get(i);
    const tag = splitTag(this.tags[i]!);
    return {
      source: this.names.sources.names[this.source[i]!]!,
      line: this.line[i]!,
      date: this.names.dates.names[this.date[i]!]!,
      month: this.names.months[this.date[i]!]!,
      vendor: this.names.display(this.vendor[i]!),
      vendorKey: id.vendorKey,
      catalogId: id.catalogId,
      description: this.descriptions[i]!,
      account: this.names.accounts.names[this.account_[i]!]!,
      amount,
      sourceAmount: sameSource ? amount : this.decimal(i, 'source'),
      currency: this.names.currencies.names[this.currency[i]!]!,
      category: this.names.categories.names[this.category[i]!]!,
      quantity: extra?.quantity,
      usage: extra?.usage,
      unitPrice: extra?.unitPrice,
      reference: tag.reference,
      split: tag.split,
    };
  }

  vendorSeries(): Map<string, VendorSeries> {
    if (this.series !== undefined) return this.series;
    const out = new Map<string, VendorSeries>();
    for (let i = 0; i < this.n; i++) {
      const id = this.names.vendors[this.vendor[i]!]!;
      // vendors without a name are left out: nothing to act on
      if (id.vendorKey === '') continue;
      let s = out.get(id.vendorKey);
      if (s === undefined) out.set(id.vendorKey, (s = { vendorKey: id.vendorKey, vendor: this.names.display(this.vendor[i]!), catalogId: id.catalogId, months: new Map() }));
      const month = this.names.months[this.date[i]!]!;
      let m = s.months.get(month);
      if (m === undefined) s.months.set(month, (m = new VendorMonth(this)));
      const units = this.units[i]!;
      if (Number.isNaN(units)) m.add(i, this.decimal(i, 'amount'));
      else m.addUnits(i, units, this.scale[i]!);
    }
    return (this.series = out);
  }

  seatRecords(): SpendRecord[] {
    const out: SpendRecord[] = [];
    for (const [i, e] of [...this.extras].sort((a, b) => a[0] - b[0])) if (e.quantity !== undefined && e.usage !== undefined) out.push(this.record(i));
    return out;
  }
}
