import type { Command } from 'commander';
import type { Io } from '../context.js';

export interface InitOptions {
  from?: string[];
  output?: string;
  force?: boolean;
  currency?: string;
  fiscalYearStart?: string;
  quiet?: boolean;
}

export function registerInit(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('write a starter techspend.yaml; with --from, detect the columns of your exports and draft business-aligned categories and rules for the vendors found (built-in vendor catalog)')
    .option('--from <csv...>', 'expense exports to learn from: files, folders or globs')
    .option('-o, --output <file>', 'where to write the config', 'techspend.yaml')
    .option('--force', 'overwrite an existing file')
    .option('--currency <code>', 'reporting currency (default: USD, or the main currency of the exports)')
    .option('--fiscal-year-start <month>', 'month the fiscal year starts (1-12)', '1')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
With --from, the exports are read with the built-in default (known shapes such as FOCUS are
recognized; other files get a sources entry with the detected columns, date format, decimal mark
and sign), vendors are looked up in the built-in catalog, and one category per capability found
(with one rule listing its vendors) is drafted, largest spend first. Vendors the catalog does not
know are listed as commented rule suggestions. Amounts in other currencies get placeholder rates
(1.0) under a "SET THE RATES" comment. Refuses to overwrite an existing file without --force (exit 2).

Examples:
  techspend init
  techspend init --from exports/gl.csv exports/card.csv
  techspend init --from "exports/*.csv" -o config/techspend.yaml --fiscal-year-start 2`,
    )
    .action(async (opts: InitOptions) => {
      const { runInit } = await import('./init-run.js');
      await runInit(opts, io, setExit);
    });
}
