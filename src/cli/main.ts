/**
 * The one top-level handler: build the commander program, run it, and turn every ExitError
 * into its exit code and one-line messages on stderr. Commands never call process.exit.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, ExitError, formatDiagnostic } from '../diagnostic.js';
import type { Io } from './context.js';
import { sanitizedStream } from '../io/terminal-stream.js';
import { registerCategorize } from './commands/categorize.js';
import { registerExplain } from './commands/explain.js';
import { registerReport } from './commands/report.js';
import { registerRules } from './commands/rules.js';
import { registerFacts } from './commands/facts.js';
import { registerSchema } from './commands/schema.js';
import { registerValidate } from './commands/validate.js';
import { registerVariance } from './commands/variance.js';
import { registerForecast } from './commands/forecast.js';
import { registerSavings } from './commands/savings.js';
import { registerInit } from './commands/init.js';
import { registerBoard } from './commands/board.js';
import { registerRenewals } from './commands/renewals.js';

export const VERSION = '0.1.0';

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('techspend')
    .description('Explain technology spend in money terms: categorize expense exports into business-aligned categories, and report share, variance and its causes, savings and a run-rate forecast.')
    .version(VERSION)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText(
      'after',
      `
Exit codes: 0 success · 1 bad input data · 2 usage or config error · 3 a --fail-on or --strict condition tripped

Examples:
  techspend report --demo                     the demo company's spend by category and month
  techspend init --from gl.csv                write a starter techspend.yaml from an export
  techspend report gl.csv card.csv --by function --period fiscal-quarter
  techspend validate exports/                 check config and inputs, list every problem`,
    );
  registerReport(program, io, setExit);
  registerCategorize(program, io, setExit);
  registerValidate(program, io, setExit);
  registerVariance(program, io, setExit);
  registerForecast(program, io, setExit);
  registerSavings(program, io, setExit);
  registerBoard(program, io, setExit);
  registerRenewals(program, io, setExit);
  registerInit(program, io, setExit);
  registerExplain(program, io, setExit);
  registerRules(program, io, setExit);
  registerFacts(program, io, setExit);
  registerSchema(program, io);
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  return program;
}

export async function run(argv: string[], given: Io): Promise<number> {
  // the edge: whatever reaches stderr is sanitised of escape sequences from the data
  const io: Io = { ...given, stderr: sanitizedStream(given.stderr) };
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      // commander already printed its one-line message
      return EXIT.usage;
    }
    if (e instanceof ExitError) {
      for (const d of e.diagnostics) io.stderr.write(formatDiagnostic(d) + '\n');
      return e.exitCode;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EPIPE') return code;
    io.stderr.write(`techspend: internal error: ${err.message ?? String(e)} (please report this with the command you ran)\n`);
    if (io.env.TECHSPEND_DEBUG) io.stderr.write(`${err.stack ?? ''}\n`);
    return 70;
  }
}

export async function main(argv: string[]): Promise<number> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    // any other failure reaches the checked writer (io/output.ts) through its write callback
  });
  return run(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
}
