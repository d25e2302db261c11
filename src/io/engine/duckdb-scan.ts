/**
 * The DuckDB engine: each input is read by DuckDB (Parquet, or CSV / .csv.gz), its lines parsed,
 * booked, categorized by the compiled rules (rules/sql.ts) and summed to the ledger's grain
 * inside DuckDB; the ledger then feeds the same analyses and renderers as the node engine.
 *
 * Same figures as the node engine by construction, not by a second implementation of its
 * reading rules:
 * - the layout (which column is what, the date format, the decimal mark) is the node engine's own
 *   resolveLayout over the file's header and first rows;
 * - dates, vendors, currencies and exchange rates are decided by node over the DISTINCT values
 *   (a few thousand at most) and joined as small tables;
 * - SQL takes a line only when its amount is a plain number (digits, one decimal mark) and every
 *   lookup succeeded; any other row (a rejected row, a total row, a currency mark, a short row)
 *   goes through the node engine's line reader one by one, with the running sum a total row is
 *   compared with, so rejections read exactly as the node engine writes them (file:row).
 * A layout SQL does not take (debit/credit columns, a direction column, quantity × price, GCP
 * credits, a date from the file name) or a CSV DuckDB cannot read as the node engine does (not
 * UTF-8, ragged rows) is read by the node engine whole, and the run says so.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Config } from '../../config/config.js';
import { type Condition, rawColumns } from '../../config/condition.js';
import { dataError, EXIT, ExitError, printable } from '../../diagnostic.js';
import { describeChoices, describeLayout, type Layout, looksLikeData, resolveLayout } from '../../ingest/layout.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { createLineReader, isRejection } from '../../ingest/read-line.js';
import { createDateReader } from '../../ingest/date.js';
import { gcpCreditsColumn, isCloudBillingExport } from '../../ingest/cloud-billing.js';
import { cloudBillingVendor } from '../../catalog/cloud-vendor.js';
import { currencyOfSymbol, isKnownCurrency, rateFor } from '../../money/currency.js';
import { add, type Decimal, DecimalSum, parseDecimal, toExact, ZERO } from '../../money/decimal.js';
import { monthOf } from '../../period/period.js';
import { type Categorization, createCategorizer, type Categorizer } from '../../rules/engine.js';
import type { Rule } from '../../config/rule.js';
import { examinedBySavings } from '../../analysis/savings/scope.js';
import type { LineReader } from '../../ingest/read-line.js';
import { type CandidateColumns, rulesToSql } from '../../rules/sql.js';
import { candidateJoins, fieldPatterns, type FieldPatterns } from './candidate-combos.js';
import { type FieldAnswers, fieldAnswers } from '../../rules/field-answers.js';
import type { FilterField } from '../../rules/field-filter.js';
import type { Ledger } from '../../analysis/ledger.js';
import { emptyReconciliation, type FileSummary, lineIdentity, noteExcluded, type Reconciliation } from '../../analysis/reconciliation.js';
import { createDoubleCountGuard, type DoubleCountGuard, loadVendorKey } from '../../analysis/double-count.js';
import { DuplicateGuard } from '../duplicate-guard.js';
import type { Pool } from '../../config/schema.js';
import { scanInputs, sourceFor, monthInName, isBlank } from '../scan.js';
import { openCsv, openInput } from '../records.js';
import { mergeReconciliations, type LedgerScan } from '../workers/parallel.js';
import { type DuckConnection, inAnyOrder, openDuckDb, sqlId, sqlString } from './duckdb.js';
import { csvSource, parquetSource, type SourceText } from './source-text.js';
import { EngineSavingsLines, type SavingsNeeds } from './savings-lines.js';
import { NodeRows, type RowSink } from './row-pipeline.js';
import { LineCounts, linesInOrder } from './lines-in-order.js';
import { isParquet } from './choose.js';
import { answersOnLine, FILTER_FIELDS_READ, freeTextInFile, ValueAnswerSet, type ValueAnswers } from './field-values.js';
import { categorizedOnce, keepParsedRowsIfSmall, type RulesSql } from './small-input.js';

export interface EngineScan extends LedgerScan {
  /** say a line on stderr (not with -q) */
  note?: ((message: string) => void) | undefined;
  /** the thresholds and register savings run with: the lines they read are the ones node gets (savings-lines.ts) */
  savings?: SavingsNeeds | undefined;
  /** categorize: every line in file order, excluded ones too (io/engine/index.ts EngineJob) */
  lines?: RowSink | undefined;
}

const SAMPLE_ROWS = 500;

/** JavaScript's String.prototype.trim white space, for RE2 (DuckDB's trim() strips spaces only). */
const JS_SPACE = '[\\s\\x{0B}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';
/** A value that starts and ends with a printable ASCII character (no white space) needs no trim: the regex only for the others. */
const jsTrim = (x: string) => `CASE WHEN ord(${x}[1]) BETWEEN 33 AND 126 AND ord(${x}[-1]) BETWEEN 33 AND 126 THEN ${x} ELSE regexp_replace(${x}, '^${JS_SPACE}+|${JS_SPACE}+$', '', 'g') END`;

/**
 * A plain number's text (digits, one decimal mark, `scale` digits after it) as DECIMAL(38,12).
 * DuckDB parses text into a 38-digit decimal through 128-bit arithmetic, some 50 times slower
 * than into an 18-digit one: text short enough for 18 digits is read at its own scale and
 * widened (exact), only longer text takes the wide cast.
 */
function plainDecimal(text: string, scale: string): string {
  const t = `replace(${text}, ',', '.')`;
  const at = Array.from({ length: 13 }, (_, s) => `WHEN ${s} THEN CAST(CAST(${t} AS DECIMAL(18,${s})) AS DECIMAL(38,12))`);
  return `CASE WHEN length(${text}) <= 18 THEN CASE ${scale} ${at.join(' ')} END ELSE CAST(${t} AS DECIMAL(38,12)) END`;
}

