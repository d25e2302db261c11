/**
 * `techspend explain --variance` and `--forecast`: the figure as variance and forecast compute
 * it, with the lines it rests on, in two views (the tables at the run's cents, the data exact).
 * Pure: the run's facts and the kept lines come as data (report/build-explain-derived builds).
 */
import { computeForecast } from '../analysis/forecast.js';
import type { LumpVendor } from '../analysis/forecast-lumps.js';
import { roundFacts, withExactData } from './display-rounding.js';
import { computeVariance, type ItemFact } from '../analysis/variance.js';
import { buildHistories, historySpan } from '../analysis/vendor-history.js';
import { toDateOf } from './run-rate-notes.js';
import { type Against, basePeriod, currentPeriod, monthsWithData, type PeriodWindow, periodNoData, runRateMonths } from '../analysis/window.js';
import type { Coverage } from '../period/coverage.js';
import { add, compare, type Decimal, toExact, ZERO } from '../money/decimal.js';
import { fiscalYearOf, kindOfPeriod, monthsOfPeriod } from '../period/period.js';
import type { ExplainLine } from './build-explain.js';
import { buildExplainForecast, buildExplainVariance } from './build-explain-derived.js';
import type { SavingsItem } from '../analysis/savings/register.js';
import type { Config } from '../config/config.js';
import type { Report, ReportFooter } from './model.js';

/** A line the explanation lists, with its catalog vendor. */
export type KeyedLine = ExplainLine & { vendorKey: string };

export interface ExplainVarianceRun {
  config: Config;
  category: string;
  /** --period, else the latest complete month */
  periodLabel: string | undefined;
  against: 'previous' | 'last-year';
  lookback: number;
  /** the reference date: --to, else the end of the data's latest month */
  end: string;
  /** the run's exact facts, by item */
  facts: ItemFact[];
  months: Iterable<string>;
  /** the category's lines */
  lines: KeyedLine[];
  footer: ReportFooter;
  /** what the data covers: a side with no data at all is said, as variance says it */
  coverage?: Coverage | undefined;
}

export function composeExplainVariance(run: ExplainVarianceRun): Report {
  const { config, category, periodLabel, against, lookback, end, lines, footer } = run;
  const fys = config.fiscalYearStart;
  const { window: current, kind } = windowOf(periodLabel, end, fys);
  const base = basePeriod(current, against, kind, fys);
  const inBase = new Set(base.months);
  const inCurrent = new Set(current.months);
  const span = new Set(historySpan(base.months, current.months, lookback, [...run.months].sort().at(-1)));
  const zero = { key: category, base: ZERO, current: ZERO, change: ZERO, changePct: undefined, expansion: ZERO, newCapability: ZERO, discontinued: ZERO, price: undefined, volume: undefined, vendors: [] };
  const rowOf = (all: readonly ItemFact[]) => {
    const facts = all.filter((f) => f.category === category && (inBase.has(f.month) || inCurrent.has(f.month)));
    const history = { histories: buildHistories(all.filter((f) => span.has(f.month)), (f) => f.category), baseMonths: base.months, currentMonths: current.months, lookbackMonths: lookback };
    return computeVariance(facts.filter((f) => inBase.has(f.month)), facts.filter((f) => inCurrent.has(f.month)), (f) => f.category, history)[0] ?? zero;
  };
  const build = (row: ReturnType<typeof rowOf>) =>
    buildExplainVariance({
      config: config,
      category,
      base,
      current,
      kind,
      against,
      row,
      baseLines: lines.filter((l) => inBase.has(l.month)),
      currentLines: lines.filter((l) => inCurrent.has(l.month)),
      footer,
    });
  // two views, as variance gives them: the tables at the pack's cents (the board's change to the
  // cent), the machine view from the exact facts; the lines add up to the exact change
  const exact = run.facts;
  const exactRow = rowOf(exact);
  const shownRow = rowOf(roundFacts(exact));
  const report = withExactData(build(shownRow), build(exactRow));
  // the exact figures, where the pack's cents differ (what variance's CSV and JSON data give)
  for (const k of ['base', 'current', 'change'] as const) if (compare(exactRow[k], shownRow[k]) !== 0) report.parameters[`${k} (exact)`] = toExact(exactRow[k]);
  const noCurrent = periodNoData(run.coverage, current.months);
  const noBase = periodNoData(run.coverage, base.months);
  if (noCurrent !== undefined) report.warnings.push(`no data for ${current.label}, the period compared: ${noCurrent}`);
  if (noBase !== undefined) report.warnings.push(`no data for ${base.label}, the base period: ${noBase}; its 0.00 is no data, not zero spend`);
  return report;
}

