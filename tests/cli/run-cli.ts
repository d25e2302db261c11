/** Run the CLI in-process, capturing stdout and stderr (no colour, fixed environment). */
import { Writable } from 'node:stream';
import { run } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): Writable & { text: string } {
  const w = new Writable({
    write(chunk, _enc, cb) {
      w.text += String(chunk);
      cb();
    },
  }) as Writable & { text: string };
  w.text = '';
  return w;
}

export async function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const code = await run(args, { stdout, stderr, cwd, env: { NO_COLOR: '1', ...env } });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Split a command line as written in commands.txt (double quotes group words). */
export function splitArgs(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push(m[1] ?? m[2]!);
  return out;
}

/**
 * A runCli whose result for the same arguments, folder and environment is made once, for cases of
 * one test file that read the same run. Make one per test file (a module of its own): the cache
 * is never shared with another file, which may share this module's worker.
 */
export function runCliOnce(): typeof runCli {
  const runs = new Map<string, Promise<CliResult>>();
  return (args, cwd, env = {}) => {
    const key = JSON.stringify([cwd, env, args]);
    let run = runs.get(key);
    if (run === undefined) runs.set(key, (run = runCli(args, cwd, env)));
    return run;
  };
}
