/**
 * What a detector reads lines through (`RecordStore`), and the vendor × month view of them
 * (`VendorSeries` of `VendorMonth`s: spend summed exactly, lines kept by number).
 */
import { type Decimal, DecimalSum } from '../../money/decimal.js';
import type { SpendRecord } from './spend-record.js';

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

  /** `merge` with the amount's units as a safe integer */
  mergeUnits(units: number, scale: number): void {
    this.sum.addNumber(units, scale);
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
