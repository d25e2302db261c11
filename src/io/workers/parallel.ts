/**
 * Scan into a Ledger on every core: a large file is cut at record boundaries (split.ts), each
 * part is parsed, booked and categorized on its own thread (the first on the main thread, the
 * others in worker threads: scan-part.ts, scan-worker.ts), and the facts and
 * reconciliations are merged exactly (bigint sums; lists in file order), so the result is the
 * one-thread result. Small inputs, stdin, several files and anything the cut cannot prove safe
 * stay on the one-thread path.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createDoubleCountGuard, loadVendorKey } from '../../analysis/double-count.js';
import type { Ledger } from '../../analysis/ledger.js';
import { factsSink } from '../../analysis/pipeline.js';
import type { Reconciliation } from '../../analysis/reconciliation.js';
import { mergeReconciliations } from '../../analysis/reconciliation-merge.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { add, type Decimal, isZero, sub } from '../../money/decimal.js';
import { monthOf } from '../../period/period.js';
import type { Categorization } from '../../rules/engine.js';
import { DuplicateGuard } from '../duplicate-guard.js';
import { openOutput } from '../output-stream.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { scanInputs } from '../scan.js';
import { makeTempFolder, removeTempFolder } from '../temp-folder.js';
import { PartRecords, readPartRecords } from './part-records.js';
import { configDataOf, type FilesPlan, type LedgerScan, planFiles, planParts } from './plan.js';
import type { FilesTask, PartTask, WorkerMessage } from './protocol.js';
import { type FileScan, scanWholeFile } from './scan-files.js';
import { type PartHooks, partLedger, scanPart } from './scan-part.js';

// the planner's public names, where the commands have always found them
export { type LedgerScan, PARALLEL_MIN_BYTES, THREADS_CEILING, threadCount, threadLimit } from './plan.js';
export { mergeReconciliations } from '../../analysis/reconciliation-merge.js';

/**
 * The worker's module, found from the package root rather than from this module: the CLI runs
 * bundled (dist/cli/techspend.cjs), and the workers load the built modules.
 */
const WORKER = pathToFileURL(join(PACKAGE_ROOT, 'dist', 'io', 'workers', 'scan-worker.js'));


/**
 * The seam an engine stands in at: something that reads a run's inputs into a Ledger (the facts)
 * and says how every row was accounted for. The in-process scan below is one; an engine that
 * books and categorizes elsewhere (SQL) keeps this signature and gives the facts and the
 * reconciliation the line pipeline (analysis/pipeline.ts) would, so the analyses and renderers
 * after it are the same.
 */
export type LedgerScanner = (ledger: Ledger, job: LedgerScan) => Promise<Reconciliation>;

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
  // the facts stage, as every worker runs it (analysis/pipeline.ts)
  const { reconciliation } = await scanInputs(job.paths, job.config, { line: factsSink(ledger, job.records) }, job.scan);
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
  // a record the parser could not read may be a cut in the wrong place (inside a quoted field)
  let unread = false;
  try {
    results[0] = await scanHead({
      layout: (layout) => {
        for (const w of workers) w.postMessage({ layout });
      },
      progress,
      unreadRecord: () => {
        unread = true;
      },
    });
  } catch {
    failed = true;
  }
  if (!failed) await fromWorkers.done;
  await Promise.all(workers.map((w) => w.terminate()));
  if (failed || fromWorkers.failed() || results.some((r) => r === undefined)) return undefined;
  // one thread reads it again: a genuine bad record is then rejected where it is, a bad cut is none
  if (unread || results.some((r) => (r!.unreadRecords ?? 0) > 0)) return undefined;
  return results as PartDone[];
}

async function tryParallel(ledger: Ledger, job: LedgerScan): Promise<Reconciliation | undefined> {
  const p = await planParts(job);
  if (p === undefined) return undefined;
  return withRecordsFolder(job, async (dir) => {
    const tasks = p.tasks.map((t) => ({ ...t, recordsFile: dir === undefined ? undefined : join(dir, `part-${t.index}.bin`) }));
    const head = tasks[0]!;
    const results = await runParts(tasks, job, async (hooks) => {
      const own = partLedger(job.config, head);
      const ownRecords = head.recordsFile === undefined ? undefined : new PartRecords(head.recordsFile);
      try {
        const reconciliation = await scanPart(head, job.config, own, undefined, hooks, ownRecords && factsSink(undefined, ownRecords));
        return { type: 'done', facts: own.capexFacts(), reconciliation, records: ownRecords?.close() };
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
  const p = await planParts({ ...job, canonicalVendors: 'none' });
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
  for (const f of own.capexFacts()) ledger.addFact(f);
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

