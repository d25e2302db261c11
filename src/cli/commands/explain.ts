import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addCommonOptions, type CommonOptions } from '../options.js';

export interface ExplainOptions extends CommonOptions {
  line?: string;
  vendor?: string;
  category?: string;
  month?: string;
}

export function registerExplain(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('explain')
    .description('which rule matched a line and why (every matching rule, the winner); or which lines make up a figure')
    .argument('[csv...]', 'expense CSVs')
    .option('--line <file:n>', 'one line: the file as given and its line number')
    .option('--vendor <name>', 'every line of a vendor (as written, or its catalog name)')
    .option('--category <id>', 'every line that lands in a category')
    .option('--month <yyyy-MM>', 'with --vendor or --category: only this month');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
Examples:
  techspend explain gl.csv --line gl.csv:42
  techspend explain --demo --line demo/gl-detail.csv:12
  techspend explain --demo --vendor Snowflake --month 2026-10
  techspend explain --demo --category data-analytics --month 2026-10`,
  );
  cmd.action(async (inputs: string[], opts: ExplainOptions) => {
    const { runExplain } = await import('./explain-run.js');
    await runExplain(inputs, opts, io, setExit);
  });
}