/** Why SQL cannot read this layout line by line as the node engine does, or undefined when it can. */
function notForSql(layout: Layout): string | undefined {
  const c = layout.columns;
  if (c.amount === undefined) return c.debit !== undefined || c.credit !== undefined ? 'debit and credit columns' : 'amounts from quantity × unit price';
  if (c.direction !== undefined) return 'a debit/credit direction column';
  if (gcpCreditsColumn(layout.headerIndex, layout.header[c.amount]) !== undefined) return 'a credits column netted into the cost';
  if (c.date === undefined) return 'no date column';
  return undefined;
}

/** The line fields a rule without a structured match may read (decided in node over their distinct values), as columns of `lines`. */
const EXTERNAL_FIELDS: Record<string, string> = { vendor: 'vendor', description: 'description', account: 'account', department: 'department', costCenter: 'cost_center', currency: 'currency' };

/** A rule decided in node: its test over the distinct values it reads, joined as the list of such rules a line meets. */
const external = (r: Rule) => `list_contains(ts_hits, ${r.index})`;

/** Why the rules cannot all run in SQL (a regex RE2 lacks, a rule that reads amounts or dates line by line), or undefined. */
function rulesNotForSql(config: Config): string | undefined {
  for (const r of config.rules) {
    if (r.condition !== undefined) continue;
    const other = r.fields.find((f) => EXTERNAL_FIELDS[f] === undefined);
    if (other !== undefined) return `rule ${r.id} reads ${other} line by line`;
  }
  const { warnings } = rulesToSql(config, 'duckdb', { external });
  return warnings.length > 0 ? `rules SQL cannot run as written: ${warnings[0]}` : undefined;
}

/** A rule field's column in `lines`. */
const FIELD_COLUMN: Record<FilterField, string> = { vendor: 'vendor', description: 'description', account: 'account', department: 'department', costCenter: 'cost_center', currency: 'currency', source: 'source' };

/**
 * The `lines` view: the parsed lines with their rule candidates (`ts_candidates`, a BITSTRING by
 * rule position: what each field's value leaves in, decided in node once per distinct value by
 * the indexed engine's own field filters, rules/field-answers.ts) and, for the rules with no
 * structured match that read several fields (the built-in catalog's cloud-by-description), the
 * rules each line meets (`ts_hits`), decided by their own test over the distinct values they read.
 */
async function ruleInputs(conn: DuckConnection, config: Config, answers: FieldAnswers, values: readonly ValueAnswers[]): Promise<Pick<CandidateColumns, 'first' | 'settled'>> {
  const answered: FieldPatterns[] = [];
  if (answers.fields.length > 0) {
    for (const [k, field] of answers.fields.entries()) {
      const { patterns, rows, usualPid, usual } = fieldPatterns(values[k]!);
      await lookupTable(conn, `ts_fp${k}`, 'pid INTEGER, bits BITSTRING', patterns);
      await lookupTable(conn, `ts_fv${k}`, 'v VARCHAR, pid INTEGER', rows);
      answered.push({ patterns: patterns.length, usualPid, usual, column: FIELD_COLUMN[field] });
    }
  }
  const combos = await candidateJoins(conn, answered, answers.decided);
  const { joins, candidates } = combos;
  const extra = combos.columns.map((c) => `, ${c}`).join('');
  const found = { first: combos.first, settled: combos.settled };
  const rules = config.rules.filter((r, position) => r.condition === undefined && !answers.decided[position]);
  if (rules.length === 0) {
    await conn.run(`CREATE OR REPLACE TEMP VIEW lines AS SELECT b.*, []::INTEGER[] AS ts_hits, ${candidates} AS ts_candidates${extra} FROM ts_lines_base AS b ${joins.join(' ')}`);
    return found;
  }
  const fields = [...new Set(rules.flatMap((r) => r.fields))];
  const columns = fields.map((f) => EXTERNAL_FIELDS[f]!);
  const key = (alias: string) => columns.map((c) => `coalesce(${alias}.${sqlId(c)}, '')`).join(` || chr(1) || `);
  const tuples = await rows(conn, `SELECT DISTINCT ${columns.map((c) => `coalesce(${sqlId(c)}, '')`).join(', ')} FROM ts_lines_base`);
  const hits: string[][] = [];
  for (const t of tuples) {
    const line = { source: '', line: 0, date: '', vendor: '', description: '', account: '', department: '', costCenter: '', currency: '', amount: ZERO, fields: [], header: new Map() } as unknown as Record<string, unknown>;
    fields.forEach((f, i) => (line[f] = String(t[i])));
    const met = rules.filter((r) => r.test(line as unknown as ExpenseLine)).map((r) => r.index);
    if (met.length > 0) hits.push([sqlString(t.map(String).join('\u0001')), `[${met.join(', ')}]::INTEGER[]`]);
  }
  await lookupTable(conn, 'ts_ext', 'k VARCHAR, hits INTEGER[]', hits);
  await conn.run(`CREATE OR REPLACE TEMP VIEW lines AS SELECT b.*, coalesce(e.hits, []::INTEGER[]) AS ts_hits, ${candidates} AS ts_candidates${extra} FROM ts_lines_base AS b LEFT JOIN ts_ext AS e ON e.k = ${key('b')} ${joins.join(' ')}`);
  return found;
}

/** A column's place in the header as ExpenseLine's columnValue finds it: exact, then any case. */
function headerIndexOf(header: readonly string[], name: string): number | undefined {
  const i = header.indexOf(name);
  if (i >= 0) return i;
  const j = header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  return j >= 0 ? j : undefined;
}

/** A row's cells as DuckDB hands back a LIST: a NULL (a Parquet null) reads as an empty field, as in a CSV. */
function fieldsOf(cells: { items?: unknown[] } | unknown[]): string[] {
  const list = Array.isArray(cells) ? cells : (cells.items ?? []);
  return list.map((v) => (v === null || v === undefined ? '' : String(v)));
}

/** DuckDB writes DECIMAL(38,12) sums with 12 places: back to the scale the node engine's sum has. */
function decimalAt(text: string | null, scale: number): Decimal {
  if (text === null) return ZERO;
  const d = parseDecimal(text);
  if (d === undefined) throw new Error(`duckdb engine: not a number: ${text}`);
  if (d.scale <= scale) return d;
  const drop = 10n ** BigInt(d.scale - scale);
  // exact: every value summed had at most `scale` places
  return { units: d.units / drop, scale };
}

