/**
 * Scan into a Ledger on every core: a large file is cut at record boundaries (split.ts), each
 * part is parsed, booked and categorized on its own thread (the first on the main thread, the
 * others in worker threads: scan-part.ts, scan-worker.ts), and the facts and
 * reconciliations are merged exactly (bigint sums; lists in file order), so the result is the
 * one-thread result. Small inputs, stdin, several files and anything the cut cannot prove safe
 * stay on the one-thread path.
 */
import type { VendorDetail } from '../../analysis/vendor-key.js';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { makeTempFolder, removeTempFolder } from '../temp-folder.js';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Ledger } from '../../analysis/ledger.js';
import type { FileSummary, Reconciliation } from '../../analysis/reconciliation.js';
import type { Config } from '../../config/config.js';
import { type ConfigData, configToData } from '../../config/config-data.js';
import { looksLikeData } from '../../ingest/layout.js';
import { usageError } from '../../diagnostic.js';
import { add, type Decimal, isZero, sub } from '../../money/decimal.js';
import { monthOf } from '../../period/period.js';
import { normalizeEncoding } from '../../ingest/sniff.js';
import { openCsv } from '../records.js';
import { isGzip } from '../../ingest/content-kind.js';
import { scanInputs, type ScanOptions, type ScanSink, sourceFor } from '../scan.js';
import { PartRecords, readPartRecords } from './part-records.js';
import type { SavingsCollector } from '../../analysis/savings/source.js';
import { type PartHooks, partLedger, scanPart } from './scan-part.js';
import type { FilesTask, PartTask, WorkerMessage } from './protocol.js';
import { type FileScan, scanWholeFile } from './scan-files.js';
import { DuplicateGuard } from '../duplicate-guard.js';
import { createDoubleCountGuard, loadVendorKey } from '../../analysis/double-count.js';
import { splitAtRecords } from './split.js';
import { openOutput } from '../output-stream.js';
import type { ExpenseLine } from '../../ingest/line.js';
import type { Categorization } from '../../rules/engine.js';

/**
 * The worker's module, found from the package root rather than from this module: the CLI runs
 * bundled (dist/cli/techspend.cjs), and the workers load the built modules.
 */
const WORKER = pathToFileURL(join(PACKAGE_ROOT, 'dist', 'io', 'workers', 'scan-worker.js'));

/** Below this size a file is read on one thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;
const MAX_THREADS = 4;
/** the most threads --threads accepts, whatever the machine */
export const THREADS_CEILING = 16;

export function threadLimit(): number {
  return Math.min(THREADS_CEILING, Math.max(1, availableParallelism() * 2));
}

export interface LedgerScan {
  paths: readonly string[];
  config: Config;
  scan: ScanOptions;
  canonicalVendors: VendorDetail;
  /** the ledger keeps priced lines apart per item (an ItemLedger: variance) */
  itemized?: boolean | undefined;
  /** also collect the savings records (board, savings) */
  records?: SavingsCollector | undefined;
  /** `--threads`: a number, or undefined / "auto" for the machine's cores */
  threads?: string | undefined;
  /** the size from which a file is split (tests lower it) */
  minBytes?: number | undefined;
}

const configData = new WeakMap<Config, ConfigData>();

/** The config the workers receive: this run's, as data, made once per config. */
function configDataOf(config: Config): ConfigData {
  let data = configData.get(config);
  if (data === undefined) configData.set(config, (data = configToData(config)));
  return data;
}

