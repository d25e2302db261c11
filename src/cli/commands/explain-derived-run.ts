/** `techspend explain --variance / --forecast / --budget-to-date`: the derived figures (report/build-explain-derived). */
import { monthlyBudget } from '../../analysis/budget.js';
import { forecastLumps, vendorLinesByName } from '../forecast-lumps-input.js';
import { computeForecast } from '../../analysis/forecast.js';
import { ItemLedger } from '../../analysis/item-ledger.js';
import { roundFacts, withExactData } from '../../report/display-rounding.js';
import { computeVariance, DEFAULT_LOOKBACK, type ItemFact } from '../../analysis/variance.js';
import { buildHistories, historySpan } from '../../analysis/vendor-history.js';
import { coverageOf, firstCompleteMonth } from '../../period/coverage.js';
import { toDateOf } from '../../report/run-rate-notes.js';
import { type Against, basePeriod, currentPeriod, lastCompleteMonth, type PeriodWindow, referenceDate, runRateMonths } from '../../analysis/window.js';
import { dataError, usageError } from '../../diagnostic.js';
import { scanInputs } from '../../io/scan.js';
import { add, compare, type Decimal, toExact, ZERO } from '../../money/decimal.js';
import { fiscalYearOf, kindOfPeriod, monthOf, monthsOfPeriod } from '../../period/period.js';
import type { ExplainLine } from '../../report/build-explain.js';
import { buildExplainBudget, buildExplainForecast, buildExplainSavings, buildExplainVariance } from '../../report/build-explain-derived.js';
import { findSavings } from '../../analysis/savings/find.js';
import { DEFAULT_THRESHOLDS } from '../../analysis/savings/thresholds.js';
import { SpillingCollector } from '../../io/spill.js';
import type { Categorization } from '../../rules/engine.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { finish, footerOf, type RunContext } from '../context.js';
import { loadBudget, parseCount, parseGrowth } from '../money-options.js';
import { vendorDisplayKey, vendorSpellingKey } from '../../analysis/vendor-key.js';
import { readRegister } from './savings-run.js';
import type { ExplainOptions } from './explain.js';

type Keyed = ExplainLine & { vendorKey: string };

/** Scan into the variance/board ledger (catalog vendors, by item), keeping the lines `keep` wants. */
async function scanLines(ctx: RunContext, keep: (l: ExpenseLine, category: string, month: string) => boolean) {
  const canonical = vendorDisplayKey(ctx.config, true);
  const ledger = new ItemLedger(canonical, vendorSpellingKey(true));
  const lines: Keyed[] = [];
  const { reconciliation } = await scanInputs(
    ctx.paths,
    ctx.config,
    {
      line: (l: ExpenseLine, _b: Decimal, c: Categorization) => {
        ledger.addLine(l, c);
        const month = monthOf(l.date);
        for (const p of c.parts) {
          if (!keep(l, p.category, month)) continue;
          lines.push({ source: l.source, line: l.line, date: l.date, month, vendor: l.vendor, description: l.description, amount: p.amount, category: p.category, pool: p.pool, rule: c.rule?.id ?? `(none: ${ctx.config.uncategorized})`, fact: '', vendorKey: canonical(l.vendor) || '(no vendor)' });
        }
      },
    },
    ctx.scan,
  );
  return { ledger, lines, reconciliation };
}

function noData(ctx: RunContext): never {
  throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to explain: no expense lines (in the date range)');
}

/** The period asked (`--period`), else the latest complete one of `kind`. */
function windowOf(label: string | undefined, end: string, fys: number): { window: PeriodWindow; kind: NonNullable<ReturnType<typeof kindOfPeriod>> } {
  if (label === undefined) return { window: currentPeriod(end, 'month', fys), kind: 'month' };
  const kind = kindOfPeriod(label)!;
  return { window: { label, months: monthsOfPeriod(label, fys)! }, kind };
}