async function rows(conn: DuckConnection, sql: string): Promise<unknown[][]> {
  return (await conn.runAndReadAll(sql)).getRows();
}

/** Insert small lookup rows (node's decisions over distinct values) into a new table. */
async function lookupTable(conn: DuckConnection, name: string, columns: string, values: string[][]): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${name} (${columns})`);
  for (let i = 0; i < values.length; i += 1000) {
    const batch = values.slice(i, i + 1000);
    await conn.run(`INSERT INTO ${name} VALUES ${batch.map((r) => `(${r.join(', ')})`).join(', ')}`);
  }
}

const lit = (s: string | undefined) => (s === undefined ? 'NULL' : sqlString(s));

/**
 * Where technology lines go besides the sums: the savings lines (board, savings), summed in
 * DuckDB with the lines the detectors compare (savings-lines.ts), and, with several files, the
 * checks across files (the same line in two exports, the same spend in two sources), which see
 * every line in file order, as io/scan.ts runs them.
 */
interface LineChecks {
  savings: EngineSavingsLines | undefined;
  seen: DuplicateGuard | undefined;
  guard: DoubleCountGuard | undefined;
}

function perLine(checks: LineChecks, rec: Reconciliation): ((l: ExpenseLine, booked: Decimal, c: Categorization) => void) | undefined {
  const { seen, guard } = checks;
  if (seen === undefined && guard === undefined) return undefined;
  return (l, booked) => {
    if (seen !== undefined) {
      const first = seen.check(lineIdentity(l), l.source, l.line);
      if (first !== undefined) rec.duplicates.push({ first, second: { source: l.source, line: l.line } });
    }
    guard?.add(l, booked);
  };
}

export async function duckdbScanToLedger(ledger: Ledger, job: EngineScan): Promise<Reconciliation> {
  const { config, scan } = job;
  const several = job.paths.length > 1;
  const duck = await openDuckDb({ threads: job.threads === undefined || job.threads === 'auto' ? undefined : Number(job.threads) });
  const savings = job.records === undefined ? undefined : new EngineSavingsLines(duck.conn, config, job.savings);
  const checks: LineChecks = { savings, seen: several ? new DuplicateGuard() : undefined, guard: several ? createDoubleCountGuard(await loadVendorKey()) : undefined };
  const categorizer = createCategorizer(config);
  const recs: Reconciliation[] = [];
  try {
    await savings?.begin();
    for (const path of job.paths) {
      const rec = emptyReconciliation();
      recs.push(rec);
      const read = await fileThroughSql(duck.conn, path, ledger, job, categorizer, rec, checks);
      if (read !== true && isParquet(path)) throw dataError(scan.displayName ? scan.displayName(path) : path, `the duckdb engine cannot read this Parquet file: ${read}`, 'map its columns in a sources entry of techspend.yaml');
      if (read !== true) {
        job.note?.(`${scan.displayName ? scan.displayName(path) : path}: read by the node engine (${read})`);
        const fileRec = emptyReconciliation();
        const each = perLine(checks, fileRec);
        const k = savings?.file({ name: scan.displayName ? scan.displayName(path) : path, relation: undefined, cells: 0, reader: undefined, lineOf: (row) => row });
        const line: (l: ExpenseLine, b: Decimal, c: ReturnType<Categorizer['categorize']>) => void = (l, b, c) => {
          ledger.addLine(l, c);
          each?.(l, b, c);
          if (k !== undefined && examinedBySavings(c)) savings!.add(k, l.line, l, b, c);
          job.lines?.line(l, b, c);
        };
        const byNode = (await scanInputs([path], config, { line, excluded: job.lines?.excluded }, scan)).reconciliation;
        for (const d of fileRec.duplicates) byNode.duplicates.push(d);
        recs[recs.length - 1] = byNode;
      }
    }
    if (savings !== undefined) await savings.finish(job.records!);
  } finally {
    duck.close();
  }
  const merged = recs.length === 0 ? emptyReconciliation() : mergeReconciliations(recs, 'files');
  merged.doubleCounts = checks.guard === undefined ? [] : checks.guard.result();
  return merged;
}

/** The header and first rows of a CSV as the node engine reads them (its sniffing and parser), or why DuckDB should not read it. */
export async function csvHead(location: string, name: string): Promise<{ header: string[]; headerLine: number; samples: string[][]; delimiter: string } | string> {
  const opened = await openCsv(openInput(location));
  const { sniffed } = opened;
  if (sniffed.empty) return 'empty file';
  if (!/^(utf-?8|ascii)$/i.test(sniffed.encoding)) return `encoding ${sniffed.encoding}`;
  let header: string[] | undefined;
  let headerLine = 0;
  const samples: string[][] = [];
  let why: string | undefined;
  const enough = new Error('enough');
  try {
    await opened.each((fields, line, error) => {
      if (error !== undefined) {
        why = 'a record the CSV parser rejects';
        throw enough;
      }
      if (header === undefined) {
        if (isBlank(fields)) return;
        if (looksLikeData(fields)) {
          why = 'no header row';
          throw enough;
        }
        header = fields.map((h) => h.trim());
        headerLine = line;
        return;
      }
      samples.push(fields);
      if (samples.length >= SAMPLE_ROWS) throw enough;
    });
  } catch (e) {
    if (e !== enough) throw e;
  }
  if (why !== undefined) return why;
  if (header === undefined) return 'no header row';
  void name;
  return { header, headerLine, samples, delimiter: sniffed.delimiter };
}

/**
 * Read one file through DuckDB into the ledger and `rec`; true, or why the node engine should
 * read it instead.
 */
async function fileThroughSql(conn: DuckConnection, path: string, ledger: Ledger, job: EngineScan, categorizer: Categorizer, rec: Reconciliation, checks: LineChecks): Promise<true | string> {
  const { config, scan } = job;
  const name = scan.displayName ? scan.displayName(path) : path;
  const location = scan.cwd === undefined ? path : resolve(scan.cwd, path);
  const info = await stat(location).catch(() => undefined);
  if (info === undefined) {
    if (scan.optional?.includes(path)) return 'cannot be opened';
    throw dataError(name, 'no such file');
  }
  if (info.isDirectory()) throw dataError(name, 'is a directory, not a CSV or Parquet file');
  let source: SourceText;
  let samples: string[][];
  if (isParquet(path)) {
    try {
      source = await parquetSource(conn, location);
      samples = (await rows(conn, `SELECT ${source.header.map((_, i) => `c${i + 1}`).join(', ')} FROM ${source.relation} ORDER BY ts_row LIMIT ${SAMPLE_ROWS}`)).map((r) => r.map((v) => (v === null ? '' : String(v))));
    } catch (e) {
      throw dataError(name, `cannot read as Parquet: ${printable((e as Error).message.split('\n')[0] ?? '', 160)}`, 'export it again, or check it is a Parquet file');
    }
  } else {
    const head = await csvHead(location, name);
    if (typeof head === 'string') return head;
    source = csvSource(location, head.header, head.headerLine, head.delimiter);
    samples = head.samples;
  }
  const header = source.header;
  const fileName = basename(path);
  const spec = sourceFor(config, path, header) ?? sourceFor(config, path);
  const result = resolveLayout(header, samples, { source: spec, cost: scan.cost, preset: scan.preset, fileName, monthFromName: monthInName(fileName) });
  if (result.layout === undefined) {
    if (result.fatal === true) throw new ExitError(EXIT.data, result.problems.map((p) => ({ severity: 'error' as const, kind: 'data' as const, where: `${name}:${source.headerLine}`, message: p })));
    if (source.kind === 'csv') return `layout not recognized: ${result.problems.join('; ')}`;
    // as the node engine does with a CSV it cannot map: named as not read, its rows counted, the run goes on
    const [[count] = [0n]] = await rows(conn, `SELECT count(*) FROM ${source.relation}`);
    const reason = result.problems.join('; ') || 'unknown layout';
    rec.files.push({ source: name, format: 'not recognized', mapping: '', encoding: 'parquet', delimiter: '', skipRows: 0, rows: Number(count), used: 0, rejected: 0, notes: result.problems });
    rec.filesNotRead.push({ source: name, line: 1, reason, hint: 'add a sources entry for it (columns: ...), or leave it out', rows: Number(count) });
    rec.rowsRead += Number(count);
    return true;
  }
  const layout = result.layout;
  const unsupported = notForSql(layout) ?? rulesNotForSql(config);
  if (unsupported !== undefined) return unsupported;
  // as the node engine says it: a day/month order taken with nothing in the file to tell it by
  if (layout.dateAssumed !== undefined) rec.notices.push(`${name}: ${layout.dateAssumed}`);
  try {
    await throughSql(conn, source, layout, samples, name, ledger, job, categorizer, rec, info.size, checks);
  } catch (e) {
    // a CSV DuckDB reads otherwise than the node engine (ragged rows, stray quotes): the node engine reads it
    if (source.kind === 'csv' && /Invalid Input Error|CSV Error|Conversion Error/i.test((e as Error).message)) {
      Object.assign(rec, emptyReconciliation());
      return `DuckDB's CSV reader: ${printable((e as Error).message.split('\n')[0] ?? '', 120)}`;
    }
    throw e;
  }
  return true;
}

