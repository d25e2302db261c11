/**
 * From the written shape to a normalized Config: the YAML read (bounded against hostile input),
 * the shape checked (schema.ts, zod), then the named semantic checks of checks/*.ts run in order
 * (unknown category ids, duplicate ids, bad regexes, splits not summing to 100, rates that are not
 * positive numbers...). Every problem names its config path and rule id.
 */
import { createRequire } from 'node:module';
import type { $ZodIssue } from 'zod/v4/core';
import type { Diagnostic } from '../diagnostic.js';
import type { Config } from './config.js';
import { didYouMean } from './did-you-mean.js';
import { fastYaml } from './fast-yaml.js';
import { formatPath } from './paths.js';
import { MAX_CONFIG_DEPTH, shortPath, tooDeepAt } from './nesting.js';
import { KNOWN_KEYS, WrittenConfig } from './schema.js';
import { catalogRules } from './catalog-rules.js';
import { type BuildContext, type ConfigCheck, newState } from './checks/state.js';
import { reportingCurrency } from './checks/currency.js';
import { categories } from './checks/categories.js';
import { rules } from './checks/rules.js';
import { rates } from './checks/rates.js';
import { allocations } from './checks/allocations.js';
import { sources } from './checks/sources.js';
import { budget } from './checks/budget.js';
import { drivers } from './checks/drivers.js';
import { contracts } from './checks/contracts.js';
import { scenarios } from './checks/scenarios.js';

export { EXCLUDED_CATEGORY } from './checks/categories.js';
export type { BuildContext, ReadRelative } from './checks/state.js';

export type BuildResult = { config: Config; diagnostics: Diagnostic[] } | { config: undefined; diagnostics: Diagnostic[] };

const require = createRequire(import.meta.url);

/** Parse YAML (or JSON, which YAML reads too) into a plain object, or diagnostics with line:col. */
export function parseConfigText(text: string, path: string): { value: unknown; diagnostics: Diagnostic[] } {
  const read = readYaml(text, path);
  if (read.diagnostics.length > 0) return read;
  const deep = tooDeepAt(read.value);
  if (deep !== undefined) return { value: undefined, diagnostics: [configProblem(`${path}: ${shortPath(deep)}`, `nested more than ${MAX_CONFIG_DEPTH} levels deep`, 'a config nests a dozen levels at most')] };
  return read;
}

function configProblem(where: string, message: string, hint?: string): Diagnostic {
  return { severity: 'error', kind: 'config', where, message, ...(hint ? { hint } : {}) };
}

/**
 * The yaml parser's errors as diagnostics. Its own stack overflow on nesting thousands deep is
 * said once, in the config's terms: the errors after it follow from it, and how many there are
 * depends on how far the code is optimized (warm code overflowed later and reported it twice).
 */
export function yamlErrorDiagnostics(errors: readonly { message: string; linePos?: readonly { line: number; col: number }[] | undefined }[], path: string): Diagnostic[] {
  if (errors.some((e) => /call stack/i.test(e.message))) return [configProblem(path, 'not valid YAML: nested too deeply to read', 'a config nests a dozen levels at most')];
  return errors.map((e) => {
    const pos = e.linePos?.[0];
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return configProblem(pos ? `${path}:${pos.line}:${pos.col}` : path, `not valid YAML: ${message}`);
  });
}

function readYaml(text: string, path: string): { value: unknown; diagnostics: Diagnostic[] } {
  try {
    // the usual config is plain block YAML: read it without loading the yaml library (~0.3 s of CPU on 500 rules)
    const fast = fastYaml(text);
    if (fast !== undefined) return { value: fast.value, diagnostics: [] };
    const { parseDocument } = require('yaml') as typeof import('yaml');
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) return { value: undefined, diagnostics: yamlErrorDiagnostics(doc.errors, path) };
    // yaml refuses aliases that expand past a bound (an "alias bomb"): a few hundred copies
    return { value: doc.toJS({ maxAliasCount: 100 }), diagnostics: [] };
  } catch (e) {
    // hostile YAML: a parser's own limits, or a stack overflow on nesting thousands deep
    if (e instanceof RangeError) return { value: undefined, diagnostics: [configProblem(path, 'not valid YAML: nested too deeply to read', 'a config nests a dozen levels at most')] };
    if (e instanceof ReferenceError && /alias/i.test(e.message)) return { value: undefined, diagnostics: [configProblem(path, 'not valid YAML: its aliases expand too far (an alias bomb?)', 'write the values out, or use fewer aliases')] };
    throw e;
  }
}

