import type { Basis } from '../period/accrual.js';
import type { SourceLayout } from '../ingest/layout.js';
import type { ContractLine } from './contract-table.js';
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
  /** capitalizable share of its spend, percent × 10^6 (60% → 60_000_000n); absent: all opex */
  capitalize?: bigint | undefined;
  /** months its capex is depreciated over (absent: Config.usefulLife) */
  usefulLife?: number | undefined;
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
import type { Scenario } from './scenario-file.js';
export type { RateTable } from '../money/currency.js';

/** A configured source; what ingest reads of it is its SourceLayout. */
export interface SourceSpec extends Omit<WrittenSource, 'files'>, SourceLayout {
  /** path globs (empty: any path, when headerIncludes says which files) */
  files: string[];
  /**
   * exactly these inputs, as the run names them (no glob): the built-in default's own entries, a
   * file it judged to write spend negative (config/fitted-default.ts); a user's entry uses files
   */
  paths?: readonly string[] | undefined;
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
  /** the contract table (`contracts:`), for renewals; absent when the config names none */
  contracts?: ContractLine[];
  /** next year's scenarios (`scenarios:`), in the order written; absent when none */
  scenarios?: Scenario[] | undefined;
  /** default useful life (months) of capitalized spend; absent: 36 (analysis/capex) */
  usefulLife?: number | undefined;
  /** `--basis`: accrual spreads lines over their service period (period/accrual.ts); absent is cash */
  basis?: Basis | undefined;
}
