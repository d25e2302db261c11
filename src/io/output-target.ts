/**
 * Where `-o` writes, opened the way the target needs:
 * - a regular file (or a new one) is replaced atomically: a temp file beside it, renamed over it at
 *   the end, so a reader never sees half a report; the file keeps its permissions;
 * - a symbolic link is written through: the file it points to is replaced, the link stays;
 * - a FIFO, a device or a socket (`-o /dev/stdout`, a named pipe) is opened and written to, never
 *   replaced by a regular file;
 * - a read-only file is refused (exit 1), not silently replaced — even for root, who could;
 * - the temp file is removed when the run fails, and when a signal (Ctrl-C, SIGTERM, SIGHUP) ends it.
 */
import { closeSync, constants, fchmodSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { EXIT, ExitError, usageError } from '../diagnostic.js';

export interface OutputTarget {
  /** write all of these bytes (retrying short writes) */
  write(bytes: string | Uint8Array): void;
  /** done: the temp file renamed into place (or the special file closed) */
  commit(): void;
  /** give up: the temp file removed; the target untouched */
  discard(): void;
}

/** A failed write: exit 1 and one line naming the target and the reason. */
export function writeError(target: string, e: unknown): ExitError {
  const err = e as NodeJS.ErrnoException;
  const reason = REASONS[err.code ?? ''] ?? err.message ?? String(e);
  return new ExitError(EXIT.data, [{ severity: 'error', kind: 'io', where: 'techspend', message: `cannot write ${target}: ${reason}` }]);
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'is a folder',
  EIO: 'input/output error',
  EFBIG: 'file too large',
};

export function openTarget(path: string): OutputTarget {
  let info = lstatOrUndefined(path);
  let real = path;
  if (info?.isSymbolicLink()) {
    try {
      real = realpathSync(path);
      info = statSync(real);
    } catch {
      // a dangling link: opening it creates the file it names
      return direct(path, path);
    }
  }
  if (info !== undefined) {
    if (info.isDirectory()) throw writeError(path, { code: 'EISDIR' });
    if (!info.isFile()) return direct(path, real);
    // root may write any file: a file with no write bit is read-only on purpose all the same
    if ((info.mode & 0o222) === 0) throw new ExitError(EXIT.data, [{ severity: 'error', kind: 'io', where: 'techspend', message: `cannot write ${path}: the file is read-only`, hint: 'make it writable, or write elsewhere with -o' }]);
  }
  return atomic(path, real, info?.mode);
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function writeAll(fd: number, bytes: string | Uint8Array): void {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  let done = 0;
  while (done < buf.length) done += writeSync(fd, buf, done);
}

/** A FIFO, a device, a socket: written in place. */
function direct(shown: string, path: string): OutputTarget {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOCTTY);
  } catch (e) {
    throw openError(shown, e);
  }
  let closed = false;
  const close = () => {
    if (!closed) closeSync(fd);
    closed = true;
  };
  return {
    write: (bytes) => {
      try {
        writeAll(fd, bytes);
      } catch (e) {
        throw writeError(shown, e);
      }
    },
    commit: () => {
      try {
        close();
      } catch (e) {
        throw writeError(shown, e);
      }
    },
    discard: () => {
      try {
        close();
      } catch {
        // already failed
      }
    },
  };
}

function openError(shown: string, e: unknown): ExitError {
  return (e as NodeJS.ErrnoException).code === 'ENOENT' ? usageError(`cannot write ${shown}: no such folder`) : writeError(shown, e);
}

/** A regular file: a temp file beside the real one, renamed over it. */
function atomic(shown: string, real: string, mode: number | undefined): OutputTarget {
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.tmp`);
  let fd: number;
  try {
    // armed before the file exists: a signal in between would otherwise leave it behind
    pending.add(tmp);
    armSignals();
    fd = openSync(tmp, 'w');
    if (mode !== undefined) fchmodSync(fd, mode & 0o7777);
  } catch (e) {
    removeTemp(tmp);
    throw openError(shown, e);
  }
  let closed = false;
  const close = () => {
    if (!closed) closeSync(fd);
    closed = true;
  };
  const discard = () => {
    try {
      close();
    } catch {
      // already failed
    }
    removeTemp(tmp);
  };
  return {
    write: (bytes) => {
      try {
        writeAll(fd, bytes);
      } catch (e) {
        discard();
        throw writeError(shown, e);
      }
    },
    commit: () => {
      try {
        close();
        renameSync(tmp, real);
        pending.delete(tmp);
        disarmSignals();
      } catch (e) {
        discard();
        throw writeError(shown, e);
      }
    },
    discard,
  };
}

// temp files of atomic writes under way, removed if a signal ends the run
const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let armed = false;

function removeTemp(tmp: string): void {
  pending.delete(tmp);
  try {
    unlinkSync(tmp);
  } catch {
    // not made, or gone
  }
  disarmSignals();
}

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of [...pending]) removeTemp(tmp);
  disarmSignals();
  // die of the signal, as without the handler (the shell sees 130 for Ctrl-C)
  process.kill(process.pid, signal);
}

function onExit(): void {
  for (const tmp of [...pending]) removeTemp(tmp);
}

function armSignals(): void {
  // signals reach the main thread only; a worker's part files live in a temp folder of their own
  if (armed || !isMainThread) return;
  armed = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', onExit);
}

function disarmSignals(): void {
  if (!armed || pending.size > 0) return;
  armed = false;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', onExit);
}
