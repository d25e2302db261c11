/**
 * The run's one normalized Config as plain data, for worker threads: the main thread loads the
 * config and applies `--currency` once, and every worker runs on a structured clone of that
 * result, never on a config rebuilt from the command-line options (which once left the workers
 * with the un-rebased rates). Only the functions cannot cross a thread; each is rebuilt from the
 * data it was made of: a rule's test from its condition, the catalog lookup from its vendor id.
 */
import type { Condition } from '../rules/condition.js';
import { testOfCondition } from '../rules/compile-match.js';
import { testOfPattern } from '../rules/matcher.js';
import type { Rule } from '../rules/rule.js';
import type { Config } from './config.js';
import { catalogRules, createCatalogLookup } from './catalog-rules.js';

/** A condition without its compiled string tests. */
export type ConditionData =
  | { kind: 'all' | 'any'; of: ConditionData[] }
  | { kind: 'not'; of: ConditionData }
  | Omit<Extract<Condition, { kind: 'text' }>, 'test'>
  | Extract<Condition, { kind: 'amount' | 'date' }>;

/** A rule without functions: tested by its condition, or by the catalog lookup of `catalog`. */
export interface RuleData extends Omit<Rule, 'test' | 'condition' | 'lookup'> {
  condition?: ConditionData | undefined;
  /** a built-in catalog rule: matches lines whose vendor the catalog knows as this id */
  catalog?: string | undefined;
  /** another built-in catalog rule (e.g. Oracle lines that say cloud), rebuilt by its id */
  builtIn?: string | undefined;
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
  return {
    ...rest,
    rules: rules.map(({ test: _test, condition, lookup, ...r }) => {
      if (lookup !== undefined) return { ...r, catalog: lookup.equals };
      if (condition === undefined && r.id.startsWith('catalog:')) return { ...r, builtIn: r.id };
      if (condition === undefined) throw new Error(`rule ${r.id} has neither a condition nor a lookup: it cannot be sent to a worker`);
      return { ...r, condition: conditionData(condition) };
    }),
  };
}

/** The Config a worker runs on, from the main thread's data. */
export function configFromData(data: ConfigData): Config {
  const lookup = createCatalogLookup();
  let builtIns: Map<string, Rule> | undefined;
  const rules: Rule[] = data.rules.map(({ condition, catalog, builtIn, ...r }) => {
    if (builtIn !== undefined) {
      builtIns ??= new Map(catalogRules().map((b) => [b.id, b]));
      const b = builtIns.get(builtIn);
      if (b === undefined) throw new Error(`built-in rule ${builtIn} is not in the catalog`);
      return { ...r, test: b.test };
    }
    if (catalog !== undefined) {
      return { ...r, test: (line) => lookup(line.vendor) === catalog, lookup: { field: 'vendor', of: lookup, equals: catalog } };
    }
    const c = conditionOf(condition!);
    return { ...r, condition: c, test: testOfCondition(c) };
  });
  return { ...data, rules, categoryById: new Map(data.categories.map((c) => [c.id, c])) };
}
