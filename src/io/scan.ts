/**
 * The read side of every command: expand inputs, read each file's records, turn them into
 * expense lines, book them in the reporting currency, categorize them, and hand each result to
 * a sink that keeps what the command needs (aggregates, or rows). Rejections are collected.
 */
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { resolve } from 'node:path';
import type { Config, SourceSpec } from '../config/config.js';
import { ExitError, EXIT, dataError, usageError } from '../diagnostic.js';
import { describeLayout, looksLikeData, resolveLayout, type Layout } from '../ingest/layout.js';
import type { ExpenseLine, Rejection } from '../ingest/line.js';
import { createLineReader, isRejection } from '../ingest/read-line.js';
import { normalizeEncoding } from '../ingest/sniff.js';
import { type Categorization, type Categorizer, createCategorizer } from '../rules/engine.js';
import { add, type Decimal, DecimalSum } from '../money/decimal.js';
import { bookAmount } from '../money/currency.js';
import { monthOf } from '../period/period.js';
import { type FileSummary, type Reconciliation, emptyReconciliation, lineIdentity, noteExcluded, recordRejection } from '../analysis/reconciliation.js';
import { CompressedDataError, CsvSyntaxError, NotTextError, openCsv, openInput } from './records.js';
import { createDoubleCountGuard, loadVendorKey } from '../analysis/double-count.js';
import { matchesGlob } from './glob.js';
import { fsPath } from './inputs.js';
import { DuplicateGuard } from './duplicate-guard.js';

export interface ScanSink {
  /** a technology line: every figure is made of these */
  line(line: ExpenseLine, booked: Decimal, categorization: Categorization): void;
  /** an excluded line (out of scope): only categorize, explain and init see it */
  excluded?(line: ExpenseLine, booked: Decimal, categorization: Categorization): void;
  /** a file's layout, before its rows (validate shows it) */
  file?(summary: FileSummary, layout: Layout | undefined): void;
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
  /** files only a folder or a glob found: one that cannot be read is reported as not read, and the run goes on */
  optional?: readonly string[] | undefined;
  /** a file whose columns cannot be mapped: fail the run (default), or report it and go on (validate) */
  unrecognized?: 'fail' | 'report' | undefined;
  /** internal (worker threads): read the file through this stream, and take the layout found by the first part */
  open?: ((path: string) => Readable) | undefined;
  resolveLayout?: typeof resolveLayout | undefined;
  /** called every so often with rows read, for progress on a terminal */
  progress?: ((rows: number, source: string) => void) | undefined;
}

export interface ScanResult {
  reconciliation: Reconciliation;
  categorizer: Categorizer;
}

const UNCLOSED_QUOTE = 'a quoted field is never closed';
const SAMPLE_ROWS = 500;

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
    for (const path of paths) await scanFile(path, config, categorizer, probe, emptyReconciliation(), undefined, { ...options, progress: undefined, dedupe: false });
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
        };
  for (const path of paths) {
    await scanFile(path, config, categorizer, guarded, reconciliation, seen, options);
  }
  if (!options.dedupe) reconciliation.doubleCounts = guard === undefined ? [] : guard.result();
  return { reconciliation, categorizer };
}

