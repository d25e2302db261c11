import type { Command } from 'commander';
import { openOutput } from '../../io/output-stream.js';
import { scanInputs } from '../../io/scan.js';
import { buildCategorizeReport, categorizedRows } from '../../report/build-categorize.js';
import type { Row } from '../../report/model.js';
import { renderCsv } from '../../render/csv.js';
import { finish, footerOf, type Io, prepare, type RunContext } from '../context.js';
import { addCommonOptions, type CommonOptions } from '../options.js';

export function registerCategorize(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('categorize')
    .description('one row per input line (or split part): normalized fields plus category, function, pool and the rule that matched')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
Columns (csv): source,line,date,vendor,description,account,amount,currency,category,function,pool,rule

Examples:
  techspend categorize --demo --format csv -o categorized.csv
  techspend categorize gl.csv --format csv | grep ',unassigned,'`,
  );
  cmd.action(async (inputs: string[], opts: CommonOptions) => {
    const ctx = prepare(inputs, opts, io);
    if (ctx.format === 'csv' && ctx.opts.compareTo === undefined) {
      setExit(await streamCsv(ctx));
      return;
    }
    const rows: Row[] = [];
    const { reconciliation } = await scanInputs(ctx.paths, ctx.config, { line: (l, _b, c) => rows.push(...categorizedRows(l, c, ctx.config)) }, ctx.scan);
    setExit(finish(ctx, buildCategorizeReport(rows, ctx.config, footerOf(reconciliation)), reconciliation));
  });
}

const BATCH = 2048;

/** CSV rows written as lines are read (bounded memory), byte for byte what the collected report renders. */
async function streamCsv(ctx: RunContext): Promise<number> {
  const out = openOutput(ctx.opts.output, ctx.io.stdout);
  const empty = buildCategorizeReport([], ctx.config, undefined);
  out.write(renderCsv(empty));
  let batch: Row[] = [];
  const flush = () => {
    const text = renderCsv({ ...empty, data: { ...empty.data, rows: batch } });
    out.write(text.slice(text.indexOf('\n') + 1));
    batch = [];
  };
  try {
    const { reconciliation } = await scanInputs(
      ctx.paths,
      ctx.config,
      {
        line: (l, _b, c) => {
          for (const r of categorizedRows(l, c, ctx.config)) batch.push(r);
          if (batch.length >= BATCH) flush();
        },
      },
      ctx.scan,
    );
    if (batch.length > 0) flush();
    out.close();
    // the rest of the run's duties (rejections, --strict, --fail-on) without rendering again
    const quiet: RunContext = { ...ctx, opts: { ...ctx.opts, output: undefined }, io: { ...ctx.io, stdout: { write: () => true } as unknown as NodeJS.WritableStream } };
    return finish(quiet, buildCategorizeReport([], ctx.config, footerOf(reconciliation)), reconciliation);
  } catch (e) {
    out.abort();
    throw e;
  }
}
