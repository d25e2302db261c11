/**
 * Output written as it is produced (categorize's rows): stdout, or an `-o` target (replaced
 * atomically at the end for a regular file; see output-target.ts). Every write is checked: the
 * first failure is kept and ends the run at close (exit 1), so a lost write never exits 0.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { openTarget, writeError } from './output-target.js';
import { type Writable } from './output.js';

export interface OutputStream {
  write(text: string): void;
  /** copy a file's bytes (a part's rows written by another thread) */
  writeFile(path: string): void;
  /** finish: everything written (and the temp file renamed into place); throws on a lost write */
  close(): Promise<void>;
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

/** A millisecond's sleep for a write that would block (Atomics.wait sleeps the thread itself). */
const NAP = new Int32Array(new SharedArrayBuffer(4));

/**
 * stdout's file descriptor, when stdout is the process's own and holds nothing queued: its rows are
 * then written as they come, waiting for the reader. Through the stream, Node queues a pipe's
 * writes in memory without bound when the reader is slower than the scan (categorize of 1M lines
 * into a slow pipe: 1.5 GB at the peak instead of 135 MB).
 */
function ownDescriptor(stdout: Writable): number | undefined {
  const s = stdout as { fd?: unknown; writableLength?: unknown };
  return typeof s.fd === 'number' && s.writableLength === 0 ? s.fd : undefined;
}

/** Write all of `data` to `fd`, waiting while a non-blocking pipe is full. */
function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(NAP, 0, 0, 1);
    }
  }
}

export function openOutput(path: string | undefined, stdout: Writable): OutputStream {
  let pending = '';
  if (path === undefined || path === '-') {
    let failure: Error | undefined;
    // the reader went away (`| head`): the rest is dropped, as Node drops it on EPIPE
    let gone = false;
    const fd = ownDescriptor(stdout);
    const send = (data: string | Uint8Array) => {
      if (failure !== undefined || gone) return;
      if (fd !== undefined) {
        try {
          writeAll(fd, data);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EPIPE') gone = true;
          else failure ??= e as Error;
        }
        return;
      }
      const done = (e?: Error | null) => {
        if (e && (e as NodeJS.ErrnoException).code !== 'EPIPE') failure ??= e;
      };
      try {
        stdout.write(data, done);
      } catch (e) {
        done(e as Error);
      }
    };
    return {
      write(text) {
        pending += text;
        if (pending.length >= FLUSH_AT) {
          send(pending);
          pending = '';
        }
      },
      writeFile(file) {
        if (pending.length > 0) send(pending);
        pending = '';
        // a copy per chunk: stdout may hold on to what it is given
        eachChunk(file, (bytes) => send(Buffer.from(bytes)));
      },
      async close() {
        const last = pending;
        pending = '';
        if (fd !== undefined) {
          send(last);
          if (failure !== undefined) throw writeError('output', failure);
          return;
        }
        // callbacks run in order: once the last write is through, every earlier one is
        await new Promise<void>((resolve) => {
          const done = (e?: Error | null) => {
            if (e && (e as NodeJS.ErrnoException).code !== 'EPIPE') failure ??= e;
            resolve();
          };
          try {
            stdout.write(last, done);
          } catch (e) {
            done(e as Error);
          }
        });
        if (failure !== undefined) throw writeError('output', failure);
      },
      abort() {
        pending = '';
      },
    };
  }
  const target = openTarget(path);
  const flush = () => {
    if (pending.length > 0) target.write(pending);
    pending = '';
  };
  return {
    write(text) {
      pending += text;
      if (pending.length >= FLUSH_AT) flush();
    },
    writeFile(file) {
      flush();
      eachChunk(file, (bytes) => target.write(bytes));
    },
    async close() {
      flush();
      target.commit();
    },
    abort() {
      target.discard();
    },
  };
}
