/**
 * A rule's match in structured form, built by compile-match beside the line test: the indexed
 * engine picks an anchor from it and the SQL export translates it. It never decides a match by
 * itself: the compiled test stays the one definition of what matches.
 */
import type { AmountComparison, DateComparison, StringPattern, StringTest } from './matcher.js';

export type Condition =
  | { kind: 'all'; of: Condition[] }
  | { kind: 'any'; of: Condition[] }
  | { kind: 'not'; of: Condition }
  /** a text field (`vendor`, `description`, ... or `column.<header>`) against one pattern */
  | { kind: 'text'; field: string; pattern: StringPattern; test: StringTest }
  | { kind: 'amount'; comparison: AmountComparison }
  | { kind: 'date'; comparison: DateComparison };

/** The raw columns a condition tests (`column.<header>`), added to `into`: a lines table for the rules SQL carries them too. */
export function rawColumns(c: Condition | undefined, into: Set<string>): Set<string> {
  if (c === undefined) return into;
  if (c.kind === 'text' && c.field.startsWith('column.')) into.add(c.field.slice('column.'.length));
  if (c.kind === 'all' || c.kind === 'any') for (const o of c.of) rawColumns(o, into);
  if (c.kind === 'not') rawColumns(c.of, into);
  return into;
}
