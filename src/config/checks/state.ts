/**
 * What the config's named checks (checks/*.ts, run in order by build.ts) share: the written
 * config, where side tables are read from, the problems found so far, and the normalized parts
 * each check leaves for the ones after it (categories before rules, rules before rates...).
 */
import type { Diagnostic } from '../../diagnostic.js';
import { type Decimal, parseDecimal } from '../../money/decimal.js';
import type { Allocation, BudgetLine, Category, SourceSpec } from '../config.js';
import { didYouMean } from '../did-you-mean.js';
import type { Rule } from '../rule.js';
import type { Scope, WrittenConfig } from '../schema.js';
import type { DriverValue } from '../driver-table.js';

export type ReadRelative = (relativePath: string) => { text: string } | { error: string };

export interface BuildContext {
  /** config path as shown in messages */
  path: string;
  dir: string;
  readRelative: ReadRelative;
}

export interface BuildState {
  readonly written: WrittenConfig;
  readonly ctx: BuildContext;
  readonly diagnostics: Diagnostic[];
  /** the reporting currency, upper case */
  currency: string;
  categories: Category[];
  categoryById: Map<string, Category>;
  /** no categories written: the built-in ones, and the catalog's rules after the config's own */
  inherits: boolean;
  unmatched: Scope;
  rules: Rule[];
  /** the rates as they are read (a RateTable once built) */
  rates: { fixed: Map<string, Decimal>; monthly: Map<string, Map<string, Decimal>> };
  allocations: Map<string, Allocation>;
  sources: SourceSpec[];
  budget: BudgetLine[];
  /** business drivers (unit economics), from the driver tables */
  drivers: DriverValue[];
}

/** One named check: reads the written config and what earlier checks left, adds problems and its part. */
export interface ConfigCheck {
  name: string;
  run(state: BuildState): void;
}

export function newState(written: WrittenConfig, ctx: BuildContext): BuildState {
  return {
    written,
    ctx,
    diagnostics: [],
    currency: written.currency.toUpperCase(),
    categories: [],
    categoryById: new Map(),
    inherits: written.categories === undefined,
    unmatched: 'technology',
    rules: [],
    rates: { fixed: new Map(), monthly: new Map() },
    allocations: new Map(),
    sources: [],
    budget: [],
    drivers: [],
  };
}

/** A problem at a config path (`at`), named with the config file. */
export function problem(path: string, at: string, message: string, hint?: string): Diagnostic {
  return { severity: 'error', kind: 'config', where: `${path}: ${at}`, message, ...(hint ? { hint } : {}) };
}

/** Record a problem at `at` in the config. */
export function report(s: BuildState, at: string, message: string, hint?: string): void {
  s.diagnostics.push(problem(s.ctx.path, at, message, hint));
}

/** An unknown category id, with the closest known one as a hint. */
export function unknownCategory(s: BuildState, id: string, at: string, rule = ''): void {
  const ids = [...s.categoryById.keys()];
  const guess = didYouMean(id, ids);
  report(s, at + rule, `unknown category "${id}"`, guess ? `did you mean "${guess}"?` : `define it under categories`);
}

export function readNumber(value: number | string): Decimal | undefined {
  return parseDecimal(String(value).trim());
}
