import type { SourceLayout } from '../ingest/layout.js';
import type { Decimal } from '../money/decimal.js';
import type { RateTable } from '../money/currency.js';
import type { DriverValue } from './driver-table.js';
import type { Rule } from './rule.js';
import type { Investment, Pool, Scope, WrittenSource } from './schema.js';

export interface Category {
  id: string;
  name: string;
  /** the business function it serves (roll-up level) */
  function: string;
  revenueGenerating: boolean;
  investment?: Investment | undefined;
  pool?: Pool | undefined;
  shared: boolean;
  /** excluded: its lines are in no technology figure */
  scope: Scope;
}

export type Allocation =
  | { method: 'fixed'; weights: { fn: string; weight: bigint }[] }
  | { method: 'proportional' }
  | { method: 'driver'; path: string; drivers: DriverRow[] };

export interface DriverRow {
  fn: string;
  /** a period label in any SPEC form, or '' for all periods */
  period: string;
  value: Decimal;
}

export interface BudgetLine {
  category: string;
  period: string;
  amount: Decimal;
  where: string;
}

/** Conversion rates to the reporting currency (defined with the conversion, in money/). */
export type { RateTable } from '../money/currency.js';

/** A configured source; what ingest reads of it is its SourceLayout. */
export interface SourceSpec extends Omit<WrittenSource, 'files'>, SourceLayout {
  /** path globs (empty: any path, when headerIncludes says which files) */
  files: string[];
  where: string;
}

/** The validated, normalized configuration every command runs on. */
export interface Config {
  /** the config file path as shown in messages, or `(built-in demo)` / `(built-in default)` */
  path: string;
  /** folder that relative paths in the config resolve against */
  dir: string;
  currency: string;
  /** currency of lines whose source names none; differs from `currency` under --currency */
  inputCurrency?: string | undefined;
  fiscalYearStart: number;
  rates: RateTable;
  categories: Category[];
  categoryById: ReadonlyMap<string, Category>;
  allocations: ReadonlyMap<string, Allocation>;
  rules: Rule[];
  uncategorized: string;
  /** what lines no rule matches are */
  unmatched: Scope;
  sources: SourceSpec[];
  budget: BudgetLine[];
  /** business drivers (unit economics), month by month; empty when none is configured */
  drivers: DriverValue[];
  /** the default driver (`per:`), when configured */
  per?: string | undefined;
}
