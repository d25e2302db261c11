import type { Command } from 'commander';
import { allocateShared } from '../../analysis/allocation.js';
import { budgetFor, monthlyBudget } from '../../analysis/budget.js';
import { ItemLedger } from '../../analysis/item-ledger.js';
import type { ItemFact } from '../../analysis/variance.js';
import { type Against, basePeriod, currentPeriod, referenceDate } from '../../analysis/window.js';
import { dataError, usageError } from '../../diagnostic.js';
import { scanInputs } from '../../io/scan.js';
import { buildVarianceReport, type VarianceDimension } from '../../report/build-variance.js';
import { vendorDisplayKey } from '../vendor-key.js';
import { finish, footerOf, type Io, prepare } from '../context.js';
import { loadBudget, parseAmount, parsePercent } from '../money-options.js';
import { addCommonOptions, type CommonOptions } from '../options.js';
import { parsePeriod } from './report.js';

interface VarianceOptions extends CommonOptions {
  against?: string;
  by?: string;
  period?: string;
  threshold?: string;
  minAmount?: string;
  budget?: string;
  allocate?: boolean;
}

const AGAINST: readonly Against[] = ['previous', 'last-year', 'budget'];
const BY: readonly VarianceDimension[] = ['category', 'function', 'pool', 'vendor'];

export function registerVariance(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('variance')
    .description('why spend moved: the last complete period against the previous one, a year earlier, or the budget, with the causes of each change')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--against <base>', 'previous | last-year | budget', 'previous')
    .option('--by <dimension>', 'category | function | pool | vendor', 'category')
    .option('--period <kind>', 'month | quarter | year | fiscal-year | fiscal-quarter', 'month')
    .option('--threshold <pct>', 'a move is material from this share of the base', '10%')
    .option('--min-amount <amount>', 'and from this amount (reporting currency)', '1000')
    .option('--budget <csv>', 'budget file with category,period,amount (default: the budget in the config)')
    .option('--no-allocate', 'with --by function: keep shared categories as their own function');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
Compares the last period ending on or before --to (default: the latest month in the data) with
the one before it, the same period a year earlier, or the budget.

Columns (csv): category,base,current,change,change_pct,expansion,new_capability,discontinued
  (+ budget,remaining with a budget; + price,volume where the lines carry quantities)
  change = expansion + new_capability + discontinued, exactly.

Examples:
  techspend variance --demo
  techspend variance gl.csv --against last-year --period quarter
  techspend variance gl.csv --against budget --budget budget.csv
  techspend variance exports/ --by vendor --threshold 5% --min-amount 500 --format csv`,
  );
  cmd.action(async (inputs: string[], opts: VarianceOptions) => {
    const ctx = prepare(inputs, opts, io);
    const against = (opts.against ?? 'previous') as Against;
    if (!AGAINST.includes(against)) throw usageError(`unknown --against "${opts.against}"`, `use ${AGAINST.join(', ')}`);
    const by = (opts.by ?? 'category') as VarianceDimension;
    if (!BY.includes(by)) throw usageError(`unknown --by "${opts.by}"`, `use ${BY.join(', ')}`);
    const period = parsePeriod(opts.period, 'month');
    const threshold = parsePercent(opts.threshold ?? '10%', '--threshold');
    const minAmount = parseAmount(opts.minAmount ?? '1000', '--min-amount');
    const budget = loadBudget(opts.budget, io.cwd, ctx.config);
    if (against === 'budget' && budget === undefined) throw usageError('--against budget needs a budget', 'give --budget budget.csv (category,period,amount) or a budget in the config');
    const budgetShown = against === 'budget' || budget?.fromFlag === true;
    if (budgetShown && by !== 'category') throw usageError(`a budget is per category: use --by category with ${against === 'budget' ? '--against budget' : '--budget'}`);

    const ledger = new ItemLedger(vendorDisplayKey(ctx.config, true));
    const { reconciliation } = await scanInputs(ctx.paths, ctx.config, { line: (l, _b, c) => ledger.addLine(l, c) }, ctx.scan);
    const end = referenceDate(ctx.scan.to, ledger.months());
    if (end === undefined) throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to compare: no expense lines (in the date range)');
    const current = currentPeriod(end, period, ctx.config.fiscalYearStart);
    const base = against === 'budget' ? undefined : basePeriod(current, against, period, ctx.config.fiscalYearStart);

    let facts: (ItemFact & { fn?: string })[] = ledger.all();
    const notes: string[] = [];
    if (by === 'function' && opts.allocate !== false && ctx.config.allocations.size > 0) {
      const allocated = allocateShared(facts, ctx.config);
      facts = allocated.facts;
      notes.push(...allocated.notes);
    }
    const warnings: string[] = [];
    const months = new Set(ledger.months());
    if (!current.months.some((m) => months.has(m))) warnings.push(`no spend in ${current.label}, the period compared (check --to or --period)`);
    if (base && !base.months.some((m) => months.has(m))) warnings.push(`no spend in ${base.label}, the base period: all current spend shows as new capability`);
    const budgetMap = budget ? budgetFor(monthlyBudget(budget.lines, ctx.config.fiscalYearStart), current.months) : undefined;
    if (against === 'budget' && budgetMap?.size === 0) warnings.push(`the budget has no line for ${current.label}: all spend is unbudgeted`);

    const report = buildVarianceReport(
      facts,
      ctx.config,
      { by, against, current, base, materiality: { threshold, minAmount }, budget: budgetShown ? budgetMap : undefined, notes, parameters: { period } },
      footerOf(reconciliation),
      warnings,
    );
    setExit(finish(ctx, report, reconciliation, ledger.all()));
  });
}
