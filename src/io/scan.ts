/**
 * The read side of every command: expand inputs, read each file's records (encoding, header,
 * layout, total rows), turn them into expense lines, and run each through the one line pipeline
 * (analysis/pipeline.ts: booked in the reporting currency, categorized, counted), handing each
 * result to a sink that keeps what the command needs (aggregates, or rows). Rejections are
 * collected. `scanInputs` is the public entry: worker threads call it on their share of the
 * input, and an engine standing in for this one gives the same sink calls and reconciliation.
 */
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { basename, resolve } from 'node:path';
import type { Config, SourceSpec } from '../config/config.js';
import { ExitError, EXIT, dataError, usageError } from '../diagnostic.js';
import type { Layout, resolveLayout } from '../ingest/layout.js';
import { FileHeader, isBlank, mapFile } from '../ingest/file-header.js';
// the header's pure helpers, where the other readers (planner, engines, currency probe) find them
export { isBlank, monthInName, startsWithoutHeader } from '../ingest/file-header.js';
import type { ExpenseLine, Rejection } from '../ingest/line.js';
import { createLineReader, isRejection } from '../ingest/read-line.js';
import { normalizeEncoding } from '../ingest/sniff.js';
import { type Categorization, type Categorizer, createCategorizer } from '../rules/engine.js';
import type { Decimal } from '../money/decimal.js';
import { type FileNotRead, type FileSummary, type Reconciliation, emptyReconciliation, lineIdentity, recordRejection } from '../analysis/reconciliation.js';
import { createPipeline, FileTally, type Pipeline, stageLine } from '../analysis/pipeline.js';
import { CompressedDataError, CsvSyntaxError, NotTextError, openCsv, openInput } from './records.js';
import { createDoubleCountGuard, loadVendorKey } from '../analysis/double-count.js';
import { matchesGlob } from './glob.js';
import { fsPath } from './inputs.js';
import { DuplicateGuard } from './duplicate-guard.js';
import { TotalRows } from './total-rows.js';

export interface ScanSink {
  /** a technology line: every figure is made of these */
  line(line: ExpenseLine, booked: Decimal, categorization: Categorization): void;
  /** an excluded line (out of scope): only categorize, explain and init see it */
  excluded?(line: ExpenseLine, booked: Decimal, categorization: Categorization): void;
  /** a file's layout, before its rows (validate shows it) */
  file?(summary: FileSummary, layout: Layout | undefined): void;
  /** a record the CSV parser could not read (it is also rejected): a split file's part then reads again on one thread */
  unreadRecord?(line: number): void;
}

export interface ScanOptions {
  from?: string | undefined;
  to?: string | undefined;
  cost?: 'billed' | 'effective' | undefined;
  preset?: string | undefined;
  /** folder that relative input paths resolve against (default: the process's) */
  cwd?: string | undefined;
  /** how a file is named in output: the path as given */
  displayName?: (path: string) => string;
  /** leave out the less detailed side of each likely double count (reads the inputs twice) */
  dedupe?: boolean | undefined;
  /** internal: lines to leave out (set by --dedupe's first pass) */
  exclude?: ((line: ExpenseLine) => boolean) | undefined;
  /** files only a folder or a glob found: one that cannot be read at all (missing, unreadable) is not read, and the run goes on */
  optional?: readonly string[] | undefined;
  /** a file whose columns cannot be mapped or that is not text: report it as not read and go on with the others (default), or fail the run */
  unrecognized?: 'fail' | 'report' | undefined;
  /** internal (worker threads): read the file through this stream, and take the layout found by the first part */
  open?: ((path: string) => Readable) | undefined;
  resolveLayout?: typeof resolveLayout | undefined;
  /**
   * internal (worker threads): the file is read in parts and this is not the first, so the sum
   * of the rows above a total row is not known here; a total row makes the run read the file on
   * one thread instead (it throws)
   */
  partOfFile?: boolean | undefined;
  /** called every so often with rows read, for progress on a terminal */
  progress?: ((rows: number, source: string) => void) | undefined;
}

export interface ScanResult {
  reconciliation: Reconciliation;
  categorizer: Categorizer;
}

const UNCLOSED_QUOTE = 'a quoted field is never closed';

/**
 * The `sources` entry that reads a file: the first whose path globs match (if it has any) and
 * whose header columns are all in the file's header (if it names any). Before the header is
 * read (`header` undefined), only entries keyed on the path alone can match.
 */
