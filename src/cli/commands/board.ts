import type { Command } from 'commander';
import { budgetFor, monthlyBudget } from '../../analysis/budget.js';
import { computeForecast } from '../../analysis/forecast.js';
import { ItemLedger } from '../../analysis/item-ledger.js';
import { basePeriod, currentPeriod, referenceDate, runRateMonths } from '../../analysis/window.js';
import { dataError } from '../../diagnostic.js';
import { scanInputs } from '../../io/scan.js';
import { add, type Decimal, ZERO } from '../../money/decimal.js';
import { fiscalYearOf, monthsOfPeriod } from '../../period/period.js';
import { buildBoardReport } from '../../report/build-board.js';
import { buildForecastReport } from '../../report/build-forecast.js';
import { buildVarianceReport } from '../../report/build-variance.js';
import { vendorDisplayKey } from '../vendor-key.js';
import { finish, footerOf, type Io, prepare } from '../context.js';
import { collect, loadBudget, parseAmount, parseCount, parseGrowth, parsePercent } from '../money-options.js';
import { addCommonOptions, type CommonOptions } from '../options.js';
import { boardSavings } from './savings-for-board.js';

interface BoardOptions extends CommonOptions {
  budget?: string;
  register?: string;
  runRateMonths?: string;
  growth?: string[];
  threshold?: string;
  minAmount?: string;
}

export function registerBoard(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('board')
    .description('the whole CFO-ready pack in one document: headline, where the money went, what moved and why, budget vs actual, what can be trimmed, next fiscal year, run/grow/transform, reconciliation')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--budget <csv>', 'budget with category,period,amount (default: the budget in the config)')
    .option('--register <yaml>', 'savings register (default: savings.yaml next to the config, when present)')
    .option('--run-rate-months <n>', 'complete months the run rate averages', '3')
    .option('--growth <pct>', 'growth for next year: <pct> for all, or <category>=<pct> (repeatable)', collect)
    .option('--threshold <pct>', 'a move is material from this share of the base', '10%')
    .option('--min-amount <amount>', 'and from this amount', '1000');
  addCommonOptions(cmd, 'markdown').addHelpText(
    'after',
    `
The month reported is the latest complete month in the data, or the one --to ends.

Examples:
  techspend board --demo
  techspend board --demo --format html -o board.html
  techspend board exports/ --budget budget.csv --register savings.yaml --format markdown -o board.md
  techspend board exports/ --fail-on uncategorized>2% --fail-on variance>15% --max-bytes 65000 >> "$GITHUB_STEP_SUMMARY"`,
  );
  cmd.action(async (inputs: string[], opts: BoardOptions) => {
    const ctx = prepare(inputs, opts, io, { format: 'markdown' });
    const n = parseCount(opts.runRateMonths ?? '3', '--run-rate-months');
    const growth = parseGrowth(opts.growth ?? [], ctx.config);
    const threshold = parsePercent(opts.threshold ?? '10%', '--threshold');
    const minAmount = parseAmount(opts.minAmount ?? '1000', '--min-amount');
    const budget = loadBudget(opts.budget, io.cwd, ctx.config);

    const ledger = new ItemLedger(vendorDisplayKey(ctx.config, true));
    const wins = new Map<string, number>();
    let lines = 0;
    let linesCategorized = 0;
    let spend: Decimal = ZERO;
    let spendCategorized: Decimal = ZERO;
    const savings = boardSavings(ctx, opts.register);
    const { reconciliation } = await scanInputs(
      ctx.paths,
      ctx.config,
      {
        line: (l, booked, c) => {
          ledger.addLine(l, c);
          savings.add(l, booked, c);
          lines++;
          spend = add(spend, booked);
          if (c.rule) {
            linesCategorized++;
            spendCategorized = add(spendCategorized, booked);
            wins.set(c.rule.id, (wins.get(c.rule.id) ?? 0) + 1);
          }
        },
      },
      ctx.scan,
    );
    const facts = ledger.all();
    const end = referenceDate(ctx.scan.to, ledger.months());
    if (end === undefined) throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to report: no expense lines (in the date range)');
    const fys = ctx.config.fiscalYearStart;
    const current = currentPeriod(end, 'month', fys);
    const previous = basePeriod(current, 'previous', 'month', fys);
    const monthly = budget ? monthlyBudget(budget.lines, fys) : undefined;
    const variance = buildVarianceReport(facts, ctx.config, { by: 'category', against: 'previous', current, base: previous, materiality: { threshold, minAmount }, budget: undefined }, undefined);

    const months = runRateMonths(end, n);
    const nextFy = `FY${fiscalYearOf(months.at(-1)!, fys) + 1}`;
    const nextBudgetMap = monthly ? budgetFor(monthly, monthsOfPeriod(nextFy, fys)!) : undefined;
    const hasNextBudget = nextBudgetMap !== undefined && nextBudgetMap.size > 0;
    const forecast = computeForecast(facts, months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, hasNextBudget ? nextBudgetMap : undefined);
    const forecastReport = buildForecastReport(ctx.config, { months, fiscalYear: nextFy, rows: forecast.rows, total: forecast.total, growthNotes: [] }, undefined);
    const nextBudget = hasNextBudget ? [...nextBudgetMap!.values()].reduce((a, b) => add(a, b), ZERO as Decimal) : undefined;

    const savingsResult = savings.build(end);
    const report = buildBoardReport({
      facts,
      config: ctx.config,
      end,
      current,
      previous,
      budget: monthly,
      variance,
      forecast: { fiscalYear: nextFy, months, rows: forecast.rows, total: forecast.total, report: forecastReport, nextBudget },
      savings: savingsResult,
      coverage: {
        rules: ctx.config.rules.length,
        lines,
        linesCategorized,
        spend,
        spendCategorized,
        neverWin: ctx.config.rules.filter((r) => !wins.has(r.id)).map((r) => r.id),
      },
      footer: footerOf(reconciliation),
      warnings: [],
    });
    setExit(finish(ctx, report, reconciliation, facts));
  });
}
