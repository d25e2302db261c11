import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addCommonOptions, addThreadsOption, type CommonOptions } from '../options.js';

export interface ReportOptions extends CommonOptions {
  threads?: string;
  by?: string[];
  period?: string;
  allocate?: boolean;
  budget?: string;
  per?: string;
  drivers?: string;
}

export function registerReport(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('report')
    .description('spend by category, business function, finance pool, vendor or run/grow/transform, per period, with shares and a reconciliation footer')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--by <dimension>', 'group by category|function|pool|vendor|investment (repeat for a cross tab)', (v: string, p: string[] = []) => [...p, v])
    .option('--period <kind>', 'month|quarter|year|fiscal-year|fiscal-quarter', 'month')
    .option('--no-allocate', 'with --by function: keep shared categories as their own function (no allocation)')
    .option('--budget <csv>', 'budget file with category,period,amount for the budget section (default: the budget in the config)')
    .option('--per <driver>', 'unit economics: spend as % of revenue (--per revenue) or per unit of a driver (--per customer), per fiscal year and month')
    .option('--drivers <csv>', 'driver table with month,driver,value (added to the drivers in the config)');
  addCommonOptions(addThreadsOption(cmd)).addHelpText(
    'after',
    `
Examples:
  techspend report --demo
  techspend report gl.csv card.csv --by function --period fiscal-quarter
  techspend report exports/ --by category --by pool --format markdown -o spend.md
  techspend report gl.csv --by category --period month --format csv
  techspend report exports/ --per revenue --drivers drivers.csv --by function`,
  );
  cmd.action(async (inputs: string[], opts: ReportOptions) => {
    const { runReport } = await import('./report-run.js');
    await runReport(inputs, opts, io, setExit);
  });
}
