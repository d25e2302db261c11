/**
 * The imperative shell around every command: config, inputs, format and colour decided once;
 * output written; rejected rows summarized on stderr; --strict and --fail-on turned into exit 3.
 */
import { basename, join, relative, resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { compareWithSaved, readSavedReport, type SavedReport } from '../report/compare.js';
import { trimMarkdown } from '../render/trim.js';
import type { Config } from '../config/config.js';
import { defaultConfig } from '../config/default-config.js';
import { fitDefaultConfig } from '../config/fitted-default.js';
import { type Diagnostic, EXIT, formatDiagnostic, printable, usageError } from '../diagnostic.js';
import type { Reconciliation } from '../analysis/reconciliation.js';
import { rejectionDiagnostics } from '../report/footer.js';
import { describeDoubleCount } from '../analysis/double-count.js';
import { expandInputsFound } from '../io/inputs.js';
import { loadConfig } from '../io/load-config.js';
import { writeOutput } from '../io/output.js';
import { rawStream } from '../io/terminal-stream.js';
import { terminalText, terminalTextKeepingColour } from '../terminal-text.js';
import { createProgress } from '../io/progress.js';
import { DEMO_DATA } from '../io/package-root.js';
import type { ScanOptions } from '../io/scan.js';
import { isKnownCurrency } from '../money/currency.js';
import { rebaseCurrency } from '../config/rebase-currency.js';
import { probeInputs } from '../io/currency-probe.js';
import type { Report } from '../report/model.js';
import type { Fact } from '../analysis/ledger.js';
import type { RenewalCalendar } from '../analysis/renewals/schedule.js';
import type { BudgetLine } from '../config/config.js';
import { text as textColumn, type Table } from '../report/model.js';
import { evaluateFailOn, type FailOnCondition, parseFailOn } from '../report/fail-on.js';
import { type Format, FORMATS, loadRenderer } from '../render/index.js';
import { parseIsoDate } from '../ingest/date.js';
import type { Rejection } from '../ingest/line.js';
import { add, type Decimal, groupDigits, toGrouped, ZERO } from '../money/decimal.js';
import type { CommonOptions } from './options.js';
import { checkEngine } from '../io/engine/choose.js';
import { BASES, type Basis } from '../period/accrual.js';

/**
 * A report that says its basis (asked with --basis): a parameter (the header line of table,
 * Markdown and HTML, a field of JSON) and, on the accrual basis, one summary line.
 */
export function withBasis(report: Report, basis: Basis): Report {
  const said =
    basis === 'accrual'
      ? 'Accrual basis (P&L): a line with a service period (a rule\'s amortize, the export\'s period columns, a range such as "Jan–Dec 2026" in its description, or a vendor the catalog knows as billed annually whose description says a year) is spread evenly over its months; other lines stay in the month they are dated.'
      : 'Cash basis: every line is in the month it is dated.';
  return { ...report, parameters: { ...report.parameters, basis }, summary: [said, ...report.summary] };
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface RunContext {
  io: Io;
  opts: CommonOptions;
  config: Config;
  origin: 'file' | 'demo' | 'default';
  paths: string[];
  format: Format;
  colorLevel: 0 | 1 | 2 | 3;
  scan: ScanOptions;
  failOn: FailOnCondition[];
  /** `--max-bytes`, checked */
  maxBytes: number | undefined;
  /** `--compare-to`, read and checked */
  compareTo: { path: string; saved: SavedReport } | undefined;
  /** print an informational line on stderr (not with --quiet) */
  note(message: string): void;
  /** on a terminal, after a long read: say which step runs now (cleared by finish) */
  phase(what: string): void;
  /** with no config: the currency reported in and what was assumed, as said on stderr (validate shows it) */
  currencyNote?: string | undefined;
}

/** This run's inputs, config and scan options for a scan that may use threads (workers receive this config as data). */
export function scanJob(ctx: RunContext, threads: string | undefined) {
  return { paths: ctx.paths, config: ctx.config, scan: ctx.scan, threads, engine: ctx.opts.engine, note: ctx.note, facts: ctx.opts.facts };
}

export function resolveFormat(value: string | undefined, isTty: boolean, fallback: Format | 'auto' = 'auto'): Format {
  if (value === undefined) return fallback === 'auto' ? (isTty ? 'table' : 'markdown') : fallback;
  if (!(FORMATS as readonly string[]).includes(value)) throw usageError(`unknown format "${value}"`, `use one of ${FORMATS.join(', ')}`);
  return value as Format;
}

export function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const d = parseIsoDate(value.trim());
  if (d === undefined || value.trim().length !== 10) throw usageError(`${flag} needs a date like 2026-01-31, got "${value}"`);
  return d;
}

export function colorLevelOf(io: Io, opts: CommonOptions): 0 | 1 | 2 | 3 {
  if (opts.color === false) return 0;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return 1;
  return io.stdout.isTTY ? 1 : 0;
}

export function demoInputs(): string[] {
  return readdirSync(DEMO_DATA)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => join(DEMO_DATA, f));
}