export interface ExplainForecastRun {
  config: Config;
  /** one category, or the whole outlook */
  category: string | undefined;
  /** --run-rate-months */
  runRateMonths: number;
  growth: { all: Decimal | undefined; byCategory: Map<string, Decimal> };
  coverage: Coverage | undefined;
  end: string;
  /** the savings register (the whole outlook only: its committed items) */
  register: { items: SavingsItem[] } | undefined;
  facts: ItemFact[];
  /** the lines of the category (or all), of every month: trimmed to the run-rate window here */
  lines: KeyedLine[];
  footer: ReportFooter;
  /** vendors billed in lumps (renewals from spend, cli/forecast-lumps-input.ts): their bills added once, as forecast does */
  lumpVendors?: LumpVendor[] | undefined;
}

export function composeExplainForecast(run: ExplainForecastRun): Report {
  const { config, category, runRateMonths: n, growth, coverage, end, register, lines, footer } = run;
  const window = runRateMonths(end, n);
  // as forecast: months before the data starts or in a gap inside it are no data
  const { months } = monthsWithData(window, coverage);
  if (months.length === 0) months.push(window.at(-1)!);
  const fys = config.fiscalYearStart;
  const fiscalYear = `FY${fiscalYearOf(months.at(-1)!, fys) + 1}`;
  const inWindow = new Set(months);
  const trailing = runRateMonths(end, 12);
  const toDate = toDateOf(fiscalYear, months.at(-1)!, fys);
  const committed = register?.items.filter((i) => i.status === 'approved' || i.status === 'in-progress').map((i) => ({ id: i.id, title: i.title, status: i.status, annual: i.annual }));
  const build = (all: readonly ItemFact[]) => {
    const lumps = run.lumpVendors === undefined ? undefined : { vendors: run.lumpVendors, yearMonths: monthsOfPeriod(fiscalYear, fys)! };
    const forecast = computeForecast(all, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, undefined, { trailing, toDate, lumps });
    const monthly = new Map<string, Map<string, Decimal>>();
    for (const f of all) {
      if (!inWindow.has(f.month)) continue;
      let m = monthly.get(f.category);
      if (!m) monthly.set(f.category, (m = new Map()));
      m.set(f.month, add(m.get(f.month) ?? ZERO, f.amount));
    }
    return buildExplainForecast({
      config: config,
      category,
      months,
      fiscalYear,
      rows: forecast.rows,
      total: forecast.total,
      monthly,
      committed: category === undefined ? (committed ?? []) : undefined,
      lines: lines.filter((l) => inWindow.has(l.month)),
      footer,
    });
  };
  // two views, as forecast gives them: the tables at the pack's cents (rounded once per run, so the
  // outlook is the board's to the cent), the machine view (data) from the exact facts
  const exact = run.facts;
  const report = withExactData(build(roundFacts(exact)), build(exact));
  return report;
}

/** The period asked (`--period`), else the latest complete one of `kind`. */
function windowOf(label: string | undefined, end: string, fys: number): { window: PeriodWindow; kind: NonNullable<ReturnType<typeof kindOfPeriod>> } {
  if (label === undefined) return { window: currentPeriod(end, 'month', fys), kind: 'month' };
  const kind = kindOfPeriod(label)!;
  return { window: { label, months: monthsOfPeriod(label, fys)! }, kind };
}
