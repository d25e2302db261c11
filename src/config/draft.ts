/**
 * `init`: draft a commented techspend.yaml. Pure: from what a scan of the user's exports found
 * (file layouts, spend by vendor spelling and by account) to YAML text.
 *
 * Technology is drafted from two signals: the built-in vendor catalog (one category per
 * capability, one rule listing the vendors found, in the catalog's wildcard forms) and, in a
 * ledger, the account / expense-type column (technology accounts such as "IT Services" or
 * "Telephones" get categories of their own). When those together are a minority of the spend,
 * the file is a whole-company ledger: the rest goes to an excluded category (`unmatched:
 * excluded`), and accounts that may hide technology are listed for review.
 */
import { capabilityById, lookupVendor, matchVendor } from '../catalog/catalog.js';
import type { CatalogVendor } from '../catalog/catalog.js';
import type { Layout } from '../ingest/layout.js';
import { add, compare, type Decimal, divide, neg, toFixed, toGrouped, ZERO } from '../money/decimal.js';
import { comment, literal, patternFor } from './draft-patterns.js';
import { sourceEntries } from './draft-sources.js';
import { ACCOUNT_CATEGORIES, type AccountKind, namesTechnology, TECHNOLOGY_NAME_PATTERNS } from './draft-scope.js';
import { ledgerScope, NOT_TECHNOLOGY, UNSURE_CAPABILITIES } from './ledger-scope.js';

export interface DraftFile {
  /** basename, shown in comments */
  name: string;
  layout: Layout;
  /** whether a known export shape was recognized (then no `sources` entry is needed) */
  preset: boolean;
  delimiter: string;
  skipRows: number;
  /** most amounts are negative: an expense-negative card or bank export */
  expenseNegative: boolean;
  rows: number;
}

export interface DraftVendor {
  /** the spelling as found in the export */
  raw: string;
  amount: Decimal;
  lines: number;
}

export interface DraftAccount {
  /** the account / expense type as found in the export */
  raw: string;
  amount: Decimal;
  lines: number;
}

export interface DraftInput {
  currency: string;
  fiscalYearStart: number;
  files: DraftFile[];
  vendors: DraftVendor[];
  /** spend by account; empty when the exports have no account column */
  accounts: DraftAccount[];
  /** the input total, as `report` shows it */
  total: Decimal;
  /** currencies found that need a rate to the reporting currency */
  foreignCurrencies: string[];
  /** files whose lines name no currency (no currency column, no mark in the amounts): their currency was assumed */
  currencyAssumedFor?: string[];
  /**
   * What each category really holds once the drafted rules run, first match winning (init drafts
   * twice: the second time with these, so a category's comment is the figure report will show)
   */
  categoryAmounts?: ReadonlyMap<string, Decimal>;
}

export interface DraftResult {
  text: string;
  categories: number;
  rules: number;
  total: Decimal;
  /** a whole-company ledger: lines no rule matches are excluded */
  wholeCompany: boolean;
  /** accounts drafted as technology, and accounts left out that may hold some */
  technologyAccounts: { account: string; amount: Decimal; kind: AccountKind }[];
  unsure: { what: string; amount: Decimal }[];
  top: { vendor: string; amount: Decimal; category: string | undefined }[];
}

const q = (s: string) => JSON.stringify(s);
const abs = (d: Decimal) => (d.units < 0n ? neg(d) : d);
const byAmount = <T extends { amount: Decimal }>(a: T, b: T, ka: string, kb: string) => compare(abs(b.amount), abs(a.amount)) || (ka < kb ? -1 : ka > kb ? 1 : 0);

/** Account kinds whose meaning is one catalog capability's: their rule books into it when drafted. */
const SAME_AS_CAPABILITY: Partial<Record<AccountKind, string>> = { telecom: 'telecom', hardware: 'hardware' };

interface Drafted {
  id: string;
  name: string;
  function: string;
  pool: string;
  investment: string;
  revenueGenerating: boolean;
  shared: boolean;
  amount: Decimal;
  from: string;
}

