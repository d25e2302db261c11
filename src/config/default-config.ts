/**
 * The built-in default, used when there is no techspend.yaml: one category per catalog
 * capability and one rule per catalog vendor, so `techspend report export.csv` is useful on
 * first contact.
 */
import { buildConfig } from './build.js';
import { builtInCategories, catalogRules } from './catalog-rules.js';
import type { Config } from './config.js';
import { literal } from './draft-patterns.js';
import { ACCOUNT_CATEGORIES, type AccountKind, TECHNOLOGY_NAME_PATTERNS } from './draft-scope.js';
import { BALANCING, NOT_TECHNOLOGY, UNSURE_CAPABILITIES } from './ledger-scope.js';
import type { WrittenCategory, WrittenRule } from './schema.js';

export { createCatalogLookup } from './catalog-rules.js';

let cached: Config | undefined;

export function defaultConfig(): Config {
  if (cached) return cached;
  const result = buildConfig(
    { currency: 'USD', categories: builtInCategories() },
    { path: '(built-in default)', dir: '.', readRelative: () => ({ error: 'the built-in default reads no files' }) },
  );
  if (result.config === undefined) throw new Error(`built-in default config is invalid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  cached = { ...result.config, rules: catalogRules() };
  return cached;
}

/** How a run with no techspend.yaml scoped itself (config/ledger-scope.ts). */
export interface DefaultScope {
  /** a whole-company ledger: the accounts that name technology; the rest is out of scope */
  wholeCompany?: { technologyAccounts: readonly { account: string; kind: AccountKind }[] } | undefined;
  /** double-entry postings: the balancing postings (assets, liabilities, income, equity) are out of scope */
  balancingPostings?: boolean | undefined;
  /** inputs (as the run names them) that write spend as negative amounts: read expense-negative (ingest/spend-sign.ts) */
  expenseNegative?: readonly string[] | undefined;
}

/** Where the default's own sources entry is said to come from (the file's format in validate). */
export const SPEND_NEGATIVE_SOURCE = 'built-in default: spend negative';

/**
 * A card or bank export that writes spend as negative amounts gets what `init` drafts for it, a
 * sources entry with `sign: expense-negative`; its columns are still found as for any file.
 */
function withSpendSigns(config: Config, expenseNegative: readonly string[]): Config {
  if (expenseNegative.length === 0) return config;
  return { ...config, sources: [{ files: [], paths: [...expenseNegative], sign: 'expense-negative', where: SPEND_NEGATIVE_SOURCE }, ...config.sources] };
}

const SAME_AS_CATALOG: Partial<Record<AccountKind, string>> = { telecom: 'telecom', hardware: 'hardware' };


/**
 * The built-in default, scoped to what the inputs are. A whole-company ledger gets what `init`
 * would draft, without the file: catalog vendors stay technology, except travel and workspace,
 * and the capabilities that sell more than technology (training, consultancy, line-of-business
 * outsourcing, marketing), which `init` leaves out for review; the accounts that name technology
 * and suppliers whose name says it are technology; every line no rule matches is out of scope.
 * Double-entry postings keep only the expense side: a balancing posting "Assets:Bank" of a GitHub
 * payment would otherwise net the expense to nothing. A file that writes spend negative is read
 * the right way round.
 */
export function scopedDefaultConfig(scope: DefaultScope): Config {
  return withSpendSigns(scopedCategories(scope), scope.expenseNegative ?? []);
}

function scopedCategories(scope: DefaultScope): Config {
  if (scope.wholeCompany === undefined && scope.balancingPostings !== true) return defaultConfig();
  const outOfScope = new Set(scope.wholeCompany === undefined ? [] : [...NOT_TECHNOLOGY, ...UNSURE_CAPABILITIES]);
  const categories: WrittenCategory[] = builtInCategories().map((c) => (outOfScope.has(c.id) ? { ...c, scope: 'excluded' as const } : c));
  const before: WrittenRule[] = [];
  const after: WrittenRule[] = [];
  if (scope.balancingPostings === true) {
    categories.push({ id: 'balancing-postings', name: 'Balancing postings', function: 'Not technology', pool: 'other', scope: 'excluded' });
    before.push({ id: 'balancing-postings', category: 'balancing-postings', match: { account: `/${BALANCING.source}/i` } });
  }
  if (scope.wholeCompany !== undefined) {
    for (const c of ACCOUNT_CATEGORIES) {
      const accounts = scope.wholeCompany.technologyAccounts.filter((a) => a.kind === c.kind).map((a) => literal(a.account));
      if (accounts.length === 0) continue;
      // telephony and hardware accounts book to the catalog's own categories: one category each
      const same = SAME_AS_CATALOG[c.kind];
      if (same === undefined) categories.push({ id: c.id, name: c.name, function: 'Technology', pool: c.pool, investment: c.investment });
      after.push({ id: `${c.id}-accounts`, category: same ?? c.id, match: { account: accounts } });
    }
    categories.push({ id: 'it-suppliers', name: 'IT Suppliers', function: 'Technology', pool: 'outside-services', investment: 'run' });
    after.push({ id: 'it-suppliers-by-name', category: 'it-suppliers', match: { vendor: [...TECHNOLOGY_NAME_PATTERNS] } });
    categories.push({ id: 'not-technology', name: 'Not technology', function: 'Not technology', pool: 'other', scope: 'excluded' });
  }
  const result = buildConfig(
    { currency: 'USD', categories, rules: [...before, ...after], ...(scope.wholeCompany === undefined ? {} : { uncategorized: 'not-technology', unmatched: 'excluded' as const }) },
    { path: '(built-in default)', dir: '.', readRelative: () => ({ error: 'the built-in default reads no files' }) },
  );
  if (result.config === undefined) throw new Error(`built-in scoped config is invalid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  const own = result.config.rules.map((r) => ({ ...r, where: `built-in default: ${r.id}` }));
  // balancing postings first; then catalog vendors, as `init` drafts them; then the accounts and the supplier names
  const rules = [...own.slice(0, before.length), ...catalogRules(), ...own.slice(before.length)].map((r, i) => ({ ...r, index: i }));
  return { ...result.config, rules };
}

/** The whole-company default (see scopedDefaultConfig). */
export function wholeCompanyConfig(technologyAccounts: readonly { account: string; kind: AccountKind }[]): Config {
  return scopedDefaultConfig({ wholeCompany: { technologyAccounts } });
}
