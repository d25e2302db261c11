/** `techspend report`, the action: loaded only when the command runs (see report.ts for its options). */
import { Ledger } from '../../analysis/ledger.js';
import { usageError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/engine/index.js';
import { reportVendorDetail, vendorSpellingKey, vendorDisplayKey, type VendorDetail, vendorScope } from '../../analysis/vendor-key.js';
import { loadBudget } from '../money-options.js';
import { parseDimensions, parsePeriod } from '../period-options.js';
import { loadDrivers, perDriver } from '../driver-options.js';
import { composeSpendReport } from '../../report/spend-pack.js';
import { explainInputs, explainInvocation } from '../explain-invocation.js';
import { anyCapitalized } from '../../analysis/capex.js';
import { finish, type Io, prepare, scanJob } from '../context.js';
import type { ReportOptions } from './report.js';

export async function runReport(inputs: string[], opts: ReportOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { command: 'report', spendFigures: true });
  if (opts.capex && !anyCapitalized(ctx.config)) throw usageError('--capex: no category or rule of the config capitalizes any of its spend', 'mark a share under categories or on a rule, e.g. capitalize: 60% (and usefulLife: 36)');
  const by = parseDimensions(opts.by, ['category']);
  const period = parsePeriod(opts.period, 'month');
  // allocation splits shared spend fact by fact: keep the vendor grain of allocated categories
  // wherever functions are shown (report, board and variance then agree to the cent); drop it
  // where nothing reads it
  const vendors: VendorDetail = reportVendorDetail(by);
  const budget = loadBudget(opts.budget, io.cwd, ctx.config)?.lines;
  if (opts.drivers !== undefined && opts.per === undefined) throw usageError('--drivers needs --per <driver>', 'e.g. --per revenue');
  if (opts.per !== undefined && by.length > 1) throw usageError('--per takes one --by', 'e.g. --per revenue --by function');
  const unit = opts.per === undefined ? undefined : perDriver(opts.per, loadDrivers(opts.drivers, io.cwd, ctx.config));
  const ledger = new Ledger(vendorDisplayKey(ctx.config, vendors), false, vendorScope(ctx.config, vendors), vendorSpellingKey(vendors));
  const reconciliation = await scanToLedger(ledger, {
    ...scanJob(ctx, opts.threads), canonicalVendors: vendors });
  const { report, facts } = composeSpendReport({
    config: ctx.config,
    facts: ledger.all(),
    reconciliation,
    by,
    period,
    allocate: opts.allocate !== false,
    budget,
    unit,
    capex: opts.capex === true,
    ...(opts.capex === true ? { capexFacts: ledger.capexFacts() } : {}),
    invocation: explainInvocation(explainInputs(inputs, reconciliation), opts),
  });
  setExit(await finish(ctx, report, reconciliation, facts, budget));
}
