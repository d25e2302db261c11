/** `techspend facts`, the action: loaded only when the command runs (options and help in facts.ts). */
import { usageError } from '../../diagnostic.js';
import { writeOutput } from '../../io/output.js';
import { factsToSql } from '../../rules/facts-sql.js';
import { SQL_DIALECTS, type SqlDialect } from '../../rules/sql.js';
import { type Io, prepare } from '../context.js';
import type { FactsOptions } from './facts.js';

export async function runFacts(opts: FactsOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const dialect = opts.sql as SqlDialect;
  if (!SQL_DIALECTS.includes(dialect)) throw usageError(`unknown --sql dialect "${opts.sql}"`, `use ${SQL_DIALECTS.join(', ')}`);
  const ctx = await prepare([], opts, io, { needsInputs: false });
  const { sql, warnings } = factsToSql(ctx.config, dialect);
  for (const w of warnings) ctx.note(`${ctx.config.path}: ${w}`);
  await writeOutput(sql, opts.output, io.stdout);
  setExit(0);
}
