import type { Command } from 'commander';
import type { Io } from '../context.js';
import { addCommonOptions, type CommonOptions } from '../options.js';

export function registerValidate(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('validate')
    .description('check the config and the inputs, and list every problem: detected column mapping, rejected rows, rule coverage, rules that never match or are shadowed')
    .argument('[csv...]', 'expense CSVs to check (optional: the config is always checked)');
  addCommonOptions(cmd).addHelpText(
    'after',
    `
Exit codes: 0 no problem, 1 some rows were rejected, 2 the config is invalid.

Examples:
  techspend validate
  techspend validate exports/*.csv
  techspend validate --demo --format markdown`,
  );
  cmd.action(async (inputs: string[], opts: CommonOptions) => {
    const { runValidate } = await import('./validate-run.js');
    await runValidate(inputs, opts, io, setExit);
  });
}
