/** `techspend explain`, the action: loaded only when the command runs (options and help in explain.ts). */
import { usageError } from '../../diagnostic.js';
import type { ExpenseLine } from '../../ingest/line.js';
import type { ScanSink } from '../../io/scan.js';
import { scanLines } from '../../io/engine/lines.js';
import type { Decimal } from '../../money/decimal.js';
import type { Row } from '../../report/model.js';
import { createCategorizer } from '../../rules/engine.js';
import { kindOfPeriod, monthsOfPeriod, PERIOD_KINDS, type PeriodKind } from '../../period/period.js';
import type { ExplainCell } from '../../report/build-explain.js';
import { explainCellLines } from '../../report/explain-cell-lines.js';
import { explainLine } from '../../report/explain-line.js';
import { INVESTMENTS, POOLS } from '../../config/schema.js';
import { didYouMean } from '../../config/did-you-mean.js';
import { finish, footerOf, type Io, prepare, type RunContext } from '../context.js';
import type { ExplainOptions } from './explain.js';

export async function runExplain(inputs: string[], opts: ExplainOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const periodArg = splitPeriodOption(opts);
  const derived = [opts.variance !== undefined, opts.forecast !== undefined, opts.budgetToDate !== undefined, opts.savings !== undefined].filter(Boolean).length;
  if (derived > 1) throw usageError('give one of --variance, --forecast, --budget-to-date and --savings');
  if (opts.capex && (derived > 0 || opts.line)) throw usageError('--capex explains a category\'s figure: give --category <id> (and --period), not --line, --variance, --forecast, --budget-to-date or --savings');
  if (derived === 1) return runDerived(inputs, opts, periodArg, io, setExit);
  const named = opts.category !== undefined || opts.function !== undefined || opts.pool !== undefined || opts.vendor !== undefined || opts.investment !== undefined || opts.revenueGenerating === true;
  if (!opts.line && !named && periodArg === undefined)
    throw usageError('explain needs --line <file:n>, or a figure: --category, --function, --pool, --vendor, --investment and/or --period', 'e.g. explain --demo --function Sales --period fiscal-year FY2027');
  if (opts.line && (named || periodArg !== undefined)) throw usageError('--line explains one line: leave out --category, --function, --pool, --vendor, --investment and --period');
  const ctx = await prepare([...inputs, ...(periodArg?.extraInputs ?? [])], opts, io, { command: 'explain', checks: false });
  if (!opts.line) return runExplainCell(ctx, opts, periodArg, setExit);
  const categorizer = createCategorizer(ctx.config);
  const m = /^(.*):(\d+)$/.exec(opts.line);
  if (!m) throw usageError(`--line needs file:n, got "${opts.line}"`);
  const target = { source: m[1]!, line: Number(m[2]) };
  const found: { line: ExpenseLine; booked: Decimal; rows: Row[] }[] = [];
  const see: ScanSink['line'] = (l, booked, c) => {
    if (l.line !== target.line || (l.source !== target.source && !l.source.endsWith('/' + target.source) && !target.source.endsWith(l.source))) return;
    found.push({
      line: l,
      booked,
      rows: c.parts.map((p) => ({ source: l.source, line: l.line, date: l.date, vendor: l.vendor, description: l.description, amount: p.amount, category: p.category, pool: p.pool, rule: c.rule?.id ?? `(none: ${ctx.config.uncategorized})`, scope: c.scope })),
    });
  };
  // excluded lines too: explain says why a line is out of scope
  const { reconciliation } = await scanLines(ctx.paths, ctx.config, { line: see, excluded: see }, ctx.scan, ctx.opts.engine, ctx.note);
  const hit = found[0];
  if (!hit) {
    const rejected = reconciliation.rejections.find((r) => r.line === target.line && (r.source === target.source || r.source.endsWith(target.source)));
    if (rejected) throw usageError(`${rejected.source}:${rejected.line} was rejected: ${rejected.reason}${rejected.text ? ` "${rejected.text}"` : ''}`);
    throw usageError(`no expense line starts at ${opts.line}`, 'line numbers are physical lines in the file; the header and preamble are not expense lines');
  }
  const report = explainLine(hit.line, hit.booked, hit.rows, categorizer.allMatches(hit.line), ctx.config.currency);
  setExit(await finish(ctx, report, undefined));
}

/** --variance, --forecast, --budget-to-date: figures computed from others (explain-derived-run). */
async function runDerived(inputs: string[], opts: ExplainOptions, periodArg: PeriodArg | undefined, io: Io, setExit: (code: number) => void): Promise<void> {
  if (opts.line || opts.function !== undefined || opts.pool !== undefined || opts.vendor !== undefined || opts.investment !== undefined || opts.category !== undefined)
    throw usageError('--variance, --forecast, --budget-to-date and --savings name their figure themselves: leave out --line, --category, --function, --pool, --vendor and --investment');
  const ctx = await prepare([...inputs, ...(periodArg?.extraInputs ?? [])], opts, io, { command: 'explain', checks: false });
  const config = ctx.config;
  const category = (v: string | boolean | undefined, flag: string) =>
    typeof v === 'string' ? resolveKey(flag, v, config.categories.map((c) => ({ key: c.id, names: [c.name] }))) : undefined;
  const period = periodArg ? resolvePeriod(periodArg, config.fiscalYearStart) : undefined;
  const { runExplainBudget, runExplainForecast, runExplainSavings, runExplainVariance } = await import('./explain-derived-run.js');
  if (opts.savings !== undefined) return runExplainSavings(ctx, opts.savings, setExit);
  if (opts.variance !== undefined) return runExplainVariance(ctx, category(opts.variance, '--variance')!, period?.label, opts, setExit);
  if (opts.forecast !== undefined) {
    if (period !== undefined) throw usageError('--forecast takes its months from --run-rate-months and --to, not --period');
    return runExplainForecast(ctx, category(opts.forecast, '--forecast'), opts, setExit);
  }
  return runExplainBudget(ctx, category(opts.budgetToDate, '--budget-to-date'), period?.label, opts, setExit);
}