async function throughSql(conn: DuckConnection, source: SourceText, layout: Layout, samples: readonly string[][], name: string, ledger: Ledger, job: EngineScan, categorizer: Categorizer, rec: Reconciliation, size: number, checks: LineChecks): Promise<void> {
  const each = perLine(checks, rec);
  const { config, scan } = job;
  const { header, columns } = layout;
  const defaultCurrency = config.inputCurrency ?? config.currency;
  // Parquet rows are numbered from 1 in messages (row index + 1), CSV records by the line they start on
  const lineOf = source.kind === 'csv' ? await csvLines(conn, source, size) : (row: number) => row + 1;
  const summary: FileSummary = { source: name, format: layout.format, mapping: describeLayout(layout), encoding: source.kind === 'parquet' ? 'parquet' : 'utf-8', delimiter: '', skipRows: 0, rows: 0, used: 0, rejected: 0, notes: [...describeChoices(layout), 'read by the duckdb engine'] };
  rec.files.push(summary);
  const raw = (i: number | undefined) => (i === undefined ? 'NULL' : `r.c${i + 1}`);
  const nulls = [...layout.nulls];
  // the node engine's cell(): a null marker reads as empty
  const cell = (i: number | undefined) =>
    i === undefined ? `''` : nulls.length === 0 ? `coalesce(${raw(i)}, '')` : `CASE WHEN length(${raw(i)}) > 8 THEN ${raw(i)} WHEN ${jsTrim(raw(i))} IN (${nulls.map(sqlString).join(', ')}) THEN '' ELSE coalesce(${raw(i)}, '') END`;
  const mark = layout.decimalMark;
  const plain = mark === '.' ? '^-?[0-9]{1,24}(\\.[0-9]{1,12})?$' : '^-?[0-9]{1,24}(,[0-9]{1,12})?$';
  const essential = (['date', 'amount', 'quantity', 'currency'] as const).map((f) => columns[f]).filter((v): v is number => v !== undefined);
  const allCells = header.map((_, i) => `r.c${i + 1}`);

  // node decides over distinct values: dates, vendors, currencies
  const readDate = createDateReader(layout.dateFormat);
  const dateValues = await rows(conn, `SELECT DISTINCT ${cell(columns.date)} FROM ${source.relation} AS r`);
  await lookupTable(
    conn,
    'ts_dates',
    'raw VARCHAR, date DATE',
    dateValues.map((r) => {
      const text = String(r[0]);
      return [sqlString(text), lit(text.trim() === '' ? undefined : readDate(text))];
    }),
  );
  const cloudBill = isCloudBillingExport(layout.headerIndex);
  const vendorValues = await rows(conn, `SELECT DISTINCT ${cell(columns.vendor)} FROM ${source.relation} AS r`);
  await lookupTable(
    conn,
    'ts_vendors',
    'raw VARCHAR, vendor VARCHAR',
    vendorValues.map((r) => {
      const text = String(r[0]);
      const v = text.trim() || layout.vendor || '';
      return [sqlString(text), sqlString(cloudBill ? cloudBillingVendor(v) : v)];
    }),
  );
  const fixed = layout.currency ?? defaultCurrency;
  const currencyValues = columns.currency === undefined ? [['']] : await rows(conn, `SELECT DISTINCT ${cell(columns.currency)} FROM ${source.relation} AS r`);
  const codes = currencyValues.map((r) => {
    const text = String(r[0]);
    const code = columns.currency === undefined || layout.currency !== undefined ? fixed : currencyOfSymbol(text.trim()) ?? text.trim().toUpperCase();
    return { text, code: code === '' ? fixed : code };
  });
  await lookupTable(
    conn,
    'ts_currencies',
    'raw VARCHAR, code VARCHAR',
    codes.filter((c) => isKnownCurrency(c.code)).map((c) => [sqlString(c.text), sqlString(c.code)]),
  );
  // rates by currency and month, as bookAmount looks them up
  const months = [...new Set(dateValues.map((r) => String(r[0])).map((t) => (t.trim() === '' ? undefined : readDate(t))).filter((d): d is string => d !== undefined).map(monthOf))];
  const rateRows: string[][] = [];
  for (const code of new Set(codes.map((c) => c.code).filter((c) => isKnownCurrency(c) && c !== config.currency))) {
    for (const month of months) {
      const rate = rateFor(config.rates, code, month);
      if (rate !== undefined) rateRows.push([sqlString(code), sqlString(month), `${toExact(rate)}::DECIMAL(38,12)`]);
    }
  }
  await lookupTable(conn, 'ts_rates', 'code VARCHAR, month VARCHAR, rate DECIMAL(38,12)', rateRows);

  // the cells the parse reads several times, each computed once in a step below it (`r`): written
  // in place, a cell (its null-marker test) inside a trim inside the decimal parse's CASE is
  // repeated hundreds of times in the expression DuckDB binds and optimizes for every query over
  // ts_parsed, seconds of planning per query whatever the file's size
  const texts = [
    `${cell(columns.amount)} AS ts_amount_text`,
    `${cell(columns.date)} AS ts_date_text`,
    `${cell(columns.vendor)} AS ts_vendor_text`,
    `${columns.currency === undefined ? `''` : cell(columns.currency)} AS ts_currency_text`,
    ...(columns.quantity === undefined ? [] : [`${jsTrim(cell(columns.quantity))} AS ts_quantity_text`]),
  ];
  const amountText = 'r.ts_amount_text';
  const flip = layout.sign === 'expense-negative' ? '-' : '';
  const quantity = columns.quantity === undefined ? undefined : 'r.ts_quantity_text';
  const rawNames = [...config.rules.reduce((s, r) => rawColumns(r.condition, s), new Set<string>())];
  const canonical = new Set(['source', 'line', 'date', 'vendor', 'description', 'account', 'department', 'cost_center', 'currency', 'amount', 'booked', 'booked_scale', 'quantity', 'ok', 'in_range', 'blank', 'repeated']);
  const rawSelect = rawNames.map((n) => {
    if (canonical.has(n.toLowerCase())) throw new Error(`duckdb engine: a rule tests column.${n}, a name the engine uses itself`);
    const i = headerIndexOf(header, n);
    return `${i === undefined ? 'NULL' : `r.c${i + 1}`} AS ${sqlId(n)}`;
  });
  // a plain amount has a digit: only the other rows need the scan of every cell for a letter or digit
  const blank = `CASE WHEN regexp_matches(${amountText}, ${sqlString(plain)}) THEN FALSE ELSE NOT regexp_matches(concat_ws(chr(1), ${allCells.join(', ')}), '[\\p{L}\\p{N}]') END`;
  const repeated = source.kind === 'csv' ? `(${header.map((h, i) => `r.c${i + 1} = ${sqlString(h)}`).join(' AND ')})` : 'FALSE';
  const from = scan.from === undefined ? 'TRUE' : `d.date >= DATE ${sqlString(scan.from)}`;
  const to = scan.to === undefined ? 'TRUE' : `d.date <= DATE ${sqlString(scan.to)}`;
  const amountScale = `CASE WHEN strpos(${amountText}, ${sqlString(mark)}) > 0 THEN length(${amountText}) - strpos(${amountText}, ${sqlString(mark)}) ELSE 0 END`;
  const amountDecimal = `(${flip}${plainDecimal(amountText, amountScale)})`;
  await conn.run(`CREATE OR REPLACE TEMP VIEW ts_parsed AS
SELECT r.ts_row,
  ${blank} AS blank, ${repeated} AS repeated,
  ${essential.length === 0 ? 'FALSE' : essential.map((i) => `${raw(i)} IS NULL`).join(' OR ')} AS short,
  CASE WHEN regexp_matches(${amountText}, ${sqlString(plain)}) THEN ${amountDecimal} END AS amount,
  CASE WHEN regexp_matches(${amountText}, ${sqlString(plain)}) THEN ${amountScale} END AS amount_scale,
  d.date, v.vendor, cur.code AS currency, rt.rate,
  ${columns.quantity === undefined ? 'NULL::DECIMAL(38,12)' : `CASE WHEN ${quantity} = '' THEN NULL WHEN regexp_matches(${quantity}, ${sqlString(plain)}) THEN ${plainDecimal(quantity!, `CASE WHEN strpos(${quantity}, ${sqlString(mark)}) > 0 THEN length(${quantity}) - strpos(${quantity}, ${sqlString(mark)}) ELSE 0 END`)} END`} AS quantity,
  ${columns.quantity === undefined ? 'TRUE' : `(${quantity} = '' OR regexp_matches(${quantity}, ${sqlString(plain)}))`} AS quantity_ok,
  ${columns.quantity === undefined ? '0' : `CASE WHEN strpos(${quantity}, ${sqlString(mark)}) > 0 THEN length(${quantity}) - strpos(${quantity}, ${sqlString(mark)}) ELSE 0 END`} AS quantity_scale,
  ${jsTrim(cell(columns.description))} AS description, ${jsTrim(cell(columns.account))} AS account,
  ${jsTrim(cell(columns.department))} AS department, ${jsTrim(cell(columns.costCenter))} AS cost_center,
  ${from} AND ${to} AS in_range${rawSelect.length > 0 ? `,\n  ${rawSelect.join(', ')}` : ''},
  [${allCells.join(', ')}] AS cells
FROM (SELECT r.*, ${texts.join(', ')} FROM ${source.relation} AS r) AS r
LEFT JOIN ts_dates AS d ON d.raw = r.ts_date_text
LEFT JOIN ts_vendors AS v ON v.raw = r.ts_vendor_text
LEFT JOIN ts_currencies AS cur ON cur.raw = r.ts_currency_text
LEFT JOIN ts_rates AS rt ON rt.code = cur.code AND rt.month = strftime(d.date, '%Y-%m')`);
  const small = await keepParsedRowsIfSmall(conn, 'ts_parsed', source.relation, header.length);
  // what SQL takes: every lookup found, a plain amount, the rate when it needs one
  const ok = `(NOT p.blank AND NOT p.repeated AND NOT p.short AND p.amount IS NOT NULL AND p.date IS NOT NULL AND p.vendor IS NOT NULL AND p.currency IS NOT NULL AND p.quantity_ok AND (p.currency = ${sqlString(config.currency)} OR p.rate IS NOT NULL))`;
  await conn.run(`CREATE OR REPLACE TEMP VIEW ts_lines_base AS
SELECT ${sqlString(name)} AS source, p.ts_row AS line, p.date, p.vendor, p.description, p.account, p.department, p.cost_center, p.currency, p.amount,
  CAST(CASE WHEN p.currency = ${sqlString(config.currency)} THEN p.amount ELSE CAST(round(p.amount * p.rate, 2) AS DECIMAL(38,12)) END AS DECIMAL(38,12)) AS booked,
  CASE WHEN p.currency = ${sqlString(config.currency)} THEN p.amount_scale ELSE 2 END AS booked_scale,
  p.quantity, p.quantity_scale, p.amount AS ts_source_amount, p.cells${rawNames.map((n) => `, p.${sqlId(n)}`).join('')}
FROM ts_parsed AS p WHERE ${ok} AND p.in_range`);
  // a free-text field (about as many values as lines) is tested on each line, in SQL, not
  // answered per distinct value (field-values.ts)
  const flagged = answersOnLine(FILTER_FIELDS_READ.filter((f) => columns[f] !== undefined), (f) => samples.map((r) => (r[columns[f]!] ?? '').trim()));
  let freeText = flagged;
  if (flagged.length > 0) {
    // the sample's word checked over the whole file: an estimate (HyperLogLog, a fixed few KB) of each flagged field's distinct values
    const [[total, ...estimates] = []] = await rows(conn, `SELECT count(*), ${flagged.map((f) => `approx_count_distinct(r.c${columns[f]! + 1})`).join(', ')} FROM ${source.relation} AS r`);
    freeText = freeTextInFile(flagged, (f) => Number(estimates[flagged.indexOf(f)]), Number(total));
  }
  const answers = fieldAnswers(config.rules, freeText);
  const keys = answers.fields.map((f) => `CASE WHEN ${ok} AND p.in_range THEN coalesce(${f === 'source' ? sqlString(name) : `p.${sqlId(FIELD_COLUMN[f])}`}, '') END`);
  // one pass over the parsed rows: the counts (rows read, blank records, repeated headers, out of
  // range, and those left to the node engine) and the distinct values of the fields the rules test
  const found = await rows(
    conn,
    `SELECT count(*) FILTER (WHERE NOT p.blank AND NOT p.repeated), count(*) FILTER (WHERE p.blank), count(*) FILTER (WHERE p.repeated AND NOT p.blank),
      count(*) FILTER (WHERE ${ok} AND NOT p.in_range), count(*) FILTER (WHERE NOT ${ok} AND NOT p.blank AND NOT p.repeated)${keys.map((k) => `, ${k}, grouping(${k})`).join('')}
    FROM ts_parsed AS p${keys.length === 0 ? '' : ` GROUP BY GROUPING SETS (${[...keys.map((k) => `(${k})`), '()'].join(', ')})`}`,
  );
  const setOf = (r: unknown[]) => keys.findIndex((_, k) => Number(r[6 + 2 * k]) === 0);
  const counts = found.find((r) => setOf(r) < 0);
  const values = answers.fields.map((field, k) => {
    const set = new ValueAnswerSet((value) => answers.answer(field, value));
    for (const r of found) if (setOf(r) === k && r[5 + 2 * k] !== null) set.add(String(r[5 + 2 * k]));
    return set.finish('1'.repeat(config.rules.length));
  });
  const precomputed = await ruleInputs(conn, config, answers, values);
  const candidates: CandidateColumns = { column: 'ts_candidates', decided: answers.decided, rest: answers.rest, ...precomputed };
  const [read, blanks, repeatedHeaders, outOfRange, leftOver] = (counts ?? []).slice(0, 5).map((v) => Number(v));
  rec.rowsRead += read!;
  summary.rows += read!;
  rec.blankRecords += blanks!;
  rec.repeatedHeaders += repeatedHeaders!;
  rec.rowsOutOfRange += outOfRange!;

  const inputSum = new DecimalSum();
  const reportSum = new DecimalSum();
  const uncategorizedSum = new DecimalSum();
  const excludedSum = new DecimalSum();

  // the rules and the sums in DuckDB, at the ledger's grain
  const rulesSql: RulesSql = (passThrough) => rulesToSql(config, 'duckdb', { booked: 'booked', passThrough, unordered: true, external, candidates }).sql;
  // categorize reads the lines once (lines-in-order.ts); the other commands up to three times
  const categorized = job.lines !== undefined ? rulesSql : await categorizedOnce(conn, small, rulesSql, ['booked', 'booked_scale', 'quantity', 'quantity_scale', 'ts_source_amount', 'cells']);
  const sql = categorized(['booked', 'booked_scale', 'quantity', 'quantity_scale']);
  const item = job.itemized ? `CASE WHEN c.parts_total = 1 AND c.quantity IS NOT NULL THEN c.account || chr(0) || c.description ELSE '' END` : `''`;
  // summed at the ledger's grain (vendor × month × category × pool × item): far fewer groups
  // than lines, where a day grain had about one group per two lines (a 1M-line FOCUS file:
  // 479k vendor-days against 25k vendor-months), each parsed and keyed in node. The days the
  // lines cover (what the data covers, a partial last month) come from the same pass, as a
  // grouping set of their own (`day` not NULL)
  // categorize keeps no sums: its one ordered pass of lines counts them (lines-in-order.ts)
  // the groups reach the ledger in any order (it keys them; what it reports is sorted): DuckDB
  // need not keep an order for them. A sum's scale is its lines' largest, a split part's at least
  // the cent (a line written "101" is split at the cent: money/allocate.ts atSplitUnit)
  const grain = ['vendor', 'month', 'category', 'pool', 'scope', 'unmatched', 'item', 'excluded_account'];
  const groupedSql = `SELECT ${grain.join(', ')}, CAST(day AS VARCHAR),
      CAST(sum(amount) AS VARCHAR), max(CASE WHEN parts_total > 1 THEN greatest(booked_scale, 2) ELSE booked_scale END), count(*),
      CAST(sum(quantity) FILTER (WHERE parts_total = 1) AS VARCHAR), count(quantity) FILTER (WHERE parts_total = 1),
      CAST(sum(booked) FILTER (WHERE coalesce(part, 1) = 1) AS VARCHAR), count(*) FILTER (WHERE coalesce(part, 1) = 1),
      max(quantity_scale) FILTER (WHERE parts_total = 1 AND quantity IS NOT NULL)
    FROM (SELECT c.*, c.date AS day, strftime(c.date, '%Y-%m') AS month, c.rule IS NULL AS unmatched, ${item} AS item,
        CASE WHEN c.scope = 'excluded' THEN c.account END AS excluded_account
      FROM (${sql.trimEnd().replace(/;$/, '')}) AS c)
    GROUP BY GROUPING SETS ((${grain.join(', ')}), (day))`;
  function groupRow(g: unknown[]): void {
    const [vendor, month, category, pool, scope, unmatched, itemKey, excludedAccount, day, amountText, scale, lines, quantitySum, quantityLines, bookedText, firstParts, quantityScale] = g as [string, string, string, string, string, boolean, string, string | null, string | null, string, number, bigint, string | null, bigint, string | null, bigint, number | null];
    if (day !== null) {
      rec.dates.set(day, 1);
      return;
    }
    const amount = decimalAt(amountText, Number(scale));
    const booked = decimalAt(bookedText, Number(scale));
    const lineCount = Number(firstParts);
    rec.rowsUsed += lineCount;
    summary.used += lineCount;
    inputSum.add(booked);
    if (scope === 'excluded') {
      rec.excludedLines += lineCount;
      excludedSum.add(booked);
      noteExcluded(rec, { vendor, account: excludedAccount ?? '' } as ExpenseLine, booked);
      return;
    }
    reportSum.add(amount);
    if (unmatched) {
      rec.uncategorizedLines += lineCount;
      uncategorizedSum.add(booked);
    }
    ledger.addSummed({
      vendor,
      month,
      category,
      pool: pool as Pool,
      item: itemKey,
      amount,
      lines: Number(lines),
      quantity: quantitySum === null ? undefined : decimalAt(quantitySum, Number(quantityScale ?? 0)),
      quantityLines: Number(quantityLines),
    });
  }
  if (job.lines === undefined) {
    await inAnyOrder(conn, async () => {
      const grouped = await conn.stream(groupedSql);
      for (;;) {
        const chunk = await grouped.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) break;
        for (const g of chunk.getRows()) groupRow(g);
      }
    });
  }

  // the rows SQL did not take, in file order, through the node engine's reader
  const reader = createLineReader(layout, name, defaultCurrency);
  // savings: the examined lines SQL categorized stay in DuckDB; the rows read in node join them there
  const { savings } = checks;
  const k = savings?.file({ name, relation: source.relation, cells: header.length, reader, lineOf });
  if (k !== undefined) {
    // a seat export (seats and active users: unused) is read line by line, as before
    if (columns.usage !== undefined) savings!.allLines('seats and active users');
    // on a large file the rules run again rather than the categorized lines kept in a table for
    // both: even a narrow table of them raised the peak more than the second pass costs (the 10M
    // Parquet board: 9% less time, peak 890 -> 931 MiB; at 1M, 553 -> 782 MiB)
    await savings!.addSql(k, categorized(['booked', 'booked_scale', 'ts_source_amount']));
  }
  // their technology lines, for the checks across files, merged in file order below
  const pending: { row: number; line: ExpenseLine; booked: Decimal; c: Categorization }[] = [];
  // each with the sum of the plain amounts above it (a total row is compared with every row above
  // it). The window runs over a narrow table of its own: over the parsed rows themselves it ran
  // DuckDB out of its 512 MB on a 1M-line CSV, even without the cells; the table holds the
  // amounts SQL took and the cells only of the rows left to node.
  const left = `NOT ${ok} AND NOT p.blank AND NOT p.repeated`;
  if (leftOver! > 0) {
    await conn.run(`CREATE OR REPLACE TEMP TABLE ts_left AS
      SELECT p.ts_row, ${left} AS left_over, CASE WHEN ${ok} THEN p.amount END AS amount, CASE WHEN ${left} THEN p.cells END AS cells
      FROM ts_parsed AS p WHERE ${ok} OR (${left})`);
  }
  const leftSql = `SELECT ts_row, cells, above FROM (
        SELECT ts_row, left_over, cells, coalesce(sum(amount) OVER (ORDER BY ts_row ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS above
        FROM ts_left)
      WHERE left_over`;
  if (job.lines !== undefined) {
    // categorize: the rows node reads come in the one stream of lines, in file order (none held back)
    const { lines } = job;
    const nodeRows = new NodeRows(layout, name, config, reader, categorizer, rec, summary, scan, {
      line: (l, booked, c) => {
        ledger.addLine(l, c);
        each?.(l, booked, c);
        lines.line(l, booked, c);
      },
      excluded: (l, booked, c) => lines.excluded?.(l, booked, c),
    });
    const counts = new LineCounts(rec, summary);
    await linesInOrder(conn, config, reader, lineOf, lines, each, { external, candidates }, leftOver! > 0 ? { sql: leftSql, rows: nodeRows } : undefined, counts);
    counts.finish();
    nodeRows.finish();
    await conn.run('DROP TABLE IF EXISTS ts_left');
  } else if (leftOver! > 0) {
    // streamed: a messy file can leave many rows to node, and they need not all be in memory at once
    const left = await conn.stream(`SELECT ts_row, cells, CAST(above AS VARCHAR) FROM (${leftSql}) ORDER BY ts_row`);
    const nodeRows = new NodeRows(layout, name, config, reader, categorizer, rec, summary, scan, {
      line: (l, booked, c) => {
        ledger.addLine(l, c);
        const row = rowOf.get(l.line)!;
        if (each !== undefined) pending.push({ row, line: l, booked, c });
        if (k !== undefined && examinedBySavings(c)) savings!.add(k, row, l, booked, c);
      },
    });
    const rowOf = new Map<number, number>();
    for (;;) {
      const chunk = await left.fetchChunk();
      if (chunk === null || chunk.rowCount === 0) break;
      for (const [row, cellsValue, aboveText] of chunk.getRows() as [bigint, { items?: unknown[] } | unknown[], string][]) {
        const fields = fieldsOf(cellsValue);
        const line = lineOf(Number(row));
        rowOf.set(line, Number(row));
        nodeRows.row(fields, line, parseDecimal(aboveText) ?? ZERO);
      }
    }
    nodeRows.finish();
    await conn.run('DROP TABLE IF EXISTS ts_left');
  }
  if (job.lines === undefined && each !== undefined) await orderedLines(conn, job, reader, lineOf, pending, each, categorized);
  rec.inputTotal = add(rec.inputTotal, inputSum.value());
  rec.reportTotal = add(rec.reportTotal, reportSum.value());
  rec.uncategorizedTotal = add(rec.uncategorizedTotal, uncategorizedSum.value());
  rec.excludedTotal = add(rec.excludedTotal, excludedSum.value());
}

