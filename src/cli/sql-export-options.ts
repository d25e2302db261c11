/**
 * The options of the commands that export SQL instead of reading inputs (`rules`, `facts`): the
 * dialect, the config, where to write, quiet. Declared once so the two commands cannot drift.
 */
import type { Command } from 'commander';
import { SQL_DIALECTS } from '../rules/sql.js';
import type { CommonOptions } from './options.js';

export interface SqlExportOptions extends CommonOptions {
  sql?: string;
}

export function addSqlExportOptions(cmd: Command): Command {
  return cmd
    .requiredOption('--sql <dialect>', `SQL dialect: ${SQL_DIALECTS.join(', ')}`)
    .option('-c, --config <file>', 'configuration file (default: techspend.yaml or techspend.json here)')
    .option('--demo', 'the embedded demo company config')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('-q, --quiet', 'no notes on stderr');
}