export function draftConfig(input: DraftInput): DraftResult {
  const total = input.total;
  const scope = ledgerScope(input.vendors, input.accounts);
  const { absTotal, byCapability, wholeCompany } = scope;
  const pct = (d: Decimal, of: Decimal = absTotal) => (of.units === 0n ? '0.0%' : `${toFixed(divide({ units: abs(d).units * 100n, scale: d.scale }, of, 1), 1)}%`);
  const money = (d: Decimal) => `${toGrouped(d)} ${input.currency}`;

  // the account signal and the vendor signal (config/ledger-scope.ts)
  const technologyAccounts: DraftResult['technologyAccounts'] = scope.technologyAccounts;
  const unsure: DraftResult['unsure'] = scope.unsureAccounts.map((a) => ({ what: `account ${q(a.raw)}`, amount: a.amount }));
  const found = input.vendors.map((v) => ({ ...v, catalog: lookupVendor(v.raw) as CatalogVendor | undefined }));

  const capabilities = [...byCapability]
    .filter(([id, c]) => c.amount.units > 0n && !(wholeCompany && (NOT_TECHNOLOGY.has(id) || UNSURE_CAPABILITIES.has(id))))
    .sort((a, b) => compare(b[1].amount, a[1].amount) || (a[0] < b[0] ? -1 : 1));
  if (wholeCompany) {
    for (const [id, c] of [...byCapability].filter(([id, c]) => UNSURE_CAPABILITIES.has(id) && c.amount.units > 0n).sort((a, b) => byAmount(a[1], b[1], a[0], b[0]))) {
      const names = [...new Set(c.spellings.map((v) => v.catalog!.name))].sort();
      unsure.push({ what: `vendors ${names.slice(0, 4).join(', ')}${names.length > 4 ? ` and ${names.length - 4} more` : ''} (catalog: ${capabilityById(id)!.name}): they may sell more than technology`, amount: c.amount });
    }
  }
  // each spelling's catalog vendor, looked up once: a pattern must not take another vendor's spellings
  const catalogIdOf = new Map(input.vendors.map((v) => [v.raw, matchVendor(v.raw)?.vendor.id]));
  const categories: Drafted[] = capabilities.map(([id, c]) => {
    const cap = capabilityById(id)!;
    return { id, name: cap.name, function: cap.function, pool: cap.pool, investment: cap.investment ?? 'run', revenueGenerating: cap.revenueGenerating === true, shared: cap.shared === true, amount: c.amount, from: 'vendor catalog' };
  });
  const accountKinds = new Map<AccountKind, { accounts: string[]; amount: Decimal }>();
  for (const a of technologyAccounts) {
    const k = accountKinds.get(a.kind) ?? { accounts: [], amount: ZERO };
    k.accounts.push(a.account);
    k.amount = add(k.amount, a.amount);
    accountKinds.set(a.kind, k);
  }
  const accountCategories = ACCOUNT_CATEGORIES.filter((c) => accountKinds.has(c.kind)).map((c) => {
    // telephones and hardware accounts mean the catalog's category of that name when it is
    // drafted (Vodafone in "Telecom & Connectivity", "Telephones Calls" too): one category per meaning
    const same = SAME_AS_CAPABILITY[c.kind];
    const joins = same !== undefined && categories.some((d) => d.id === same);
    // else an id the catalog's categories do not use already
    const id = joins ? same! : categories.some((d) => d.id === c.id) ? `${c.id}-accounts` : c.id;
    return { ...c, id, joins, accounts: accountKinds.get(c.kind)!.accounts, amount: accountKinds.get(c.kind)!.amount };
  });
  for (const c of accountCategories.filter((a) => !a.joins)) categories.push({ id: c.id, name: c.name, function: 'Technology', pool: c.pool, investment: c.investment, revenueGenerating: false, shared: false, amount: c.amount, from: 'account column' });
  // in a ledger, suppliers the catalog does not know but whose name says technology
  const named = wholeCompany ? found.filter((v) => v.catalog === undefined && namesTechnology(v.raw)).sort((a, b) => byAmount(a, b, a.raw, b.raw)) : [];
  const namedAmount = named.reduce((s, v) => add(s, v.amount), ZERO as Decimal);
  if (named.length > 0) categories.push({ id: 'it-suppliers', name: 'IT Suppliers', function: 'Technology', pool: 'outside-services', investment: 'run', revenueGenerating: false, shared: false, amount: namedAmount, from: 'supplier names (computer, software, telecom)' });
  // what the rules really put in each category, when known; written largest spend first, as the
  // config's comment says, whichever signal drafted them
  if (input.categoryAmounts !== undefined) for (const c of categories) c.amount = input.categoryAmounts.get(c.id) ?? ZERO;
  categories.sort((a, b) => byAmount(a, b, a.id, b.id));

  const uncategorized = wholeCompany ? 'not-technology' : 'unassigned';
  const lines: string[] = [
    '# techspend configuration, drafted by `techspend init` from:',
    ...input.files.map((f) => `#   ${comment(f.name)} (${comment(f.layout.format)}, ${f.rows} rows)`),
    `# Spend found (the input total, as report shows it): ${money(total)}.`,
    wholeCompany
      ? `# A whole-company ledger: the technology drafted below (vendor catalog${accountCategories.length > 0 ? ' and the account column' : ''}) is a minority of it; everything else is excluded (not technology).`
      : '# Technology spend: lines no rule matches stay technology, as "unassigned".',
    '# Next: rename categories to your business terms, check the guesses marked "guess", then run',
    '# `techspend validate <csv...>` (it lists the largest excluded vendors and accounts) and `techspend report <csv...>`.',
    '',
    ...assumedCurrencyLines(input),
    `fiscalYearStart: ${input.fiscalYearStart}             # month the fiscal year starts (1-12); FY named by the year it ends in`,
  ];
  if (input.foreignCurrencies.length > 0) {
    lines.push(
      `# SET THE RATES: the exports have amounts in ${input.foreignCurrencies.join(', ')}. The rates below are PLACEHOLDERS (1.0):`,
      `# replace each with the real rate to ${input.currency} (or a CSV path with currency,month,rate) before reporting.`,
      `rates: { ${input.foreignCurrencies.map((c) => `${c}: 1.0`).join(', ')} }`,
    );
  }
  lines.push('', '# Business-aligned categories, largest spend first. Each carries a guess of the business function it', '# serves, its finance pool and run / grow / transform: change them to your terms.', 'categories:');
  for (const c of categories) {
    lines.push(`  - id: ${c.id}                # ${money(c.amount)} (${pct(c.amount)}), from the ${c.from}`);
    lines.push(`    name: ${q(c.name)}`);
    lines.push(`    function: ${q(c.function)}            # guess: the business function it serves`);
    if (c.revenueGenerating) lines.push('    revenueGenerating: true');
    if (c.shared) lines.push('    shared: true              # shared technology: allocate it under allocations');
    lines.push(`    investment: ${c.investment}              # guess: run | grow | transform`);
    lines.push(`    pool: ${c.pool}              # guess: finance cost pool`);
  }
  if (wholeCompany) {
    const rest = abs(total).units === 0n ? ZERO : total;
    lines.push(`  - id: not-technology       # everything else: rent, care, grants, fuel, food... (${money(rest)} in all, less the above)`, '    name: "Not technology"', '    function: "Not technology"', '    scope: excluded           # in no technology figure; reconciled in every footer');
  } else {
    lines.push('  - id: unassigned', '    name: "Unassigned"', '    function: "Technology"', '    pool: other');
  }
  if (categories.some((c) => c.shared)) {
    lines.push('', '# Spread shared categories over business functions in `report --by function`, e.g.:', '# allocations:', '#   <shared-category>: { method: proportional }   # or fixed weights { Sales: 50, Operations: 50 }');
  }
  const ruleLines: string[] = [];
  let ruleCount = 0;
  const others = new Map<string, string[]>();
  const othersOf = (catalogId: string): string[] => {
    let list = others.get(catalogId);
    if (list === undefined) others.set(catalogId, (list = [...catalogIdOf].filter(([, id]) => id !== catalogId).map(([raw]) => raw)));
    return list;
  };
  for (const [id, c] of capabilities) {
    const vendors = new Map<string, { name: string; patterns: Set<string>; amount: Decimal }>();
    for (const s of c.spellings) {
      const v = vendors.get(s.catalog!.id) ?? { name: s.catalog!.name, patterns: new Set<string>(), amount: ZERO };
      v.patterns.add(patternFor(s.raw, s.catalog!, othersOf(s.catalog!.id)));
      v.amount = add(v.amount, s.amount);
      vendors.set(s.catalog!.id, v);
    }
    const list = [...vendors.values()].sort((a, b) => compare(b.amount, a.amount) || (a.name < b.name ? -1 : 1));
    ruleLines.push(`  # ${list.map((v) => v.name).join(', ')}`);
    ruleLines.push(`  - id: ${id}`, `    category: ${id}`, `    match: { vendor: [${[...new Set(list.flatMap((v) => [...v.patterns].sort()))].map(q).join(', ')}] }`);
    ruleCount++;
  }
  for (const c of accountCategories) {
    ruleLines.push(`  # technology accounts / expense types (${money(c.amount)})`);
    ruleLines.push(`  - id: ${c.joins ? `${c.kind}` : c.id}-accounts`.replace('-accounts-accounts', '-accounts'), `    category: ${c.id}`, `    match: { account: [${c.accounts.map((a) => q(literal(a))).join(', ')}] }`);
    ruleCount++;
  }
  if (named.length > 0) {
    ruleLines.push(`  # suppliers whose name says technology, outside the accounts above (check them): ${comment(named.slice(0, 6).map((v) => v.raw).join(', '))}${named.length > 6 ? `, and ${named.length - 6} more` : ''}`);
    ruleLines.push('  - id: it-suppliers-by-name', '    category: it-suppliers', `    match: { vendor: [${TECHNOLOGY_NAME_PATTERNS.map(q).join(', ')}] }`);
    ruleCount++;
  }
  lines.push('', '# Rules: evaluated in order, the first match wins. Vendor patterns are case-insensitive; * is a wildcard.', ruleLines.length === 0 ? 'rules: []' : 'rules:', ...ruleLines);
  const unknown = found.filter((v) => v.catalog === undefined && v.amount.units > 0n).sort((a, b) => compare(b.amount, a.amount) || (a.raw < b.raw ? -1 : 1));
  if (unknown.length > 0 && !wholeCompany) {
    lines.push(`  # Vendors the catalog does not know (${pct(unknown.reduce((a, v) => add(a, v.amount), ZERO as Decimal))} of spend), largest first: give them a category, e.g.`);
    for (const v of unknown.slice(0, 15)) lines.push(`  # - { category: <id>, match: { vendor: ${q(v.raw)} } }   # ${money(v.amount)}, ${v.lines} lines`);
    if (unknown.length > 15) lines.push(`  # ... and ${unknown.length - 15} more`);
  }
  if (wholeCompany && unsure.length > 0) {
    lines.push('', '# Unsure: left out of technology for now (excluded), but they may hold some. Add an account to a rule', '# above, or write a rule for the vendors concerned, if it is technology:');
    for (const u of unsure.slice(0, 20)) lines.push(`#   ${u.what}: ${money(u.amount)}`);
    if (unsure.length > 20) lines.push(`#   ... and ${unsure.length - 20} more`);
  }
  lines.push('', `uncategorized: ${uncategorized}`);
  if (wholeCompany) lines.push('unmatched: excluded          # lines no rule matches are not technology (a whole-company ledger)');
  const custom = input.files.filter((f) => !f.preset);
  if (custom.length > 0) {
    lines.push('', '# How each kind of export is read (detected), keyed on its header columns, so next month\'s file matches', '# whatever it is called. Known shapes such as FOCUS need no entry.', 'sources:');
    lines.push(...sourceEntries(custom));
  }
  const top = found
    .filter((v) => v.amount.units > 0n)
    .sort((a, b) => compare(b.amount, a.amount) || (a.raw < b.raw ? -1 : 1))
    .slice(0, 10)
    .map((v) => ({ vendor: v.raw, amount: v.amount, category: v.catalog !== undefined && !(wholeCompany && NOT_TECHNOLOGY.has(v.catalog.capability)) ? v.catalog.capability : undefined }));
  return { text: lines.join('\n') + '\n', categories: categories.length + 1, rules: ruleCount, total, wholeCompany, technologyAccounts, unsure, top };
}

