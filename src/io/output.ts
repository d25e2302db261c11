/** Write output: stdout, or a file replaced atomically (write a temp file, then rename). */
import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { usageError } from '../diagnostic.js';

export function writeOutput(text: string, path: string | undefined, stdout: NodeJS.WritableStream): void {
  if (path === undefined || path === '-') {
    stdout.write(text);
    return;
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    throw usageError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}`);
  }
}
