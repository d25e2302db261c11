import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addCommonOptions, addThreadsOption, type CommonOptions } from '../options.js';

export interface VarianceOptions extends CommonOptions {
  against?: string;
  by?: string;
  period?: string;
  threshold?: string;
  minAmount?: string;
  budget?: string;
  allocate?: boolean;
  lookback?: string;
  threads?: string;
  per?: string;
  drivers?: string;
}

export function registerVariance(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('variance')
    .description('why spend moved: the last complete period against the previous one, a year earlier, or the budget, with the causes of each change')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--against <base>', 'previous | last-year | budget', 'previous')
    .option('--by <dimension>', 'category | function | pool | vendor', 'category')
    .option('--period <kind>', 'month | quarter | year | fiscal-year | fiscal-quarter', 'month')
    .option('--threshold <pct>', 'a move is material from this share of the base', '10%')
    .option('--min-amount <amount>', 'and from this amount (reporting currency)', '1000')
    .option('--budget <csv>', 'budget file with category,period,amount (default: the budget in the config)')
    .option('--no-allocate', 'with --by function: keep shared categories as their own function')
    .option('--lookback <months>', 'a vendor billed in these months up to the base period is not new capability', '12')
    .option('--per <driver>', 'split the change into spend that moved with this business driver (revenue, customers...) and spend that did not (default: per: in the config)')
    .option('--drivers <csv>', 'driver table with month,driver,value (added to the drivers in the config)');
  addCommonOptions(addThreadsOption(cmd)).addHelpText(
    'after',
    `
Compares the last period ending on or before --to (default: the latest month in the data) with
the one before it, the same period a year earlier, or the budget.

Columns (csv): category,base,current,change,change_pct,expansion,new_capability,discontinued
  (+ budget,remaining with a budget; + price,volume,residual where the lines carry quantities;
   + one_off when one-off items moved: the part of the change they make, inside its cause;
   + with_business,beyond_business with --per: base × driver growth, and the rest of the change)
  change = expansion + new_capability + discontinued, exactly.
  New capability: vendors not billed in the --lookback months up to the base period; a quarterly,
  semi-annual or annual vendor between payments is expansion, not new or discontinued.

Examples:
  techspend variance --demo
  techspend variance gl.csv --against last-year --period quarter
  techspend variance gl.csv --against budget --budget budget.csv
  techspend variance exports/ --by vendor --threshold 5% --min-amount 500 --format csv
  techspend variance exports/ --against last-year --per revenue --drivers drivers.csv`,
  );
  cmd.action(async (inputs: string[], opts: VarianceOptions) => {
    const { runVariance } = await import('./variance-run.js');
    await runVariance(inputs, opts, io, setExit);
  });
}
