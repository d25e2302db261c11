/**
 * How soon V8 collects garbage, for the runs that hold savings' lines (`savings`, `board`).
 *
 * Those runs make much short-lived data that still lives long enough to reach V8's old
 * generation: a million lines staged and then cut into partitions, then every partition read
 * back, grouped and dropped. By default V8 lets the old generation grow to up to four times what
 * was live at the last full collection before it collects again, so the peak follows the garbage
 * rather than the live data, and it grew with the input (board at 5M lines: 420-480 MiB, of which
 * about 80 MiB live). A fixed growth step of 30 % keeps the peak near the live data, at the
 * price of more full collections, each short because little is live.
 *
 * It is a V8 flag, so it holds for the whole process (worker threads too) while held, and is
 * restored to its default when the last hold is released, leaving the flags as they were. V8 takes
 * a code cache only under the flags it was made with (bin/techspend.js; the build trains the cache
 * on a board run); it fixes its flag hash when the bundle is compiled, before any hold, and the
 * restore keeps a later compile in the same process from seeing other flags.
 */
import { setFlagsFromString } from 'node:v8';

/** Old-generation growth between full collections while held, in percent of the live data. */
export const SNUG_GROWTH_PERCENT = 30;

let holds = 0;

export interface HeapHold {
  release(): void;
}

/** Hold the snug growth step until `release()` (holds nest; releasing twice is harmless). */
export function holdSnugHeap(): HeapHold {
  if (holds++ === 0) setFlagsFromString(`--heap-growing-percent=${SNUG_GROWTH_PERCENT}`);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      // 0 is V8's default: no fixed step, its own heuristic
      if (--holds === 0) setFlagsFromString('--heap-growing-percent=0');
    },
  };
}

/** Whether a hold is in force (tests). */
export function snugHeapHeld(): boolean {
  return holds > 0;
}