/** `-o board.html`: the format its extension names (.html .md .csv .json .txt), unless --format says otherwise. */
export function formatOfPath(path: string | undefined): Format | undefined {
  const ext = /\.([a-z]+)$/i.exec(path ?? '')?.[1]?.toLowerCase();
  const byExt: Record<string, Format> = { html: 'html', htm: 'html', md: 'markdown', markdown: 'markdown', csv: 'csv', json: 'json', txt: 'table' };
  return ext === undefined ? undefined : byExt[ext];
}

export interface CommandTraits {
  format?: Format;
  needsInputs?: boolean;
  /** the command's name as its report says it (to check a --compare-to report against) */
  command?: string;
  /** the command hands finish() the spend facts (--fail-on variance and budget-overrun read them) */
  spendFigures?: boolean;
  /** the command hands finish() a renewal calendar (--fail-on renewals-in reads it) */
  renewals?: boolean;
  /** false for commands that report no figures --strict or --fail-on could test (validate, explain) */
  checks?: boolean;
}

/**
 * Everything decided before any input is read: every option is checked here against the
 * command, so that a usage error never comes after the scan or after the output is written.
 * With no config, the inputs' first rows are looked at to choose the reporting currency.
 */
export async function prepare(inputs: readonly string[], opts: CommonOptions, io: Io, defaults: CommandTraits = {}): Promise<RunContext> {
  const command = defaults.command ?? 'this command';
  if (defaults.checks === false) {
    if (opts.strict) throw usageError(`--strict does not apply to ${command}`, command === 'validate' ? 'validate lists every problem and exits 1 on rejected rows; use --strict with report, variance, forecast, savings, board or categorize' : 'use --strict with report, variance, forecast, savings, board or categorize');
    if (opts.failOn && opts.failOn.length > 0) throw usageError(`--fail-on does not apply to ${command}`, 'use --fail-on with report, variance, forecast, savings, board or categorize');
  }
  if (opts.quietUnchanged && opts.compareTo === undefined) throw usageError('--quiet-unchanged needs --compare-to <previous.json>: without it nothing is compared');
  const format = resolveFormat(opts.format ?? formatOfPath(opts.output), Boolean(io.stdout.isTTY) && opts.output === undefined, defaults.format ?? 'auto');
  const from = checkDate(opts.from, '--from');
  const to = checkDate(opts.to, '--to');
  if (from !== undefined && to !== undefined && from > to) throw usageError(`--from ${from} is after --to ${to}`);
  if (opts.basis !== undefined && !(BASES as readonly string[]).includes(opts.basis)) throw usageError(`--basis must be cash or accrual, got "${opts.basis}"`);
  if (opts.cost !== undefined && opts.cost !== 'billed' && opts.cost !== 'effective') throw usageError(`--cost must be billed or effective, got "${opts.cost}"`);
  const failOn: FailOnCondition[] = [];
  for (const expr of opts.failOn ?? []) {
    const c = parseFailOn(expr);
    if (typeof c === 'string') throw usageError(c);
    failOn.push(c);
  }
  const needsFacts = failOn.find((c) => c.metric === 'variance' || c.metric === 'budget-overrun');
  if (needsFacts && !defaults.spendFigures) throw usageError(`--fail-on ${needsFacts.text} needs spend figures: use it with report, variance, forecast or board`);
  const needsRenewals = failOn.find((c) => c.metric === 'renewals-in');
  if (needsRenewals && !defaults.renewals) throw usageError(`--fail-on ${needsRenewals.text} needs the renewal calendar: use it with renewals or board`);
  const maxBytes = checkMaxBytes(opts.maxBytes, format);
  checkEngine(opts.engine);
  if (opts.facts !== undefined && inputs.length > 0) throw usageError('--facts stands in for the inputs: give one or the other');
  if (opts.facts !== undefined && opts.demo) throw usageError('--facts stands in for the inputs: --demo runs on the demo data (use -c to name the demo config)');
  const compareTo = opts.compareTo === undefined ? undefined : readCompareTo(opts.compareTo, io.cwd, defaults.command);
  const loaded = loadConfig({ config: opts.config, demo: opts.demo, cwd: io.cwd }, defaultConfig);
  let config = loaded.config;
  // accrual: the categorizer spreads lines over their service period (rules/accrual.ts), on every thread
  if (opts.basis === 'accrual') config = { ...config, basis: 'accrual' };
  if (opts.currency !== undefined) {
    const code = opts.currency.toUpperCase();
    if (!isKnownCurrency(code)) throw usageError(`unknown currency "${opts.currency}"`, 'use an ISO 4217 code such as USD, EUR');
    // the built-in default has no rates to rebase: --currency says what the lines are in
    const rebased = loaded.origin === 'default' ? { ...config, currency: code, inputCurrency: code } : rebaseCurrency(config, code);
    if (typeof rebased === 'string') throw usageError(rebased);
    config = rebased;
  }
  const note = (m: string) => {
    if (!opts.quiet) io.stderr.write(`techspend: ${m}\n`);
  };
  if (loaded.origin === 'default') note('no techspend.yaml here: using the built-in default categories (run `techspend init` to write your own)');
  let paths: string[];
  let optional: string[] = [];
  const demoData = opts.demo && inputs.length === 0;
  if (demoData) paths = demoInputs();
  else ({ paths, optional } = expandInputsFound(inputs, io.cwd, note));
  if (paths.length === 0 && defaults.needsInputs !== false && opts.facts === undefined) throw usageError('no input files', 'give CSV paths (files, folders or globs, - for stdin), or --demo');
  const displayName = (p: string) => (demoData ? `demo/${basename(p)}` : p === '-' ? 'stdin' : p);
  const isTerminal = Boolean(io.stderr.isTTY) && !opts.quiet;
  const progress = isTerminal ? createProgress(rawStream(io.stderr)) : undefined;
  let currencyNote: string | undefined;
  if (loaded.origin === 'default' && paths.length > 0) {
    // no config: the default fitted to what the inputs are, as `init` would draft for them (config/fitted-default.ts)
    const probe = await probeInputs(paths, config, { cwd: io.cwd, cost: opts.cost as 'billed' | 'effective' | undefined, preset: opts.preset, displayName });
    const fitted = fitDefaultConfig(probe, config, { currencyGiven: opts.currency !== undefined });
    config = fitted.config;
    currencyNote = fitted.currencyNote;
    for (const n of fitted.notes) note(n);
  }
  return {
    currencyNote,
    io,
    opts,
    config,
    origin: loaded.origin,
    paths,
    format,
    colorLevel: colorLevelOf(io, opts),
    failOn,
    maxBytes,
    compareTo,
    scan: {
      cwd: io.cwd,
      from,
      to,
      cost: opts.cost as 'billed' | 'effective' | undefined,
      preset: opts.preset,
      dedupe: opts.dedupe,
      optional,
      displayName,
      progress,
    },
    note,
    phase: (what) => progress?.phase(what),
  };
}

