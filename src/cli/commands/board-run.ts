/** `techspend board`, the action: loaded only when the command runs (options and help in board.ts). */
import { roundFacts } from '../../report/display-rounding.js';
import { budgetFor, monthlyBudget } from '../../analysis/budget.js';
import { forecastLumps } from '../forecast-lumps-input.js';
import { lumpNote } from '../../report/lump-note.js';
import { computeForecast } from '../../analysis/forecast.js';
import { ItemLedger } from '../../analysis/item-ledger.js';
import { basePeriod, coverageNotes, currentPeriod, partialLastNote, referenceDate, runRateMonths } from '../../analysis/window.js';
import { DEFAULT_LOOKBACK } from '../../analysis/variance.js';
import { buildHistories } from '../../analysis/vendor-history.js';
import { coverageOf, firstCompleteMonth } from '../../period/coverage.js';
import { addMonths } from '../../period/period.js';
import { runRateNotes } from '../../report/run-rate-notes.js';
import { labelOf } from '../../report/dimensions.js';
import { dataError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/engine/index.js';
import { add, type Decimal, sub, toGrouped, ZERO } from '../../money/decimal.js';
import { fiscalYearOf, monthsOfPeriod } from '../../period/period.js';
import { buildBoardReport } from '../../report/build-board.js';
import { boardUnitEconomics } from '../../report/build-unit-economics.js';
import { driverSeries } from '../../analysis/unit-economics.js';
import { allocateShared } from '../../analysis/allocation.js';
import { driverNameMatches } from '../../config/driver-table.js';
import { boardRefInput, boardRefs, withRefs } from '../../report/refs.js';
import { revenueGeneratingShare } from '../../analysis/share.js';
import { explainInvocation } from '../explain-invocation.js';
import { buildForecastReport } from '../../report/build-forecast.js';
import { scenarioTables } from '../../report/build-scenarios.js';
import type { Table } from '../../report/model.js';
import { scenarioResults } from '../scenario-input.js';
import { buildVarianceReport } from '../../report/build-variance.js';
import { vendorSpellingKey, vendorDisplayKey } from '../../analysis/vendor-key.js';
import { finish, footerOf, type Io, prepare, scanJob } from '../context.js';
import { loadBudget, parseAmount, parseCount, parseGrowth, parsePercent } from '../money-options.js';
import type { CommonOptions } from '../options.js';
import { boardSavings } from './savings-for-board.js';
import { calendarOf, loadContracts } from './renewals-run.js';
import { buildRenewalsReport } from '../../report/build-renewals.js';
import { holdSnugHeap } from '../../io/heap.js';
import type { BoardOptions } from './board.js';

export async function runBoard(inputs: string[], opts: BoardOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { format: 'markdown', command: 'board', spendFigures: true, renewals: true });
  const n = parseCount(opts.runRateMonths ?? '3', '--run-rate-months');
  const growth = parseGrowth(opts.growth ?? [], ctx.config);
  const threshold = parsePercent(opts.threshold ?? '10%', '--threshold');
  const minAmount = parseAmount(opts.minAmount ?? '1000', '--min-amount');
  const budget = loadBudget(opts.budget, io.cwd, ctx.config);
  const contracts = loadContracts(opts.contracts, ctx);

  const ledger = new ItemLedger(vendorDisplayKey(ctx.config, true), vendorSpellingKey(true));
  // line and spend counts come from the reconciliation, which sums the same lines
  const savings = boardSavings(ctx, opts.register);
  // the board holds savings' lines: see io/heap.ts
  const heap = holdSnugHeap();
  try {
    const reconciliation = await scanToLedger(ledger, {
      ...scanJob(ctx, opts.threads),
      canonicalVendors: true,
      itemized: true,
      records: savings.records,
    });
    const facts = roundFacts(ledger.all());
    const coverage = coverageOf(reconciliation.dates.keys());
    const end = referenceDate(ctx.scan.to, ledger.months(), coverage);
    if (end === undefined) {
      const where = ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs';
      // a whole-company ledger where no line is technology yet: say so, not "no lines"
      if (reconciliation.excludedLines > 0)
        throw dataError(where, `nothing to report: no technology spend; all ${reconciliation.excludedLines} lines read (${ctx.config.currency} ${toGrouped(reconciliation.excludedTotal)}) are excluded as not technology`, 'run validate to see the largest excluded vendors and accounts, and add rules for the technology among them');
      throw dataError(where, 'nothing to report: no expense lines (in the date range)');
    }
    const fys = ctx.config.fiscalYearStart;
    const current = currentPeriod(end, 'month', fys);
    const previous = basePeriod(current, 'previous', 'month', fys);
    const monthly = budget ? monthlyBudget(budget.lines, fys) : undefined;
    const lookbackFrom = addMonths(previous.months.at(-1)!, 1 - DEFAULT_LOOKBACK);
    const history = {
      histories: buildHistories(facts.filter((f) => f.month >= lookbackFrom), (f) => f.category),
      baseMonths: previous.months,
      currentMonths: current.months,
      lookbackMonths: DEFAULT_LOOKBACK,
    };
    const variance = buildVarianceReport(facts, ctx.config, { by: 'category', against: 'previous', current, base: previous, materiality: { threshold, minAmount }, budget: undefined, history }, undefined);

    const window = runRateMonths(end, n);
    // months before the data starts are no data, not zero spend
    const months = coverage === undefined ? window : window.filter((m) => m >= firstCompleteMonth(coverage));
    if (months.length === 0) months.push(window.at(-1)!);
    const nextFy = `FY${fiscalYearOf(months.at(-1)!, fys) + 1}`;
    const nextBudgetMap = monthly ? budgetFor(monthly, monthsOfPeriod(nextFy, fys)!) : undefined;
    const hasNextBudget = nextBudgetMap !== undefined && nextBudgetMap.size > 0;
    // vendors billed in lumps, as forecast finds them (one figure in forecast, board and explain --forecast)
    const lumps = { vendors: forecastLumps(savings.records.source(), facts), yearMonths: monthsOfPeriod(nextFy, fys)! };
    const forecast = computeForecast(facts, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, hasNextBudget ? nextBudgetMap : undefined, { trailing: runRateMonths(end, 12), lumps });
    const rateNotes = runRateNotes(forecast.basis, coverage, ctx.scan.to, months, ctx.config.currency, (c) => labelOf(c, 'category', ctx.config));
    const lumpText = lumpNote(lumps.vendors, forecast.bills ?? [], nextFy, ctx.config.currency);
    if (lumpText !== undefined) rateNotes.push(lumpText);
    if (months.length < window.length) rateNotes.unshift(`The run rate rests on ${months.length} month${months.length === 1 ? '' : 's'} only (${months.join(', ')}), not ${n}: the data starts on ${coverage!.first}.`);
    const forecastReport = buildForecastReport(ctx.config, { months, fiscalYear: nextFy, rows: forecast.rows, total: forecast.total, growthNotes: rateNotes }, undefined);
    const periodNotes = [partialLastNote(coverage, ctx.scan.to, current.months), ...coverageNotes(coverage, [...previous.months, ...current.months], 'the month-on-month comparison')].filter((x): x is string => x !== undefined);
    const nextBudget = hasNextBudget ? [...nextBudgetMap!.values()].reduce((a, b) => add(a, b), ZERO as Decimal) : undefined;

    // "Scenarios": the config's next-year scenarios on the forecast's run rate
    let scenarioSections: Table[] | undefined;
    if (ctx.config.scenarios !== undefined) {
      // scenarios rest on the run rate as `forecast --scenario` builds it (annual bills not yet a scenario step)
      const plain = computeForecast(facts, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, undefined, { trailing: runRateMonths(end, 12) });
      const { results, yearMonths } = scenarioResults(ctx.config.scenarios, ctx.config, nextFy, plain.rows, plain.basis);
      scenarioSections = scenarioTables(ctx.config, { fiscalYear: nextFy, months, yearMonths, results, source: ctx.config.path });
    }
    const savingsResult = savings.build(end);
    // unit economics: every configured driver, the config's per: (else revenue) leading
    const driverNames = [...new Set(ctx.config.drivers.map((d) => d.driver))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    function rank(d: string): number {
      return ctx.config.per !== undefined && driverNameMatches(ctx.config.per, d) ? 0 : d === 'revenue' ? 1 : 2;
    }
    const series = driverNames.map((d) => driverSeries(ctx.config.drivers, d)!);
    // the pack's cents (rounded once per run), so its spend is the board's other tables' to the cent
    const shownFacts = series.length > 0 ? facts : [];
    const unitFacts = series.length > 0 && ctx.config.allocations.size > 0 ? allocateShared(shownFacts, ctx.config).facts : shownFacts;
    const unitEconomics = boardUnitEconomics(shownFacts, unitFacts, ctx.config, series, current.months.at(-1)!);
    // renewals as of the board's reference date, from the same records
    const renewals = calendarOf(ctx, savings.records.source(), end, 90, contracts);
    const built = buildBoardReport({
      facts,
      config: ctx.config,
      end,
      current,
      previous,
      budget: monthly,
      variance,
      forecast: { fiscalYear: nextFy, months, rows: forecast.rows, total: forecast.total, report: forecastReport, nextBudget, basis: forecast.basis },
      dataCoverage: coverage,
      periodNotes,
      savings: savingsResult,
      renewals: buildRenewalsReport(ctx.config, renewals, undefined),
      coverage: {
        rules: ctx.config.rules.length,
        // technology lines only: excluded lines are in no board figure
        lines: reconciliation.rowsUsed - reconciliation.excludedLines,
        linesCategorized: reconciliation.rowsUsed - reconciliation.excludedLines - reconciliation.uncategorizedLines,
        spend: reconciliation.reportTotal,
        spendCategorized: sub(reconciliation.reportTotal, reconciliation.uncategorizedTotal),
        neverWin: ctx.config.rules.filter((r) => !savings.records.wins.has(r.id)).map((r) => r.id),
      },
      unitEconomics,
      footer: footerOf(reconciliation, ctx.config.currency),
      warnings: [],
      scenarios: scenarioSections,
    });
    // each headline figure and function figure: the explain command that opens it (report/refs);
    // the refs carry --to (the board's reference date), so the user's --to is not repeated
    const fytdMonths = new Set(monthsOfPeriod(built.parameters['fiscal year']!, fys)!.filter((m) => m <= current.months.at(-1)!));
    const revenue = revenueGeneratingShare(facts.filter((f) => fytdMonths.has(f.month)), ctx.config);
    const refInput = boardRefInput(built, variance, { config: ctx.config, end, previousMonth: previous.months.at(-1)!, revenue: revenue.categories.length > 0 ? revenue.revenue : undefined, runRateMonths: n, options: { budget: opts.budget, register: opts.register, growth: opts.growth } });
    const report = withRefs(built, boardRefs(refInput), explainInvocation(inputs, opts, { withTo: false }));
    setExit(await finish(ctx, report, reconciliation, facts, budget?.lines, renewals));
  } finally {
    heap.release();
    savings.records.dispose();
  }
}