interface PeriodArg {
  kind: PeriodKind | undefined;
  label: string;
  /** words after the period that are not part of it: input files (commander gave them to the variadic option) */
  extraInputs: string[];
}

/** `--period 2026-Q3`, `--period fiscal-year FY2027` or `--month 2026-10`: the label, and its kind when written. */
function splitPeriodOption(opts: ExplainOptions): PeriodArg | undefined {
  if (opts.month !== undefined && opts.period !== undefined) throw usageError('give --period or --month, not both');
  if (opts.month !== undefined) return { kind: 'month', label: opts.month.trim(), extraInputs: [] };
  const words = opts.period;
  if (words === undefined || words.length === 0) return undefined;
  const first = words[0]!.trim();
  if ((PERIOD_KINDS as readonly string[]).includes(first)) {
    const label = words[1];
    if (label === undefined) throw usageError(`--period ${first} needs the period itself, e.g. --period ${first} ${EXAMPLE_PERIOD[first as PeriodKind]}`);
    return { kind: first as PeriodKind, label: label.trim(), extraInputs: words.slice(2) };
  }
  return { kind: undefined, label: first, extraInputs: words.slice(1) };
}

const EXAMPLE_PERIOD: Record<PeriodKind, string> = { month: '2026-10', quarter: '2026-Q3', year: '2026', 'fiscal-year': 'FY2027', 'fiscal-quarter': 'FY2027-Q1' };

function resolvePeriod(arg: PeriodArg, fiscalYearStart: number): ExplainCell['period'] {
  const label = arg.label.toUpperCase();
  const kind = kindOfPeriod(label);
  if (kind === undefined) throw usageError(`--period: "${arg.label}" is not a period`, `use a month (2026-10), quarter (2026-Q3), year (2026), fiscal year (FY2027) or fiscal quarter (FY2027-Q1)`);
  if (arg.kind !== undefined && arg.kind !== kind) throw usageError(`--period ${arg.kind} ${arg.label}: ${arg.label} is a ${kind}`, `e.g. --period ${arg.kind} ${EXAMPLE_PERIOD[arg.kind]}`);
  return { kind, label, months: monthsOfPeriod(label, fiscalYearStart)! };
}

/** A name as the user wrote it → the key report uses, or a usage error with the known ones. */
function resolveKey(flag: string, value: string, known: readonly { key: string; names: string[] }[]): string {
  const lower = value.trim().toLowerCase();
  const hit = known.find((k) => k.key.toLowerCase() === lower || k.names.some((n) => n.toLowerCase() === lower));
  if (hit) return hit.key;
  const guess = didYouMean(value, known.map((k) => k.key));
  throw usageError(`${flag}: unknown "${value}"`, guess ? `did you mean "${guess}"?` : `use one of ${known.map((k) => k.key).join(', ')}`);
}

async function runExplainCell(ctx: RunContext, opts: ExplainOptions, periodArg: PeriodArg | undefined, setExit: (code: number) => void): Promise<void> {
  const config = ctx.config;
  if (opts.as !== undefined && opts.as !== 'report' && opts.as !== 'board') throw usageError(`--as must be report or board, got "${opts.as}"`);
  const as = (opts.as ?? 'report') as 'report' | 'board';
  const functions = [...new Set([...config.categories.map((c) => c.function), 'Unassigned'])].sort();
  const keys: ExplainCell['keys'] = {};
  if (opts.category !== undefined) keys.category = resolveKey('--category', opts.category, config.categories.map((c) => ({ key: c.id, names: [c.name] })));
  if (opts.function !== undefined) keys.function = resolveKey('--function', opts.function, functions.map((f) => ({ key: f, names: [] })));
  if (opts.pool !== undefined) keys.pool = resolveKey('--pool', opts.pool, POOLS.map((p) => ({ key: p, names: [] })));
  if (opts.investment !== undefined) keys.investment = resolveKey('--investment', opts.investment, [...INVESTMENTS, 'unclassified'].map((p) => ({ key: p, names: [] })));
  if (opts.capex && (keys.category === undefined || Object.keys(keys).length > 1 || opts.vendor !== undefined || opts.revenueGenerating === true || as === 'board'))
    throw usageError('--capex explains a category\'s figure: give --category <id> (and --period), no other dimension');
  const cell: ExplainCell = {
    keys,
    period: periodArg ? resolvePeriod(periodArg, config.fiscalYearStart) : undefined,
    revenueGenerating: opts.revenueGenerating === true,
    allocate: opts.allocate !== false,
    as,
  };
  const lines = explainCellLines(config, cell, { vendor: opts.vendor, includeExcluded: opts.includeExcluded === true });
  const { reconciliation } = await scanLines(ctx.paths, config, lines.sink, ctx.scan, ctx.opts.engine, ctx.note);
  const report = lines.report({ rejections: opts.includeRejected ? reconciliation.rejections : undefined, footer: footerOf(reconciliation, config.currency), capex: opts.capex === true });
  setExit(await finish(ctx, report, reconciliation));
}
