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
