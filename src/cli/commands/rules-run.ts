/** `techspend rules`, the action: loaded only when the command runs (options and help in rules.ts). */
import { usageError } from '../../diagnostic.js';
import { writeOutput } from '../../io/output.js';
import { rulesToSql, SQL_DIALECTS, type SqlDialect } from '../../rules/sql.js';
import { type Io, prepare } from '../context.js';
import type { CommonOptions } from '../options.js';
import type { RulesOptions } from './rules.js';

export async function runRules(opts: RulesOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const dialect = opts.sql as SqlDialect;
  if (!SQL_DIALECTS.includes(dialect)) throw usageError(`unknown --sql dialect "${opts.sql}"`, `use ${SQL_DIALECTS.join(', ')}`);
  const ctx = await prepare([], opts, io, { needsInputs: false });
  const { sql, warnings } = rulesToSql(ctx.config, dialect);
  for (const w of warnings) ctx.note(`${ctx.config.path}: ${w}`);
  await writeOutput(sql, opts.output, io.stdout);
  setExit(0);
}
