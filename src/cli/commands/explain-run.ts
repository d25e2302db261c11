/**
 * `techspend explain`, the action: loaded only when the command runs (options and help in
 * explain.ts). Read → compute → render: what the options ask (cli/explain-options.ts), the lines
 * the scan feeds to the explanation (report/explain-line.ts, report/explain-cell-lines.ts), then
 * render and write (finish). The derived figures run in explain-derived-run.ts.
 */
import { scanLines } from '../../io/engine/lines.js';
import { explainCellLines } from '../../report/explain-cell-lines.js';
import { explainLineAt } from '../../report/explain-line.js';
import { finish, footerOf, type Io, prepare, type RunContext } from '../context.js';
import { type ExplainDerivedRequest, explainCellRequest, explainDerivedRequest, lineTarget, readExplainOptions } from '../explain-options.js';
import type { ExplainOptions } from './explain.js';

export async function runExplain(inputs: string[], opts: ExplainOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const asked = readExplainOptions(opts);
  const ctx = await prepare([...inputs, ...asked.extraInputs], opts, io, { command: 'explain', checks: false });
  if (asked.mode === 'derived') return runDerived(ctx, explainDerivedRequest(opts, asked.period, ctx.config), opts, setExit);
  if (asked.mode === 'line') {
    const at = explainLineAt(ctx.config, lineTarget(opts.line!));
    const { reconciliation } = await scanLines(ctx.paths, ctx.config, at.sink, ctx.scan, ctx.opts.engine, ctx.note);
    setExit(await finish(ctx, at.report(reconciliation.rejections), undefined));
    return;
  }
  const request = explainCellRequest(opts, asked.period, ctx.config);
  const lines = explainCellLines(ctx.config, request.cell, request);
  const { reconciliation } = await scanLines(ctx.paths, ctx.config, lines.sink, ctx.scan, ctx.opts.engine, ctx.note);
  const report = lines.report({ rejections: request.includeRejected ? reconciliation.rejections : undefined, footer: footerOf(reconciliation, ctx.config.currency), capex: request.capex });
  setExit(await finish(ctx, report, reconciliation));
}

/** --variance, --forecast, --budget-to-date, --savings: figures computed from others (explain-derived-run). */
async function runDerived(ctx: RunContext, request: ExplainDerivedRequest, opts: ExplainOptions, setExit: (code: number) => void): Promise<void> {
  const { runExplainBudget, runExplainForecast, runExplainSavings, runExplainVariance } = await import('./explain-derived-run.js');
  switch (request.kind) {
    case 'savings':
      return runExplainSavings(ctx, request.candidate, setExit);
    case 'variance':
      return runExplainVariance(ctx, request.category, request.period, opts, setExit);
    case 'forecast':
      return runExplainForecast(ctx, request.category, opts, setExit);
    case 'budget-to-date':
      return runExplainBudget(ctx, request.category, request.period, opts, setExit);
  }
}