/** The starter file without exports: example categories and rules to edit. */
export const STARTER_CONFIG = `# techspend configuration: a starter. Categories are yours: name them after the business
# functions the money serves. Run \`techspend init --from <csv...>\` to draft one from your exports.

currency: USD
fiscalYearStart: 1            # month the fiscal year starts (1-12); FY named by the year it ends in
# rates: { EUR: 1.08, GBP: 1.27 }   # to the reporting currency

categories:
  - id: product-platform
    name: "Customer Product Platform"
    function: "Product"
    revenueGenerating: true
    investment: run
    pool: cloud
  - id: data-analytics
    name: "Data & Analytics"
    function: "Operations"
    investment: grow
    pool: cloud
  - id: sales-tools
    name: "Sales & CRM"
    function: "Sales"
    revenueGenerating: true
    pool: software
  - id: collaboration
    name: "Collaboration & Productivity"
    function: "Technology"
    shared: true              # shared technology: allocated to functions below
    pool: software
  - id: dev-platform
    name: "Developer Tools & Platform"
    function: "Technology"
    shared: true
    pool: software
  - id: security
    name: "Security & Risk"
    function: "Technology"
    shared: true
    pool: software
  - id: unassigned
    name: "Unassigned"
    function: "Technology"
    pool: other

allocations:
  dev-platform: { Product: 70, Sales: 30 }
  collaboration: { method: proportional }
  security: { method: proportional }

rules:                        # evaluated in order; the first match wins
  - id: cloud-data
    category: data-analytics
    match: { vendor: ["Amazon Web Services", "AWS*", "Google Cloud*"], description: "/bigquery|redshift|athena/i" }
  - id: cloud
    category: product-platform
    match: { vendor: ["Amazon Web Services", "AWS*", "Google Cloud*", "Microsoft Azure*"] }
  - id: crm
    category: sales-tools
    match: { vendor: ["Salesforce*", "HubSpot*"] }
  - id: collaboration
    category: collaboration
    match: { vendor: ["Slack*", "Zoom*", "Notion*", "Google Workspace*"] }
  - id: dev-tools
    category: dev-platform
    match: { vendor: ["GitHub*", "Datadog*", "Atlassian*"] }
  - id: security
    category: security
    match: { vendor: ["1Password*", "Okta*", "CrowdStrike*"] }

uncategorized: unassigned
`;

/**
 * The currency line. A file with no currency column and no mark in its amounts says nothing of
 * its currency: the value written is an assumption, and the line says so where it is edited.
 */
function assumedCurrencyLines(input: DraftInput): string[] {
  const assumed = input.currencyAssumedFor ?? [];
  if (assumed.length === 0) return [`currency: ${input.currency}              # reporting currency`];
  const names = assumed.slice(0, 3).map((f) => comment(f)).join(', ') + (assumed.length > 3 ? ` and ${assumed.length - 3} more` : '');
  return [
    `# CHECK THE CURRENCY: ${names} ${assumed.length === 1 ? 'names' : 'name'} no currency (no currency column, no symbol or code in the amounts or the header),`,
    `# so ${input.currency} below is an ASSUMPTION. If the amounts are in another currency, write its ISO code here (GBP, EUR, ...).`,
    `currency: ${input.currency}              # reporting currency (assumed: check it)`,
  ];
}