/** TECHSPEND_PARALLEL_MIN_BYTES lowers the threshold (tests split small files). */
function minBytesFromEnv(): number | undefined {
  const n = Number(process.env.TECHSPEND_PARALLEL_MIN_BYTES);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Whether input of this many bytes is read on several threads: from the size where starting workers pays. */
function worthSplitting(bytes: number, job: Pick<LedgerScan, 'minBytes'>): boolean {
  return bytes >= (job.minBytes ?? minBytesFromEnv() ?? PARALLEL_MIN_BYTES);
}

export function threadCount(value: string | undefined): number {
  if (value === undefined || value === 'auto') return Math.min(availableParallelism(), MAX_THREADS);
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 1 || value.trim() === '') throw usageError(`--threads needs a whole number of threads (1 or more) or auto, got "${value}"`);
  // each thread holds its own copy of the rules and a part's aggregates: 64 threads took 2.27 GB;
  // more threads than twice the cores only wait for one
  const most = threadLimit();
  if (n > most) throw usageError(`--threads ${n} is more than this machine can use (at most ${most}: twice its ${availableParallelism()} cores, and never more than ${THREADS_CEILING})`, 'use auto');
  return n;
}

/** Scan the inputs into the ledger, on several threads when that pays; returns the reconciliation. */
export async function scanToLedger(ledger: Ledger, job: LedgerScan): Promise<Reconciliation> {
  const rec = await scanToLedgerAsDated(ledger, job);
  // with --to, the range's end is the last month (the scan cut the rest); without, the data's end
  if (job.config.basis === 'accrual' && job.scan.to === undefined) deferPastData(ledger, rec);
  return rec;
}

/**
 * Accrual basis: expense spread past the data's last month (a prepaid annual invoice's later
 * months) is deferred to later periods: in no figure, named in the reconciliation.
 */
function deferPastData(ledger: Ledger, rec: Reconciliation): void {
  let last = '';
  for (const d of rec.dates.keys()) if (d > last) last = d;
  if (last === '') return;
  const deferred = ledger.cutAfter(monthOf(last));
  if (isZero(deferred)) return;
  rec.accruedAfter = add(rec.accruedAfter, deferred);
  rec.reportTotal = sub(rec.reportTotal, deferred);
}

async function scanToLedgerAsDated(ledger: Ledger, job: LedgerScan): Promise<Reconciliation> {
  const parallel = (await tryParallel(ledger, job)) ?? (await tryParallelFiles(ledger, job));
  if (parallel !== undefined) return parallel;
  const records = job.records;
  const line: ScanSink['line'] =
    records === undefined
      ? (l, _b, c) => ledger.addLine(l, c)
      : (l, b, c) => {
          ledger.addLine(l, c);
          records.add(l, b, c);
        };
  const { reconciliation } = await scanInputs(job.paths, job.config, { line }, job.scan);
  return reconciliation;
}

/** The savings lines a part or a file wrote, taken chunk by chunk, in file order. */
function takeRecords(job: LedgerScan, file: string | undefined): void {
  if (job.records === undefined || file === undefined) return;
  for (const chunk of readPartRecords(file)) job.records.append(chunk);
}

/**
 * Run a parallel scan with a folder for the parts' savings lines (board, savings: `dir`; none
 * when lines are not kept), removed afterwards. No folder can be made: undefined, and one thread
 * reads.
 */
async function withRecordsFolder<T>(job: LedgerScan, run: (dir: string | undefined) => Promise<T | undefined>): Promise<T | undefined> {
  if (job.records === undefined) return run(undefined);
  let dir: string;
  try {
    dir = makeTempFolder('parts');
  } catch {
    return undefined;
  }
  try {
    return await run(dir);
  } finally {
    removeTempFolder(dir);
  }
}

interface Plan {
  path: string;
  tasks: PartTask[];
}

