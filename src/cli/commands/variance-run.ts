/** `techspend variance`, the action: loaded only when the command runs (options and help in variance.ts). */
import { ItemLedger } from '../../analysis/item-ledger.js';
import { type Against, referenceDate } from '../../analysis/window.js';
import { DEFAULT_LOOKBACK } from '../../analysis/variance.js';
import { coverageOf } from '../../period/coverage.js';
import { dataError, usageError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/engine/index.js';
import type { VarianceDimension } from '../../report/build-variance.js';
import { composeVarianceReport } from '../../report/variance-pack.js';
import { vendorSpellingKey, vendorDisplayKey } from '../../analysis/vendor-key.js';
import { finish, type Io, prepare, scanJob } from '../context.js';
import { loadBudget, parseAmount, parseCount, parsePercent } from '../money-options.js';
import { parsePeriod } from '../period-options.js';
import { loadDrivers, perDriver } from '../driver-options.js';
import type { VarianceOptions } from './variance.js';

const AGAINST: readonly Against[] = ['previous', 'last-year', 'budget'];
const BY: readonly VarianceDimension[] = ['category', 'function', 'pool', 'vendor'];

export async function runVariance(inputs: string[], opts: VarianceOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { command: 'variance', spendFigures: true });
  const against = (opts.against ?? 'previous') as Against;
  if (!AGAINST.includes(against)) throw usageError(`unknown --against "${opts.against}"`, `use ${AGAINST.join(', ')}`);
  const by = (opts.by ?? 'category') as VarianceDimension;
  if (!BY.includes(by)) throw usageError(`unknown --by "${opts.by}"`, `use ${BY.join(', ')}`);
  const period = parsePeriod(opts.period, 'month');
  const threshold = parsePercent(opts.threshold ?? '10%', '--threshold');
  const minAmount = parseAmount(opts.minAmount ?? '1000', '--min-amount');
  const lookback = parseCount(opts.lookback ?? String(DEFAULT_LOOKBACK), '--lookback');
  const budget = loadBudget(opts.budget, io.cwd, ctx.config);
  if (against === 'budget' && budget === undefined) throw usageError('--against budget needs a budget', 'give --budget budget.csv (category,period,amount) or a budget in the config');
  const budgetShown = against === 'budget' || budget?.fromFlag === true;
  if (budgetShown && by !== 'category') throw usageError(`a budget is per category: use --by category with ${against === 'budget' ? '--against budget' : '--budget'}`);

  const ledger = new ItemLedger(vendorDisplayKey(ctx.config, true), vendorSpellingKey(true));
  const reconciliation = await scanToLedger(ledger, {
    ...scanJob(ctx, opts.threads), canonicalVendors: true, itemized: true });
  const coverage = coverageOf(reconciliation.dates.keys(), ledger.months());
  const end = referenceDate(ctx.scan.to, ledger.months(), coverage);
  if (end === undefined) throw dataError(ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs', 'nothing to compare: no expense lines (in the date range)');
  // volume of the business: only when a driver is asked for (--per, or per: in the config)
  const per = opts.per ?? (against === 'budget' ? undefined : ctx.config.per);
  if (opts.drivers !== undefined && per === undefined) throw usageError('--drivers needs --per <driver>', 'e.g. --per revenue');
  if (per !== undefined && against === 'budget') throw usageError('--per splits a change between two periods: use --against previous or last-year');
  const series = per === undefined ? undefined : perDriver(per, loadDrivers(opts.drivers, io.cwd, ctx.config));
  const { report, facts: allFacts } = composeVarianceReport({
    config: ctx.config,
    facts: ledger.all(),
    factsIn: (months) => ledger.all(months),
    months: ledger.months(),
    reconciliation,
    coverage,
    end,
    to: ctx.scan.to,
    by,
    against,
    period,
    materiality: { threshold, minAmount },
    lookback,
    allocate: opts.allocate !== false,
    budget: budget?.lines,
    budgetShown,
    series,
  });
  // --fail-on reads every month (budget overruns in any period)
  setExit(await finish(ctx, report, reconciliation, ctx.failOn.length > 0 ? allFacts : undefined, budget?.lines));
}
