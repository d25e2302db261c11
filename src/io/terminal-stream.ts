/**
 * stderr as the commands see it: every string written is passed through the terminal sanitiser
 * (terminal-text.ts), so no message, warning or note can carry an escape sequence or an invisible
 * character from the data to the terminal, whoever wrote it. Progress, which moves the cursor on
 * purpose, writes to the stream beneath (`rawStream`), with its own text sanitised.
 */
import { Writable } from 'node:stream';
import { terminalText } from '../terminal-text.js';

type Stream = NodeJS.WritableStream & { isTTY?: boolean };
const RAW = Symbol('raw stream');

export function sanitizedStream(raw: Stream): Stream {
  if ((raw as { [RAW]?: Stream })[RAW] !== undefined) return raw;
  const w = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _enc, cb) {
      raw.write(typeof chunk === 'string' ? terminalText(chunk) : terminalText(chunk.toString('utf8')));
      cb();
    },
  }) as Writable & { isTTY?: boolean; [RAW]?: Stream };
  w.isTTY = raw.isTTY;
  w[RAW] = raw;
  return w;
}

/** The stream beneath a sanitised one (itself when it is not one). */
export function rawStream(s: Stream): Stream {
  return (s as { [RAW]?: Stream })[RAW] ?? s;
}
