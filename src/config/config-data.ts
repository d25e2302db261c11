/**
 * The run's one normalized Config as plain data, for worker threads: the main thread loads the
 * config and applies `--currency` once, and every worker runs on a structured clone of that
 * result, never on a config rebuilt from the command-line options (which once left the workers
 * with the un-rebased rates). Only the functions cannot cross a thread; each is rebuilt from the
 * data it was made of: a rule's test from its condition, a built-in catalog rule from its id.
 */
import type { Condition } from './condition.js';
import { testOfCondition } from './compile-match.js';
import { testOfPattern } from './matcher.js';
import type { Rule } from './rule.js';
import type { Config } from './config.js';
import { catalogRules } from './catalog-rules.js';

/** A condition without its compiled string tests. */
export type ConditionData =
  | { kind: 'all' | 'any'; of: ConditionData[] }
  | { kind: 'not'; of: ConditionData }
  | Omit<Extract<Condition, { kind: 'text' }>, 'test'>
  | Extract<Condition, { kind: 'amount' | 'date' }>;

/** A rule without functions: tested by its condition, or the built-in catalog rule of that id. */
export interface RuleData extends Omit<Rule, 'test' | 'condition' | 'lookup'> {
  condition?: ConditionData | undefined;
  /** a built-in catalog rule (config/catalog-rules.ts), made again from the catalog */
  catalog?: boolean | undefined;
}

export interface ConfigData extends Omit<Config, 'rules' | 'categoryById'> {
  rules: RuleData[];
}

function conditionData(c: Condition): ConditionData {
  switch (c.kind) {
    case 'all':
    case 'any':
      return { kind: c.kind, of: c.of.map(conditionData) };
    case 'not':
      return { kind: 'not', of: conditionData(c.of) };
    case 'text':
      return { kind: 'text', field: c.field, pattern: c.pattern };
    default:
      return c;
  }
}

function conditionOf(d: ConditionData): Condition {
  switch (d.kind) {
    case 'all':
    case 'any':
      return { kind: d.kind, of: d.of.map(conditionOf) };
    case 'not':
      return { kind: 'not', of: conditionOf(d.of) };
    case 'text':
      return { ...d, test: testOfPattern(d.pattern) };
    default:
      return d;
  }
}

/** The config as data a worker thread can receive (structured clone: Maps and bigints pass). */
export function configToData(config: Config): ConfigData {
  const { categoryById: _byId, rules, ...rest } = config;
  const builtIn = new Set(catalogRules().map((r) => r.id));
  return {
    ...rest,
    rules: rules.map(({ test: _test, condition, lookup: _lookup, ...r }) => {
      if (condition !== undefined) return { ...r, condition: conditionData(condition) };
      if (builtIn.has(r.id)) return { ...r, catalog: true };
      throw new Error(`rule ${r.id} has no condition and is not a catalog rule: it cannot be sent to a worker`);
    }),
  };
}

/** The Config a worker runs on, from the main thread's data. */
export function configFromData(data: ConfigData): Config {
  // one set of catalog rules, so that they share one memoized vendor lookup as on the main thread
  const builtIn = new Map(catalogRules().map((r) => [r.id, r]));
  const rules: Rule[] = data.rules.map(({ condition, catalog, ...r }) => {
    if (catalog === true) return { ...builtIn.get(r.id)!, index: r.index };
    const c = conditionOf(condition!);
    return { ...r, condition: c, test: testOfCondition(c) };
  });
  return { ...data, rules, categoryById: new Map(data.categories.map((c) => [c.id, c])) };
}