async function plan(job: LedgerScan): Promise<Plan | undefined> {
  const threads = threadCount(job.threads);
  if (threads < 2 || job.paths.length !== 1 || job.scan.dedupe || job.scan.exclude) return undefined;
  const given = job.paths[0]!;
  if (given === '-') return undefined;
  const path = job.scan.cwd === undefined ? given : resolve(job.scan.cwd, given);
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || !info.isFile() || !worthSplitting(info.size, job)) return undefined;

  // the header as the one-thread scan sees it: first non-blank record after the preamble
  const source = sourceFor(job.config, given);
  if (source?.header === false) return undefined;
  // gzip cannot be cut by byte offset: one thread inflates it as it streams
  if (await startsWithGzip(path)) return undefined;
  // a file that is not text: the one-thread scan says so, with its name
  const opened = await openCsv(createReadStream(path, { end: 256 * 1024 - 1 }), {
    encoding: normalizeEncoding(source?.encoding),
    delimiter: source?.delimiter,
    skipRows: source?.skipRows,
  }).catch(() => undefined);
  if (opened === undefined) return undefined;
  const { sniffed, records } = opened;
  if (sniffed.empty || sniffed.lineBreak !== '\n' || sniffed.delimiter.length !== 1) return undefined;
  if (sniffed.encoding !== 'utf-8' && sniffed.encoding !== 'latin1' && sniffed.encoding !== 'windows-1252') return undefined;
  let headerEndLine: number | undefined;
  for await (const r of records) {
    if (r.error !== undefined) return undefined;
    if (r.fields.every((f) => f.trim() === '')) continue;
    if (source?.header !== true && looksLikeData(r.fields)) return undefined;
    let embedded = 0;
    for (const f of r.fields) embedded += f.split('\n').length - 1;
    headerEndLine = r.line + embedded;
    break;
  }
  if (headerEndLine === undefined) return undefined;
  const headerEnd = await offsetAfterLine(path, headerEndLine);
  if (headerEnd === undefined) return undefined;
  const parts = splitAtRecords(path, info.size, headerEnd, headerEndLine + 1, threads, sniffed.delimiter.charCodeAt(0));
  if (parts === undefined) return undefined;
  const name = job.scan.displayName ? job.scan.displayName(given) : given;
  const { cwd, from, to, cost, preset } = job.scan;
  return {
    path,
    tasks: parts.map((part, index) => ({
      index,
      path,
      name,
      part,
      headerEnd,
      headerLines: headerEndLine,
      config: configDataOf(job.config),
      canonicalVendors: job.canonicalVendors,
      itemized: job.itemized,
      scan: { cwd, from, to, cost, preset },
    })),
  };
}

