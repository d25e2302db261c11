import type { Command } from 'commander';
import type { Io } from '../context.js';

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('print the JSON Schema of techspend.yaml (for editor validation)')
    .addHelpText('after', '\nExample:\n  techspend schema > techspend.schema.json\n  # then in techspend.yaml:  # yaml-language-server: $schema=./techspend.schema.json')
    .action(async () => {
      const { runSchema } = await import('./schema-run.js');
      await runSchema(io);
    });
}