async function scanFile(
  path: string,
  config: Config,
  categorizer: Categorizer,
  sink: ScanSink,
  rec: Reconciliation,
  seen: DuplicateGuard | undefined,
  options: ScanOptions,
): Promise<void> {
  const name = options.displayName ? options.displayName(path) : path;
  // a file only a folder or a glob found: if it cannot be read, say so and go on with the others
  const optional = options.optional?.includes(path) === true;
  const notRead = (message: string) => {
    const summary: FileSummary = { source: name, format: 'not read', mapping: '', encoding: '', delimiter: '', skipRows: 0, rows: 1, used: 0, rejected: 1, notes: [message] };
    rec.files.push(summary);
    rec.rowsRead++;
    recordRejection(rec, { source: name, line: 1, reason: `file not read: ${message}`, hint: 'found in a folder or by a pattern; move it out, or name the files to read' });
    sink.file?.(summary, undefined);
  };
  // a non-UTF-8 file name found in a folder is opened by its bytes
  const bytes = fsPath(path);
  const location = typeof bytes !== 'string' ? bytes : path === '-' || options.cwd === undefined ? path : resolve(options.cwd, path);
  // a source keyed on header columns is found once the header is read (setup)
  let source = sourceFor(config, path);
  let opened: Awaited<ReturnType<typeof openCsv>>;
  try {
    if (path !== '-') {
      const info = await stat(location).catch(() => undefined);
      if (info === undefined) throw dataError(name, 'no such file');
      if (info.isDirectory()) throw dataError(name, 'is a directory, not a CSV file');
    }
    const stream = options.open && typeof location === 'string' ? options.open(location) : openInput(location);
    opened = await new Promise<Awaited<ReturnType<typeof openCsv>>>((resolve, reject) => {
      stream.once('error', (e: NodeJS.ErrnoException) => reject(dataError(name, e.code === 'EACCES' ? 'permission denied' : `cannot read: ${e.message}`)));
      openCsv(stream, { encoding: normalizeEncoding(source?.encoding), delimiter: source?.delimiter, skipRows: source?.skipRows }).then(resolve, (e: unknown) =>
        // not text at all, or damaged gzip: one line naming the file, never its bytes
        reject(e instanceof NotTextError ? dataError(name, e.message, e.hint) : e instanceof CompressedDataError ? dataError(name, e.message, 'download or copy it again') : e),
      );
    });
  } catch (e) {
    if (optional && e instanceof ExitError && e.exitCode === EXIT.data) return notRead(e.diagnostics[0]?.message ?? 'cannot read');
    throw e;
  }
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

  // this file's totals, added to the reconciliation's when it is read
  const inputSum = new DecimalSum();
  const reportSum = new DecimalSum();
  const uncategorizedSum = new DecimalSum();
  const excludedSum = new DecimalSum();
  let header: string[] | undefined;
  let headerLine = 0;
  const buffered: { fields: string[]; line: number }[] = [];
  let process: ((fields: string[], line: number) => void) | undefined;
  let headerKey = '';
  let headerFirst: string | undefined;
  let headerless = false;

  const setup = () => {
    if (header === undefined) return;
    if (!headerless) source = sourceFor(config, path, header) ?? source;
    const result = (options.resolveLayout ?? resolveLayout)(header, buffered.map((b) => b.fields), { source, cost: options.cost, preset: options.preset, delimiter: sniffed.delimiter, headerless });
    if (result.layout === undefined && (options.unrecognized === 'report' || optional)) {
      // validate lists a file it cannot map (not an expense export?) and goes on with the others
      summary.format = 'not recognized';
      summary.notes.push(...result.problems);
      rec.rowsRead++;
      summary.rows++;
      reject({ source: name, line: headerLine, reason: `file not read: ${result.problems[0] ?? 'unknown layout'}`, hint: 'add a sources entry for it, or leave it out' });
      sink.file?.(summary, undefined);
      process = () => {};
      buffered.length = 0;
      return;
    }
    if (result.layout === undefined) {
      throw new ExitError(EXIT.data, result.problems.map((p) => ({ severity: 'error' as const, kind: 'data' as const, where: `${name}:${headerLine}`, message: p })));
    }
    const layout = result.layout;
    summary.format = layout.format;
    summary.mapping = describeLayout(layout);
    if (layout.dateNote) summary.notes.push(layout.dateNote);
    sink.file?.(summary, layout);
    const read = createLineReader(layout, name, config.inputCurrency ?? config.currency);
    process = (fields, line) => {
      rec.rowsRead++;
      summary.rows++;
      const result = read(fields, line);
      if (isRejection(result)) return reject(result);
      if ((options.from !== undefined && result.date < options.from) || (options.to !== undefined && result.date > options.to)) {
        rec.rowsOutOfRange++;
        return;
      }
      if (options.exclude?.(result)) {
        rec.rowsDeduplicated++;
        return;
      }
      // same currency: booked as it is (no month needed)
      const booked = result.currency === config.currency ? result.amount : bookAmount(result.amount, result.currency, config.currency, config.rates, monthOf(result.date));
      if (booked === undefined) {
        return reject({
          source: name,
          line,
          reason: 'no rate for currency',
          column: layout.columns.currency !== undefined ? layout.header[layout.columns.currency] : 'currency',
          text: result.currency,
          amount: result.amount,
          currency: result.currency,
          hint: `add ${result.currency} under rates in the config`,
        });
      }
      const c = categorizer.categorize(result, booked);
      rec.rowsUsed++;
      summary.used++;
      inputSum.add(booked);
      if (c.scope === 'excluded') {
        // out of scope: reconciled and listed, in no technology figure
        rec.excludedLines++;
        excludedSum.add(booked);
        noteExcluded(rec, result, booked);
        sink.excluded?.(result, booked, c);
        return;
      }
      if (seen !== undefined) {
        const first = seen.check(lineIdentity(result), name, line);
        if (first !== undefined) rec.duplicates.push({ first, second: { source: name, line } });
      }
      const parts = c.parts;
      for (let i = 0; i < parts.length; i++) reportSum.add(parts[i]!.amount);
      if (c.rule === undefined) {
        rec.uncategorizedLines++;
        uncategorizedSum.add(booked);
      }
      sink.line(result, booked, c);
    };
    for (const b of buffered) handle(b.fields, b.line);
    buffered.length = 0;
  };

  const reject = (r: Rejection) => {
    summary.rejected++;
    recordRejection(rec, r);
  };

  const handle = (fields: string[], line: number) => {
    if (isBlank(fields)) {
      rec.blankRecords++;
      return;
    }
    // compare the first cell before joining the row: most rows differ there
    if (fields.length === header!.length && fields[0] === headerFirst && fields.join('\u0000') === headerKey) {
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
        return;
      }
      if (process !== undefined) {
        handle(fields, line);
        if (progress && ++count % 50_000 === 0) progress(count, name);
        return;
      }
      if (header === undefined) {
        if (isBlank(fields)) return;
        if (source?.header === false || (source?.header !== true && looksLikeData(fields))) {
          // no header row: the first record is data, columns are named by position
          headerless = true;
          header = fields.map((_, i) => String(i + 1));
          headerLine = line;
          buffered.push({ fields, line });
          return;
        }
        header = fields.map((h) => h.trim());
        headerKey = fields.join('\u0000');
        headerFirst = fields[0];
        headerLine = line;
        return;
      }
      buffered.push({ fields, line });
      if (buffered.length >= SAMPLE_ROWS) setup();
    });
    if (header === undefined) summary.notes.push('no header row');
    else if (process === undefined) setup();
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw dataError(`${name}:${e.line}`, `malformed CSV: ${e.message}`);
    if (e instanceof CompressedDataError) throw dataError(name, e.message, 'download or copy it again');
    throw e;
  } finally {
    rec.inputTotal = add(rec.inputTotal, inputSum.value());
    rec.reportTotal = add(rec.reportTotal, reportSum.value());
    rec.uncategorizedTotal = add(rec.uncategorizedTotal, uncategorizedSum.value());
    rec.excludedTotal = add(rec.excludedTotal, excludedSum.value());
  }
}

/** Every field empty or white space (a blank record). */
export function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.length === 0) continue;
    // a field starting with a visible ASCII character settles it without trimming
    const c = f.charCodeAt(0);
    if ((c > 32 && c < 127) || f.trim() !== '') return false;
  }
  return true;
}
