/**
 * The names savings lines refer to by number, shared by the collectors of one input: vendors as
 * written and what each stands for (catalog vendor, or one identity for every spelling), sources,
 * dates and their months, accounts, currencies, categories; and the hashes partitions are cut by.
 */
import { lookupVendor, mostFrequentSpelling, vendorIdentity } from '../../catalog/catalog.js';
import { monthOf } from '../../period/period.js';
import { Names } from '../names.js';

/**
 * What a vendor as written stands for: the catalog's vendor, else its identity (one key for
 * every spelling of one supplier: catalog/vendor-key.ts), shown as its most frequent spelling.
 */
export function identifyVendor(raw: string): VendorIdentity {
  const trimmed = raw.trim();
  const catalog = trimmed === '' ? undefined : lookupVendor(trimmed);
  if (catalog !== undefined) return { raw, vendor: catalog.name, vendorKey: `catalog:${catalog.id}`, catalogId: catalog.id };
  const normalized = vendorIdentity(trimmed);
  const vendorKey = normalized === '' ? '' : `name:${normalized}`;
  return { raw, vendor: trimmed, vendorKey, catalogId: undefined };
}

/**
 * The names a collector's lines refer to by number: vendors as written (and what they stand for),
 * sources, dates, accounts, currencies, categories. Collectors of one input share them (spilled
 * partitions, a window of months), so their lines carry the same numbers, a vendor is looked up in
 * the catalog once and named the same everywhere (its first spelling in the input).
 */
export class RecordNames {
  private readonly byRaw = new Map<string, number>();
  readonly vendors: VendorIdentity[] = [];
  /** lines of each vendor as written (by number), for the display spelling */
  private readonly lines: number[] = [];
  /** vendor key → its display spelling, made when first asked after lines were counted */
  private shown: Map<string, string> | undefined;
  readonly sources = new Names();
  readonly dates = new Names();
  /** the month of each date */
  readonly months: string[] = [];
  readonly accounts = new Names();
  readonly currencies = new Names();
  readonly categories = new Names();
  private readonly vendorHashes: number[] = [];
  private readonly accountHashes: number[] = [];

  vendor(raw: string): number {
    let n = this.byRaw.get(raw);
    if (n === undefined) {
      n = this.vendors.length;
      this.vendors.push(identifyVendor(raw));
      this.lines.push(0);
      this.byRaw.set(raw, n);
    }
    return n;
  }

  /** count `k` more lines of vendor n (as written) */
  countLines(n: number, k = 1): void {
    this.lines[n] = this.lines[n]! + k;
    this.shown = undefined;
  }

  /** vendor n's display name: the catalog name, else the spelling of its key on most lines */
  display(n: number): string {
    const id = this.vendors[n]!;
    if (id.catalogId !== undefined || id.vendorKey === '') return id.vendor;
    return this.displayOfKey(id.vendorKey, id.vendor);
  }

  /** a vendor key's display spelling (`fallback` for a catalog key, or a key not seen) */
  displayOfKey(vendorKey: string, fallback: string): string {
    if (!vendorKey.startsWith('name:')) return fallback;
    if (this.shown === undefined) {
      const byKey = new Map<string, Map<string, number>>();
      for (let v = 0; v < this.vendors.length; v++) {
        const other = this.vendors[v]!;
        if (other.catalogId !== undefined || other.vendorKey === '') continue;
        let spellings = byKey.get(other.vendorKey);
        if (spellings === undefined) byKey.set(other.vendorKey, (spellings = new Map()));
        spellings.set(other.vendor, (spellings.get(other.vendor) ?? 0) + this.lines[v]!);
      }
      this.shown = new Map([...byKey].map(([key, spellings]) => [key, mostFrequentSpelling(spellings)!]));
    }
    return this.shown.get(vendorKey) ?? fallback;
  }

  /**
   * A vendor key's spellings as written on the lines, most lines first (then alphabetical): what a
   * rule's `vendor` matcher sees, where the display name may be the catalog's ("Sentry" for
   * "Functional Software, Inc.").
   */
  spellingsOfKey(vendorKey: string): string[] {
    const counts = new Map<string, number>();
    for (let v = 0; v < this.vendors.length; v++) {
      const id = this.vendors[v]!;
      if (id.vendorKey !== vendorKey) continue;
      const s = id.raw.trim();
      counts.set(s, (counts.get(s) ?? 0) + this.lines[v]!);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s]) => s);
  }

  date(date: string): number {
    const n = this.dates.number(date);
    if (n === this.months.length) this.months.push(monthOf(date));
    return n;
  }

  /** a hash of vendor n's key, and of account n in lower case (partitions) */
  vendorHash(n: number): number {
    while (this.vendorHashes.length <= n) this.vendorHashes.push(fnv(this.vendors[this.vendorHashes.length]!.vendorKey, FNV_SEED));
    return this.vendorHashes[n]!;
  }

  accountHash(n: number): number {
    while (this.accountHashes.length <= n) this.accountHashes.push(fnv(this.accounts.names[this.accountHashes.length]!.toLowerCase(), FNV_SEED));
    return this.accountHashes[n]!;
  }
}

export interface VendorIdentity {
  /** the vendor as written (first spelling of this identity's lines) */
  raw: string;
  vendor: string;
  vendorKey: string;
  catalogId: string | undefined;
}

export const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 units, from `h`. */
export function fnv(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
