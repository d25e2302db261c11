import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addCommonOptions, addThreadsOption, collect, type CommonOptions } from '../options.js';

export interface BoardOptions extends CommonOptions {
  budget?: string;
  register?: string;
  runRateMonths?: string;
  growth?: string[];
  threshold?: string;
  minAmount?: string;
  threads?: string;
}

export function registerBoard(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('board')
    .description('the whole CFO-ready pack in one document: headline, where the money went, what moved and why, budget vs actual, what can be trimmed, next fiscal year, run/grow/transform, reconciliation')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--budget <csv>', 'budget with category,period,amount (default: the budget in the config)')
    .option('--register <yaml>', 'savings register (default: savings.yaml next to the config, when present)')
    .option('--run-rate-months <n>', 'complete months the run rate averages', '3')
    .option('--growth <pct>', 'growth for next year: <pct> for all, or <category>=<pct> (repeatable)', collect)
    .option('--threshold <pct>', 'a move is material from this share of the base', '10%')
    .option('--min-amount <amount>', 'and from this amount', '1000');
  addCommonOptions(addThreadsOption(cmd), 'markdown').addHelpText(
    'after',
    `
The month reported is the latest complete month in the data, or the one --to ends.

Examples:
  techspend board --demo
  techspend board --demo --format html -o board.html
  techspend board exports/ --budget budget.csv --register savings.yaml --format markdown -o board.md
  techspend board exports/ --fail-on 'uncategorized>2%' --fail-on 'variance>15%' --max-bytes 65000 >> "$GITHUB_STEP_SUMMARY"`,
  );
  cmd.action(async (inputs: string[], opts: BoardOptions) => {
    const { runBoard } = await import('./board-run.js');
    await runBoard(inputs, opts, io, setExit);
  });
}
