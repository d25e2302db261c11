/**
 * Output written as it is produced (categorize's rows): stdout, or a file replaced atomically
 * at the end (a temp file beside it, renamed on close; removed if the run fails).
 */
import { closeSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { usageError } from '../diagnostic.js';

export interface OutputStream {
  write(text: string): void;
  /** copy a file's bytes (a part's rows written by another thread) */
  writeFile(path: string): void;
  /** finish: rename the temp file into place */
  close(): void;
  /** give up: remove the temp file */
  abort(): void;
}

const FLUSH_AT = 1 << 16;

/** Each chunk of a file's bytes, read a MiB at a time (the chunk is reused: write it before the next). */
function eachChunk(path: string, onChunk: (bytes: Buffer) => void): void {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n: number;
    while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) onChunk(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

export function openOutput(path: string | undefined, stdout: NodeJS.WritableStream): OutputStream {
  let pending = '';
  if (path === undefined || path === '-') {
    return {
      write(text) {
        pending += text;
        if (pending.length >= FLUSH_AT) {
          stdout.write(pending);
          pending = '';
        }
      },
      writeFile(file) {
        if (pending.length > 0) stdout.write(pending);
        pending = '';
        // a copy per chunk: stdout may hold on to what it is given
        eachChunk(file, (bytes) => stdout.write(Buffer.from(bytes)));
      },
      close() {
        if (pending.length > 0) stdout.write(pending);
        pending = '';
      },
      abort() {
        pending = '';
      },
    };
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (e) {
    throw usageError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}`);
  }
  const flush = () => {
    if (pending.length > 0) writeSync(fd, pending);
    pending = '';
  };
  return {
    write(text) {
      pending += text;
      if (pending.length >= FLUSH_AT) flush();
    },
    writeFile(file) {
      flush();
      eachChunk(file, (bytes) => {
        let done = 0;
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      });
    },
    close() {
      try {
        flush();
        closeSync(fd);
        renameSync(tmp, path);
      } catch (e) {
        this.abort();
        throw usageError(`cannot write ${path}: ${(e as Error).message}`);
      }
    },
    abort() {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      try {
        unlinkSync(tmp);
      } catch {
        // nothing to clean up
      }
    },
  };
}
