/**
 * Savings' lines with flat memory: kept in memory up to a budget, then spilled to temporary files
 * in partitions, so that `savings` and `board` hold at most a budget of lines, or one partition,
 * however long the input.
 *
 * Two sets of partitions, each keeping whole the groups one detector compares:
 * - by amount: every line, by vendor and amount (duplicate charges; also the monthly spend)
 * - by series: lines with a positive amount, by vendor, account and description (price increases)
 * Lines are collected as usual; each time the budget fills, they are cut into partitions and each
 * partition is appended to its file as one frame of record columns (v8 serialization), so a file
 * holds its lines in input order. The detectors then read one partition at a time. Seat lines
 * (quantity and usage: `unused`) are few and stay in memory.
 */
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { makeTempFolder, removeTempFolder } from './temp-folder.js';
import { join } from 'node:path';
import { RecordCollector, type RecordColumns, type RecordFrame, RecordNames } from '../analysis/savings/record.js';
import { MonthlyView } from '../analysis/savings/monthly.js';
import type { SavingsCollector, SavingsSource } from '../analysis/savings/source.js';
import type { ExpenseLine } from '../ingest/line.js';
import type { Decimal } from '../money/decimal.js';
import { usageError } from '../diagnostic.js';
import { monthOf } from '../period/period.js';
import type { Categorization } from '../rules/engine.js';

/**
 * Lines kept in memory before any go to disk: below this, spilling costs more time than the
 * memory it saves (the detectors' working memory is as large as the lines' at this size).
 */
export const MEMORY_LINES = 1_048_576;
/** Then lines are cut into partitions in batches of this many (about 100 bytes each). */
export const SPILL_LINES = 131_072;

const PARTITIONS = 256;
const SETS = ['amount', 'series'] as const;
type PartitionSet = (typeof SETS)[number];

