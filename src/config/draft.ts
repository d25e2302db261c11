/**
 * `init`: draft a commented techspend.yaml. Pure: from what a scan of the user's exports found
 * (file layouts, spend by vendor spelling) to YAML text. Categories are business-aligned
 * capabilities of the built-in catalog; one rule per capability lists the vendors found.
 */
import { capabilityById, type CapabilityId, lookupVendor, normalizeVendorName } from '../catalog/catalog.js';
import type { CatalogVendor } from '../catalog/catalog.js';
import type { Layout } from '../ingest/layout.js';
import { add, compare, type Decimal, divide, toFixed, toGrouped, ZERO } from '../money/decimal.js';

export interface DraftFile {
  /** basename, for the `files` glob */
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

export interface DraftInput {
  currency: string;
  fiscalYearStart: number;
  files: DraftFile[];
  vendors: DraftVendor[];
  /** currencies found that need a rate to the reporting currency */
  foreignCurrencies: string[];
}

export interface DraftResult {
  text: string;
  categories: number;
  rules: number;
  total: Decimal;
  /** spend of the vendors the drafted rules categorize */
  covered: Decimal;
  top: { vendor: string; amount: Decimal; category: string | undefined }[];
}

const q = (s: string) => JSON.stringify(s);
/** Text from the exports (a file name) in a YAML comment: one line, or it would write config of its own. */
const comment = (s: string) => s.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');

/** A rule pattern for one spelling: a prefix on the vendor's normalized name where that is safe, else the exact text. */
function patternFor(raw: string, others: readonly string[]): string {
  const name = normalizeVendorName(raw);
  const upper = raw.toUpperCase();
  if (name.length >= 4 && upper.startsWith(name) && raw.length > name.length) {
    const prefix = raw.slice(0, name.length);
    const p = prefix.toUpperCase();
    if (!others.some((o) => o.toUpperCase().startsWith(p))) return `${prefix}*`;
  }
  return raw;
}

const FIELD_ORDER = ['date', 'amount', 'debit', 'credit', 'vendor', 'description', 'account', 'department', 'costCenter', 'currency', 'quantity', 'unitPrice', 'usage', 'direction'] as const;

function sourceEntry(f: DraftFile): string[] {
  const l = f.layout;
  const cols = FIELD_ORDER.filter((k) => l.columns[k] !== undefined).map((k) => `${k}: ${q(l.header[l.columns[k]!]!)}`);
  const out = [`  - files: ${q(`**/${f.name}`)}            # ${comment(f.layout.format)}, ${f.rows} rows`];
  if (f.skipRows > 0) out.push(`    skipRows: ${f.skipRows}`);
  if (f.delimiter !== ',') out.push(`    delimiter: ${q(f.delimiter)}`);
  if (l.dateFormat) out.push(`    dateFormat: ${q(l.dateFormat)}`);
  if (l.decimalMark !== '.') out.push(`    decimalMark: ${q(l.decimalMark)}`);
  if (f.expenseNegative) out.push('    sign: expense-negative     # most amounts are negative: spend is written as a debit');
  if (cols.length > 0) out.push(`    columns: { ${cols.join(', ')} }`);
  return out;
}

export function draftConfig(input: DraftInput): DraftResult {
  const total = input.vendors.reduce((a, v) => (v.amount.units > 0n ? add(a, v.amount) : a), ZERO as Decimal);
  // catalog vendor of each spelling
  const found = input.vendors.map((v) => ({ ...v, catalog: lookupVendor(v.raw) as CatalogVendor | undefined }));
  const byCapability = new Map<CapabilityId, { amount: Decimal; spellings: typeof found }>();
  for (const v of found) {
    if (v.catalog === undefined) continue;
    const c = byCapability.get(v.catalog.capability) ?? { amount: ZERO, spellings: [] };
    c.amount = add(c.amount, v.amount);
    c.spellings.push(v);
    byCapability.set(v.catalog.capability, c);
  }
  const capabilities = [...byCapability].filter(([, c]) => c.amount.units > 0n).sort((a, b) => compare(b[1].amount, a[1].amount) || (a[0] < b[0] ? -1 : 1));
  const allRaw = input.vendors.map((v) => v.raw);
  const covered = capabilities.reduce((a, [, c]) => add(a, c.amount), ZERO as Decimal);
  const pct = (d: Decimal) => (total.units === 0n ? '0.0%' : `${toFixed(divide({ units: d.units * 100n, scale: d.scale }, total, 1), 1)}%`);

  const lines: string[] = [
    '# techspend configuration, drafted by `techspend init` from:',
    ...input.files.map((f) => `#   ${comment(f.name)} (${comment(f.layout.format)}, ${f.rows} rows)`),
    `# The drafted rules categorize ${pct(covered)} of the spend found (${toGrouped(covered)} of ${toGrouped(total)} ${input.currency}).`,
    '# Next: rename categories to your business terms, then run `techspend validate <csv...>` and `techspend report <csv...>`.',
    '',
    `currency: ${input.currency}              # reporting currency`,
    `fiscalYearStart: ${input.fiscalYearStart}             # month the fiscal year starts (1-12); FY named by the year it ends in`,
  ];
  if (input.foreignCurrencies.length > 0) {
    lines.push(
      `# SET THE RATES: the exports have amounts in ${input.foreignCurrencies.join(', ')}. The rates below are PLACEHOLDERS (1.0):`,
      `# replace each with the real rate to ${input.currency} (or a CSV path with currency,month,rate) before reporting.`,
      `rates: { ${input.foreignCurrencies.map((c) => `${c}: 1.0`).join(', ')} }`,
    );
  }
  lines.push('', '# Business-aligned categories, from what the vendors found are bought for (largest spend first).', 'categories:');
  for (const [id, c] of capabilities) {
    const cap = capabilityById(id)!;
    lines.push(`  - id: ${id}                # ${toGrouped(c.amount)} ${input.currency} (${pct(c.amount)})`);
    lines.push(`    name: ${q(cap.name)}`);
    lines.push(`    function: ${q(cap.function)}`);
    if (cap.revenueGenerating) lines.push('    revenueGenerating: true');
    if (cap.shared) lines.push('    shared: true              # shared technology: allocate it under allocations');
    if (cap.investment) lines.push(`    investment: ${cap.investment}`);
    lines.push(`    pool: ${cap.pool}`);
  }
  lines.push('  - id: unassigned', '    name: "Unassigned"', '    function: "Technology"', '    pool: other');
  if (capabilities.some(([id]) => capabilityById(id)?.shared)) {
    lines.push('', '# Spread shared categories over business functions in `report --by function`, e.g.:', '# allocations:', '#   <shared-category>: { method: proportional }   # or fixed weights { Sales: 50, Operations: 50 }');
  }
  lines.push('', '# Rules: evaluated in order, the first match wins. Vendor patterns are case-insensitive; * is a wildcard.', 'rules:');
  for (const [id, c] of capabilities) {
    const vendors = new Map<string, { name: string; patterns: Set<string>; amount: Decimal }>();
    for (const s of c.spellings) {
      const v = vendors.get(s.catalog!.id) ?? { name: s.catalog!.name, patterns: new Set<string>(), amount: ZERO };
      v.patterns.add(patternFor(s.raw, allRaw.filter((r) => lookupVendor(r)?.id !== s.catalog!.id)));
      v.amount = add(v.amount, s.amount);
      vendors.set(s.catalog!.id, v);
    }
    const list = [...vendors.values()].sort((a, b) => compare(b.amount, a.amount) || (a.name < b.name ? -1 : 1));
    lines.push(`  # ${list.map((v) => v.name).join(', ')}`);
    lines.push(`  - id: ${id}`, `    category: ${id}`, `    match: { vendor: [${list.flatMap((v) => [...v.patterns].sort()).map(q).join(', ')}] }`);
  }
  const unknown = found.filter((v) => v.catalog === undefined && v.amount.units > 0n).sort((a, b) => compare(b.amount, a.amount) || (a.raw < b.raw ? -1 : 1));
  if (unknown.length > 0) {
    lines.push(`  # Vendors the catalog does not know (${pct(unknown.reduce((a, v) => add(a, v.amount), ZERO as Decimal))} of spend), largest first: give them a category, e.g.`);
    for (const v of unknown.slice(0, 15)) lines.push(`  # - { category: <id>, match: { vendor: ${q(v.raw)} } }   # ${toGrouped(v.amount)} ${input.currency}, ${v.lines} lines`);
    if (unknown.length > 15) lines.push(`  # ... and ${unknown.length - 15} more`);
  }
  lines.push('', 'uncategorized: unassigned');
  const custom = input.files.filter((f) => !f.preset);
  if (custom.length > 0) {
    lines.push('', '# How each export is read (detected; known shapes such as FOCUS need no entry).', 'sources:');
    for (const f of custom) lines.push(...sourceEntry(f));
  }
  const top = found
    .filter((v) => v.amount.units > 0n)
    .sort((a, b) => compare(b.amount, a.amount) || (a.raw < b.raw ? -1 : 1))
    .slice(0, 10)
    .map((v) => ({ vendor: v.raw, amount: v.amount, category: v.catalog?.capability }));
  return { text: lines.join('\n') + '\n', categories: capabilities.length + 1, rules: capabilities.length, total, covered, top };
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
