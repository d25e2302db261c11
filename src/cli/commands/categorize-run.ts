/** `techspend categorize`, the action: loaded only when the command runs (options and help in categorize.ts). */
import { openOutput } from '../../io/output-stream.js';
import { scanInputs } from '../../io/scan.js';
import { buildCategorizeReport, categorizedRows } from '../../report/build-categorize.js';
import type { Row } from '../../report/model.js';
import { csvRecord, renderCsv } from '../../render/csv.js';
import { machineCell } from '../../render/format.js';
import { finish, footerOf, type Io, prepare, type RunContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export async function runCategorize(inputs: string[], opts: CommonOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = prepare(inputs, opts, io);
  if (ctx.format === 'csv' && ctx.opts.compareTo === undefined) {
    setExit(await streamCsv(ctx));
    return;
  }
  const rows: Row[] = [];
  const { reconciliation } = await scanInputs(ctx.paths, ctx.config, { line: (l, _b, c) => rows.push(...categorizedRows(l, c, ctx.config)) }, ctx.scan);
  setExit(await finish(ctx, buildCategorizeReport(rows, ctx.config, footerOf(reconciliation)), reconciliation));
}

const BATCH = 2048;

/** CSV rows written as lines are read (bounded memory), byte for byte what the collected report renders. */
async function streamCsv(ctx: RunContext): Promise<number> {
  const out = openOutput(ctx.opts.output, ctx.io.stdout);
  const empty = buildCategorizeReport([], ctx.config, undefined);
  out.write(renderCsv(empty));
  const columns = empty.data.columns;
  let batch = '';
  let count = 0;
  const flush = () => {
    out.write(batch);
    batch = '';
    count = 0;
  };
  try {
    const { reconciliation } = await scanInputs(
      ctx.paths,
      ctx.config,
      {
        line: (l, _b, c) => {
          for (const r of categorizedRows(l, c, ctx.config)) {
            batch += csvRecord(columns.map((col) => machineCell(r[col.key], col.type)));
            count++;
          }
          if (count >= BATCH) flush();
        },
      },
      ctx.scan,
    );
    if (count > 0) flush();
    out.close();
    // the rest of the run's duties (rejections, --strict, --fail-on) without rendering again
    const quiet: RunContext = { ...ctx, opts: { ...ctx.opts, output: undefined }, io: { ...ctx.io, stdout: { write: () => true } as unknown as NodeJS.WritableStream } };
    return await finish(quiet, buildCategorizeReport([], ctx.config, footerOf(reconciliation)), reconciliation);
  } catch (e) {
    out.abort();
    throw e;
  }
}
