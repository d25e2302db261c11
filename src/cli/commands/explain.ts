import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addBasisOption, addCommonOptions, type CommonOptions } from '../options.js';

export interface ExplainOptions extends CommonOptions {
  line?: string;
  category?: string;
  function?: string;
  pool?: string;
  vendor?: string;
  investment?: string;
  revenueGenerating?: boolean;
  period?: string[];
  month?: string;
  allocate?: boolean;
  as?: string;
  includeRejected?: boolean;
  includeExcluded?: boolean;
  variance?: string;
  against?: string;
  lookback?: string;
  forecast?: string | boolean;
  budgetToDate?: string | boolean;
  runRateMonths?: string;
  growth?: string[];
  budget?: string;
  register?: string;
  savings?: string;
  capex?: boolean;
}

export function registerExplain(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('explain')
    .description('which rule matched a line and why (every matching rule, the winner); or the lines (and allocations) behind any figure of report or board')
    .argument('[csv...]', 'expense CSVs')
    .option('--capex', 'with --category (and --period): the capitalized share applied to each month of the cell, its capex and opex, and the depreciation schedule')
    .option('--line <file:n>', 'one line: the file as given and its line number (a Parquet file: its row, counted from 1)')
    .option('--engine <engine>', 'auto (DuckDB reads Parquet inputs), node or duckdb')
    .option('--category <id>', 'the figure of a category (its id or name)')
    .option('--function <name>', 'the figure of a business function, after shared-cost allocation (as report --by function)')
    .option('--pool <id>', 'the figure of a finance cost pool')
    .option('--vendor <name>', 'the figure of a vendor (as written, or its catalog name)')
    .option('--investment <kind>', 'the figure of run, grow, transform (or unclassified)')
    .option('--revenue-generating', 'only categories marked revenueGenerating (the board\'s revenue-generating share)')
    .option('--period <period...>', 'the period: 2026-10, 2026-Q3, 2026, FY2027, FY2027-Q1, optionally after its kind (--period fiscal-year FY2027); default: all periods')
    .option('--month <yyyy-MM>', 'the same as --period <yyyy-MM>')
    .option('--no-allocate', 'with --function: shared costs stay under their own function (as report --no-allocate)')
    .option('--as <command>', 'the figure as report (default) or board computes it (board allocates at a finer grain: by item and catalog vendor)')
    .option('--include-rejected', 'also list the rejected lines (they are in no figure)')
    .option('--include-excluded', 'also list the excluded lines of the cell (out of scope: in no technology figure)')
    .option('--variance <category>', 'a row of variance: the base and current lines per vendor, and the cause each vendor\'s change went to (with --period, default the latest month, and --against)')
    .option('--against <base>', 'with --variance: previous (default) or last-year')
    .option('--lookback <months>', 'with --variance: a vendor not billed in this many months before the base period is new capability (default 12)')
    .option('--forecast [category]', 'the next fiscal year\'s forecast (of one category): the run-rate months and amounts, the growth, and the committed savings the board\'s outlook takes off')
    .option('--run-rate-months <n>', 'with --forecast: complete months in the run rate', '3')
    .option('--growth <pct>', 'with --forecast: growth for every category (5%) or one (ai-features=40%), repeatable', (v: string, p: string[] = []) => [...p, v])
    .option('--register <file>', 'with --forecast: the savings register (default: savings.yaml beside the config)')
    .option('--budget-to-date [category]', 'the budget of a period to date (with --period and --to): each budget line and its phasing')
    .option('--budget <csv>', 'with --budget-to-date: budget file (default: the budget in the config)')
    .option('--savings <kind:vendor>', 'a savings candidate (as techspend savings finds it, e.g. unused:Salesforce): how its estimate was computed, and its evidence lines');
  addCommonOptions(addBasisOption(cmd)).addHelpText(
    'after',
    `
Any figure of report: name its cell with the same dimensions and period as report --by/--period.
The lines listed add up to the figure to the cent; for a business function, the direct lines
plus each shared cost's allocated share, with the weights and the rounding.

Examples:
  techspend explain gl.csv --line gl.csv:42
  techspend explain --demo --line demo/gl-detail.csv:12
  techspend explain --demo --vendor Snowflake --period 2026-10
  techspend explain --demo --category data-analytics --period 2026-Q3
  techspend explain --demo --function Sales --period fiscal-year FY2027
  techspend explain --demo --pool cloud --period FY2027-Q1
  techspend explain --demo --function Product --category dev-platform --period 2026-10
  techspend explain --demo --variance data-analytics --period 2026-10 --against previous
  techspend explain --demo --forecast --to 2026-10-31
  techspend explain --demo --budget-to-date --period FY2027 --to 2026-10-31
  techspend explain --demo --savings unused:Salesforce`,
  );
  cmd.action(async (inputs: string[], opts: ExplainOptions) => {
    const { runExplain } = await import('./explain-run.js');
    await runExplain(inputs, opts, io, setExit);
  });
}
