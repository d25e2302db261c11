/** `techspend categorize`, the action: loaded only when the command runs (options and help in categorize.ts). */
import { CentCarry } from '../../money/apportion.js';
import { openOutput } from '../../io/output-stream.js';
import { scanInputs } from '../../io/scan.js';
import { buildCategorizeReport, categorizedRows } from '../../report/build-categorize.js';
import type { Row } from '../../report/model.js';
import { renderCsv } from '../../render/csv.js';
import { categorizedCsv } from '../../render/categorized-csv.js';
import type { Reconciliation } from '../../analysis/reconciliation.js';
import { scanToCsvParts, threadCount } from '../../io/workers/parallel.js';
import { finish, footerOf, type Io, prepare, type RunContext, scanJob } from '../context.js';
import type { CommonOptions } from '../options.js';
import type { ExpenseLine } from '../../ingest/line.js';
import type { Categorization } from '../../rules/engine.js';
import { engineFor, scanToLedger } from '../../io/engine/index.js';
import type { EngineChoice } from '../../io/engine/choose.js';
import type { RowSink } from '../../io/engine/row-pipeline.js';
import { Ledger } from '../../analysis/ledger.js';

export async function runCategorize(inputs: string[], opts: CommonOptions & { threads?: string }, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { command: 'categorize' });
  threadCount(opts.threads); // a bad --threads is a usage error whatever the format
  const choice = await engineFor({ ...scanJob(ctx, opts.threads), canonicalVendors: 'none' });
  if (ctx.format === 'csv' && ctx.opts.compareTo === undefined) {
    setExit(await streamCsv(ctx, opts.threads, choice));
    return;
  }
  const rows: Row[] = [];
  // excluded lines too: categorize shows every line with its scope; each scope's lines add up to its total
  const carry = new CentCarry();
  const excludedCarry = new CentCarry();
  const add = (l: ExpenseLine, _b: unknown, c: Categorization) => rows.push(...categorizedRows(l, c, ctx.config, carry));
  const addExcluded = (l: ExpenseLine, _b: unknown, c: Categorization) => rows.push(...categorizedRows(l, c, ctx.config, excludedCarry));
  const reconciliation = await linesOf(ctx, opts.threads, choice, { line: add, excluded: addExcluded });
  setExit(await finish(ctx, buildCategorizeReport(rows, ctx.config, footerOf(reconciliation, ctx.config.currency)), reconciliation));
}

/** CSV rows written as lines are read (bounded memory), byte for byte what the collected report renders. */
async function streamCsv(ctx: RunContext, threads: string | undefined, choice: EngineChoice): Promise<number> {
  const out = openOutput(ctx.opts.output, ctx.io.stdout);
  const empty = buildCategorizeReport([], ctx.config, undefined);
  try {
    out.write(renderCsv(empty));
    const carry = new CentCarry();
    // a large file: its parts' rows written on every core, then copied out in file order
    const parts = choice.engine === 'duckdb' ? undefined : await scanToCsvParts(scanJob(ctx, threads), (l, c) => categorizedCsv(l, c, ctx.config, carry));
    let reconciliation: Reconciliation;
    if (parts !== undefined) {
      try {
        for (const f of parts.files) out.writeFile(f);
      } finally {
        parts.remove();
      }
      reconciliation = parts.reconciliation;
    } else {
      // the output buffers what it is given and writes it out in large pieces
      const excludedCarry = new CentCarry();
      const write = (l: ExpenseLine, _b: unknown, c: Categorization) => out.write(categorizedCsv(l, c, ctx.config, carry));
      const writeExcluded = (l: ExpenseLine, _b: unknown, c: Categorization) => out.write(categorizedCsv(l, c, ctx.config, excludedCarry));
      reconciliation = await linesOf(ctx, threads, choice, { line: write, excluded: writeExcluded });
    }
    await out.close();
    // the rest of the run's duties (rejections, --strict, --fail-on) without rendering again
    const quiet: RunContext = { ...ctx, opts: { ...ctx.opts, output: undefined }, io: { ...ctx.io, stdout: { write: (_text: unknown, done?: () => void) => (done?.(), true) } as unknown as NodeJS.WritableStream } };
    return await finish(quiet, buildCategorizeReport([], ctx.config, footerOf(reconciliation, ctx.config.currency)), reconciliation);
  } catch (e) {
    out.abort();
    throw e;
  }
}

/** Every line in file order to `sink`: read on this thread by the node engine, or by DuckDB (io/engine/lines-in-order.ts). */
async function linesOf(ctx: RunContext, threads: string | undefined, choice: EngineChoice, sink: RowSink): Promise<Reconciliation> {
  if (choice.engine === 'node') return (await scanInputs(ctx.paths, ctx.config, sink, ctx.scan)).reconciliation;
  // the engine sums a ledger as it reads (the reconciliation's totals); categorize keeps only the lines
  return scanToLedger(new Ledger(), { ...scanJob(ctx, threads), canonicalVendors: 'none', lines: sink }, choice);
}
