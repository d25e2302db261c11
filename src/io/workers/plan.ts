/**
 * The parallel planner: whether a scan is worth several threads, and how the input is shared
 * out. One large file is cut at record boundaries into parts (split.ts); several files are
 * dealt whole to threads, the largest first to the least loaded. Every decision to stay on one
 * thread is made here, up front, from the input's size and head: the runner (parallel.ts) only
 * falls back when a part itself says it could not be read as the one-thread scan would.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { VendorDetail } from '../../analysis/vendor-key.js';
import type { SavingsCollector } from '../../analysis/savings/source.js';
import type { Config } from '../../config/config.js';
import { type ConfigData, configToData } from '../../config/config-data.js';
import { usageError } from '../../diagnostic.js';
import { isGzip } from '../../ingest/content-kind.js';
import { normalizeEncoding } from '../../ingest/sniff.js';
import { openCsv } from '../records.js';
import { isBlank, type ScanOptions, sourceFor, startsWithoutHeader } from '../scan.js';
import type { PartTask } from './protocol.js';
import { splitAtRecords } from './split.js';

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
export function configDataOf(config: Config): ConfigData {
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

/** A split file: its parts, each a worker's task (the first the main thread's). */
export interface Plan {
  path: string;
  tasks: PartTask[];
}

/**
 * Cut one large file into parts at record boundaries, or undefined when one thread must read it:
 * one thread asked for, several inputs, stdin, --dedupe, a file below the size where workers pay,
 * gzip, no header, a line break or an encoding the cut cannot prove safe.
 */
export async function planParts(job: LedgerScan): Promise<Plan | undefined> {
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
    // blank as the scan judges it (filler like `,,,,` or `†††` too): both take the same record for the header
    if (isBlank(r.fields)) continue;
    // no header row: the parts would have none to read by (one thread reads it)
    if (startsWithoutHeader(r.fields, source)) return undefined;
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

export interface FilesPlan {
  files: { path: string; name: string; index: number }[];
  /** file indexes per thread; the first list is the main thread's */
  bins: number[][];
}

/** Several files: whole files per thread, the largest first to the least loaded thread. */
export async function planFiles(job: LedgerScan): Promise<FilesPlan | undefined> {
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