/**
 * The physical line each CSV record starts on, from DuckDB's record number (`ts_row`: header line
 * + n): a quoted line break or a blank line puts the file's lines ahead of the records. A record
 * starts on a line that is not empty and before which the file holds an even number of quotes;
 * only the records where the gap changes are kept (a handful), and a line is found from the last
 * change before it. A gzipped file, or one past 256 MiB (read_text holds it whole), is numbered
 * from the header line (exact when no record spans lines).
 */
async function csvLines(conn: DuckConnection, source: SourceText, size: number): Promise<(row: number) => number> {
  const plain = (row: number) => row;
  if (source.kind !== 'csv' || /\.gz$/i.test(source.path) || size > 256 * 1024 * 1024) return plain;
  const h = source.headerLine;
  const changes = await rows(
    conn,
    `WITH l AS (SELECT generate_subscripts(s, 1) AS line, unnest(s) AS t FROM (SELECT string_split(content, chr(10)) AS s FROM read_text(${sqlString(source.path)}))),
      q AS (SELECT line, t, coalesce(sum(length(t) - length(replace(t, '"', ''))) OVER (ORDER BY line ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before FROM l),
      starts AS (SELECT line, row_number() OVER (ORDER BY line) AS k FROM q WHERE line > ${h} AND before % 2 = 0 AND rtrim(t, chr(13)) <> ''),
      gaps AS (SELECT k, line - ${h} - k AS gap, lag(line - ${h} - k) OVER (ORDER BY k) AS previous FROM starts)
    SELECT k, gap FROM gaps WHERE gap <> coalesce(previous, 0) ORDER BY k`,
  );
  const at = changes.map((r) => Number(r[0]));
  const gap = changes.map((r) => Number(r[1]));
  if (at.length === 0) return plain;
  return (row) => {
    const k = row - h;
    let lo = 0;
    let hi = at.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! <= k) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? row : row + gap[found]!;
  };
}

