/**
 * Options shared by every command that reads expenses (registered at start-up: keep this module's
 * imports light; their checks are in context.ts, loaded when a command runs).
 */
import { type Command, Option } from 'commander';
import { FORMATS } from '../render/index.js';

export interface CommonOptions {
  config?: string;
  demo?: boolean;
  format?: string;
  output?: string;
  from?: string;
  to?: string;
  currency?: string;
  color?: boolean;
  quiet?: boolean;
  strict?: boolean;
  failOn?: string[];
  cost?: string;
  preset?: string;
  dedupe?: boolean;
  compareTo?: string;
  maxBytes?: string;
  quietUnchanged?: boolean;
  /** `--engine` (report, variance, forecast, board, savings) */
  engine?: string;
  /** `--facts <table>`: run on a fact table made by `techspend facts --sql` */
  facts?: string;
  basis?: string;
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `--threads`, for the commands that read on several threads (report, variance, forecast, board, savings; categorize's CSV). */
export function addThreadsOption(cmd: Command): Command {
  return cmd.option('--threads <n>', 'threads for a large file or several files (default: auto, one per core; 1 = this thread only)');
}

/** `--engine`, for the commands whose scan an embedded engine can do (report, variance, forecast, board, savings). */
export function addEngineOption(cmd: Command): Command {
  return cmd
    .option('--engine <engine>', 'auto (DuckDB for Parquet, node for CSV), node or duckdb')
    .option('--facts <table>', 'run on a fact table (CSV or Parquet) made where the lines live by the SQL of techspend facts --sql, instead of input files');
}

/** `--basis`, for the commands whose figures are spend by month (report, variance, forecast, board, explain, savings). */
export function addBasisOption(cmd: Command): Command {
  return cmd.option('--basis <basis>', 'cash (default: each line in the month it is dated) or accrual (P&L: a line with a service period — a rule\'s amortize, FOCUS ChargePeriodStart/End, "Jan–Dec 2026" in its description — spread evenly over its months)');
}

export function addCommonOptions(cmd: Command, defaultFormat = 'table on a terminal, else markdown'): Command {
  return cmd
    .option('-c, --config <file>', 'configuration file (default: techspend.yaml or techspend.json here)')
    .option('--demo', 'run on the embedded demo company (config and data shipped in the package)')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: ${defaultFormat})`))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('--from <date>', 'only lines dated on or after this day (yyyy-MM-dd)')
    .option('--to <date>', 'only lines dated on or before this day (yyyy-MM-dd)')
    .option('--currency <code>', 'reporting currency (overrides the config)')
    .option('--cost <kind>', 'which FOCUS cost column to read: billed or effective', 'billed')
    .option('--preset <id>', 'read every input as this export shape (focus, aws-cur, aws-cur2, gcp, azure, oci, mint, or a named bank/card layout; an unknown id lists them all)')
    .option('--dedupe', 'leave out the less detailed source of each likely double count (same vendor, month and amount in two files)')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'print only the report and errors')
    .option('--strict', 'rejected or uncategorized lines are an error (exit 3)')
    .option('--fail-on <expr>', "exit 3 when a condition holds, quoted for the shell (> is a redirect): 'uncategorized>0', 'uncategorized>2%', 'rejected>0', 'total>250000', 'variance>15%', 'budget-overrun>5%' (against the budget to date), 'duplicates>0', 'renewals-in<30d' (renewals, board) (repeatable)", collect)
    .option('--compare-to <json>', 'diff against a saved --format json report of the same command (last month\'s run)')
    .option('--quiet-unchanged', 'with --compare-to: print nothing when no figure changed')
    .option('--max-bytes <n>', 'markdown: trim to at most n bytes (e.g. 65000 for a PR comment), keeping the headline');
}
