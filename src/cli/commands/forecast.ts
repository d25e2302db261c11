import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addBasisOption, addCommonOptions, addEngineOption, addThreadsOption, collect, type CommonOptions } from '../options.js';

export interface ForecastOptions extends CommonOptions {
  runRateMonths?: string;
  growth?: string[];
  budget?: string;
  fiscalYear?: string;
  threads?: string;
  scenario?: string | true;
  register?: string | false;
}

export function registerForecast(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('forecast')
    .description('next fiscal year per category: run rate of the last complete months × 12 × (1 + growth), against the budget')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--run-rate-months <n>', 'complete months the run rate averages', '3')
    .option('--growth <assumption>', 'growth for every category (5%) or one (cloud=20%); repeatable', collect)
    .option('--budget <csv>', 'budget file with category,period,amount (default: the budget in the config)')
    .option('--scenario [file]', 'next year\'s scenarios side by side, each with its bridge from the run rate (a scenario file; alone: the config\'s scenarios)')
    .option('--register <file>', 'savings register a scenario landing names by id (default: savings.yaml next to the config, when there is one)')
    .option('--no-register', 'ignore any savings register')
    .option('--fiscal-year <FY>', 'the fiscal year projected, e.g. FY2027 (default: the one after the last complete month)');
  addCommonOptions(addBasisOption(addEngineOption(addThreadsOption(cmd)))).addHelpText(
    'after',
    `
The run rate is the mean monthly spend over the last --run-rate-months complete months ending on
or before --to (default: the latest month in the data); the forecast covers the next fiscal year.

Columns (csv): category,run_rate_monthly,growth,forecast,budget,gap  (growth as a fraction: 0.2000 = 20%)

Examples:
  techspend forecast --demo
  techspend forecast gl.csv --run-rate-months 6 --growth 5% --growth data=25%
  techspend forecast gl.csv --budget budget.csv --format csv
  techspend forecast --demo --budget fixtures/demo/budget.csv --fiscal-year FY2027
  techspend forecast --demo --scenario fixtures/demo/scenarios.yaml`,
  );
  cmd.action(async (inputs: string[], opts: ForecastOptions) => {
    const { runForecast } = await import('./forecast-run.js');
    await runForecast(inputs, opts, io, setExit);
  });
}