/** TECHSPEND_SPILL_LINES lowers the budget (tests spill small inputs). */
function budgetFromEnv(): number | undefined {
  const n = Number(process.env.TECHSPEND_SPILL_LINES);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The lines in memory until the budget, then in partitions on disk. */
export class SpillingCollector implements SavingsCollector {
  private readonly names = new RecordNames();
  private staging = new RecordCollector(this.names);
  private readonly budget: number;
  /** lines in memory before the first spill */
  private readonly first: number;
  private dir: string | undefined;
  /** no temporary folder to write to: the lines stay in memory */
  private stayInMemory = false;
  private readonly spilledWins = new Set<string>();
  private readonly spilledSpread = new Set<string>();
  private lastDate: string | undefined;
  private seats: RecordCollector | undefined;
  /** spend per vendor and month of the lines on disk, summed as they go */
  private readonly spend = new MonthlyView(this.names, () => []);
  /** a source an engine made where the lines live, with its wins and spread vendors */
  private adopted: { source: SavingsSource; wins: ReadonlySet<string>; spread: ReadonlySet<string> } | undefined;

  /** `budget`: lines in memory before the first spill and between spills (default: MEMORY_LINES, then SPILL_LINES) */
  constructor(
    budget?: number,
    private readonly makeDir: () => string = () => makeTempFolder('spill'),
  ) {
    const given = budget ?? budgetFromEnv();
    this.budget = given ?? SPILL_LINES;
    this.first = given ?? MEMORY_LINES;
  }

  private full(): boolean {
    return this.staging.size >= (this.dir === undefined ? this.first : this.budget);
  }

  /** whether lines went to disk */
  get spilled(): boolean {
    return this.dir !== undefined;
  }

  get spread(): ReadonlySet<string> {
    if (this.adopted !== undefined) return this.adopted.spread;
    if (!this.spilled) return this.staging.spread;
    return new Set([...this.spilledSpread, ...this.staging.spread]);
  }

  get wins(): ReadonlySet<string> {
    if (this.adopted !== undefined) return this.adopted.wins;
    if (!this.spilled) return this.staging.wins;
    return new Set([...this.spilledWins, ...this.staging.wins]);
  }

  add(line: ExpenseLine, booked: Decimal, c: Categorization): void {
    this.staging.add(line, booked, c);
    if (this.full()) this.flush();
  }

  append(c: RecordColumns): void {
    this.staging.append(c);
    if (this.full()) this.flush();
  }

  private file(set: PartitionSet, p: number): string {
    return join(this.dir!, `${set}-${p}.bin`);
  }

  /** Cut the staged lines into partitions and append each to its file. */
  private flush(): void {
    if (this.stayInMemory) return;
    if (this.dir === undefined) {
      try {
        this.dir = this.makeDir();
      } catch {
        this.stayInMemory = true;
        return;
      }
      this.seats = new RecordCollector(this.names);
    }
    const st = this.staging;
    const { byAmount, bySeries } = st.partitions(PARTITIONS);
    const parts: Record<PartitionSet, number[][]> = { amount: [], series: [] };
    for (let i = 0; i < st.size; i++) {
      (parts.amount[byAmount[i]!] ??= []).push(i);
      const s = bySeries[i]!;
      if (s >= 0) (parts.series[s] ??= []).push(i);
      if (st.isSeatLine(i)) this.seats!.copyLine(st, i);
    }
    for (const set of SETS) {
      parts[set].forEach((indexes, p) => {
        const file = this.file(set, p);
        try {
          const fd = openSync(file, 'a');
          try {
            writeSync(fd, encodeFrame(st.frame(indexes)));
          } finally {
            closeSync(fd);
          }
        } catch (e) {
          // a full disk, say: one line that names the folder, not an internal error
          throw usageError(`cannot write savings lines to the temporary folder ${this.dir}: ${(e as Error).message}`, 'free some space there, or point TMPDIR elsewhere');
        }
      });
    }
    this.spend.countLines(st);
    for (const w of st.wins) this.spilledWins.add(w);
    for (const v of st.spread) this.spilledSpread.add(v);
    if (st.lastDate !== undefined && (this.lastDate === undefined || st.lastDate > this.lastDate)) this.lastDate = st.lastDate;
    this.staging = new RecordCollector(this.names);
  }

  adopt(source: SavingsSource, wins: ReadonlySet<string>, spread: ReadonlySet<string>): void {
    this.adopted = { source, wins, spread };
  }

  source(): SavingsSource {
    if (this.adopted !== undefined) return this.adopted.source;
    if (!this.spilled) return this.staging;
    this.flush();
    const lastDate = this.lastDate;
    const seats = this.seats!;
    return {
      lastDate,
      lastMonth: lastDate === undefined ? undefined : monthOf(lastDate),
      names: this.names,
      spend: () => this.spend.vendorSeries(),
      byAmount: () => this.read('amount'),
      bySeries: () => this.read('series'),
      seatRecords: () => seats.seatRecords(),
    };
  }

  /** The partitions of a set, one collector at a time, each in input order. */
  private *read(set: PartitionSet): Generator<RecordCollector> {
    for (let p = 0; p < PARTITIONS; p++) {
      const file = this.file(set, p);
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      const store = new RecordCollector(this.names);
      for (let at = 0; at < bytes.length; ) at = decodeFrame(bytes, at, (f) => store.appendFrame(f));
      yield store;
    }
  }

  dispose(): void {
    if (this.dir === undefined) return;
    removeTempFolder(this.dir);
  }
}

// A frame on disk: its byte length, the length of a JSON head (descriptions, and the rare
// amounts beyond a double's integers and quantities), then the columns' bytes in a fixed order.
const COLUMNS = ['source', 'line', 'date', 'vendor', 'account', 'currency', 'category', 'units', 'scale', 'sourceUnits', 'sourceScale'] as const;

type DecimalText = [string, number] | null;
const decimalText = (d: Decimal | undefined): DecimalText => (d === undefined ? null : [d.units.toString(), d.scale]);
const decimalOf = (t: DecimalText): Decimal | undefined => (t === null ? undefined : { units: BigInt(t[0]), scale: t[1] });

function encodeFrame(f: RecordFrame): Buffer {
  const head = Buffer.from(
    JSON.stringify({
      n: f.n,
      descriptions: f.descriptions,
      tags: f.tags,
      bigUnits: f.bigUnits.map(([j, b]) => [j, b.amount?.toString() ?? null, b.source?.toString() ?? null]),
      extras: f.extras.map(([j, e]) => [j, decimalText(e.quantity), decimalText(e.usage), decimalText(e.unitPrice)]),
    }),
  );
  let size = 8 + head.length;
  for (const c of COLUMNS) size += f[c].byteLength;
  const out = Buffer.allocUnsafe(size);
  out.writeUInt32LE(size, 0);
  out.writeUInt32LE(head.length, 4);
  head.copy(out, 8);
  let at = 8 + head.length;
  for (const c of COLUMNS) {
    const a = f[c];
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return out;
}

/** Read the frame at `at`, hand it on, and return where the next one starts. */
function decodeFrame(bytes: Buffer, at: number, take: (f: RecordFrame) => void): number {
  const size = bytes.readUInt32LE(at);
  const headLength = bytes.readUInt32LE(at + 4);
  const head = JSON.parse(bytes.toString('utf8', at + 8, at + 8 + headLength)) as {
    n: number;
    descriptions: string[];
    tags: string[];
    bigUnits: [number, string | null, string | null][];
    extras: [number, DecimalText, DecimalText, DecimalText][];
  };
  const n = head.n;
  let pos = at + 8 + headLength;
  const column = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(make: new (n: number) => T): T => {
    const a = new make(n);
    new Uint8Array(a.buffer).set(bytes.subarray(pos, pos + a.byteLength));
    pos += a.byteLength;
    return a;
  };
  take({
    n,
    source: column(Uint16Array),
    line: column(Uint32Array),
    date: column(Uint32Array),
    vendor: column(Uint32Array),
    account: column(Uint32Array),
    currency: column(Uint16Array),
    category: column(Uint32Array),
    units: column(Float64Array),
    scale: column(Uint8Array),
    sourceUnits: column(Float64Array),
    sourceScale: column(Uint8Array),
    descriptions: head.descriptions,
    tags: head.tags,
    bigUnits: head.bigUnits.map(([j, amount, source]) => [j, { ...(amount === null ? {} : { amount: BigInt(amount) }), ...(source === null ? {} : { source: BigInt(source) }) }]),
    extras: head.extras.map(([j, q, u, p]) => [j, { quantity: decimalOf(q), usage: decimalOf(u), unitPrice: decimalOf(p) }]),
  });
  return at + size;
}
