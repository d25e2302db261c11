import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addCommonOptions, addThreadsOption, type CommonOptions } from '../options.js';

export function registerCategorize(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('categorize')
    .description('one row per input line (or split part): normalized fields plus category, function, pool and the rule that matched')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin');
  cmd.option('--engine <engine>', 'auto (DuckDB for Parquet, node for CSV), node or duckdb');
  addCommonOptions(addThreadsOption(cmd)).addHelpText(
    'after',
    `
Columns (csv): source,line,date,vendor,description,account,amount,currency,category,function,pool,rule
With --format csv a large file is categorized on every core (--threads), rows still in file order.
With --engine duckdb (auto for Parquet) DuckDB reads the files and runs the rules, rows streamed in file order.

Examples:
  techspend categorize --demo --format csv -o categorized.csv
  techspend categorize gl.csv --format csv | grep ',unassigned,'
  techspend categorize focus-export.parquet --format csv -o categorized.csv`,
  );
  cmd.action(async (inputs: string[], opts: CommonOptions & { threads?: string }) => {
    const { runCategorize } = await import('./categorize-run.js');
    await runCategorize(inputs, opts, io, setExit);
  });
}
