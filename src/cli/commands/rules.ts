import type { Command } from 'commander';
import { SQL_DIALECTS } from '../../rules/sql.js';
import type { Io } from '../context.js';
import type { CommonOptions } from '../options.js';

export interface RulesOptions extends CommonOptions {
  sql?: string;
}

export function registerRules(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('rules')
    .description('export the rules as SQL that categorizes a table of lines inside a warehouse or Spark cluster (first match, splits)')
    .requiredOption('--sql <dialect>', `SQL dialect: ${SQL_DIALECTS.join(', ')}`)
    .option('-c, --config <file>', 'configuration file (default: techspend.yaml or techspend.json here)')
    .option('--demo', 'the embedded demo company config')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('-q, --quiet', 'no notes on stderr')
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
