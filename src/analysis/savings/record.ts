/**
 * The per-line records the savings detectors read. Savings need rows (pairs of charges, series of
 * one subscription), so `savings` keeps every line, but in columns (typed arrays and shared
 * strings, about 90 bytes a line) rather than as objects; a detector gets `SpendRecord` objects
 * made on demand, a vendor at a time.
 */
import type { SourceRef } from '../../ingest/line.js';
import type { ExpenseLine } from '../../ingest/line.js';
import type { Categorization } from '../../rules/engine.js';
import { lookupVendor, normalizeVendorName } from '../../catalog/catalog.js';
import { type Decimal, DecimalSum } from '../../money/decimal.js';
import { monthOf } from '../../period/period.js';
import { Names } from '../names.js';
import type { SavingsSource } from './source.js';
import { amountKey, descriptionKey } from './series.js';

export interface SpendRecord extends SourceRef {
  date: string;
  month: string;
  /** display name: the catalog name, else the first spelling seen */
  vendor: string;
  /** grouping key: `catalog:<id>`, else the normalized name */
  vendorKey: string;
  catalogId: string | undefined;
  description: string;
  account: string;
  /** booked in the reporting currency, expense positive */
  amount: Decimal;
  /** as written, in the source currency */
  sourceAmount: Decimal;
  currency: string;
  /** the category of the line (the first part of a split) */
  category: string;
  quantity: Decimal | undefined;
  usage: Decimal | undefined;
  unitPrice: Decimal | undefined;
}

/**
 * What a vendor as written stands for: the catalog's vendor, else its normalized name, shown as
 * the first spelling seen (recorded in `displayByKey`).
 */
export function identifyVendor(raw: string, displayByKey: Map<string, string>): VendorIdentity {
  const trimmed = raw.trim();
  const catalog = trimmed === '' ? undefined : lookupVendor(trimmed);
  if (catalog !== undefined) return { raw, vendor: catalog.name, vendorKey: `catalog:${catalog.id}`, catalogId: catalog.id };
  const normalized = normalizeVendorName(trimmed);
  const vendorKey = normalized === '' ? '' : `name:${normalized}`;
  let vendor = displayByKey.get(vendorKey);
  if (vendor === undefined) displayByKey.set(vendorKey, (vendor = trimmed));
  return { raw, vendor, vendorKey, catalogId: undefined };
}

/** Vendor identities by the vendor as written, shared by the collectors of one input. */
export class VendorIdentities {
  private readonly byRaw = new Map<string, VendorIdentity>();

  /** `display`: the first spelling seen of each vendor key */
  constructor(readonly display = new Map<string, string>()) {}

  of(raw: string): VendorIdentity {
    let id = this.byRaw.get(raw);
    if (id === undefined) this.byRaw.set(raw, (id = identifyVendor(raw, this.display)));
    return id;
  }
}

export interface VendorIdentity {
  /** the vendor as written (first spelling of this identity's lines) */
  raw: string;
  vendor: string;
  vendorKey: string;
  catalogId: string | undefined;
}

/** A collector's lines as plain data, to carry between threads (`RecordCollector.append`). */
export interface RecordColumns {
  n: number;
  wins: string[];
  lastDate: string | undefined;
  vendors: string[];
  sources: string[];
  dates: string[];
  accounts: string[];
  currencies: string[];
  categories: string[];
  descriptions: string[];
  source: Uint16Array;
  line: Uint32Array;
  date: Uint32Array;
  vendor: Uint32Array;
  account: Uint32Array;
  currency: Uint16Array;
  category: Uint32Array;
  units: Float64Array;
  scale: Uint8Array;
  sourceUnits: Float64Array;
  sourceScale: Uint8Array;
  bigUnits: [number, { amount?: bigint; source?: bigint }][];
  extras: [number, { quantity: Decimal | undefined; usage: Decimal | undefined; unitPrice: Decimal | undefined }][];
}

/** Spend of one vendor in one month, and its lines (records made on each read). */
export class VendorMonth {
  private readonly sum = new DecimalSum();
  readonly indexes: number[] = [];

  constructor(private readonly store: RecordStore) {}

  add(i: number, amount: Decimal): void {
    this.sum.add(amount);
    this.indexes.push(i);
  }

  /** `add` with the amount's units as a safe integer */
  addUnits(i: number, units: number, scale: number): void {
    this.sum.addNumber(units, scale);
    this.indexes.push(i);
  }

  /** spend counted elsewhere (another part of the lines), without lines here */
  merge(amount: Decimal): void {
    this.sum.add(amount);
  }

  get amount(): Decimal {
    return this.sum.value();
  }

  /** whether a detector has read this month's records (see monthly.ts) */
  read = false;

