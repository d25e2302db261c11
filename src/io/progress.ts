import { groupDigits } from '../money/decimal.js';

/**
 * Progress on a terminal for long inputs: nothing in the first second (short runs stay quiet),
 * then at most five updates a second, on one line that the caller clears at the end.
 */
export function createProgress(stderr: NodeJS.WritableStream, now: () => number = () => performance.now()): (rows: number, source: string) => void {
  const start = now();
  let last = 0;
  return (rows, source) => {
    const t = now();
    if (t - start < 1000 || t - last < 200) return;
    last = t;
    stderr.write(`\r\x1b[Ktechspend: ${source}: ${groupDigits(rows)} rows…`);
  };
}
