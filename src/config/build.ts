/**
 * Second validation pass: from the written shape to a normalized Config, with named semantic
 * checks (unknown category ids, duplicate ids, bad regexes, splits not summing to 100, rates
 * that are not positive numbers...). Every problem names its config path and rule id.
 */
import { createRequire } from 'node:module';
import type { $ZodIssue } from 'zod/v4/core';
import type { Diagnostic } from '../diagnostic.js';
import { type Decimal, compare, parseDecimal, round, ZERO } from '../money/decimal.js';
import { kindOfPeriod } from '../period/period.js';
import { compileMatch, type MatchProblem } from './compile-match.js';
import type { Rule, SplitPart } from './rule.js';
import type { Allocation, BudgetLine, Category, Config, DriverRow, RateTable, SourceSpec } from './config.js';
import { isKnownCurrency } from '../money/currency.js';
import { didYouMean } from './did-you-mean.js';
import { fastYaml } from './fast-yaml.js';
import { formatPath } from './paths.js';
import { MAX_CONFIG_DEPTH, shortPath, tooDeepAt } from './nesting.js';
import { budgetLineOf, readBudgetTable } from './budget-table.js';
import { readSideTable } from './side-table.js';
import { KNOWN_KEYS, POOLS, type Pool, type Scope, WrittenConfig, type WrittenRule, type WrittenRuleTable } from './schema.js';
import { builtInCategories, catalogRules } from './catalog-rules.js';

/** the category of a rule that says only `scope: excluded` (made when no category has this id) */
export const EXCLUDED_CATEGORY = 'excluded';

export type ReadRelative = (relativePath: string) => { text: string } | { error: string };

export interface BuildContext {
  /** config path as shown in messages */
  path: string;
  dir: string;
  readRelative: ReadRelative;
}

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

