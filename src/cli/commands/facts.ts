import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addSqlExportOptions, type SqlExportOptions } from '../sql-export-options.js';

export type FactsOptions = SqlExportOptions;

export function registerFacts(program: Command, io: Io, setExit: (code: number) => void): void {
  addSqlExportOptions(
    program
      .command('facts')
      .description('export the SQL that makes the fact table where the lines live (a warehouse, Spark); the analyses then run on it with --facts'),
  )
    .addHelpText(
      'after',
      `
The SQL reads a table named lines (the columns of techspend rules --sql, plus quantity, usage,
unit_price, reference and booked_to, NULL where a line has none), books each line in the
reporting currency with the config's rates, categorizes it with the rules and writes one table:
the sums by category, pool, vendor and month (grain 'fact'), every line savings examines (grain
'line', with its source and line) and each input's spend per vendor and month (grain 'source').
Save it as one CSV or Parquet file and run any analysis on it, savings and board included:

Examples:
  techspend facts --sql spark -o facts.sql
  spark-sql -f facts.sql > facts.csv        # or a BigQuery / DuckDB job writing facts.parquet
  techspend board --facts facts.parquet`,
    )
    .action(async (opts: FactsOptions) => {
      const { runFacts } = await import('./facts-run.js');
      await runFacts(opts, io, setExit);
    });
}
