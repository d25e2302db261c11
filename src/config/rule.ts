import type { Pool, Scope } from './schema.js';
import type { ExpenseLine } from '../ingest/line.js';
import type { Condition } from './condition.js';

/** A compiled test of one line. */
export type LineTest = (line: ExpenseLine) => boolean;

export interface SplitPart {
  category: string;
  /** percentage weight at scale 1e6 */
  weight: bigint;
}

/** A rule ready to run. Rules are evaluated in order; the first match wins. */
export interface Rule {
  id: string;
  /** position in evaluation order (0-based) */
  index: number;
  /** where it was written: `rules[3]` or `vendor-map.csv:12` */
  where: string;
  category?: string | undefined;
  pool?: Pool | undefined;
  /** said on the rule: wins over its category's scope (absent: the category's) */
  scope?: Scope | undefined;
  split?: SplitPart[] | undefined;
  /** months of service each matched line pays for (`amortize: 12`), spread by --basis accrual */
  amortize?: number | undefined;
  /** capitalizable share of its lines, percent × 10^6 (`capitalize: 60%`): wins over its category's (analysis/capex) */
  capitalize?: bigint | undefined;
  /** months the capex of its lines is depreciated over (absent: the category's, else Config.usefulLife) */
  usefulLife?: number | undefined;
  test: LineTest;
  /** the fields this rule reads, for validate and the indexed engine */
  fields: string[];
  /** a readable rendering of the match, for explain */
  describe: string;
  /**
   * Exact vendor values (lower-cased) when the rule is nothing but an exact vendor match,
   * so the engine can look it up in a Map instead of testing it.
   */
  exactVendors?: string[] | undefined;
  /** the match in structured form, for the indexed engine and the SQL export (absent: tested line by line) */
  condition?: Condition | undefined;
  /**
   * A rule that matches when `of(line[field])` equals `equals` (the built-in catalog rules): the
   * engine calls `of` once per distinct value and finds the rule in a Map.
   */
  lookup?: { field: 'vendor'; of: (value: string) => string | undefined; equals: string } | undefined;
}
