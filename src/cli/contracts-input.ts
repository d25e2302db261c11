/** The contract table `renewals` and the board read: `--contracts <csv>`, else the config's `contracts:`. */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { keyedContracts } from '../analysis/renewals/from-records.js';
import { readContractTable } from '../config/contract-table.js';
import { EXIT, ExitError, usageError } from '../diagnostic.js';
import type { RunContext } from './context.js';

/** The contract table: `--contracts <csv>` (relative to the working folder) when given, else the config's. */
export function loadContracts(path: string | undefined, ctx: RunContext) {
  if (path === undefined) return keyedContracts(ctx.config.contracts ?? []);
  let text: string;
  try {
    text = readFileSync(isAbsolute(path) ? path : join(ctx.io.cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read --contracts ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  const { lines, problems } = readContractTable(text, path);
  if (problems.length > 0) throw new ExitError(EXIT.data, problems.map((p) => ({ severity: 'error' as const, kind: 'data' as const, ...p })));
  return keyedContracts(lines);
}
