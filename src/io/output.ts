/**
 * The one checked writer of every command's output, to stdout or to `-o` (output-target.ts says
 * how a target is opened). A write that fails — a full disk, `> /dev/full`, a read-only file —
 * ends the run with exit 1 and one line on stderr; it is never lost silently. A reader that went
 * away (`| head`) is not a failure: the rest is not wanted.
 */
import { openTarget, writeError } from './output-target.js';

export type Writable = NodeJS.WritableStream;

/** Write to a stream and wait until it took the text; a failed write becomes exit 1. */
export function writeChecked(stream: Writable, data: string | Uint8Array, name = 'output'): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (e?: Error | null) => {
      if (e === undefined || e === null || (e as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(writeError(name, e));
    };
    try {
      stream.write(data, done);
    } catch (e) {
      done(e as Error);
    }
  });
}

/** The whole output at once: stdout (checked), or `-o` (atomic for a regular file). */
export async function writeOutput(text: string, path: string | undefined, stdout: Writable): Promise<void> {
  if (path === undefined || path === '-') return writeChecked(stdout, text);
  const target = openTarget(path);
  target.write(text);
  target.commit();
}