export async function runExplainVariance(ctx: RunContext, category: string, periodLabel: string | undefined, opts: ExplainOptions, setExit: (code: number) => void): Promise<void> {
  const against = (opts.against ?? 'previous') as Against;
  if (against !== 'previous' && against !== 'last-year') throw usageError(`--against must be previous or last-year, got "${opts.against}"`);
  const lookback = parseCount(opts.lookback ?? String(DEFAULT_LOOKBACK), '--lookback');
  const { ledger, lines, reconciliation } = await scanLines(ctx, (_l, c) => c === category);
  // the window and causes as variance finds them: partial months, and the vendors' billing history
  const end = referenceDate(ctx.scan.to, ledger.months(), coverageOf(reconciliation.dates.keys())) ?? noData(ctx);
  const fys = ctx.config.fiscalYearStart;
  const { window: current, kind } = windowOf(periodLabel, end, fys);
  const base = basePeriod(current, against, kind, fys);
  const inBase = new Set(base.months);
  const inCurrent = new Set(current.months);
  const span = new Set(historySpan(base.months, current.months, lookback, [...ledger.months()].sort().at(-1)));
  const zero = { key: category, base: ZERO, current: ZERO, change: ZERO, changePct: undefined, expansion: ZERO, newCapability: ZERO, discontinued: ZERO, price: undefined, volume: undefined, vendors: [] };
  const rowOf = (all: readonly ItemFact[]) => {
    const facts = all.filter((f) => f.category === category && (inBase.has(f.month) || inCurrent.has(f.month)));
    const history = { histories: buildHistories(all.filter((f) => span.has(f.month)), (f) => f.category), baseMonths: base.months, currentMonths: current.months, lookbackMonths: lookback };
    return computeVariance(facts.filter((f) => inBase.has(f.month)), facts.filter((f) => inCurrent.has(f.month)), (f) => f.category, history)[0] ?? zero;
  };
  const build = (row: ReturnType<typeof rowOf>) =>
    buildExplainVariance({
      config: ctx.config,
      category,
      base,
      current,
      kind,
      against,
      row,
      baseLines: lines.filter((l) => inBase.has(l.month)),
      currentLines: lines.filter((l) => inCurrent.has(l.month)),
      footer: footerOf(reconciliation, ctx.config.currency),
    });
  // two views, as variance gives them: the tables at the pack's cents (the board's change to the
  // cent), the machine view from the exact facts; the lines add up to the exact change
  const exact = ledger.all() as ItemFact[];
  const exactRow = rowOf(exact);
  const shownRow = rowOf(roundFacts(exact));
  const report = withExactData(build(shownRow), build(exactRow));
  // the exact figures, where the pack's cents differ (what variance's CSV and JSON data give)
  for (const k of ['base', 'current', 'change'] as const) if (compare(exactRow[k], shownRow[k]) !== 0) report.parameters[`${k} (exact)`] = toExact(exactRow[k]);
  setExit(await finish(ctx, report, reconciliation));
}

export async function runExplainForecast(ctx: RunContext, category: string | undefined, opts: ExplainOptions, setExit: (code: number) => void): Promise<void> {
  const n = parseCount(opts.runRateMonths ?? '3', '--run-rate-months');
  const growth = parseGrowth(opts.growth ?? [], ctx.config);
  // the window is known only after the scan: keep the lines of the latest months, trimmed after
  const { ledger, lines, reconciliation } = await scanLines(ctx, (_l, c) => category === undefined || c === category);
  // the run-rate window and per-vendor run rates as forecast finds them (coverage, cadence, one-offs)
  const coverage = coverageOf(reconciliation.dates.keys());
  const end = referenceDate(ctx.scan.to, ledger.months(), coverage) ?? noData(ctx);
  const window = runRateMonths(end, n);
  const months = coverage === undefined ? window : window.filter((m) => m >= firstCompleteMonth(coverage));
  if (months.length === 0) months.push(window.at(-1)!);
  const fys = ctx.config.fiscalYearStart;
  const fiscalYear = `FY${fiscalYearOf(months.at(-1)!, fys) + 1}`;
  const inWindow = new Set(months);
  const trailing = runRateMonths(end, 12);
  const toDate = toDateOf(fiscalYear, months.at(-1)!, fys);
  const register = category === undefined ? readRegister(opts.register, ctx.origin, ctx.config.dir, ctx.io.cwd, ctx.config, ctx.note) : undefined;
  const committed = register?.items.filter((i) => i.status === 'approved' || i.status === 'in-progress').map((i) => ({ id: i.id, title: i.title, status: i.status, annual: i.annual }));
  // vendors billed in lumps, as forecast finds them (the lines here are keyed by the facts' vendor name)
  const lumps = { vendors: forecastLumps(vendorLinesByName(lines.map((l) => ({ ...l, vendor: l.vendorKey }))), ledger.all()), yearMonths: monthsOfPeriod(fiscalYear, fys)! };
  const build = (all: readonly ItemFact[]) => {
    const forecast = computeForecast(all, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, undefined, { trailing, toDate, lumps });
    const monthly = new Map<string, Map<string, Decimal>>();
    for (const f of all) {
      if (!inWindow.has(f.month)) continue;
      let m = monthly.get(f.category);
      if (!m) monthly.set(f.category, (m = new Map()));
      m.set(f.month, add(m.get(f.month) ?? ZERO, f.amount));
    }
    return buildExplainForecast({
      config: ctx.config,
      category,
      months,
      fiscalYear,
      rows: forecast.rows,
      total: forecast.total,
      monthly,
      committed: category === undefined ? (committed ?? []) : undefined,
      lines: lines.filter((l) => inWindow.has(l.month)),
      footer: footerOf(reconciliation, ctx.config.currency),
    });
  };
  // two views, as forecast gives them: the tables at the pack's cents (rounded once per run, so the
  // outlook is the board's to the cent), the machine view (data) from the exact facts
  const exact = ledger.all() as ItemFact[];
  const report = withExactData(build(roundFacts(exact)), build(exact));
  setExit(await finish(ctx, report, reconciliation));
}

