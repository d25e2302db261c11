/**
 * How deep a parsed config nests. Every later pass (zod, the match compiler, the engine's
 * condition tree) recurses once per level, so a config nested thousands deep would overflow
 * the stack there; it is refused here, with the path where it goes too deep. Real configs nest
 * a dozen levels at most (`rules[3].match.any[0].not.vendor[1]`).
 */
import { formatPath } from './paths.js';

export const MAX_CONFIG_DEPTH = 40;

/** The path of the first value nested deeper than `limit`, or undefined. Walks without recursion. */
export function tooDeepAt(value: unknown, limit = MAX_CONFIG_DEPTH): (string | number)[] | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= limit) return path;
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    // in reverse, so that the first entry is looked at first
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
  }
  return undefined;
}

/** The path as shown: its first steps and where it ends, not a thousand `.not`. */
export function shortPath(path: readonly (string | number)[]): string {
  return path.length <= 8 ? formatPath(path) : `${formatPath(path.slice(0, 6))}…`;
}