/**
 * The checks across files (several inputs) see every technology line: DuckDB hands back each
 * line's cells, category and booked amount in file order; the node engine's reader makes the line
 * from the cells (the same ExpenseLine it would make), and the rows node read are merged in place.
 */
async function orderedLines(
  conn: DuckConnection,
  job: EngineScan,
  reader: LineReader,
  lineOf: (row: number) => number,
  pending: { row: number; line: ExpenseLine; booked: Decimal; c: Categorization }[],
  each: (l: ExpenseLine, booked: Decimal, c: Categorization) => void,
  categorized: RulesSql,
): Promise<void> {
  const { config } = job;
  const sql = categorized(['booked', 'booked_scale', 'cells']);
  const rules = new Map<string, Rule>(config.rules.map((r) => [r.id, r]));
  const result = await conn.stream(
    `SELECT c.line, c.cells, c.category, c.pool, c.scope, c.rule, CAST(c.booked AS VARCHAR) FROM (${sql.trimEnd().replace(/;$/, '')}) AS c
     WHERE c.scope <> 'excluded' AND coalesce(c.part, 1) = 1 ORDER BY c.line`,
  );
  let next = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    for (const [rowValue, cellsValue, category, pool, scope, ruleId, bookedText] of chunk.getRows() as [bigint, { items?: unknown[] } | unknown[], string, string, string, string | null, string][]) {
      const row = Number(rowValue);
      while (next < pending.length && pending[next]!.row < row) {
        const p = pending[next++]!;
        each(p.line, p.booked, p.c);
      }
      const fields = fieldsOf(cellsValue);
      const line = reader(fields, lineOf(row));
      if (isRejection(line)) throw new Error(`duckdb engine: ${line.source}:${line.line}: SQL read a row the line reader rejects (${line.reason})`);
      const booked = line.currency === config.currency ? line.amount : decimalAt(bookedText, 2);
      const rule = ruleId === null ? undefined : rules.get(ruleId);
      each(line, booked, { rule, parts: [{ category, pool: pool as Pool, amount: booked }], scope } as Categorization);
    }
  }
  while (next < pending.length) {
    const p = pending[next++]!;
    each(p.line, p.booked, p.c);
  }
}
