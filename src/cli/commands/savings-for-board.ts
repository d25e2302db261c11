/**
 * The board's "what can be trimmed" part: the same records, detectors, register and report as
 * `techspend savings` (default thresholds), collected during the board's single scan.
 */
import type { SavingsCollector } from '../../analysis/savings/source.js';
import { SpillingCollector } from '../../io/spill.js';
import { DEFAULT_THRESHOLDS } from '../../analysis/savings/thresholds.js';
import { add, type Decimal, ZERO } from '../../money/decimal.js';
import type { Report } from '../../report/model.js';
import type { RunContext } from '../context.js';
import { savingsReportOf } from '../../report/savings-pack.js';
import { readRegister } from '../savings-register.js';
import { inputsWhere } from '../inputs-where.js';
import type { SavingsItem } from '../../analysis/savings/register.js';

export interface BoardSavings {
  /** the lines' records the detectors read (filled by the board's scan) */
  records: SavingsCollector;
  /** the savings report, and the annual amount committed but not yet in the run rate */
  build(asOf: string): { report: Report; committed: Decimal };
  /** the savings register read (scenario landings name its items by id) */
  register: { path: string; items: SavingsItem[] } | undefined;
}

export function boardSavings(ctx: RunContext, registerFlag: string | undefined): BoardSavings {
  const register = readRegister(registerFlag, ctx.origin, ctx.config.dir, ctx.io.cwd, ctx.config, ctx.note);
  const collector = new SpillingCollector();
  return {
    register,
    records: collector,
    build(asOf) {
      ctx.phase('looking for savings');
      const report = savingsReportOf(ctx.config, inputsWhere(ctx.paths), collector.source(), { thresholds: DEFAULT_THRESHOLDS, minSaving: ZERO, asOf, register }, undefined);
      // approved and in-progress items are decided but not yet visible in the run rate
      let committed: Decimal = ZERO;
      for (const item of register?.items ?? []) if (item.status === 'approved' || item.status === 'in-progress') committed = add(committed, item.annual);
      return { report, committed };
    },
  };
}