function ruleLabel(written: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return '';
  const rules = (written as { rules?: unknown[] } | undefined)?.rules;
  const rule = Array.isArray(rules) ? (rules[path[1]] as { id?: unknown } | undefined) : undefined;
  return rule && typeof rule.id === 'string' ? ` (rule ${rule.id})` : '';
}

function zodIssueToDiagnostics(issue: $ZodIssue, written: unknown, path: string): Diagnostic[] {
  const at = (p: readonly PropertyKey[]) => `${path}: ${formatPath(p)}${ruleLabel(written, p)}`;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const guess = didYouMean(key, KNOWN_KEYS);
      return {
        severity: 'error' as const,
        kind: 'config' as const,
        where: at([...issue.path, key]),
        message: `unknown key "${key}"`,
        ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
      };
    });
  }
  if (issue.code === 'custom' && issue.params && typeof issue.params.unknownKey === 'string') {
    const key = issue.params.unknownKey as string;
    const guess = didYouMean(key, KNOWN_KEYS);
    return [
      {
        severity: 'error',
        kind: 'config',
        where: at(issue.path),
        message: issue.message,
        hint: guess ? `did you mean "${guess}"? (or column.<header> for any source column)` : 'use vendor, description, account, department, costCenter, currency, amount, date or column.<header>',
      },
    ];
  }
  if (issue.code === 'invalid_union') {
    // report the branch that got furthest, not a wall of alternatives
    const branches = issue.errors;
    const best = branches.reduce<$ZodIssue[] | undefined>((a, b) => (a === undefined || b.length < a.length ? b : a), undefined);
    if (best && best.length > 0 && best.every((i) => i.path.length > 0)) return best.flatMap((i) => zodIssueToDiagnostics({ ...i, path: [...issue.path, ...i.path] } as $ZodIssue, written, path));
  }
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    // a missing key reads better as "missing" than as zod's type wording
    const hint = issue.path.length === 1 && issue.path[0] === 'categories' ? 'a config needs at least one category; techspend init writes a starter file' : undefined;
    return [{ severity: 'error', kind: 'config', where: at(issue.path), message: `missing (expected ${issue.expected})`, ...(hint ? { hint } : {}) }];
  }
  return [{ severity: 'error', kind: 'config', where: at(issue.path), message: issue.message }];
}

/**
 * The named checks, run in this order (each may read what an earlier one left: rules and
 * allocations need the categories). Every problem of every check is reported, not the first.
 */
export const CONFIG_CHECKS: readonly ConfigCheck[] = [reportingCurrency, categories, rules, rates, allocations, sources, budget, drivers, contracts, scenarios];

export function buildConfig(raw: unknown, ctx: BuildContext): BuildResult {
  const { path } = ctx;
  const shape = WrittenConfig.safeParse(raw ?? {});
  if (!shape.success) {
    return { config: undefined, diagnostics: shape.error.issues.flatMap((i) => zodIssueToDiagnostics(i, raw, path)) };
  }
  const s = newState(shape.data, ctx);
  for (const check of CONFIG_CHECKS) check.run(s);
  if (s.diagnostics.length > 0) return { config: undefined, diagnostics: s.diagnostics };
  return {
    config: {
      path,
      dir: ctx.dir,
      currency: s.currency,
      fiscalYearStart: s.written.fiscalYearStart,
      rates: s.rates,
      categories: s.categories,
      categoryById: s.categoryById,
      allocations: s.allocations,
      rules: s.inherits ? [...s.rules, ...catalogRules(s.rules.length)] : s.rules,
      uncategorized: s.written.uncategorized,
      unmatched: s.unmatched,
      sources: s.sources,
      budget: s.budget,
      drivers: s.drivers,
      ...(s.written.per !== undefined ? { per: s.written.per } : {}),
      ...(s.contracts !== undefined ? { contracts: s.contracts } : {}),
      ...(s.scenarios !== undefined ? { scenarios: s.scenarios } : {}),
      ...(s.written.usefulLife !== undefined ? { usefulLife: s.written.usefulLife } : {}),
    },
    diagnostics: s.diagnostics,
  };
}
