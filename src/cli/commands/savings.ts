import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addBasisOption, addCommonOptions, addEngineOption, addThreadsOption, type CommonOptions } from '../options.js';

export const REGISTER_NAME = 'savings.yaml';

export interface SavingsOptions extends CommonOptions {
  register?: string | false;
  asOf?: string;
  overlapMonths?: string;
  overlapAll?: boolean;
  priceIncrease?: string;
  priceRepeats?: string;
  duplicateDays?: string;
  utilization?: string;
  unusedMonths?: string;
  annualMonths?: string;
  annualDiscount?: string;
  spike?: string;
  spikeWindow?: string;
  minSaving?: string;
  threads?: string;
}

export function registerSavings(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('savings')
    .description('savings candidates found in the data (overlap, price-increase, duplicate-charge, unused, annual-billing, spike) with evidence lines, the savings register and where realized money is redeployed')
    .argument('[csv...]', 'expense CSVs: files, folders, globs, or - for stdin')
    .option('--register <file>', `savings register (default: ${REGISTER_NAME} next to the config, when there is one)`)
    .option('--no-register', 'ignore any savings register')
    .option('--as-of <date>', "today, for the days left in the fiscal year and overdue items (default: --to, else the last day of the latest month in the data, as board)")
    .option('--overlap-months <n>', 'overlap: vendors of one group each billed in every one of the last n months', '3')
    .option('--overlap-all', 'overlap: also count groups where several vendors are usually deliberate (hyperscale cloud, laptops, carriers)')
    .option('--price-increase <pct>', 'price-increase: a recurring charge stepping up by more than this', '5%')
    .option('--price-repeats <n>', 'price-increase: identical charges before the step that make it recurring', '2')
    .option('--duplicate-days <n>', 'duplicate-charge: same vendor and amount at most n days apart', '1')
    .option('--utilization <pct>', 'unused: active users / seats below this ...', '80%')
    .option('--unused-months <n>', '... in each of the last n months', '3')
    .option('--annual-months <n>', 'annual-billing: the same monthly amount in each of the last n months', '12')
    .option('--annual-discount <pct>', 'annual-billing: the discount annual terms usually give', '15%')
    .option('--spike <multiple>', 'spike: a vendor month above this multiple of its trailing median', '3')
    .option('--spike-window <n>', 'spike: months of history the median looks at (at most)', '6')
    .option('--min-saving <amount>', 'leave out candidates estimated below this amount', '0');
  addCommonOptions(addBasisOption(addEngineOption(addThreadsOption(cmd)))).addHelpText(
    'after',
    `
Candidates are found in the spend data alone; recency windows (overlap, unused, annual-billing)
end at the latest month in the data (use --to to move it). Each estimate says how it was computed
and names its evidence lines (file:line). One-off amounts (duplicate-charge, spike) are marked.

The register (${REGISTER_NAME}: items with id, title, vendor or category, status idea|approved|
in-progress|realized|redeployed, annual, owner, due, redeployTo) is read from --register, else
from ${REGISTER_NAME} next to the config (next to the demo's with --demo, in the current folder with
the built-in default). A candidate is tracked when an item names its vendor (and its kind, when the
item has one); the others get a ready-to-paste YAML line.

Columns (csv): kind,vendor,category,annualized_saving,confidence,evidence  (evidence: file:line refs separated by spaces);
and one kind=amortize row per vendor billed in lumps (no saving; its bills as evidence)

Examples:
  techspend savings --demo
  techspend savings exports/ --register savings.yaml --as-of 2026-11-15
  techspend savings gl.csv card.csv --price-increase 10% --format csv`,
  );
  cmd.action(async (inputs: string[], opts: SavingsOptions) => {
    const { runSavings } = await import('./savings-run.js');
    await runSavings(inputs, opts, io, setExit);
  });
}