function readYaml(text: string, path: string): { value: unknown; diagnostics: Diagnostic[] } {
  try {
    // the usual config is plain block YAML: read it without loading the yaml library (~0.3 s of CPU on 500 rules)
    const fast = fastYaml(text);
    if (fast !== undefined) return { value: fast.value, diagnostics: [] };
    const { parseDocument } = require('yaml') as typeof import('yaml');
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      return {
        value: undefined,
        diagnostics: doc.errors.map((e) => {
          const pos = e.linePos?.[0];
          const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
          // the parser's own stack overflow on nesting thousands deep, said in the config's terms
          if (/call stack/i.test(message)) return configProblem(path, 'not valid YAML: nested too deeply to read', 'a config nests a dozen levels at most');
          return configProblem(pos ? `${path}:${pos.line}:${pos.col}` : path, `not valid YAML: ${message}`);
        }),
      };
    }
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

function problem(path: string, at: string, message: string, hint?: string): Diagnostic {
  return { severity: 'error', kind: 'config', where: `${path}: ${at}`, message, ...(hint ? { hint } : {}) };
}

function readNumber(value: number | string): Decimal | undefined {
  return parseDecimal(String(value).trim());
}



export function buildConfig(raw: unknown, ctx: BuildContext): BuildResult {
  const { path } = ctx;
  const shape = WrittenConfig.safeParse(raw ?? {});
  if (!shape.success) {
    return { config: undefined, diagnostics: shape.error.issues.flatMap((i) => zodIssueToDiagnostics(i, raw, path)) };
  }
  const written = shape.data;
  const diagnostics: Diagnostic[] = [];
  const err = (at: string, message: string, hint?: string) => diagnostics.push(problem(path, at, message, hint));

  const currency = written.currency.toUpperCase();
  if (!isKnownCurrency(currency)) err('currency', `unknown currency "${written.currency}"`, 'use an ISO 4217 code such as USD, EUR, GBP');

  // categories
  const categories: Category[] = [];
  const categoryById = new Map<string, Category>();
  // no categories: the built-in ones, and the catalog's rules after the config's own
  const inherits = written.categories === undefined;
  (written.categories ?? builtInCategories()).forEach((c, i) => {
    if (categoryById.has(c.id)) {
      err(`categories[${i}].id`, `duplicate category id "${c.id}"`);
      return;
    }
    const category: Category = {
      id: c.id,
      name: c.name,
      function: c.function ?? (c.shared ? 'Shared Technology' : c.name),
      revenueGenerating: c.revenueGenerating ?? false,
      investment: c.investment,
      pool: c.pool,
      shared: c.shared ?? false,
      scope: c.scope ?? 'technology',
    };
    if (category.scope === 'excluded' && category.shared) err(`categories[${i}].shared`, `category "${c.id}" is excluded: it cannot be shared technology`, 'remove shared, or scope: excluded');
    categories.push(category);
    categoryById.set(c.id, category);
  });
  if (!categoryById.has(written.uncategorized)) {
    const fallback: Category = { id: written.uncategorized, name: 'Uncategorized', function: 'Unassigned', revenueGenerating: false, shared: false, scope: written.unmatched ?? 'technology' };
    categories.push(fallback);
    categoryById.set(fallback.id, fallback);
  }
  const unmatched: Scope = written.unmatched ?? categoryById.get(written.uncategorized)!.scope;
  if (unmatched === 'technology' && categoryById.get(written.uncategorized)!.scope === 'excluded') {
    err('unmatched', `unmatched lines are technology, but their category "${written.uncategorized}" (uncategorized) is excluded`, 'say unmatched: excluded, or use another uncategorized category');
  }
  // a rule that only says `scope: excluded` books its lines to this category
  const needsExcluded = written.rules.some((r) => !('table' in r) && (r as WrittenRule).scope === 'excluded' && (r as WrittenRule).category === undefined && (r as WrittenRule).split === undefined);
  if (needsExcluded && !categoryById.has(EXCLUDED_CATEGORY)) {
    const excluded: Category = { id: EXCLUDED_CATEGORY, name: 'Excluded (not technology)', function: 'Not technology', revenueGenerating: false, shared: false, scope: 'excluded' };
    categories.push(excluded);
    categoryById.set(excluded.id, excluded);
  }
  const categoryIds = [...categoryById.keys()];
  const unknownCategory = (id: string, at: string, rule = '') =>
    err(at + rule, `unknown category "${id}"`, didYouMean(id, categoryIds) ? `did you mean "${didYouMean(id, categoryIds)}"?` : `define it under categories`);

  // rules
  const rules: Rule[] = [];
  const ruleIds = new Map<string, string>();
  const addRule = (rule: Omit<Rule, 'index'>) => {
    const seen = ruleIds.get(rule.id);
    if (seen !== undefined) {
      err(rule.where, `duplicate rule id "${rule.id}"`, `already used by ${seen}`);
      return;
    }
    ruleIds.set(rule.id, rule.where);
    rules.push({ ...rule, index: rules.length });
  };
  const compileSplit = (split: Record<string, number | string>, at: string, label: string): SplitPart[] | undefined => {
    const parts: SplitPart[] = [];
    let total = ZERO as Decimal;
    let ok = true;
    for (const [cat, w] of Object.entries(split)) {
      const d = readNumber(w);
      if (!categoryById.has(cat)) {
        unknownCategory(cat, `${at}.${cat}`, label);
        ok = false;
      }
      if (d === undefined || d.units <= 0n) {
        err(`${at}.${cat}${label}`, `split weight must be a positive number, got "${w}"`);
        ok = false;
        continue;
      }
      total = { units: round(total, 6).units + round(d, 6).units, scale: 6 };
      parts.push({ category: cat, weight: round(d, 6).units });
    }
    if (ok && compare(total, { units: 100n, scale: 0 }) !== 0) {
      err(`${at}${label}`, `split weights must sum to 100, they sum to ${String(Number(total.units) / 1e6)}`);
      ok = false;
    }
    return ok ? parts : undefined;
  };

  written.rules.forEach((r, i) => {
    const at = `rules[${i}]`;
    if ('table' in r) {
      loadRuleTable(r as WrittenRuleTable, at);
      return;
    }
    const rule = r as WrittenRule;
    const id = rule.id ?? `rule-${i + 1}`;
    const label = rule.id ? ` (rule ${rule.id})` : '';
    if (rule.category === undefined && rule.split === undefined && rule.scope !== 'excluded') {
      err(`${at}${label}`, 'a rule needs a category or a split', 'or scope: excluded to keep the lines it matches out of technology spend');
      return;
    }
    if (rule.category !== undefined && !categoryById.has(rule.category)) unknownCategory(rule.category, `${at}.category`, label);
    const split = rule.split ? compileSplit(rule.split, `${at}.split`, label) : undefined;
    const problems: MatchProblem[] = [];
    const match = compileMatch(rule.match, `${at}.match`, problems);
    for (const p of problems) err(p.path + label, p.message);
    if (Object.keys(rule.match).length === 0) err(`${at}.match${label}`, 'empty match: the rule would take every line', 'list at least one field');
    if (split !== undefined && rule.scope === undefined && new Set(split.map((p) => categoryById.get(p.category)?.scope)).size > 1) {
      err(`${at}.split${label}`, 'a split mixes technology and excluded categories', 'split technology spend only, or give the rule a scope');
    }
    if (rule.amortize !== undefined && (!Number.isInteger(rule.amortize) || rule.amortize < 1 || rule.amortize > 120)) {
      err(`${at}.amortize${label}`, `amortize is a whole number of months from 1 to 120, got ${rule.amortize}`, 'an annual invoice: amortize: 12');
    }
    addRule({
      id,
      where: at,
      category: rule.category ?? split?.[0]?.category ?? EXCLUDED_CATEGORY,
      pool: rule.pool,
      scope: rule.scope,
      split,
      ...(rule.amortize !== undefined ? { amortize: rule.amortize } : {}),
      test: match.test,
      fields: match.fields,
      describe: match.describe,
      exactVendors: match.exactVendors,
      condition: match.condition,
    });
  });

  function loadRuleTable(t: WrittenRuleTable, at: string) {
    const file = ctx.readRelative(t.table);
    if ('error' in file) {
      err(`${at}.table`, `cannot read rule table "${t.table}": ${file.error}`);
      return;
    }
    const table = readSideTable(file.text);
    if ('error' in table) {
      err(`${at}.table`, `rule table "${t.table}" is not valid CSV: ${table.error}`);
      return;
    }
    const first = table.rows[0];
    if (first && (!('vendor' in first.cells) || !('category' in first.cells))) {
      err(`${at}.table`, `rule table "${t.table}" needs the columns vendor,category[,pool][,split]`);
      return;
    }
    table.rows.forEach(({ line: lineNo, cells: row }) => {
      const where = `${t.table}:${lineNo}`;
      const vendor = row.vendor ?? '';
      const category = row.category ?? '';
      const pool = row.pool ? row.pool : undefined;
      if (vendor === '') {
        err(where, 'empty vendor');
        return;
      }
      if (category !== '' && !categoryById.has(category)) unknownCategory(category, where);
      if (pool !== undefined && !(POOLS as readonly string[]).includes(pool)) err(where, `unknown pool "${pool}"`, `use one of ${POOLS.join(', ')}`);
      let split: SplitPart[] | undefined;
      if (row.split) {
        const entries: Record<string, string> = {};
        for (const part of row.split.split(/[;|]/)) {
          const [c, w] = part.split(':');
          if (c && w) entries[c.trim()] = w.trim();
        }
        split = compileSplit(entries, `${where} split`, '');
        if (split !== undefined && new Set(split.map((p) => categoryById.get(p.category)?.scope)).size > 1) err(`${where} split`, 'a split mixes technology and excluded categories');
      }
      const problems: MatchProblem[] = [];
      const match = compileMatch({ vendor }, where, problems);
      for (const p of problems) err(p.path, p.message);
      addRule({
        id: `${t.id ?? t.table}:${lineNo}`,
        where,
        category: category || split?.[0]?.category,
        pool: pool as Pool | undefined,
        split,
        test: match.test,
        fields: match.fields,
        describe: match.describe,
        exactVendors: match.exactVendors,
        condition: match.condition,
      });
    });
  }

  // rates
  const fixed = new Map<string, Decimal>();
  const monthly = new Map<string, Map<string, Decimal>>();
  if (typeof written.rates === 'string') {
    const file = ctx.readRelative(written.rates);
    if ('error' in file) err('rates', `cannot read rates file "${written.rates}": ${file.error}`);
    else {
      const table = readSideTable(file.text);
      if ('error' in table) err('rates', `rates file "${written.rates}" is not valid CSV: ${table.error}`);
      else {
        for (const { line, cells: row } of table.rows) {
          const where = `${written.rates}:${line}`;
          const cur = (row.currency ?? '').toUpperCase();
          const rate = readNumber(row.rate ?? '');
          const month = row.month ?? row.period ?? '';
          if (!isKnownCurrency(cur)) err(where, `unknown currency "${row.currency ?? ''}"`);
          else if (rate === undefined || rate.units <= 0n) err(where, `rate must be a positive number, got "${row.rate ?? ''}"`);
          else if (month === '') fixed.set(cur, rate);
          else if (!/^\d{4}-\d{2}$/.test(month)) err(where, `month must look like 2026-01, got "${month}"`);
          else {
            let m = monthly.get(cur);
            if (!m) monthly.set(cur, (m = new Map()));
            m.set(month, rate);
          }
        }
      }
    }
  } else if (written.rates) {
    for (const [cur, value] of Object.entries(written.rates)) {
      const code = cur.toUpperCase();
      const rate = readNumber(value);
      if (!isKnownCurrency(code)) err(`rates.${cur}`, `unknown currency "${cur}"`, 'use an ISO 4217 code');
      else if (rate === undefined || rate.units <= 0n) err(`rates.${cur}`, `rate must be a positive number, got "${value}"`);
      else fixed.set(code, rate);
    }
  }
  const rates: RateTable = { fixed, monthly };

  // allocations
  const functions = new Set(categories.filter((c) => !c.shared && c.scope === 'technology').map((c) => c.function));
  const allocations = new Map<string, Allocation>();
  for (const [catId, a] of Object.entries(written.allocations ?? {})) {
    const at = `allocations.${catId}`;
    const cat = categoryById.get(catId);
    if (!cat) {
      unknownCategory(catId, at);
      continue;
    }
    if (!cat.shared) err(at, `category "${catId}" is not shared`, cat.scope === 'excluded' ? 'it is excluded: excluded spend is not allocated' : 'add shared: true to the category to allocate it');
    if ('method' in a && a.method === 'proportional') allocations.set(catId, { method: 'proportional' });
    else if ('driver' in a && typeof a.driver === 'string') {
      const file = ctx.readRelative(a.driver);
      if ('error' in file) {
        err(`${at}.driver`, `cannot read driver table "${a.driver}": ${file.error}`);
        continue;
      }
      const table = readSideTable(file.text);
      if ('error' in table) {
        err(`${at}.driver`, `driver table "${a.driver}" is not valid CSV: ${table.error}`);
        continue;
      }
      const drivers: DriverRow[] = [];
      table.rows.forEach(({ line, cells: row }) => {
        const where = `${a.driver}:${line}`;
        const fn = row.function ?? '';
        const period = row.period ?? '';
        const value = readNumber(row.value ?? '');
        if (!functions.has(fn)) err(where, `unknown business function "${fn}"`, didYouMean(fn, [...functions]) ? `did you mean "${didYouMean(fn, [...functions])}"?` : `functions are: ${[...functions].join(', ')}`);
        else if (period !== '' && kindOfPeriod(period) === undefined) err(where, `not a period: "${period}"`, 'use 2026-01, 2026-Q1, 2026, FY2027 or FY2027-Q1');
        else if (value === undefined || value.units < 0n) err(where, `driver value must be a number >= 0, got "${row.value ?? ''}"`);
        else drivers.push({ fn, period, value });
      });
      allocations.set(catId, { method: 'driver', path: a.driver, drivers });
    } else {
      const weights: { fn: string; weight: bigint }[] = [];
      let total = 0n;
      for (const [fn, w] of Object.entries(a as Record<string, number | string>)) {
        const d = readNumber(w);
        if (!functions.has(fn)) err(`${at}.${fn}`, `unknown business function "${fn}"`, didYouMean(fn, [...functions]) ? `did you mean "${didYouMean(fn, [...functions])}"?` : `functions are: ${[...functions].join(', ')}`);
        else if (d === undefined || d.units <= 0n) err(`${at}.${fn}`, `weight must be a positive number, got "${w}"`);
        else {
          weights.push({ fn, weight: round(d, 6).units });
          total += round(d, 6).units;
        }
      }
      if (weights.length > 0 && total !== 100_000_000n) err(at, `allocation weights must sum to 100, they sum to ${Number(total) / 1e6}`);
      allocations.set(catId, { method: 'fixed', weights });
    }
  }

  // sources
  const sources: SourceSpec[] = (written.sources ?? []).map((s, i) => {
    const at = `sources[${i}]`;
    if (s.currency !== undefined && !isKnownCurrency(s.currency.toUpperCase())) err(`${at}.currency`, `unknown currency "${s.currency}"`);
    if (s.columns?.amount === undefined && (s.columns?.debit === undefined) !== (s.columns?.credit === undefined)) {
      err(`${at}.columns`, 'debit and credit columns go together');
    }
    if (s.files === undefined && s.headerIncludes === undefined) err(at, 'a source needs files (path globs) or headerIncludes (header columns the file has)');
    return { ...s, files: s.files === undefined ? [] : Array.isArray(s.files) ? s.files : [s.files], where: at };
  });

  // budget
  const budget: BudgetLine[] = [];
  const budgetProblem = (p: { where: string; message: string; hint?: string }) => diagnostics.push({ severity: 'error', kind: 'config', ...p, where: `${path}: ${p.where}` });
  const addBudget = (b: BudgetLine) => {
    if (categoryById.get(b.category)?.scope === 'excluded') budgetProblem({ where: b.where, message: `category "${b.category}" is excluded from technology spend: it has no budget` });
    else budget.push(b);
  };
  if (typeof written.budget === 'string') {
    const file = ctx.readRelative(written.budget);
    if ('error' in file) err('budget', `cannot read budget "${written.budget}": ${file.error}`);
    else {
      const read = readBudgetTable(file.text, written.budget, categoryIds);
      read.problems.forEach(budgetProblem);
      for (const b of read.lines) addBudget(b);
    }
  } else if (written.budget) {
    written.budget.forEach((b, i) => {
      const r = budgetLineOf(b.category, b.period, b.amount, `budget[${i}]`, categoryIds);
      if ('message' in r) budgetProblem(r);
      else addBudget(r);
    });
  }

  if (diagnostics.length > 0) return { config: undefined, diagnostics };
  return {
    config: {
      path,
      dir: ctx.dir,
      currency,
      fiscalYearStart: written.fiscalYearStart,
      rates,
      categories,
      categoryById,
      allocations,
      rules: inherits ? [...rules, ...catalogRules(rules.length)] : rules,
      uncategorized: written.uncategorized,
      unmatched,
      sources,
      budget,
    },
    diagnostics,
  };
}
