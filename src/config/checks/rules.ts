/**
 * Rules, written and from rule tables: each has a category, a split or `scope: excluded`;
 * categories known; splits positive and summing to 100, not mixing technology and excluded;
 * match blocks compile and are not empty; ids unique. Compiled to `Rule`s in order.
 */
import { compare, type Decimal, round, ZERO } from '../../money/decimal.js';
import { compileMatch, type MatchProblem } from '../compile-match.js';
import type { Rule, SplitPart } from '../rule.js';
import { type Pool, POOLS, type WrittenRule, type WrittenRuleTable } from '../schema.js';
import { readSideTable } from '../side-table.js';
import { EXCLUDED_CATEGORY } from './categories.js';
import { ruleCapitalizeOf } from './capex.js';
import { type BuildState, type ConfigCheck, readNumber, report, unknownCategory } from './state.js';

export const rules: ConfigCheck = {
  name: 'rules',
  run(s) {
    const ids = new Map<string, string>();
    const add = (rule: Omit<Rule, 'index'>) => {
      const seen = ids.get(rule.id);
      if (seen !== undefined) {
        report(s, rule.where, `duplicate rule id "${rule.id}"`, `already used by ${seen}`);
        return;
      }
      ids.set(rule.id, rule.where);
      s.rules.push({ ...rule, index: s.rules.length });
    };
    s.written.rules.forEach((r, i) => {
      const at = `rules[${i}]`;
      if ('table' in r) ruleTable(s, r as WrittenRuleTable, at, add);
      else writtenRule(s, r as WrittenRule, i, add);
    });
  },
};

type AddRule = (rule: Omit<Rule, 'index'>) => void;

function writtenRule(s: BuildState, rule: WrittenRule, i: number, add: AddRule): void {
  const at = `rules[${i}]`;
  const id = rule.id ?? `rule-${i + 1}`;
  const label = rule.id ? ` (rule ${rule.id})` : '';
  if (rule.category === undefined && rule.split === undefined && rule.scope !== 'excluded') {
    report(s, `${at}${label}`, 'a rule needs a category or a split', 'or scope: excluded to keep the lines it matches out of technology spend');
    return;
  }
  if (rule.category !== undefined && !s.categoryById.has(rule.category)) unknownCategory(s, rule.category, `${at}.category`, label);
  const split = rule.split ? compileSplit(s, rule.split, `${at}.split`, label) : undefined;
  const problems: MatchProblem[] = [];
  const match = compileMatch(rule.match, `${at}.match`, problems);
  for (const p of problems) report(s, p.path + label, p.message);
  if (Object.keys(rule.match).length === 0) report(s, `${at}.match${label}`, 'empty match: the rule would take every line', 'list at least one field');
  if (split !== undefined && rule.scope === undefined && mixesScopes(s, split)) {
    report(s, `${at}.split${label}`, 'a split mixes technology and excluded categories', 'split technology spend only, or give the rule a scope');
  }
  if (rule.amortize !== undefined && (!Number.isInteger(rule.amortize) || rule.amortize < 1 || rule.amortize > 120)) {
    report(s, `${at}.amortize${label}`, `amortize is a whole number of months from 1 to 120, got ${rule.amortize}`, 'an annual invoice: amortize: 12');
  }
  // its own capex share (wins over its category's for the lines it matches)
  const booksTo = split?.map((p) => p.category) ?? (rule.category !== undefined ? [rule.category] : []);
  const excluded = rule.scope === 'excluded' || (rule.scope === undefined && booksTo.length > 0 && booksTo.every((c) => s.categoryById.get(c)?.scope === 'excluded'));
  const capex = ruleCapitalizeOf(rule, at, label, excluded, (where, message, hint) => report(s, where, message, hint));
  add({
    id,
    where: at,
    category: rule.category ?? split?.[0]?.category ?? EXCLUDED_CATEGORY,
    pool: rule.pool,
    scope: rule.scope,
    split,
    ...(rule.amortize !== undefined ? { amortize: rule.amortize } : {}),
    ...capex,
    test: match.test,
    fields: match.fields,
    describe: match.describe,
    exactVendors: match.exactVendors,
    condition: match.condition,
  });
}

/** A rule table (vendor,category[,pool][,split]): one rule per row, named `<table>:<line>`. */
function ruleTable(s: BuildState, t: WrittenRuleTable, at: string, add: AddRule): void {
  const file = s.ctx.readRelative(t.table);
  if ('error' in file) {
    report(s, `${at}.table`, `cannot read rule table "${t.table}": ${file.error}`);
    return;
  }
  const table = readSideTable(file.text);
  if ('error' in table) {
    report(s, `${at}.table`, `rule table "${t.table}" is not valid CSV: ${table.error}`);
    return;
  }
  const first = table.rows[0];
  if (first && (!('vendor' in first.cells) || !('category' in first.cells))) {
    report(s, `${at}.table`, `rule table "${t.table}" needs the columns vendor,category[,pool][,split]`);
    return;
  }
  table.rows.forEach(({ line: lineNo, cells: row }) => {
    const where = `${t.table}:${lineNo}`;
    const vendor = row.vendor ?? '';
    const category = row.category ?? '';
    const pool = row.pool ? row.pool : undefined;
    if (vendor === '') {
      report(s, where, 'empty vendor');
      return;
    }
    if (category !== '' && !s.categoryById.has(category)) unknownCategory(s, category, where);
    if (pool !== undefined && !(POOLS as readonly string[]).includes(pool)) report(s, where, `unknown pool "${pool}"`, `use one of ${POOLS.join(', ')}`);
    let split: SplitPart[] | undefined;
    if (row.split) {
      const entries: Record<string, string> = {};
      for (const part of row.split.split(/[;|]/)) {
        const [c, w] = part.split(':');
        if (c && w) entries[c.trim()] = w.trim();
      }
      split = compileSplit(s, entries, `${where} split`, '');
      if (split !== undefined && mixesScopes(s, split)) report(s, `${where} split`, 'a split mixes technology and excluded categories');
    }
    const problems: MatchProblem[] = [];
    const match = compileMatch({ vendor }, where, problems);
    for (const p of problems) report(s, p.path, p.message);
    add({
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

/** A split's weights (to 6 places): known categories, each positive, summing to 100. */
function compileSplit(s: BuildState, split: Record<string, number | string>, at: string, label: string): SplitPart[] | undefined {
  const parts: SplitPart[] = [];
  let total = ZERO as Decimal;
  let ok = true;
  for (const [cat, w] of Object.entries(split)) {
    const d = readNumber(w);
    if (!s.categoryById.has(cat)) {
      unknownCategory(s, cat, `${at}.${cat}`, label);
      ok = false;
    }
    if (d === undefined || d.units <= 0n) {
      report(s, `${at}.${cat}${label}`, `split weight must be a positive number, got "${w}"`);
      ok = false;
      continue;
    }
    total = { units: round(total, 6).units + round(d, 6).units, scale: 6 };
    parts.push({ category: cat, weight: round(d, 6).units });
  }
  if (ok && compare(total, { units: 100n, scale: 0 }) !== 0) {
    report(s, `${at}${label}`, `split weights must sum to 100, they sum to ${String(Number(total.units) / 1e6)}`);
    ok = false;
  }
  return ok ? parts : undefined;
}

function mixesScopes(s: BuildState, split: SplitPart[]): boolean {
  return new Set(split.map((p) => s.categoryById.get(p.category)?.scope)).size > 1;
}
