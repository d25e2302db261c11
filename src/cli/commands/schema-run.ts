/** `techspend schema`, the action: loaded only when the command runs (options and help in schema.ts). */
import { configJsonSchema } from '../../config/schema.js';
import { writeOutput } from '../../io/output.js';
import type { Io } from '../context.js';

export async function runSchema(io: Io): Promise<void> {
  // through the checked writer: a lost write is exit 1, as for every command's output
  await writeOutput(JSON.stringify(configJsonSchema(), null, 2) + '\n', undefined, io.stdout);
}
