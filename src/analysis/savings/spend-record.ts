/**
 * A savings line as the detectors read it (`SpendRecord`, made on demand from the columns a
 * RecordCollector keeps), and the stable orders findings list their evidence in.
 */
import type { SourceRef } from '../../ingest/line.js';
import type { Decimal } from '../../money/decimal.js';

export interface SpendRecord extends SourceRef {
  date: string;
  month: string;
  /** display name: the catalog name, else the spelling on most lines (catalog/vendor-key.ts) */
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
  /** transaction reference (invoice, document, transaction number), '' when the line has none */
  reference: string;
  /** where the line is booked (cost centre, fund, department), '' when unknown */
  split: string;
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
