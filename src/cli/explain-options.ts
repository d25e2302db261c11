/**
 * What `techspend explain`'s options ask for, as a typed request: one line (`--line`), one figure
 * of report or board (a cell: `--category`, `--function`, … and `--period`), or a derived figure
 * (`--variance`, `--forecast`, `--budget-to-date`, `--savings`). Pure apart from the usage errors
 * (exit 2) it throws. Read in two steps, as the run needs them: what can be checked before the
 * config is loaded (`readExplainOptions`, which also gives back input files commander took as
 * words of `--period`), and the names resolved against the config (`explainCellRequest`,
 * `explainDerivedRequest`).
 */
import { didYouMean } from '../config/did-you-mean.js';
import type { Config } from '../config/config.js';
import { INVESTMENTS, POOLS } from '../config/schema.js';
import { usageError } from '../diagnostic.js';
import { kindOfPeriod, monthsOfPeriod, PERIOD_KINDS, type PeriodKind } from '../period/period.js';
import type { ExplainCell } from '../report/build-explain.js';
import type { LineTarget } from '../report/explain-line.js';
import type { ExplainOptions } from './commands/explain.js';

/** `--period` as written: its label, and its kind when written before it. */
export interface PeriodArg {
  kind: PeriodKind | undefined;
  label: string;
  /** words after the period that are not part of it: input files (commander gave them to the variadic option) */
  extraInputs: string[];
}

/** What explain is asked, before the config is read. */
export interface ExplainAsked {
  mode: 'line' | 'cell' | 'derived';
  period: PeriodArg | undefined;
  /** input files commander took as words of `--period` */
  extraInputs: string[];
}

/** The checks that need no config, in the order the options are read. */
export function readExplainOptions(opts: ExplainOptions): ExplainAsked {
  const period = splitPeriodOption(opts);
  const extraInputs = period?.extraInputs ?? [];
  const derived = [opts.variance !== undefined, opts.forecast !== undefined, opts.budgetToDate !== undefined, opts.savings !== undefined].filter(Boolean).length;
  if (derived > 1) throw usageError('give one of --variance, --forecast, --budget-to-date and --savings');
  if (opts.capex && (derived > 0 || opts.line)) throw usageError('--capex explains a category\'s figure: give --category <id> (and --period), not --line, --variance, --forecast, --budget-to-date or --savings');
  if (derived === 1) {
    if (opts.line || opts.function !== undefined || opts.pool !== undefined || opts.vendor !== undefined || opts.investment !== undefined || opts.category !== undefined)
      throw usageError('--variance, --forecast, --budget-to-date and --savings name their figure themselves: leave out --line, --category, --function, --pool, --vendor and --investment');
    return { mode: 'derived', period, extraInputs };
  }
  const named = opts.category !== undefined || opts.function !== undefined || opts.pool !== undefined || opts.vendor !== undefined || opts.investment !== undefined || opts.revenueGenerating === true;
  if (!opts.line && !named && period === undefined)
    throw usageError('explain needs --line <file:n>, or a figure: --category, --function, --pool, --vendor, --investment and/or --period', 'e.g. explain --demo --function Sales --period fiscal-year FY2027');
  if (opts.line && (named || period !== undefined)) throw usageError('--line explains one line: leave out --category, --function, --pool, --vendor, --investment and --period');
  return { mode: opts.line ? 'line' : 'cell', period, extraInputs };
}

/** `--line file:n`. */
export function lineTarget(line: string): LineTarget {
  const m = /^(.*):(\d+)$/.exec(line);
  if (!m) throw usageError(`--line needs file:n, got "${line}"`);
  return { source: m[1]!, line: Number(m[2]), written: line };
}

/** One figure of report or board, and how to list it. */
export interface ExplainCellRequest {
  cell: ExplainCell;
  /** --vendor as written */
  vendor: string | undefined;
  includeExcluded: boolean;
  includeRejected: boolean;
  capex: boolean;
}

