import { groupDigits } from '../money/decimal.js';
import { printable } from '../terminal-text.js';

/** Rows read so far, and a step after the scan (`phase`), on one line of a terminal. */
export type Progress = ((rows: number, source: string) => void) & {
  /** a long step after the reading (savings' detectors): shown once the run passed a second */
  phase(what: string): void;
};

/**
 * Progress on a terminal for long inputs: nothing in the first second (short runs stay quiet),
 * then at most five updates a second, on one line that the caller clears at the end.
 */
export function createProgress(stderr: NodeJS.WritableStream, now: () => number = () => performance.now()): Progress {
  const start = now();
  let last = 0;
  const progress = ((rows: number, source: string) => {
    const t = now();
    if (t - start < 1000 || t - last < 200) return;
    last = t;
    stderr.write(`\r\x1b[Ktechspend: ${printable(source, 200)}: ${groupDigits(rows)} rows…`);
  }) as Progress;
  progress.phase = (what) => {
    if (now() - start >= 1000) stderr.write(`\r\x1b[Ktechspend: ${printable(what, 200)}…`);
  };
  return progress;
}
