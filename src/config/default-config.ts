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
import { NOT_TECHNOLOGY, UNSURE_CAPABILITIES } from './ledger-scope.js';
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

/**
 * The built-in default for a whole-company ledger (config/ledger-scope.ts): what `init` would
 * draft, without the file. Catalog vendors stay technology, except travel and workspace, and the
 * capabilities that sell more than technology (training, consultancy, line-of-business
 * outsourcing, marketing), which `init` leaves out for review; the accounts that name technology
 * and suppliers whose name says it are technology; every line no rule matches is out of scope.
 */
const SAME_AS_CATALOG: Partial<Record<AccountKind, string>> = { telecom: 'telecom', hardware: 'hardware' };

export function wholeCompanyConfig(technologyAccounts: readonly { account: string; kind: AccountKind }[]): Config {
  const outOfScope = new Set([...NOT_TECHNOLOGY, ...UNSURE_CAPABILITIES]);
  const categories: WrittenCategory[] = builtInCategories().map((c) => (outOfScope.has(c.id) ? { ...c, scope: 'excluded' as const } : c));
  const rules: WrittenRule[] = [];
  for (const c of ACCOUNT_CATEGORIES) {
    const accounts = technologyAccounts.filter((a) => a.kind === c.kind).map((a) => literal(a.account));
    if (accounts.length === 0) continue;
    // telephony and hardware accounts book to the catalog's own categories: one category each
    const same = SAME_AS_CATALOG[c.kind];
    if (same === undefined) categories.push({ id: c.id, name: c.name, function: 'Technology', pool: c.pool, investment: c.investment });
    rules.push({ id: `${c.id}-accounts`, category: same ?? c.id, match: { account: accounts } });
  }
  categories.push({ id: 'it-suppliers', name: 'IT Suppliers', function: 'Technology', pool: 'outside-services', investment: 'run' });
  rules.push({ id: 'it-suppliers-by-name', category: 'it-suppliers', match: { vendor: [...TECHNOLOGY_NAME_PATTERNS] } });
  categories.push({ id: 'not-technology', name: 'Not technology', function: 'Not technology', pool: 'other', scope: 'excluded' });
  const result = buildConfig(
    { currency: 'USD', categories, rules, uncategorized: 'not-technology', unmatched: 'excluded' },
    { path: '(built-in default, whole-company ledger)', dir: '.', readRelative: () => ({ error: 'the built-in default reads no files' }) },
  );
  if (result.config === undefined) throw new Error(`built-in whole-company config is invalid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  const catalog = catalogRules();
  // catalog vendors first, as `init` drafts them; then the accounts and the supplier names
  const own = result.config.rules.map((r, i) => ({ ...r, index: catalog.length + i, where: `built-in default: ${r.id}` }));
  return { ...result.config, rules: [...catalog, ...own] };
}
