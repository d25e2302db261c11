import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addCommonOptions, addThreadsOption, type CommonOptions } from '../options.js';

export interface RenewalsOptions extends CommonOptions {
  asOf?: string;
  within?: string;
  contracts?: string;
  material?: string;
  materialShare?: string;
  threads?: string;
}

export function registerRenewals(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('renewals')
    .description('renewals before they bite: quarterly, semi-annual and annual charges recognised in spend (or a contract table), the next renewal date and amount, the last price change and the evidence lines')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--as-of <date>', 'today, for what is due (default: as the board: --to, else the end of the latest month in the data, or its last date when that month is partial)')
    .option('--within <days>', 'also list renewals due within this many days (e.g. 90d), besides those before the fiscal year ends', '90d')
    .option('--contracts <csv>', 'contract table: vendor,renewal_date,notice_days,committed_amount (default: contracts: in the config)')
    .option('--material <amount>', 'renewals guessed from spend: hold back amounts below this (counted in the summary)', '500')
    .option('--material-share <pct>', '... or below this share of the spend of the last 12 months, whichever is larger', '0.1%')
    .option('--facts <table>', 'run on a fact table (CSV or Parquet) made by techspend facts --sql, instead of input files (its savings inputs hold the billings)');
  addCommonOptions(addThreadsOption(cmd)).addHelpText(
    'after',
    `
A vendor is a renewal when spend shows it billed quarterly (3 or more billings), semi-annually or
annually, each billing within 7 days of the cycle (21 when an amount repeats) and within ±50% of the
amount before; one billing is not a pattern. A contract row overrides the guess for its vendor and adds the notice deadline
(renewal date − notice days). --fail-on renewals-in<30d exits 3 when a renewal or a notice deadline
falls within 30 days of the as-of date.

Columns (csv): vendor,category,cycle,renewal_date,amount,confidence,status,days_left,notice_deadline,
before_fy_end,within_window,price_before,price_after,price_change,price_change_date,billings,evidence

Examples:
  techspend renewals --demo
  techspend renewals --facts facts.parquet -c techspend.yaml
  techspend renewals exports/ --contracts contracts.csv --within 120d
  techspend renewals exports/ --as-of 2026-11-15 --fail-on 'renewals-in<30d'`,
  );
  cmd.action(async (inputs: string[], opts: RenewalsOptions) => {
    const { runRenewals } = await import('./renewals-run.js');
    await runRenewals(inputs, opts, io, setExit);
  });
}
