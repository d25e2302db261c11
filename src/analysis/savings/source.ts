/**
 * The lines savings reads: all in memory (a RecordCollector), or spilled to disk in partitions
 * (io/spill.ts) so that memory stays flat however long the input. Every detector groups lines
 * within a group a partition keeps whole, so each runs partition by partition.
 */
import type { ExpenseLine } from '../../ingest/line.js';
import type { Decimal } from '../../money/decimal.js';
import type { Categorization } from '../../rules/engine.js';
import type { RecordCollector, RecordColumns, RecordStore, SpendRecord, RecordNames, VendorSeries } from './record.js';

export interface SavingsSource {
  /** the latest date and month of any line */
  readonly lastDate: string | undefined;
  readonly lastMonth: string | undefined;
  /** the names the lines refer to (vendor identities and display names among them) */
  readonly names: RecordNames;
  /** spend per vendor and month over every line (the records of the months are not read) */
  spend(): Map<string, VendorSeries>;
  /** stores that hold every line once between them, each (vendor, amount) group whole in one */
  byAmount(): Iterable<RecordCollector>;
  /** stores that hold every line with a positive amount, each price series (vendor, account, description) whole in one */
  bySeries(): Iterable<RecordStore>;
  /** the lines that carry both seats and active users, in input order */
  seatRecords(): SpendRecord[];
  /**
   * When the stores hold only some of the lines (an engine summed the rest where they live:
   * summed-source.ts): the vendors the renewals detector can read from the stores, whose lines
   * are all there, and every vendor's name and latest category; the others bill several times in
   * some month, never a renewal.
   */
  readonly renewalVendors?: RenewalVendors | undefined;
}

export interface RenewalVendors {
  /** vendor keys whose lines are all in the stores */
  whole: ReadonlySet<string>;
  /** every vendor key with lines: its name (when the lines' names have none) and the category of its latest line */
  all: ReadonlyMap<string, { vendor: string; category: string }>;
}

/** What a scan hands its lines to, for savings. */
export interface SavingsCollector {
  add(line: ExpenseLine, booked: Decimal, c: Categorization): void;
  /** lines collected elsewhere (another thread), after these */
  append(c: RecordColumns): void;
  /** the rules that won a line */
  readonly wins: ReadonlySet<string>;
  /** vendors (as written) with a line that already has a service period */
  readonly spread: ReadonlySet<string>;
  /** the lines, once the scan is over */
  source(): SavingsSource;
  /** let go of what the lines took (files on disk) */
  dispose(): void;
  /**
   * Take a source an engine made where the lines live (summed-source.ts) instead of lines added
   * one by one, with the rules that won a line and the vendors already spread.
   */
  adopt?(source: SavingsSource, wins: ReadonlySet<string>, spread: ReadonlySet<string>): void;
}
