/**
 * A copy of a string that shares no memory with the one given. A substring of 13 characters or
 * more (a trimmed value, a field) is, in V8, a view that keeps its whole parent string alive:
 * anything that keeps such a string for the whole run (memo keys) keeps a copy instead.
 */
export function detach(s: string): string {
  // ' ' + s is flattened into a new string by the slice, which then views that new string only
  return (' ' + s).slice(1);
}