export function explainCellRequest(opts: ExplainOptions, period: PeriodArg | undefined, config: Config): ExplainCellRequest {
  if (opts.as !== undefined && opts.as !== 'report' && opts.as !== 'board') throw usageError(`--as must be report or board, got "${opts.as}"`);
  const as = (opts.as ?? 'report') as 'report' | 'board';
  const functions = [...new Set([...config.categories.map((c) => c.function), 'Unassigned'])].sort();
  const keys: ExplainCell['keys'] = {};
  if (opts.category !== undefined) keys.category = resolveKey('--category', opts.category, categoryNames(config));
  if (opts.function !== undefined) keys.function = resolveKey('--function', opts.function, functions.map((f) => ({ key: f, names: [] })));
  if (opts.pool !== undefined) keys.pool = resolveKey('--pool', opts.pool, POOLS.map((p) => ({ key: p, names: [] })));
  if (opts.investment !== undefined) keys.investment = resolveKey('--investment', opts.investment, [...INVESTMENTS, 'unclassified'].map((p) => ({ key: p, names: [] })));
  if (opts.capex && (keys.category === undefined || Object.keys(keys).length > 1 || opts.vendor !== undefined || opts.revenueGenerating === true || as === 'board'))
    throw usageError('--capex explains a category\'s figure: give --category <id> (and --period), no other dimension');
  return {
    cell: {
      keys,
      period: period ? resolvePeriod(period, config.fiscalYearStart) : undefined,
      revenueGenerating: opts.revenueGenerating === true,
      allocate: opts.allocate !== false,
      as,
    },
    vendor: opts.vendor,
    includeExcluded: opts.includeExcluded === true,
    includeRejected: opts.includeRejected === true,
    capex: opts.capex === true,
  };
}

/** A figure computed from others, with its category id (absent: every category) and period label. */
export type ExplainDerivedRequest =
  | { kind: 'savings'; candidate: string }
  | { kind: 'variance'; category: string; period: string | undefined }
  | { kind: 'forecast'; category: string | undefined }
  | { kind: 'budget-to-date'; category: string | undefined; period: string | undefined };

export function explainDerivedRequest(opts: ExplainOptions, periodArg: PeriodArg | undefined, config: Config): ExplainDerivedRequest {
  const category = (v: string | boolean | undefined, flag: string) => (typeof v === 'string' ? resolveKey(flag, v, categoryNames(config)) : undefined);
  const period = periodArg ? resolvePeriod(periodArg, config.fiscalYearStart) : undefined;
  if (opts.savings !== undefined) return { kind: 'savings', candidate: opts.savings };
  if (opts.variance !== undefined) return { kind: 'variance', category: category(opts.variance, '--variance')!, period: period?.label };
  if (opts.forecast !== undefined) {
    if (period !== undefined) throw usageError('--forecast takes its months from --run-rate-months and --to, not --period');
    return { kind: 'forecast', category: category(opts.forecast, '--forecast') };
  }
  return { kind: 'budget-to-date', category: category(opts.budgetToDate, '--budget-to-date'), period: period?.label };
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

function resolvePeriod(arg: PeriodArg, fiscalYearStart: number): NonNullable<ExplainCell['period']> {
  const label = arg.label.toUpperCase();
  const kind = kindOfPeriod(label);
  if (kind === undefined) throw usageError(`--period: "${arg.label}" is not a period`, `use a month (2026-10), quarter (2026-Q3), year (2026), fiscal year (FY2027) or fiscal quarter (FY2027-Q1)`);
  if (arg.kind !== undefined && arg.kind !== kind) throw usageError(`--period ${arg.kind} ${arg.label}: ${arg.label} is a ${kind}`, `e.g. --period ${arg.kind} ${EXAMPLE_PERIOD[arg.kind]}`);
  return { kind, label, months: monthsOfPeriod(label, fiscalYearStart)! };
}

const categoryNames = (config: Config) => config.categories.map((c) => ({ key: c.id, names: [c.name] }));

/** A name as the user wrote it → the key report uses, or a usage error with the known ones. */
function resolveKey(flag: string, value: string, known: readonly { key: string; names: string[] }[]): string {
  const lower = value.trim().toLowerCase();
  const hit = known.find((k) => k.key.toLowerCase() === lower || k.names.some((n) => n.toLowerCase() === lower));
  if (hit) return hit.key;
  const guess = didYouMean(value, known.map((k) => k.key));
  throw usageError(`${flag}: unknown "${value}"`, guess ? `did you mean "${guess}"?` : `use one of ${known.map((k) => k.key).join(', ')}`);
}
