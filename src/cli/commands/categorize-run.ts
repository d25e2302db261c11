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

export async function runCategorize(inputs: string[], opts: CommonOptions & { threads?: string }, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = prepare(inputs, opts, io);
  threadCount(opts.threads); // a bad --threads is a usage error whatever the format
  if (ctx.format === 'csv' && ctx.opts.compareTo === undefined) {
    setExit(await streamCsv(ctx, opts.threads));
    return;
  }
  const rows: Row[] = [];
  const carry = new CentCarry();
  const { reconciliation } = await scanInputs(ctx.paths, ctx.config, { line: (l, _b, c) => rows.push(...categorizedRows(l, c, ctx.config, carry)) }, ctx.scan);
  setExit(await finish(ctx, buildCategorizeReport(rows, ctx.config, footerOf(reconciliation)), reconciliation));
}

/** CSV rows written as lines are read (bounded memory), byte for byte what the collected report renders. */
async function streamCsv(ctx: RunContext, threads: string | undefined): Promise<number> {
  const out = openOutput(ctx.opts.output, ctx.io.stdout);
  const empty = buildCategorizeReport([], ctx.config, undefined);
  try {
    out.write(renderCsv(empty));
    const carry = new CentCarry();
    // a large file: its parts' rows written on every core, then copied out in file order
    const parts = await scanToCsvParts(scanJob(ctx, threads), (l, c) => categorizedCsv(l, c, ctx.config, carry));
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
      ({ reconciliation } = await scanInputs(ctx.paths, ctx.config, { line: (l, _b, c) => out.write(categorizedCsv(l, c, ctx.config, carry)) }, ctx.scan));
    }
    out.close();
    // the rest of the run's duties (rejections, --strict, --fail-on) without rendering again
    const quiet: RunContext = { ...ctx, opts: { ...ctx.opts, output: undefined }, io: { ...ctx.io, stdout: { write: () => true } as unknown as NodeJS.WritableStream } };
    return await finish(quiet, buildCategorizeReport([], ctx.config, footerOf(reconciliation)), reconciliation);
  } catch (e) {
    out.abort();
    throw e;
  }
}
