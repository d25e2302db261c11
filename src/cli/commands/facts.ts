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
The SQL reads a table named lines (the columns of techspend rules --sql, plus quantity), books
each line in the reporting currency with the config's rates, categorizes it with the rules and
sums it by category, pool, vendor and month. Save the result as CSV or Parquet and run any
analysis on it:

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
