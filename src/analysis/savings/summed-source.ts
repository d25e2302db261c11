/**
 * Savings' lines when an engine sums them where they live (io/engine/savings-lines.ts): the
 * monthly spend per vendor arrives summed, and only the lines some detector compares arrive as
 * records. Every detector works on whole groups (a vendor's charges of one amount, a vendor's
 * series of one description, a vendor month, a vendor's billings), and the engine picks a group
 * whole whenever the group could give anything: a test every group that gives a finding passes,
 * and that a larger set of its lines passes too. So a group here is either whole or gives
 * nothing, and the findings are those of every line. Which groups, precisely:
 * - duplicate charges and blocks published twice: a vendor's lines of one amount (not zero) with
 *   two of them `duplicateDays` or fewer apart;
 * - price increases: a vendor's series of one description (positive lines) where, in the
 *   detector's order, a run of `priceRepeats` billings of one charge is followed by a charge in
 *   its currency above it by more than the threshold, billed monthly or less often up to then
 *   (a median gap of 20 days or more between its dates). That test a part of a series can pass when
 *   the whole does not, so whole series go to a store of their own, the one price increases read;
 * - overlap, annual billing, spikes: the vendor months their dry run over the sums reads
 *   (find.ts monthsRead);
 * - renewals: the vendors the detector finds a renewal or a single billing for over their billing
 *   sums (each date's, all it reads); the others are named with no lines (`renewalVendors`);
 * - still billed: the register's realized vendors, after the item's date.
 */
import type { Decimal } from '../../money/decimal.js';
import { RecordCollector, type RecordNames, type SpendRecord, VendorMonth, type VendorSeries } from './record.js';
import type { RenewalVendors, SavingsSource } from './source.js';
import { monthOf } from '../../period/period.js';

/** One vendor month summed where the lines live. */
export interface SummedMonth {
  vendorKey: string;
  month: string;
  amount: Decimal;
}

export class SummedSource implements SavingsSource {
  readonly lastMonth: string | undefined;

  /**
   * `names`: every vendor as written, counted over every line; `lines`: the lines picked, sharing
   * `names`; `months`: spend per vendor month in the order first seen.
   */
  constructor(
    readonly names: RecordNames,
    private readonly lines: RecordCollector,
    private readonly months: readonly SummedMonth[],
    readonly lastDate: string | undefined,
    readonly renewalVendors: RenewalVendors,
    private readonly series: RecordCollector = lines,
  ) {
    this.lastMonth = lastDate === undefined ? undefined : monthOf(lastDate);
  }

  /** how many lines node holds (a line in both stores counts twice) */
  get size(): number {
    return this.lines.size + (this.series === this.lines ? 0 : this.series.size);
  }

  spend(): Map<string, VendorSeries> {
    const first = new Map<string, number>();
    this.names.vendors.forEach((id, n) => {
      if (id.vendorKey !== '' && !first.has(id.vendorKey)) first.set(id.vendorKey, n);
    });
    const out = new Map<string, VendorSeries>();
    for (const m of this.months) {
      let s = out.get(m.vendorKey);
      if (s === undefined) {
        const n = first.get(m.vendorKey)!;
        out.set(m.vendorKey, (s = { vendorKey: m.vendorKey, vendor: this.names.display(n), catalogId: this.names.vendors[n]!.catalogId, months: new Map() }));
      }
      const vm = new VendorMonth(this.lines);
      vm.merge(m.amount);
      s.months.set(m.month, vm);
    }
    return out;
  }

  byAmount(): Iterable<RecordCollector> {
    return [this.lines];
  }

  bySeries(): Iterable<RecordCollector> {
    return [this.series];
  }

  seatRecords(): SpendRecord[] {
    return this.lines.seatRecords();
  }
}