function checkMaxBytes(value: string | undefined, format: Format): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 200) throw usageError(`--max-bytes needs a whole number of at least 200, got "${value}"`);
  if (format !== 'markdown') throw usageError('--max-bytes applies to --format markdown');
  return n;
}

function readCompareTo(path: string, cwd: string, command: string | undefined): { path: string; saved: SavedReport } {
  let json: string;
  try {
    json = readFileSync(resolve(cwd, path), 'utf8');
  } catch (e) {
    throw usageError(`cannot read --compare-to ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const saved = readSavedReport(json);
  if (typeof saved === 'string') throw usageError(`--compare-to ${path}: ${saved}`);
  if (command !== undefined && saved.command !== command)
    throw usageError(`--compare-to ${path} holds a saved \`${saved.command}\` run; \`${command}\` compares with its own saved output`, `save it with: techspend ${command} <the same inputs> --format json -o ${path}`);
  return { path, saved };
}

// the footer and the rejections as diagnostics are pure: report/footer.ts (re-exported for the commands)
export { footerOf, rejectionDiagnostics } from '../report/footer.js';

const MAX_LISTED = 20;

/** The reason scan gives a row whose currency has no rate to the reporting currency. */
export const NO_RATE = 'no rate for currency';

/**
 * One line for every row rejected for want of a rate: the currencies, their rows and amounts (in
 * their own currency), and how to convert them. Undefined when there are none.
 */
export function noRateSummary(rejections: readonly Rejection[], reporting: string): string | undefined {
  const by = new Map<string, { rows: number; amount: Decimal }>();
  for (const r of rejections) {
    if (r.reason !== NO_RATE) continue;
    const cur = r.currency ?? r.text ?? '?';
    const g = by.get(cur) ?? { rows: 0, amount: ZERO };
    g.rows++;
    if (r.amount !== undefined) g.amount = add(g.amount, r.amount);
    by.set(cur, g);
  }
  if (by.size === 0) return undefined;
  const groups = [...by].sort((a, b) => b[1].rows - a[1].rows || (a[0] < b[0] ? -1 : 1));
  const named = groups.map(([cur, g]) => `${cur} (${groupDigits(g.rows)} row${g.rows === 1 ? '' : 's'}, ${cur} ${toGrouped(g.amount)})`);
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]!}`;
  const example = groups.map(([cur]) => `${cur}: <${reporting} per ${cur}>`).join(', ');
  return `techspend: error: no rate to convert ${list} to ${reporting}: those rows are rejected (add rates: { ${example} } to techspend.yaml)`;
}

/** Render, write, report rejections on stderr, and decide the exit code. */
export async function finish(ctx: RunContext, built: Report, rec: Reconciliation | undefined, facts?: readonly Fact[], budget?: readonly BudgetLine[], renewals?: RenewalCalendar): Promise<number> {
  let report = ctx.opts.basis === undefined ? built : withBasis(built, ctx.opts.basis as Basis);
  // double counts, repeated lines and rejected rows belong to the report too (JSON `warnings`)
  if (rec) report = { ...report, warnings: [...report.warnings, ...dataWarnings(rec, ctx.opts.dedupe === true)] };
  // --fail-on is decided before rendering: tripped conditions head the Markdown (a CI job summary)
  const tripped = rec && ctx.failOn.length > 0 ? evaluateFailOn(ctx.failOn, { rec, facts, config: ctx.config, budget, renewals }) : [];
  const checks = checksTable(ctx, rec, tripped);
  if (checks) report = { ...report, sections: [checks, ...report.sections] };
  if (ctx.scan.progress) rawStream(ctx.io.stderr).write('\r\x1b[K');
  let unchanged = false;
  if (ctx.compareTo !== undefined) {
    const { path, saved } = ctx.compareTo;
    // prepare() checked it when the command was known; a report of another kind is a bug here
    if (saved.command !== report.command) throw usageError(`--compare-to ${path} is a ${saved.command} report, this is ${report.command}`);
    const comparison = compareWithSaved(report, saved, path);
    unchanged = comparison.changed === 0;
    // category ids are the machine keys; people read names
    const named = { ...comparison.table, rows: comparison.table.rows.map((r) => (typeof r.category === 'string' ? { ...r, category: ctx.config.categoryById.get(r.category)?.name ?? r.category } : r)) };
    // right after the headline (and the checks): what changed is what a reader looks for first,
    // and --max-bytes trims from the end
    const at = report.sections[0]?.id === 'checks' ? 1 : 0;
    report = { ...report, sections: [...report.sections.slice(0, at), named, ...report.sections.slice(at)], summary: [...report.summary, unchanged ? `No figure changed since ${path}.` : `${comparison.changed} figures changed since ${path}.`] };
  }
  const render = await loadRenderer(ctx.format);
  // on a terminal (and not into a file), tables fit its width; a pipe or a file keeps every column
  const out = ctx.io.stdout as Io['stdout'] & { columns?: number };
  const toTerminal = Boolean(out.isTTY) && (ctx.opts.output === undefined || ctx.opts.output === '-');
  const width = toTerminal && typeof out.columns === 'number' && out.columns > 0 ? out.columns : undefined;
  let text = render(report, { colorLevel: ctx.colorLevel, width });
  if (ctx.maxBytes !== undefined) text = trimMarkdown(text, ctx.maxBytes);
  // the edge: a terminal gets no escape sequence from the data (the table keeps its own colours)
  if (toTerminal) text = ctx.format === 'table' ? terminalTextKeepingColour(text) : terminalText(text);
  if (!(unchanged && ctx.opts.quietUnchanged)) await writeOutput(text, ctx.opts.output, ctx.io.stdout);
  let code: number = EXIT.ok;
  if (rec) {
    if (!ctx.opts.quiet) for (const n of rec.notices) ctx.io.stderr.write(`techspend: ${printable(n, 300)}\n`);
    // a file that could not be read is an input error even though the others were reported
    for (const f of rec.filesNotRead) {
      ctx.io.stderr.write(formatDiagnostic({ severity: 'error', kind: 'data', where: `${f.source}:${f.line}`, message: `file not read (${f.rows} rows): ${f.reason}`, hint: f.hint }) + '\n');
      code = EXIT.data;
    }
    // rows in a currency with no rate are one error per run, naming the currencies (validate lists the rows)
    const noRate = noRateSummary(rec.rejections, ctx.config.currency);
    const rejections = rejectionDiagnostics(rec).filter((_, i) => rec.rejections[i]!.reason !== NO_RATE);
    if (rejections.length > 0) {
      const listed = ctx.opts.strict ? rejections : rejections.slice(0, MAX_LISTED);
      for (const d of listed) ctx.io.stderr.write(formatDiagnostic(d) + '\n');
      if (listed.length < rejections.length) ctx.io.stderr.write(`techspend: … and ${rejections.length - listed.length} more rejected rows (run validate to list them all)\n`);
    }
    if (noRate !== undefined) ctx.io.stderr.write(`${noRate}\n`);
    if (rec.rowsRejected > 0) {
      if (!ctx.opts.quiet) ctx.io.stderr.write(`techspend: ${rec.rowsRejected} of ${rec.rowsRead} rows rejected; the report covers the rest (see the reconciliation footer)\n`);
    }
    if (!ctx.opts.quiet) {
      for (const d of rec.doubleCounts.slice(0, MAX_LISTED)) ctx.io.stderr.write(`techspend: warning: ${describeDoubleCount(d, ctx.opts.dedupe === true)}\n`);
      if (rec.doubleCounts.length > MAX_LISTED) ctx.io.stderr.write(`techspend: warning: … and ${rec.doubleCounts.length - MAX_LISTED} more likely double counts (run validate to list them all)\n`);
    }
    for (const d of rec.duplicates.slice(0, MAX_LISTED)) {
      ctx.note(`${d.second.source}:${d.second.line}: same line as ${d.first.source}:${d.first.line} (overlapping exports?)`);
    }
    for (const t of tripped) ctx.io.stderr.write(`techspend: --fail-on ${t}\n`);
    if (tripped.length > 0) code = EXIT.tripped;
    if (ctx.opts.strict) {
      if (rec.rowsRejected > 0) {
        ctx.io.stderr.write(`techspend: --strict: ${rec.rowsRejected} rejected rows\n`);
        code = EXIT.tripped;
      }
      if (rec.uncategorizedLines > 0) {
        ctx.io.stderr.write(`techspend: --strict: ${rec.uncategorizedLines} uncategorized lines\n`);
        code = EXIT.tripped;
      }
    }
  }
  return code;
}

export function relativeTo(cwd: string, p: string): string {
  return relative(cwd, p) || p;
}

/** What the run found in its data that the reader should know: kept in the report's warnings. */
export function dataWarnings(rec: Reconciliation, dedupe: boolean): string[] {
  const out: string[] = [];
  for (const d of rec.doubleCounts.slice(0, MAX_LISTED)) out.push(describeDoubleCount(d, dedupe));
  if (rec.doubleCounts.length > MAX_LISTED) out.push(`… and ${rec.doubleCounts.length - MAX_LISTED} more likely double counts (run validate to list them all)`);
  // which copy is "first" depends on reading order: the report says how many, validate lists them
  if (rec.duplicates.length > 0) out.push(`${rec.duplicates.length === 1 ? '1 line appears' : `${rec.duplicates.length} lines appear`} twice (overlapping exports?): run validate to list them`);
  // where (file:line) depends on reading order and goes to stderr; the report says how many
  if (rec.rowsRejected > 0) out.push(`${rec.rowsRejected === 1 ? '1 row' : `${rec.rowsRejected} rows`} rejected (listed on stderr; run validate to see them all): not in the figures`);
  return out;
}

/** The "Checks" block at the top of the report: each --fail-on / --strict condition and whether it tripped. */
function checksTable(ctx: RunContext, rec: Reconciliation | undefined, tripped: readonly string[]): Table | undefined {
  if (!rec || (ctx.failOn.length === 0 && !ctx.opts.strict)) return undefined;
  const rows = ctx.failOn.map((c) => {
    const hit = tripped.filter((t) => t.startsWith(`${c.text}:`)).map((t) => t.slice(c.text.length + 1).trim());
    return { check: `--fail-on ${c.text}`, result: hit.length > 0 ? 'TRIPPED' : 'ok', detail: hit.join('; ') };
  });
  if (ctx.opts.strict) {
    const problems = [rec.rowsRejected > 0 ? `${rec.rowsRejected} rejected rows` : '', rec.uncategorizedLines > 0 ? `${rec.uncategorizedLines} uncategorized lines` : ''].filter((x) => x !== '');
    rows.push({ check: '--strict', result: problems.length > 0 ? 'TRIPPED' : 'ok', detail: problems.join('; ') });
  }
  const n = rows.filter((r) => r.result === 'TRIPPED').length;
  return {
    id: 'checks',
    title: n > 0 ? `Checks: ${n} of ${rows.length} tripped` : `Checks: all ${rows.length} passed`,
    columns: [textColumn('check', 'Check'), textColumn('result', 'Result'), textColumn('detail', 'Detail')],
    rows,
  };
}
