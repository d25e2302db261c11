/**
 * The monthly view the vendor-month detectors (overlap, annual billing, spike, unused) read:
 * spend per vendor and month summed over every store of a source, and the records of only the
 * months a detector reads. Those detectors decide from the monthly amounts and read a month's
 * records for its evidence and main category; so a dry run over amounts alone (every month's
 * records empty) names a superset of the months the real run reads, and only those lines are
 * loaded (`take`).
 */
import type { Decimal } from '../../money/decimal.js';
import { RecordCollector, type RecordStore, type SpendRecord, type RecordNames, VendorMonth, type VendorSeries } from './record.js';

/**
 * A month of the view: its lines are loaded only if the dry run read it; a later read of one that
 * was not loaded would see no lines, so it fails loudly (a detector that broke the rule above).
 */
class ViewMonth extends VendorMonth {
  sealed = false;

  override get records(): SpendRecord[] {
    if (this.sealed && !this.read) throw new Error('savings: a detector read the lines of a month its dry run did not name');
    return super.records;
  }
}

export class MonthlyView implements RecordStore {
  private readonly series = new Map<string, VendorSeries>();
  private readonly window: RecordCollector;

  constructor(
    private readonly names: RecordNames,
    private readonly seats: () => SpendRecord[],
  ) {
    this.window = new RecordCollector(names);
  }

  /** Add monthly spend (a store's `vendorSeries()`, or another view's). */
  count(spend: Map<string, VendorSeries>): void {
    for (const [key, s] of spend) {
      let mine = this.series.get(key);
      if (mine === undefined) this.series.set(key, (mine = { vendorKey: s.vendorKey, vendor: s.vendor, catalogId: s.catalogId, months: new Map() }));
      for (const [month, m] of s.months) {
        let vm = mine.months.get(month);
        if (vm === undefined) mine.months.set(month, (vm = new ViewMonth(this.window)));
        vm.merge(m.amount);
      }
    }
  }

  /** Add a collector's spend line by line (no vendorSeries built). */
  countLines(store: RecordCollector): void {
    store.sumSpend(this.series, (s, month) => {
      const m = new ViewMonth(this.window);
      s.months.set(month, m);
      return m;
    });
  }

  /** After the dry run: whether a detector read any month's records; months it did not read are sealed. */
  wanted(): boolean {
    let any = false;
    for (const s of this.series.values()) {
      for (const m of s.months.values()) {
        (m as ViewMonth).sealed = true;
        if (m.read) any = true;
      }
    }
    return any;
  }

  /** Load a store's lines of the months a detector read. */
  take(store: RecordCollector): void {
    let key: string | undefined;
    let series: VendorSeries | undefined;
    for (let i = 0; i < store.size; i++) {
      const k = store.vendorKey(i);
      if (k !== key) {
        key = k;
        series = this.series.get(k);
      }
      const m = series?.months.get(store.month(i));
      if (m === undefined || !m.read) continue;
      this.window.copyLine(store, i);
      m.indexes.push(this.window.size - 1);
    }
  }

  vendorSeries(): Map<string, VendorSeries> {
    // counted while lines still came in: the display spelling is settled only now
    for (const s of this.series.values()) s.vendor = this.names.displayOfKey(s.vendorKey, s.vendor);
    return this.series;
  }

  seatRecords(): SpendRecord[] {
    return this.seats();
  }

  get size(): number {
    return this.window.size;
  }

  get lastDate(): string | undefined {
    return this.window.lastDate;
  }

  get lastMonth(): string | undefined {
    return this.window.lastMonth;
  }

  record(i: number): SpendRecord {
    return this.window.record(i);
  }

  amount(i: number): Decimal {
    return this.window.amount(i);
  }

  description(i: number): string {
    return this.window.description(i);
  }

  account(i: number): string {
    return this.window.account(i);
  }
}
