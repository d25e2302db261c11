/**
 * The compact per-line record the savings detectors read. Savings need rows (pairs of charges,
 * series of one subscription), so `savings` keeps these in memory: a few hundred bytes a line.
 */
import type { SourceRef } from '../../ingest/line.js';
import type { ExpenseLine } from '../../ingest/line.js';
import type { Categorization } from '../../rules/engine.js';
import { lookupVendor, normalizeVendorName } from '../../catalog/catalog.js';
import type { Decimal } from '../../money/decimal.js';
import { monthOf } from '../../period/period.js';

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

interface VendorIdentity {
  vendor: string;
  vendorKey: string;
  catalogId: string | undefined;
}

/** Collects records from the scan; one vendor lookup per distinct vendor string. */
export class RecordCollector {
  readonly records: SpendRecord[] = [];
  private readonly identities = new Map<string, VendorIdentity>();
  private readonly displayByKey = new Map<string, string>();
  /** one month string per date, one copy per account text: a record per line must stay small */
  private readonly monthByDate = new Map<string, string>();
  private readonly accounts = new Map<string, string>();

  private identify(raw: string): VendorIdentity {
    let id = this.identities.get(raw);
    if (id !== undefined) return id;
    const trimmed = raw.trim();
    const catalog = trimmed === '' ? undefined : lookupVendor(trimmed);
    let vendorKey: string;
    let vendor: string;
    if (catalog !== undefined) {
      vendorKey = `catalog:${catalog.id}`;
      vendor = catalog.name;
    } else {
      const normalized = normalizeVendorName(trimmed);
      vendorKey = normalized === '' ? '' : `name:${normalized}`;
      vendor = this.displayByKey.get(vendorKey) ?? trimmed;
      this.displayByKey.set(vendorKey, vendor);
    }
    id = { vendor, vendorKey, catalogId: catalog?.id };
    this.identities.set((' ' + raw).slice(1), id);
    return id;
  }

  add(line: ExpenseLine, booked: Decimal, c: Categorization): void {
    const id = this.identify(line.vendor);
    let month = this.monthByDate.get(line.date);
    if (month === undefined) this.monthByDate.set(line.date, (month = monthOf(line.date)));
    const rawAccount = line.account.trim();
    let account = this.accounts.get(rawAccount);
    if (account === undefined) {
      account = rawAccount;
      if (this.accounts.size < 100_000) this.accounts.set(account, account);
    }
    this.records.push({
      source: line.source,
      line: line.line,
      date: line.date,
      month,
      ...id,
      description: line.description.trim(),
      account,
      amount: booked,
      sourceAmount: line.amount,
      currency: line.currency,
      category: c.parts[0]?.category ?? '',
      quantity: line.quantity,
      usage: line.usage,
      unitPrice: line.unitPrice,
    });
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