  get records(): SpendRecord[] {
    this.read = true;
    return this.indexes.map((i) => this.store.record(i));
  }
}

export interface VendorSeries {
  vendorKey: string;
  vendor: string;
  catalogId: string | undefined;
  months: Map<string, VendorMonth>;
}

/** The lines' records, column by column. */
export interface RecordStore {
  readonly size: number;
  /** the latest date and month of any line */
  readonly lastDate: string | undefined;
  readonly lastMonth: string | undefined;
  /** line i's record, made on demand */
  record(i: number): SpendRecord;
  /** parts of line i's record, without making it */
  amount(i: number): Decimal;
  description(i: number): string;
  account(i: number): string;
  /** spend per named vendor and month, vendors and months in the order first seen */
  vendorSeries(): Map<string, VendorSeries>;
  /** the records of lines that carry both a quantity and a usage (seat exports) */
  seatRecords(): SpendRecord[];
}

const UNSAFE = Number.NaN;

const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 units, from `h`. */
function fnv(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Collects the lines of a scan as a RecordStore; one vendor lookup per distinct vendor string. */
export class RecordCollector implements RecordStore, SavingsSource {
  private readonly identities = new Map<string, number>();
  private readonly identityList: VendorIdentity[] = [];
  private readonly sources = new Names();
  private readonly dates = new Names();
  private readonly monthOfDate: string[] = [];
  private readonly accounts = new Names();
  private readonly currencies = new Names();
  private readonly categories = new Names();
  private readonly descriptions: string[] = [];
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
  /** for columnsOf: a renumbering table, and the vendors as written */
  private scratch = new Int32Array(0);
  private rawVendors: string[] = [];
  lastDate: string | undefined;
  lastMonth: string | undefined;
  /** the rules that won a line (board: rules that never do) */
  readonly wins = new Set<string>();

  /**
   * `vendors`: what each vendor as written stands for, and its display name (the first spelling
   * seen). Lines taken apart (spilled partitions, a window of months) share the whole input's, so
   * a vendor is named the same in every part, and looked up in the catalog once.
   */
  constructor(readonly vendors = new VendorIdentities()) {}

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

  /** the vendor key of line i */
  vendorKey(i: number): string {
    return this.identityList[this.vendor[i]!]!.vendorKey;
  }

  /** whether line i carries both seats and active users (`unused`) */
  isSeatLine(i: number): boolean {
    const e = this.extras.get(i);
    return e !== undefined && e.quantity !== undefined && e.usage !== undefined;
  }

  /** the month of line i */
  month(i: number): string {
    return this.monthOfDate[this.date[i]!]!;
  }

  /** Add line i of another collector, as it was added there. */
  copyLine(from: RecordCollector, i: number): void {
    if (this.n === this.capacity) this.grow();
    const j = this.n++;
    this.series = undefined;
    this.source[j] = this.sources.number(from.sources.names[from.source[i]!]!);
    this.line[j] = from.line[i]!;
    const date = from.dates.names[from.date[i]!]!;
    const d = this.dates.number(date);
    if (d === this.monthOfDate.length) this.monthOfDate.push(from.monthOfDate[from.date[i]!]!);
    this.date[j] = d;
    if (this.lastDate === undefined || date > this.lastDate) {
      this.lastDate = date;
      this.lastMonth = this.monthOfDate[d];
    }
    this.vendor[j] = this.identify(from.identityList[from.vendor[i]!]!.raw);
    this.descriptions.push(from.descriptions[i]!);
    this.account_[j] = this.accounts.number(from.accounts.names[from.account_[i]!]!);
    this.currency[j] = this.currencies.number(from.currencies.names[from.currency[i]!]!);
    this.category[j] = this.categories.number(from.categories.names[from.category[i]!]!);
    this.units[j] = from.units[i]!;
    this.scale[j] = from.scale[i]!;
    this.sourceUnits[j] = from.sourceUnits[i]!;
    this.sourceScale[j] = from.sourceScale[i]!;
    const big = from.bigUnits.get(i);
    if (big !== undefined) this.bigUnits.set(j, big);
    const extra = from.extras.get(i);
    if (extra !== undefined) this.extras.set(j, extra);
  }

  private identify(raw: string): number {
    let id = this.identities.get(raw);
    if (id !== undefined) return id;
    id = this.identityList.length;
    this.identityList.push(this.vendors.of(raw));
    this.identities.set(raw, id);
    return id;
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
    this.source[i] = this.sources.number(line.source);
    this.line[i] = line.line;
    const d = this.dates.number(line.date);
    if (d === this.monthOfDate.length) this.monthOfDate.push(monthOf(line.date));
    this.date[i] = d;
    if (this.lastDate === undefined || line.date > this.lastDate) {
      this.lastDate = line.date;
      this.lastMonth = this.monthOfDate[d];
    }
    this.vendor[i] = this.identify(line.vendor);
    this.descriptions.push(line.description.trim());
    this.account_[i] = this.accounts.number(line.account.trim());
    this.currency[i] = this.currencies.number(line.currency);
    this.category[i] = this.categories.number(c.parts[0]?.category ?? '');
    this.units[i] = this.store(i, booked.units, 'amount');
    this.scale[i] = booked.scale;
    if (line.amount === booked) this.sourceUnits[i] = UNSAFE;
    else {
      this.sourceUnits[i] = this.store(i, line.amount.units, 'source');
      this.sourceScale[i] = line.amount.scale;
    }
    if (line.quantity !== undefined || line.usage !== undefined || line.unitPrice !== undefined) this.extras.set(i, { quantity: line.quantity, usage: line.usage, unitPrice: line.unitPrice });
    if (c.rule !== undefined) this.wins.add(c.rule.id);
  }

  /** The lines as plain data (another thread's part, appended in file order by `append`). */
  columns(): RecordColumns {
    const n = this.n;
    return {
      n,
      wins: [...this.wins],
      lastDate: this.lastDate,
      vendors: this.identityList.map((v) => v.raw),
      sources: this.sources.names,
      dates: this.dates.names,
      accounts: this.accounts.names,
      currencies: this.currencies.names,
      categories: this.categories.names,
      descriptions: this.descriptions,
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
   * amount (duplicate charges), and, for a positive amount, by vendor, account and description
   * (price series; -1 otherwise). Equal groups get equal partitions.
   */
  partitions(partitions: number): { byAmount: Int32Array; bySeries: Int32Array } {
    const n = this.n;
    const byAmount = new Int32Array(n);
    const bySeries = new Int32Array(n);
    // hashed once per distinct vendor and account
    const vendorHash = this.identityList.map((v) => fnv(v.vendorKey, FNV_SEED));
    const accountHash = this.accounts.names.map((a) => fnv(a.toLowerCase(), FNV_SEED));
    for (let i = 0; i < n; i++) {
      const v = vendorHash[this.vendor[i]!]!;
      const units = this.units[i]!;
      const positive = Number.isNaN(units) ? this.bigUnits.get(i)!.amount! > 0n : units > 0;
      if (!positive) {
        byAmount[i] = (v >>> 0) % partitions;
        bySeries[i] = -1;
        continue;
      }
      byAmount[i] = (fnv(amountKey(this.amount(i)), v) >>> 0) % partitions;
      bySeries[i] = (fnv(descriptionKey(this.descriptions[i]!), Math.imul(v ^ accountHash[this.account_[i]!]!, FNV_PRIME)) >>> 0) % partitions;
    }
    return { byAmount, bySeries };
  }

  /**
   * Some of the lines (indexes in order) as plain data, with only the names they use: a partition
   * of these lines, to spill (io/spill.ts). `append` reads it back.
   */
  columnsOf(indexes: readonly number[]): RecordColumns {
    const n = indexes.length;
    const pick = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      for (let j = 0; j < n; j++) b[j] = a[indexes[j]!]!;
      return b;
    };
    // each name list renumbered to the names these lines use, in first use; the scratch table is
    // kept between calls (a spill cuts one collector into many partitions) and reset after use
    const renumber = (numbers: Uint16Array | Uint32Array, names: readonly string[], out: Uint16Array | Uint32Array): string[] => {
      if (this.scratch.length < names.length) this.scratch = new Int32Array(Math.max(names.length, this.scratch.length * 2)).fill(-1);
      const to = this.scratch;
      const used: string[] = [];
      const from: number[] = [];
      for (let j = 0; j < n; j++) {
        const k = numbers[indexes[j]!]!;
        if (to[k] === -1) {
          to[k] = used.length;
          used.push(names[k]!);
          from.push(k);
        }
        out[j] = to[k]!;
      }
      for (const k of from) to[k] = -1;
      return used;
    };
    if (this.rawVendors.length !== this.identityList.length) this.rawVendors = this.identityList.map((v) => v.raw);
    const source = new Uint16Array(n);
    const date = new Uint32Array(n);
    const vendor = new Uint32Array(n);
    const account = new Uint32Array(n);
    const currency = new Uint16Array(n);
    const category = new Uint32Array(n);
    const bigUnits: RecordColumns['bigUnits'] = [];
    const extras: RecordColumns['extras'] = [];
    const descriptions: string[] = new Array<string>(n);
    let lastDate: string | undefined;
    for (let j = 0; j < n; j++) {
      const i = indexes[j]!;
      descriptions[j] = this.descriptions[i]!;
      const big = this.bigUnits.get(i);
      if (big !== undefined) bigUnits.push([j, big]);
      const extra = this.extras.get(i);
      if (extra !== undefined) extras.push([j, extra]);
      const d = this.dates.names[this.date[i]!]!;
      if (lastDate === undefined || d > lastDate) lastDate = d;
    }
    return {
      n,
      wins: [],
      lastDate,
      vendors: renumber(this.vendor, this.rawVendors, vendor),
      sources: renumber(this.source, this.sources.names, source),
      dates: renumber(this.date, this.dates.names, date),
      accounts: renumber(this.account_, this.accounts.names, account),
      currencies: renumber(this.currency, this.currencies.names, currency),
      categories: renumber(this.category, this.categories.names, category),
      descriptions,
      source,
      line: pick(this.line),
      date,
      vendor,
      account,
      currency,
      category,
      units: pick(this.units),
      scale: pick(this.scale),
      sourceUnits: pick(this.sourceUnits),
      sourceScale: pick(this.sourceScale),
      bigUnits,
      extras,
    };
  }

  /**
   * Add lines collected elsewhere after these, as if they had been added here one by one:
   * vendor names are identified again here, so the first spelling seen stays the display name.
   */
  append(c: RecordColumns): void {
    this.series = undefined;
    const vendors = c.vendors.map((raw) => this.identify(raw));
    const sources = c.sources.map((x) => this.sources.number(x));
    const dates = c.dates.map((d) => {
      const k = this.dates.number(d);
      if (k === this.monthOfDate.length) this.monthOfDate.push(monthOf(d));
      return k;
    });
    const accounts = c.accounts.map((x) => this.accounts.number(x));
    const currencies = c.currencies.map((x) => this.currencies.number(x));
    const categories = c.categories.map((x) => this.categories.number(x));
    const base = this.n;
    for (let j = 0; j < c.n; j++) {
      if (this.n === this.capacity) this.grow();
      const i = this.n++;
      this.source[i] = sources[c.source[j]!]!;
      this.line[i] = c.line[j]!;
      this.date[i] = dates[c.date[j]!]!;
      this.vendor[i] = vendors[c.vendor[j]!]!;
      this.descriptions.push(c.descriptions[j]!);
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
    if (c.lastDate !== undefined && (this.lastDate === undefined || c.lastDate > this.lastDate)) {
      this.lastDate = c.lastDate;
      this.lastMonth = this.monthOfDate[this.dates.number(c.lastDate)];
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
    return this.accounts.names[this.account_[i]!]!;
  }

  record(i: number): SpendRecord {
    const id = this.identityList[this.vendor[i]!]!;
    const amount = this.decimal(i, 'amount');
    const sameSource = Number.isNaN(this.sourceUnits[i]!) && this.bigUnits.get(i)?.source === undefined;
    const extra = this.extras.get(i);
    return {
      source: this.sources.names[this.source[i]!]!,
      line: this.line[i]!,
      date: this.dates.names[this.date[i]!]!,
      month: this.monthOfDate[this.date[i]!]!,
      vendor: id.vendor,
      vendorKey: id.vendorKey,
      catalogId: id.catalogId,
      description: this.descriptions[i]!,
      account: this.accounts.names[this.account_[i]!]!,
      amount,
      sourceAmount: sameSource ? amount : this.decimal(i, 'source'),
      currency: this.currencies.names[this.currency[i]!]!,
      category: this.categories.names[this.category[i]!]!,
      quantity: extra?.quantity,
      usage: extra?.usage,
      unitPrice: extra?.unitPrice,
    };
  }

  vendorSeries(): Map<string, VendorSeries> {
    if (this.series !== undefined) return this.series;
    const out = new Map<string, VendorSeries>();
    for (let i = 0; i < this.n; i++) {
      const id = this.identityList[this.vendor[i]!]!;
      // vendors without a name are left out: nothing to act on
      if (id.vendorKey === '') continue;
      let s = out.get(id.vendorKey);
      if (s === undefined) out.set(id.vendorKey, (s = { vendorKey: id.vendorKey, vendor: id.vendor, catalogId: id.catalogId, months: new Map() }));
      const month = this.monthOfDate[this.date[i]!]!;
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

export function refOf(r: SourceRef): SourceRef {
  return { source: r.source, line: r.line };
}

/** Records in a stable order: date, then source, then line. */
export function byDate(a: SpendRecord, b: SpendRecord): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : a.line - b.line;
}

export function byRef(a: SourceRef, b: SourceRef): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.line - b.line;
}
