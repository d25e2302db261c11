import type { Command } from 'commander';
import { budgetFor, monthlyBudget } from '../../analysis/budget.js';
import { computeForecast } from '../../analysis/forecast.js';
import { Ledger } from '../../analysis/ledger.js';
import { referenceDate, runRateMonths } from '../../analysis/window.js';
import { dataError, usageError } from '../../diagnostic.js';
import { scanInputs } from '../../io/scan.js';
import { toExact, ZERO } from '../../money/decimal.js';
import { fiscalYearOf, monthsOfPeriod } from '../../period/period.js';
import { buildForecastReport } from '../../report/build-forecast.js';
import { labelOf } from '../../report/dimensions.js';
import { vendorDisplayKey } from '../vendor-key.js';
import { finish, footerOf, type Io, prepare } from '../context.js';
import { collect, loadBudget, parseCount, parseGrowth } from '../money-options.js';
import { addCommonOptions, type CommonOptions } from '../options.js';

interface ForecastOptions extends CommonOptions {
  runRateMonths?: string;
  growth?: string[];
  budget?: string;
  fiscalYear?: string;
}

export function registerForecast(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('forecast')
    .description('next fiscal year per category: run rate of the last complete months × 12 × (1 + growth), against the budget')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--run-rate-months <n>', 'complete months the run rate averages', '3')
    .option('--growth <assumption>', 'growth for every category (5%) or one (cloud=20%); repeatable', collect)
    .option('--budget <csv>', 'budget file with category,period,amount (default: the budget in the config)')
    .option('--fiscal-year <FY>', 'the fiscal year projected, e.g. FY2027 (default: the one after the last complete month)');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
The run rate is the mean monthly spend over the last --run-rate-months complete months ending on
or before --to (default: the latest month in the data); the forecast covers the next fiscal year.

Columns (csv): category,run_rate_monthly,growth,forecast,budget,gap  (growth as a fraction: 0.2000 = 20%)

Examples:
  techspend forecast --demo
  techspend forecast gl.csv --run-rate-months 6 --growth 5% --growth data=25%
  techspend forecast gl.csv --budget budget.csv --format csv
  techspend forecast --demo --budget fixtures/demo/budget.csv --fiscal-year FY2027`,
  );
  cmd.action(async (inputs: string[], opts: ForecastOptions) => {
    const ctx = prepare(inputs, opts, io);
    const n = parseCount(opts.runRateMonths ?? '3', '--run-rate-months');
    const growth = parseGrowth(opts.growth ?? [], ctx.config);
    const budget = loadBudget(opts.budget, io.cwd, ctx.config);
    const ledger = new Ledger(vendorDisplayKey(ctx.config, false));
    const { reconciliation } = await scanInputs(ctx.paths, ctx.config, { line: (l, _b, c) => ledger.addLine(l, c) }, ctx.scan);
    const end = referenceDate(ctx.scan.to, ledger.months());
    if (end === undefined) throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to forecast from: no expense lines (in the date range)');
    const months = runRateMonths(end, n);
    const fy = opts.fiscalYear?.trim().toUpperCase() ?? `FY${fiscalYearOf(months.at(-1)!, ctx.config.fiscalYearStart) + 1}`;
    if (!/^FY\d{4}$/.test(fy)) throw usageError(`--fiscal-year needs a fiscal year like FY2027, got "${opts.fiscalYear}"`);
    const warnings: string[] = [];
    const seen = new Set(ledger.months());
    const empty = months.filter((m) => !seen.has(m));
    if (empty.length > 0) warnings.push(`no spend at all in ${empty.join(', ')}: the run rate counts ${empty.length === 1 ? 'it' : 'them'} as zero (check --run-rate-months or --to)`);
    let budgetMap = budget ? budgetFor(monthlyBudget(budget.lines, ctx.config.fiscalYearStart), monthsOfPeriod(fy, ctx.config.fiscalYearStart)!) : undefined;
    const growthNotes: string[] = [];
    if (budget && budgetMap?.size === 0) {
      growthNotes.push(`The budget has no line for ${fy}: no comparison.`);
      budgetMap = undefined;
    }
    if (growth.all !== undefined) growthNotes.push(`Growth ${pct(growth.all)} for every category${growth.byCategory.size > 0 ? ' not named below' : ''}.`);
    for (const [id, g] of [...growth.byCategory].sort()) growthNotes.push(`Growth for ${labelOf(id, 'category', ctx.config)}: ${pct(g)}.`);
    const { rows, total } = computeForecast(ledger.all(), months, (c) => growth.byCategory.get(c) ?? growth.all ?? ZERO, budgetMap);
    const report = buildForecastReport(ctx.config, { months, fiscalYear: fy, rows, total, growthNotes, parameters: { 'run-rate-months': String(n) } }, footerOf(reconciliation), warnings);
    setExit(finish(ctx, report, reconciliation, ledger.all()));
  });
}

function pct(fraction: { units: bigint; scale: number }): string {
  const s = toExact({ units: fraction.units * 100n, scale: fraction.scale });
  return `${fraction.units < 0n ? '' : '+'}${s}%`;
}