export async function runExplainBudget(ctx: RunContext, category: string | undefined, periodLabel: string | undefined, opts: ExplainOptions, setExit: (code: number) => void): Promise<void> {
  if (periodLabel === undefined) throw usageError('--budget-to-date needs --period, e.g. --period fiscal-year FY2027 --to 2026-10-31');
  const budget = loadBudget(opts.budget, ctx.io.cwd, ctx.config);
  if (budget === undefined) throw usageError('no budget: give --budget budget.csv (category,period,amount) or a budget in the config');
  const fys = ctx.config.fiscalYearStart;
  const all = monthsOfPeriod(periodLabel, fys)!;
  // to date: the months up to the last complete month on --to (the board passes its reference date)
  const last = ctx.scan.to !== undefined ? lastCompleteMonth(ctx.scan.to) : undefined;
  const months = last === undefined ? all : all.filter((m) => m <= last);
  // each line phased on its own, by the phasing every budget figure uses
  const phased = new Map(budget.lines.map((l) => [l, monthlyBudget([l], fys).get(l.category) ?? new Map<string, Decimal>()]));
  const report = buildExplainBudget({ config: ctx.config, category, label: periodLabel, months, lines: budget.lines, phased, footer: undefined });
  setExit(await finish(ctx, report, undefined));
}

/** `--savings <kind>:<vendor>`: the candidate as `savings` finds it (default thresholds), and its evidence lines. */
export async function runExplainSavings(ctx: RunContext, which: string, setExit: (code: number) => void): Promise<void> {
  const at = which.indexOf(':');
  if (at < 0) throw usageError(`--savings needs kind:vendor, e.g. unused:Salesforce, got "${which}"`);
  const kind = which.slice(0, at).trim().toLowerCase();
  const vendor = which.slice(at + 1).trim().toLowerCase();
  const collector = new SpillingCollector();
  try {
    const { reconciliation } = await scanInputs(ctx.paths, ctx.config, { line: (l, b, c) => collector.add(l, b, c) }, ctx.scan);
    const findings = findSavings(collector.source(), DEFAULT_THRESHOLDS, ctx.config.currency, (c) => ctx.config.categoryById.get(c)?.function ?? c);
    const candidate = findings.candidates.find((c) => c.kind === kind && c.vendor.toLowerCase() === vendor);
    if (!candidate) {
      const known = findings.candidates.map((c) => `${c.kind}:${c.vendor}`);
      throw usageError(`--savings: no candidate "${which}"`, known.length > 0 ? `candidates: ${known.join(', ')}` : 'techspend savings finds none in these inputs');
    }
    // second pass: the evidence lines themselves (a candidate names a few)
    const wanted = new Set(candidate.evidence.map((e) => `${e.source}\u0000${e.line}`));
    const lines: ExplainLine[] = [];
    await scanInputs(
      ctx.paths,
      ctx.config,
      {
        line: (l, _b, c) => {
          if (!wanted.has(`${l.source}\u0000${l.line}`)) return;
          for (const p of c.parts)
            lines.push({ source: l.source, line: l.line, date: l.date, month: monthOf(l.date), vendor: l.vendor, description: l.description, amount: p.amount, category: p.category, pool: p.pool, rule: c.rule?.id ?? `(none: ${ctx.config.uncategorized})`, fact: '' });
        },
      },
      { ...ctx.scan, progress: undefined },
    );
    const order = new Map(candidate.evidence.map((e, i) => [`${e.source}\u0000${e.line}`, i]));
    lines.sort((a, b) => order.get(`${a.source}\u0000${a.line}`)! - order.get(`${b.source}\u0000${b.line}`)!);
    const found = new Set(lines.map((l) => `${l.source}\u0000${l.line}`));
    const missing = candidate.evidence.filter((e) => !found.has(`${e.source}\u0000${e.line}`)).map((e) => `${e.source}:${e.line}`);
    const report = buildExplainSavings({ config: ctx.config, candidate: { ...candidate }, lines, missing, footer: footerOf(reconciliation, ctx.config.currency) });
    setExit(await finish(ctx, report, reconciliation));
  } finally {
    collector.dispose();
  }
}
