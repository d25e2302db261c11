import type { Command } from 'commander';
import type { Io } from '../context.js';

export interface InitOptions {
  from?: string[];
  output?: string;
  force?: boolean;
  currency?: string;
  fiscalYearStart?: string;
  quiet?: boolean;
  /** an existing config whose `sources` say how to read the files */
  config?: string;
  date?: string;
  amount?: string;
  vendor?: string;
  description?: string;
  account?: string;
}

export function registerInit(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('write a starter techspend.yaml; with --from, detect the columns of your exports and draft business-aligned categories and rules for the vendors found (built-in vendor catalog)')
    .argument('[csv...]', 'expense exports to learn from (the same as --from)')
    .option('--from <csv...>', 'expense exports to learn from: files, folders or globs')
    .option('-o, --output <file>', 'where to write the config', 'techspend.yaml')
    .option('--force', 'overwrite an existing file')
    .option('--currency <code>', 'reporting currency (default: USD, or the main currency of the exports)')
    .option('--fiscal-year-start <month>', 'month the fiscal year starts (1-12)', '1')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-c, --config <file>', "read the files with this config's sources (how it maps their columns)")
    .option('--date <column>', 'the date column, when init cannot find it')
    .option('--amount <column>', 'the amount column')
    .option('--vendor <column>', 'the vendor / supplier / merchant column')
    .option('--description <column>', 'the description column')
    .option('--account <column>', 'the account / expense type column (the strongest signal of what is technology)')
    .addHelpText(
      'after',
      `
With --from, the exports are read with the built-in default (known shapes such as FOCUS are
recognized; other layouts get a sources entry keyed on their header columns, with the detected
columns, date format, decimal mark and sign). --date/--amount/--vendor/--description/--account
name columns it cannot find (for every file whose header has them), or -c reads the files with an
existing config's sources. Vendors are looked up in the built-in catalog (one category per
capability, one rule listing its vendors); in a ledger, technology accounts ("IT Services",
"Telephones", "Computer Software") get categories of their own. When that is a minority of the
spend, the file is a whole-company ledger: the rest is excluded (unmatched: excluded) and the
accounts init is unsure of are listed. A file it cannot read is named (exit 1); the others are
drafted. Amounts in other currencies get placeholder rates
(1.0) under a "SET THE RATES" comment. Refuses to overwrite an existing file without --force (exit 2).

Examples:
  techspend init
  techspend init --from exports/gl.csv exports/card.csv
  techspend init exports/                                  # the same as --from exports/
  techspend init --from "exports/*.csv" -o config/techspend.yaml --fiscal-year-start 2
  techspend init --from ledger/ --date "Journal Date" --amount Total --account "Account Description"`,
    )
    .action(async (csv: string[], opts: InitOptions) => {
      const { runInit } = await import('./init-run.js');
      // every other command takes its exports as arguments: so does init, as --from
      const from = [...(opts.from ?? []), ...csv];
      await runInit(from.length > 0 ? { ...opts, from } : opts, io, setExit);
    });
}