export function sourceFor(config: Config, path: string, header?: readonly string[]): SourceSpec | undefined {
  const names = header === undefined ? undefined : new Set(header.map(headerName));
  // `export.csv.gz` is read by the entry of `export.csv` too
  const plain = /\.gz$/i.test(path) ? path.slice(0, -3) : undefined;
  return config.sources.find((s) => {
    if (s.paths !== undefined) return s.paths.includes(path);
    if (s.files.length > 0 && !s.files.some((f) => matchesGlob(path, f) || (plain !== undefined && matchesGlob(plain, f)))) return false;
    if (s.headerIncludes === undefined) return s.files.length > 0;
    return names !== undefined && s.headerIncludes.every((h) => names.has(headerName(h)));
  });
}

/** Header cells compared trimmed, without a BOM, case-insensitively. */
function headerName(h: string): string {
  return h.replace(/^\uFEFF/, '').trim().toLowerCase();
}

export async function scanInputs(paths: readonly string[], config: Config, sink: ScanSink, options: ScanOptions = {}): Promise<ScanResult> {
  const reconciliation = emptyReconciliation();
  const categorizer = createCategorizer(config);
  // the overlap guard compares files with each other: one file needs none
  const seen = paths.length > 1 ? new DuplicateGuard() : undefined;
  // the double-count guard compares sources with each other: one input is one source, and has none
  const compare = paths.length > 1;
  const vendorKey = compare ? await loadVendorKey() : undefined;
  const guard = compare ? createDoubleCountGuard(vendorKey) : undefined;
  if (options.dedupe && paths.includes('-')) throw usageError('--dedupe reads the inputs twice, so it cannot read stdin (-)', 'save stdin to a file first');
  if (options.dedupe && vendorKey !== undefined) {
    // first pass: find the double counts; the second pass leaves their less detailed side out
    const first = createDoubleCountGuard(vendorKey);
    const probe: ScanSink = { line: (l, booked) => first.add(l, booked) };
    const firstPass = createPipeline(config, { from: options.from, to: options.to }, categorizer);
    for (const path of paths) await scanFile(path, firstPass, probe, emptyReconciliation(), undefined, { ...options, progress: undefined, dedupe: false });
    reconciliation.doubleCounts = first.result();
    options = { ...options, exclude: first.dropper() };
  }
  const guarded: ScanSink =
    guard === undefined
      ? sink
      : {
          line: (l, booked, c) => {
            guard.add(l, booked);
            sink.line(l, booked, c);
          },
          excluded: sink.excluded?.bind(sink),
          file: (summary, layout) => sink.file?.(summary, layout),
          unreadRecord: (line) => sink.unreadRecord?.(line),
        };
  const pipeline = createPipeline(config, { from: options.from, to: options.to, exclude: options.exclude }, categorizer);
  for (const path of paths) {
    await scanFile(path, pipeline, guarded, reconciliation, seen, options);
  }
  if (!options.dedupe) reconciliation.doubleCounts = guard === undefined ? [] : guard.result();
  return { reconciliation, categorizer };
}

