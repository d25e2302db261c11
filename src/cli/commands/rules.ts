import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addSqlExportOptions, type SqlExportOptions } from '../sql-export-options.js';

export type RulesOptions = SqlExportOptions;

export function registerRules(program: Command, io: Io, setExit: (code: number) => void): void {
  addSqlExportOptions(
    program
      .command('rules')
      .description('export the rules as SQL that categorizes a table of lines inside a warehouse or Spark cluster (first match, splits)'),
  )
    .addHelpText(
      'after',
      `
The SQL reads a table named lines with the columns source, line, date, vendor, description,
account, department, cost_center, currency, amount (source currency, expense positive), plus any
raw column a column.<header> matcher names, and returns one row per line or split part with
category, function, pool and rule.

Examples:
  techspend rules --sql duckdb > categorize.sql
  techspend rules --sql bigquery -c techspend.yaml -o categorize.sql`,
    )
    .action(async (opts: RulesOptions) => {
      const { runRules } = await import('./rules-run.js');
      await runRules(opts, io, setExit);
    });
}
