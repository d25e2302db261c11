/** `techspend report`, the action: loaded only when the command runs (see report.ts for its options). */
import { roundFacts, withExactData } from '../../report/display-rounding.js';
import { Ledger } from '../../analysis/ledger.js';
import { usageError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/engine/index.js';
import { PERIOD_KINDS, type PeriodKind } from '../../period/period.js';
import { buildSpendReport } from '../../report/build-spend.js';
import { type Dimension, DIMENSIONS } from '../../report/dimensions.js';
import { reportVendorDetail, vendorSpellingKey, vendorDisplayKey, type VendorDetail, vendorScope } from '../../analysis/vendor-key.js';
import { loadBudget } from '../money-options.js';
import { loadDrivers, perDriver } from '../driver-options.js';
import { buildUnitEconomicsReport } from '../../report/build-unit-economics.js';
import { moneyTalk } from '../../report/build-mix.js';
import { spendListing, spendRefs, withRefs } from '../../report/refs.js';
import { explainInvocation } from '../explain-invocation.js';
import { anyCapitalized } from '../../analysis/capex.js';
import { withCapexView } from '../../report/build-capex.js';
import { finish, footerOf, type Io, prepare, scanJob } from '../context.js';
import type { ReportOptions } from './report.js';

export function parseDimensions(values: string[] | undefined, fallback: Dimension[]): Dimension[] {
  const by = values && values.length > 0 ? values.flatMap((v) => v.split(',')).map((v) => v.trim()) : fallback;
  for (const d of by) if (!(DIMENSIONS as readonly string[]).includes(d)) throw usageError(`unknown --by "${d}"`, `use ${DIMENSIONS.join(', ')}`);
  return by as Dimension[];
}

export function parsePeriod(value: string | undefined, fallback: PeriodKind): PeriodKind {
  const p = value ?? fallback;
  if (!(PERIOD_KINDS as readonly string[]).includes(p)) throw usageError(`unknown --period "${p}"`, `use ${PERIOD_KINDS.join(', ')}`);
  return p as PeriodKind;
}

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
  const exact = ledger.all();
  const facts = roundFacts(exact);
  if (unit !== undefined) {
    // unit economics (allocated where functions are shown) against the driver, in two views as
    // every report: the tables at the run's cents (the spend is report's to the cent), the data exact
    const months = [...new Set(facts.map((f) => f.month))].sort();
    const unitReport = (fs: typeof exact) => {
      const mixed = moneyTalk(fs, ctx.config, by, { allocate: opts.allocate !== false, budget: undefined });
      return buildUnitEconomicsReport(mixed.facts, ctx.config, { by: by[0]!, series: unit, months }, footerOf(reconciliation, ctx.config.currency), mixed.additions.notes);
    };
    const report = withExactData(unitReport(facts), unitReport(exact));
    setExit(await finish(ctx, report, reconciliation, facts, budget));
    return;
  }
  const build = (fs: typeof exact) => {
    const mix = moneyTalk(fs, ctx.config, by, { allocate: opts.allocate !== false, budget });
    return buildSpendReport(mix.facts, ctx.config, { by, period, ...mix.additions }, footerOf(reconciliation, ctx.config.currency));
  };
  const shown = build(facts);
  const built = withExactData(shown, build(exact));
  // every cell: the explain command that opens it (report/refs), with the figure as the tables show it
  const invocation = explainInvocation(inputs, opts);
  const withLinks = withRefs(built, spendRefs(shown, by, period, { allocate: opts.allocate !== false }), invocation, spendListing(shown, by, period, invocation));
  // capex: the facts with the spend of rules that have their own share kept apart, at the same cents
  const report = opts.capex ? withCapexView(withLinks, roundFacts(ledger.capexFacts()), ctx.config, period) : withLinks;
  setExit(await finish(ctx, report, reconciliation, facts, budget));
}