/** Whether the file is gzip (by its magic bytes, whatever its name). */
async function startsWithGzip(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(3);
    const { bytesRead } = await file.read(head, 0, 3, 0);
    return isGzip(head.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

/** Byte offset just after the n-th line break (the header's end), from the file's head. */
async function offsetAfterLine(path: string, n: number): Promise<number | undefined> {
  let seen = 0;
  let offset = 0;
  for await (const chunk of createReadStream(path, { end: 1024 * 1024 - 1 })) {
    const b = chunk as Buffer;
    let i = 0;
    while ((i = b.indexOf(0x0a, i)) !== -1) {
      seen++;
      i++;
      if (seen === n) return offset + i;
    }
    offset += b.length;
  }
  return undefined;
}

type PartDone = Extract<WorkerMessage, { type: 'done' }>;

/**
 * Run a split file's parts: the first on this thread (`scanHead`, given the hooks that pass the
 * layout it finds on to the workers), the others in worker threads. Returns each part's result in
 * file order, or undefined when a part failed or did not parse cleanly (a part cut in the wrong
 * place: the caller then trusts one thread).
 */
async function runParts(tasks: PartTask[], job: Pick<LedgerScan, 'scan'>, scanHead: (hooks: PartHooks) => Promise<PartDone>): Promise<PartDone[] | undefined> {
  // the main thread has its config built already: it scans the first part while workers start
  // and scan the others
  const url = WORKER;
  const [head, ...rest] = tasks;
  const workers = rest.map((task) => new Worker(url, { workerData: task }));
  const results: (PartDone | undefined)[] = tasks.map(() => undefined);
  let rows = 0;
  const progress = (n: number) => {
    rows += n;
    job.scan.progress?.(rows, head!.name);
  };
  const fromWorkers = awaitWorkers(workers, (m, k) => {
    if (m.type === 'progress') progress(m.rows);
    else if (m.type === 'done') {
      results[k + 1] = m;
      return true;
    }
    return false;
  });
  let failed = false;
  try {
    results[0] = await scanHead({
      layout: (layout) => {
        for (const w of workers) w.postMessage({ layout });
      },
      progress,
    });
  } catch {
    failed = true;
  }
  if (!failed) await fromWorkers.done;
  await Promise.all(workers.map((w) => w.terminate()));
  if (failed || fromWorkers.failed() || results.some((r) => r === undefined)) return undefined;
  if (results.some((r) => r!.reconciliation.rejections.some((x) => SYNTAX.test(x.reason)))) return undefined;
  return results as PartDone[];
}

async function tryParallel(ledger: Ledger, job: LedgerScan): Promise<Reconciliation | undefined> {
  const p = await plan(job);
  if (p === undefined) return undefined;
  return withRecordsFolder(job, async (dir) => {
    const tasks = p.tasks.map((t) => ({ ...t, recordsFile: dir === undefined ? undefined : join(dir, `part-${t.index}.bin`) }));
    const head = tasks[0]!;
    const results = await runParts(tasks, job, async (hooks) => {
      const own = partLedger(job.config, head);
      const ownRecords = head.recordsFile === undefined ? undefined : new PartRecords(head.recordsFile);
      try {
        const reconciliation = await scanPart(head, job.config, own, undefined, hooks, ownRecords && ((l, b, c) => ownRecords.add(l, b, c)));
        return { type: 'done', facts: own.all(), reconciliation, records: ownRecords?.close() };
      } catch (e) {
        ownRecords?.close();
        throw e;
      }
    });
    if (results === undefined) return undefined;
    for (const r of results) {
      for (const f of r.facts) ledger.addFact(f);
      // merged: the ledger keeps sums, so let the parts' facts go before the savings lines come in
      r.facts = [];
    }
    for (const r of results) takeRecords(job, r.records);
    return mergeReconciliations(results.map((r) => r.reconciliation));
  });
}

/** A large file's categorized rows, written part by part to files of their own (`categorize --format csv`). */
export interface CsvParts {
  reconciliation: Reconciliation;
  /** the parts' CSV records, to be copied into the output in this order */
  files: string[];
  /** remove the part files */
  remove(): void;
}

/**
 * categorize's rows on every core: each part of a large file (the first on this thread) writes
 * its rows, as CSV records, to a temporary file; the caller copies them into the output in file
 * order, so the output is the one-thread output and nothing is held in memory. Undefined when the
 * input is not split (or a part fails): the caller reads on one thread.
 */
export async function scanToCsvParts(job: Omit<LedgerScan, 'canonicalVendors' | 'itemized' | 'records'>, rowsOf: (l: ExpenseLine, c: Categorization) => string): Promise<CsvParts | undefined> {
  const p = await plan({ ...job, canonicalVendors: 'none' });
  if (p === undefined) return undefined;
  let dir: string;
  try {
    dir = makeTempFolder('rows');
  } catch {
    return undefined; // no temporary folder to write to: one thread writes straight out
  }
  const remove = () => removeTempFolder(dir);
  const files = p.tasks.map((t) => join(dir, `part-${t.index}.csv`));
  const tasks = p.tasks.map((t, i) => ({ ...t, csvOut: files[i] }));
  const results = await runParts(tasks, job, async (hooks) => {
    const out = openOutput(files[0]!, process.stdout);
    try {
      const write = (l: ExpenseLine, _b: Decimal, c: Categorization) => out.write(rowsOf(l, c));
      const reconciliation = await scanPart(tasks[0]!, job.config, undefined, undefined, hooks, write, write);
      await out.close();
      return { type: 'done', facts: [], reconciliation };
    } catch (e) {
      out.abort();
      throw e;
    }
  });
  if (results === undefined) {
    remove();
    return undefined;
  }
  return { reconciliation: mergeReconciliations(results.map((r) => r.reconciliation)), files, remove };
}

interface FilesPlan {
  files: { path: string; name: string; index: number }[];
  /** file indexes per thread; the first list is the main thread's */
  bins: number[][];
}

/** Several files: whole files per thread, the largest first to the least loaded thread. */
async function planFiles(job: LedgerScan): Promise<FilesPlan | undefined> {
  const threads = Math.min(threadCount(job.threads), job.paths.length);
  if (threads < 2 || job.paths.includes('-') || job.scan.dedupe || job.scan.exclude) return undefined;
  const sizes: number[] = [];
  for (const given of job.paths) {
    const info = await stat(job.scan.cwd === undefined ? given : resolve(job.scan.cwd, given)).catch(() => undefined);
    // a missing file or a folder: the one-thread run says so the way it always does
    if (info === undefined || !info.isFile()) return undefined;
    sizes.push(info.size);
  }
  if (!worthSplitting(sizes.reduce((a, b) => a + b, 0), job)) return undefined;
  const bins: number[][] = Array.from({ length: threads }, () => []);
  const load = new Array<number>(threads).fill(0);
  const bySize = sizes.map((size, i) => ({ size, i })).sort((a, b) => b.size - a.size || a.i - b.i);
  for (const { size, i } of bySize) {
    const k = load.indexOf(Math.min(...load));
    bins[k]!.push(i);
    load[k]! += size;
  }
  for (const b of bins) b.sort((x, y) => x - y);
  const name = (given: string) => (job.scan.displayName ? job.scan.displayName(given) : given);
  return { files: job.paths.map((path, index) => ({ path, name: name(path), index })), bins: bins.filter((b) => b.length > 0) };
}

/**
 * Several files on several threads: each file is scanned whole on one thread; the checks across
 * files (the same line in two exports, the same spend in two sources) then run here in file
 * order over what each file's scan kept, so the result is the one-thread result.
 */
async function tryParallelFiles(ledger: Ledger, job: LedgerScan): Promise<Reconciliation | undefined> {
  const p = await planFiles(job);
  if (p === undefined || p.bins.length < 2) return undefined;
  return withRecordsFolder(job, (dir) => scanFilesInParallel(ledger, job, p, dir));
}

async function scanFilesInParallel(ledger: Ledger, job: LedgerScan, p: FilesPlan, recordsDir: string | undefined): Promise<Reconciliation | undefined> {
  const { cwd, from, to, cost, preset, optional } = job.scan;
  const scanOptions = { cwd, from, to, cost, preset, optional };
  const url = WORKER;
  const [mine, ...others] = p.bins;
  const workers = others.map((bin) => {
    const task: FilesTask = { files: bin.map((i) => p.files[i]!), config: configDataOf(job.config), canonicalVendors: job.canonicalVendors, itemized: job.itemized, recordsDir, scan: scanOptions };
    return new Worker(url, { workerData: task });
  });
  const scans: (FileScan | undefined)[] = p.files.map(() => undefined);
  const facts: Parameters<Ledger['addFact']>[0][][] = [];
  let rows = 0;
  const progress = (n: number) => {
    rows += n;
    job.scan.progress?.(rows, `${p.files.length} files`);
  };
  const fromWorkers = awaitWorkers(workers, (m) => {
    if (m.type === 'progress') progress(m.rows);
    else if (m.type === 'file') scans[m.index] = m.scan;
    else if (m.type === 'files-done') {
      facts.push(m.facts);
      return true;
    }
    return false;
  });
  let failed = false;
  const own = partLedger(job.config, job);
  try {
    const vendorKey = await loadVendorKey();
    for (const i of mine!) {
      const f = p.files[i]!;
      scans[i] = await scanWholeFile(f.path, f.name, job.config, own, vendorKey, scanOptions, progress, recordsDir === undefined ? undefined : join(recordsDir, `file-${f.index}.bin`));
      if (fromWorkers.failed()) break;
    }
  } catch {
    failed = true;
  }
  if (!failed) await fromWorkers.done;
  await Promise.all(workers.map((w) => w.terminate()));
  if (failed || fromWorkers.failed() || scans.some((s) => s === undefined)) return undefined;
  for (const f of own.all()) ledger.addFact(f);
  // merged: the ledger keeps sums, so let the threads' facts go before the savings lines come in
  for (const list of facts.splice(0)) for (const f of list) ledger.addFact(f);
  // the checks across files, in file order, as the one-thread scan makes them line by line
  const seen = new DuplicateGuard();
  const guard = createDoubleCountGuard(await loadVendorKey());
  for (let k = 0; k < scans.length; k++) {
    const s = scans[k]!;
    const name = p.files[k]!.name;
    for (let i = 0; i < s.h1.length; i++) {
      const first = seen.checkFingerprint(s.h1[i]!, s.h2[i]!, name, s.lines[i]!);
      if (first !== undefined) s.reconciliation.duplicates.push({ first, second: { source: name, line: s.lines[i]! } });
    }
    guard.absorb(s.sides);
    takeRecords(job, s.records);
  }
  const rec = mergeReconciliations(scans.map((s) => s!.reconciliation), 'files');
  rec.doubleCounts = guard.result();
  return rec;
}

/**
 * Wait for every worker's last message (`onMessage` returns true for it). A worker that reports
 * an error or crashes ends the wait at once and marks the run failed: the one-thread run then
 * reports the problem the way it always does.
 */
function awaitWorkers(workers: Worker[], onMessage: (m: WorkerMessage, k: number) => boolean): { done: Promise<void>; failed: () => boolean } {
  let failed = false;
  const done = new Promise<void>((resolve) => {
    let left = workers.length;
    if (left === 0) resolve();
    const fail = () => {
      failed = true;
      resolve();
    };
    workers.forEach((w, k) => {
      w.on('message', (m: WorkerMessage) => {
        if (m.type === 'error') fail();
        else if (onMessage(m, k) && --left === 0) resolve();
      });
      w.on('error', fail);
    });
  });
  return { done, failed: () => failed };
}

const SYNTAX = /quoted field is never closed|closing quote|record is longer than|malformed CSV/;

const isDecimal = (v: unknown): v is Decimal => typeof v === 'object' && v !== null && typeof (v as Decimal).units === 'bigint';

/**
 * Sum counters and amounts, concatenate lists in order. `parts`: parts of one file (its summary
 * summed from theirs); `files`: whole files (their summaries listed in turn).
 */
export function mergeReconciliations(parts: Reconciliation[], of: 'parts' | 'files' = 'parts'): Reconciliation {
  const out = parts[0]!;
  for (const p of parts.slice(1)) {
    const target = out as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(p)) {
      const mine = target[key];
      if (key === 'files') {
        if (of === 'files') for (const f of p.files) out.files.push(f);
        else mergeFiles(out.files, p.files);
      }
      else if (key === 'doubleCounts') continue; // one source: there are none
      else if (typeof value === 'number' && typeof mine === 'number') target[key] = mine + value;
      else if (isDecimal(value) && isDecimal(mine)) target[key] = add(mine, value);
      // one by one: a spread of a million rejected rows would overflow the stack
      else if (Array.isArray(value) && Array.isArray(mine)) for (const v of value as unknown[]) mine.push(v);
      else if (value instanceof Map && mine instanceof Map) {
        for (const [k, v] of value) {
          const m = mine.get(k);
          mine.set(k, m === undefined ? v : isDecimal(m) && isDecimal(v) ? add(m, v) : m);
        }
      }
    }
  }
  return out;
}

function mergeFiles(into: FileSummary[], from: FileSummary[]): void {
  from.forEach((f, i) => {
    const t = into[i];
    if (t === undefined) return;
    t.rows += f.rows;
    t.used += f.used;
    t.rejected += f.rejected;
    if (f.summaryRows !== undefined) t.summaryRows = (t.summaryRows ?? 0) + f.summaryRows;
  });
}
