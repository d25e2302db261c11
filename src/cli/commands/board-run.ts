/** `techspend board`, the action: loaded only when the command runs (options and help in board.ts). */
import { forecastLumps } from '../forecast-lumps-input.js';
import { roundFacts } from '../../report/display-rounding.js';
import { ItemLedger } from '../../analysis/item-ledger.js';
import { referenceDate } from '../../analysis/window.js';
import { coverageOf } from '../../period/coverage.js';
import { dataError } from '../../diagnostic.js';
import { scanToLedger } from '../../io/engine/index.js';
import { toGrouped } from '../../money/decimal.js';
import { composeBoardReport } from '../../report/board-pack.js';
import { anyCapitalized } from '../../analysis/capex.js';
import { scenariosLinked } from '../../analysis/scenario-results.js';
import { calendarOf } from '../../analysis/renewals/calendar-of.js';
import { explainInputs, explainInvocation } from '../explain-invocation.js';
import { vendorSpellingKey, vendorDisplayKey } from '../../analysis/vendor-key.js';
import { finish, type Io, prepare, scanJob } from '../context.js';
import { loadBudget, parseAmount, parseCount, parseGrowth, parsePercent } from '../money-options.js';
import { boardSavings } from './savings-for-board.js';
import { DEFAULT_THRESHOLDS } from '../../analysis/savings/thresholds.js';
import { loadContracts } from '../contracts-input.js';
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
      savings: { thresholds: DEFAULT_THRESHOLDS, register: savings.register?.items ?? [] },
    });
    const facts = roundFacts(ledger.all());
    const coverage = coverageOf(reconciliation.dates.keys(), ledger.months());
    const end = referenceDate(ctx.scan.to, ledger.months(), coverage);
    if (end === undefined) {
      const where = ctx.paths.length === 1 ? (ctx.paths[0] === '-' ? 'stdin' : ctx.paths[0]!) : 'inputs';
      // a whole-company ledger where no line is technology yet: say so, not "no lines"
      if (reconciliation.excludedLines > 0)
        throw dataError(where, `nothing to report: no technology spend; all ${reconciliation.excludedLines} lines read (${ctx.config.currency} ${toGrouped(reconciliation.excludedTotal)}) are excluded as not technology`, 'run validate to see the largest excluded vendors and accounts, and add rules for the technology among them');
      throw dataError(where, 'nothing to report: no expense lines (in the date range)');
    }
    const savingsResult = savings.build(end, { lines: reconciliation.uncategorizedLines, amount: reconciliation.uncategorizedTotal });
    // scenario landings that name a saving by id: the register's amount, or a candidate's
    const linked = ctx.config.scenarios === undefined ? undefined : scenariosLinked(ctx.config.scenarios, ctx.config, savings.register, savings.records.source());
    // renewals as of the board's reference date, from the same records
    const renewals = calendarOf(ctx.config, savings.records.source(), end, 90, contracts);
    const report = composeBoardReport({
      // vendors billed in lumps, as forecast finds them (one figure in forecast, board and explain --forecast)
      lumpVendors: forecastLumps(savings.records.source(), ledger.all()),
      config: ctx.config,
      facts,
      reconciliation,
      coverage,
      end,
      to: ctx.scan.to,
      runRateMonths: n,
      growth,
      materiality: { threshold, minAmount },
      budget: budget?.lines,
      savings: savingsResult,
      renewals,
      rulesWon: savings.records.wins,
      refOptions: { budget: opts.budget, register: opts.register, growth: opts.growth },
      invocation: explainInvocation(explainInputs(inputs, reconciliation), opts, { withTo: false }),
      ...(linked !== undefined ? { scenarios: linked } : {}),
      ...(anyCapitalized(ctx.config) ? { capexFacts: roundFacts(ledger.capexFacts()) } : {}),
    });
    setExit(await finish(ctx, report, reconciliation, facts, budget?.lines, renewals));
  } finally {
    heap.release();
    savings.records.dispose();
  }
}