async function scanFile(
  path: string,
  pipeline: Pipeline,
  sink: ScanSink,
  rec: Reconciliation,
  seen: DuplicateGuard | undefined,
  options: ScanOptions,
): Promise<void> {
  const config = pipeline.config;
  const name = options.displayName ? options.displayName(path) : path;
  const optional = options.optional?.includes(path) === true;
  // a source keyed on header columns is found once the header is read (setup)
  let source = sourceFor(config, path);
  const opened = await openFile(path, name, source, rec, sink, options);
  if (opened === undefined) return;
  const { sniffed, each } = opened;
  const summary: FileSummary = {
    source: name,
    format: 'empty',
    mapping: '',
    encoding: sniffed.encoding + (sniffed.bom ? ' (BOM)' : ''),
    delimiter: sniffed.delimiter,
    skipRows: sniffed.skipRows,
    rows: 0,
    used: 0,
    rejected: 0,
    notes: [],
  };
  rec.files.push(summary);
  if (sniffed.empty) {
    if (options.unrecognized !== 'report' && !optional) throw dataError(name, 'file is empty', 'export it again, or leave it out');
    summary.notes.push('file is empty');
    rec.rowsRead++;
    summary.rows++;
    recordRejection(rec, { source: name, line: 1, reason: 'file is empty' });
    summary.rejected++;
    sink.file?.(summary, undefined);
    return;
  }

  // this file's counts; its money totals are added to the reconciliation's when it is read
  const tally = new FileTally(rec, summary);
  // the header and the sample the layout is chosen from (ingest/file-header.ts)
  const file = new FileHeader();
  let process: ((fields: string[], line: number) => void) | undefined;

  const setup = () => {
    if (file.header === undefined) return;
    if (!file.headerless) source = sourceFor(config, path, file.header) ?? source;
    const headerLine = file.line;
    const result = mapFile(file, name, { source, cost: options.cost, preset: options.preset, delimiter: sniffed.delimiter, fileName: basename(path), resolve: options.resolveLayout });
    if (result.layout === undefined && (options.unrecognized === 'fail' || result.fatal)) {
      throw new ExitError(EXIT.data, result.problems.map((p) => ({ severity: 'error' as const, kind: 'data' as const, where: `${name}:${headerLine}`, message: p })));
    }
    if (result.layout === undefined) {
      // a file that cannot be mapped (not an expense export?) is named, its rows counted, and
      // the run goes on with the other files
      summary.format = 'not recognized';
      summary.notes.push(...result.problems);
      const notRead: FileNotRead = { source: name, line: headerLine, reason: result.problems.join('; ') || 'unknown layout', hint: 'add a sources entry for it, or leave it out', rows: 0 };
      rec.filesNotRead.push(notRead);
      sink.file?.(summary, undefined);
      process = () => {
        rec.rowsRead++;
        summary.rows++;
        notRead.rows++;
      };
      for (const b of file.sample) handle(b.fields, b.line);
      file.sample.length = 0;
      return;
    }
    const layout = result.layout;
    summary.format = result.format;
    summary.mapping = result.mapping;
    summary.notes.push(...result.notes);
    // day/month order taken with nothing to tell it by: said once per file, not only in validate
    if (layout.dateAssumed !== undefined && options.partOfFile !== true) rec.notices.push(`${name}: ${layout.dateAssumed}`);
    if (result.notice !== undefined) rec.notices.push(result.notice);
    // a footer equal to the sum of the rows above is a summary of them, not spend
    const totals = new TotalRows(layout, name, rec, summary, options.partOfFile === true);
    sink.file?.(summary, layout);
    const read = createLineReader(layout, name, config.inputCurrency ?? config.currency);
    // a no-rate rejection names where the line's currency was written (column cell, or amount mark)
    const currencyColumn = (l: ExpenseLine) => currencySource(layout, l.fields, l.currency, config.inputCurrency ?? config.currency);
    process = (fields, line) => {
      rec.rowsRead++;
      summary.rows++;
      const result = read(fields, line);
      if (isRejection(result)) {
        // a total row has no date (`Total` may stand in the date column itself)
        if ((result.reason === 'no date' || result.reason === 'cannot read date') && totals.isTotal(fields, line, result.amount)) return;
        if (result.amount !== undefined) totals.count(result.amount);
        return reject(result);
      }
      if (layout.month !== undefined && totals.isTotal(fields, line, result.amount)) return;
      totals.count(result.amount);
      // line → booked → categorized (analysis/pipeline.ts), then counted and handed on
      const fate = stageLine(pipeline, result, currencyColumn);
      tally.count(result, fate);
      if (fate.kind === 'excluded') sink.excluded?.(result, fate.booked, fate.categorization);
      else if (fate.kind === 'technology') {
        if (seen !== undefined) {
          const first = seen.check(lineIdentity(result), name, line);
          if (first !== undefined) rec.duplicates.push({ first, second: { source: name, line } });
        }
        sink.line(result, fate.booked, fate.categorization);
      }
    };
    for (const b of file.sample) handle(b.fields, b.line);
    file.sample.length = 0;
  };

  const reject = (r: Rejection) => tally.reject(r);

  const handle = (fields: string[], line: number) => {
    if (isBlank(fields)) {
      rec.blankRecords++;
      return;
    }
    if (file.repeats(fields)) {
      rec.repeatedHeaders++;
      return;
    }
    process!(fields, line);
  };

  let count = 0;
  const progress = options.progress;
  try {
    await each((fields, line, error) => {
      if (error !== undefined) {
        // an unclosed quote swallows the rest of the file: rows after it cannot be counted, so
        // the file as a whole is malformed (exit 1) rather than one rejected row
        if (error.startsWith(UNCLOSED_QUOTE)) throw dataError(`${name}:${line}`, `malformed CSV: ${error}`, 'close the quote, or double it ("") inside a quoted field');
        // any other record the CSV parser could not read is a rejected row, not the end of the run
        rec.rowsRead++;
        summary.rows++;
        reject({ source: name, line, reason: error });
        sink.unreadRecord?.(line);
        return;
      }
      if (process !== undefined) {
        handle(fields, line);
        if (progress && ++count % 50_000 === 0) progress(count, name);
        return;
      }
      if (file.take(fields, line, source)) setup();
    });
    if (file.header === undefined) summary.notes.push('no header row');
    else if (process === undefined) setup();
    if (sniffed.settledAtLine !== undefined) {
      summary.encoding = sniffed.encoding;
      summary.notes.push(`read as ${sniffed.encoding}: the first byte that is not UTF-8 comes after line ${sniffed.settledAtLine} (the lines before it are plain ASCII)`);
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw dataError(`${name}:${e.line}`, `malformed CSV: ${e.message}`);
    if (e instanceof CompressedDataError) throw dataError(name, e.message, 'download or copy it again');
    throw e;
  } finally {
    tally.flush();
  }
}

type Opened = Awaited<ReturnType<typeof openCsv>>;

/**
 * Open a file for its records (encoding and delimiter sniffed). A file that is not text, or one
 * a folder or a glob found that cannot be opened, is named as not read (undefined) and the run
 * goes on with the others; anything else wrong is the run's error.
 */
async function openFile(path: string, name: string, source: SourceSpec | undefined, rec: Reconciliation, sink: ScanSink, options: ScanOptions): Promise<Opened | undefined> {
  // a file only a folder or a glob found: if it cannot be read, say so and go on with the others
  const optional = options.optional?.includes(path) === true;
  const notRead = (message: string, hint: string) => {
    const summary: FileSummary = { source: name, format: 'not recognized', mapping: '', encoding: '', delimiter: '', skipRows: 0, rows: 0, used: 0, rejected: 0, notes: [message] };
    rec.files.push(summary);
    rec.filesNotRead.push({ source: name, line: 1, reason: message, hint, rows: 0 });
    sink.file?.(summary, undefined);
  };
  // a non-UTF-8 file name found in a folder is opened by its bytes
  const bytes = fsPath(path);
  const location = typeof bytes !== 'string' ? bytes : path === '-' || options.cwd === undefined ? path : resolve(options.cwd, path);
  let opened: Opened;
  try {
    if (path !== '-') {
      const info = await stat(location).catch(() => undefined);
      if (info === undefined) throw dataError(name, 'no such file');
      if (info.isDirectory()) throw dataError(name, 'is a directory, not a CSV file');
    }
    const stream = options.open && typeof location === 'string' ? options.open(location) : openInput(location);
    opened = await new Promise<Opened>((resolve, reject) => {
      stream.once('error', (e: NodeJS.ErrnoException) => reject(dataError(name, e.code === 'EACCES' ? 'permission denied' : `cannot read: ${e.message}`)));
      openCsv(stream, { encoding: normalizeEncoding(source?.encoding), delimiter: source?.delimiter, skipRows: source?.skipRows }).then(resolve, (e: unknown) =>
        // not text at all, or damaged gzip: one line naming the file, never its bytes
        reject(e instanceof NotTextError ? new NotTextFile(dataError(name, e.message, e.hint)) : e instanceof CompressedDataError ? dataError(name, e.message, 'download or copy it again') : e),
      );
    });
  } catch (e) {
    // not text at all (an image, a workbook), or a file a folder found that cannot be opened: named
    // as not read, and the other files are read
    const error = e instanceof NotTextFile ? e.error : e;
    if (options.unrecognized !== 'fail' && (e instanceof NotTextFile || optional) && error instanceof ExitError && error.exitCode === EXIT.data) {
      notRead(error.diagnostics[0]?.message ?? 'cannot read', error.diagnostics[0]?.hint ?? (optional ? 'found in a folder or by a pattern; move it out, or name the files to read' : 'give techspend the CSV export'));
      return undefined;
    }
    throw error;
  }
  return opened;
}

/**
 * Where a line's currency was written, for a "no rate" rejection: its currency column when that
 * cell says it, else the amount cell whose mark (`£`, `JPY 50000`) named it, else the source
 * entry's fixed currency. Never a "currency" column the file does not have.
 */
export function currencySource(layout: Layout, fields: readonly string[], currency: string, defaultCurrency: string): { column: string; text: string } {
  const c = layout.columns;
  if (c.currency !== undefined && (fields[c.currency] ?? '').trim() !== '') return { column: layout.header[c.currency]!, text: fields[c.currency]!.trim() };
  const money = [c.amount, c.debit, c.credit, c.unitPrice].find((i) => i !== undefined && (fields[i] ?? '').trim() !== '');
  if (money !== undefined && (layout.currency === undefined || layout.currency !== currency) && currency !== defaultCurrency) return { column: layout.header[money]!, text: fields[money]!.trim() };
  if (layout.currency !== undefined) return { column: 'sources currency', text: currency };
  return { column: 'currency', text: currency };
}

/** A file that is not text, on its way to being named as not read. */
class NotTextFile extends Error {
  constructor(readonly error: ExitError) {
    super(error.message);
  }
}
