/** `techspend schema`, the action: loaded only when the command runs (options and help in schema.ts). */
import { configJsonSchema } from '../../config/schema.js';
import type { Io } from '../context.js';

export async function runSchema(io: Io): Promise<void> {
  io.stdout.write(JSON.stringify(configJsonSchema(), null, 2) + '\n');
}
