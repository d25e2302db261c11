/**
 * Is this a whole-company ledger, or technology spend? Read from what an export holds: the spend
 * the vendor catalog and the account / expense-type column identify as technology. When that is
 * a minority of the spend, the export is a whole-company register (a council's payments, a
 * company's card file): lines no rule matches are not technology. `init` drafts from this, and a
 * run with no techspend.yaml scopes itself by it (config/default-config.ts).
 */
import { type CapabilityId, lookupVendor } from '../catalog/catalog.js';
import type { CatalogVendor } from '../catalog/catalog.js';
import { add, compare, type Decimal, divide, neg, toFixed, ZERO } from '../money/decimal.js';
import { type AccountKind, classifyAccount } from './draft-scope.js';

/** Capabilities that are not technology in a whole-company ledger: their vendors stay excluded. */
export const NOT_TECHNOLOGY: ReadonlySet<string> = new Set(['travel', 'workspace']);
/**
 * Capabilities whose vendors sell more than technology (a training course, a consultancy, an
 * outsourced service, stock photos): in a whole-company ledger they are left out and listed.
 */
export const UNSURE_CAPABILITIES: ReadonlySet<string> = new Set(['training', 'professional-services', 'business-applications', 'marketing']);

/** A line of the rows a run looked at before it began. */
export interface SampleLine {
  vendor: string;
  account: string;
  amount: Decimal;
}

export interface SpendBy {
  /** the vendor or account as found in the export */
  raw: string;
  amount: Decimal;
}

export interface LedgerScope<V extends SpendBy = SpendBy> {
  /** accounts that name technology, largest first */
  technologyAccounts: { account: string; amount: Decimal; kind: AccountKind }[];
  /** accounts that may hide technology (left out, listed for review), largest first */
  unsureAccounts: SpendBy[];
  /** catalog vendors by capability, with the spellings found */
  byCapability: Map<CapabilityId, { amount: Decimal; spellings: (V & { catalog: CatalogVendor })[] }>;
  /** spend by every vendor, in magnitude */
  absTotal: Decimal;
  /** technology by the catalog (less travel and workspace) and the accounts: an upper bound, as the two may overlap */
  identified: Decimal;
  /** the identified spend is less than half the total */
  wholeCompany: boolean;
}

const abs = (d: Decimal) => (d.units < 0n ? neg(d) : d);
const byAmount = (a: SpendBy, b: SpendBy) => compare(abs(b.amount), abs(a.amount)) || (a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0);

export function ledgerScope<V extends SpendBy>(vendors: readonly V[], accounts: readonly SpendBy[]): LedgerScope<V> {
  const absTotal = vendors.reduce((a, v) => add(a, abs(v.amount)), ZERO as Decimal);
  const technologyAccounts: LedgerScope['technologyAccounts'] = [];
  const unsureAccounts: SpendBy[] = [];
  for (const a of [...accounts].sort(byAmount)) {
    const kind = classifyAccount(a.raw);
    if (kind === 'unsure') unsureAccounts.push(a);
    else if (kind !== undefined) technologyAccounts.push({ account: a.raw, amount: a.amount, kind });
  }
  const accountSpend = technologyAccounts.reduce((s, a) => add(s, abs(a.amount)), ZERO as Decimal);
  const byCapability: LedgerScope<V>['byCapability'] = new Map();
  for (const v of vendors) {
    const catalog = lookupVendor(v.raw);
    if (catalog === undefined) continue;
    const c = byCapability.get(catalog.capability) ?? { amount: ZERO, spellings: [] };
    c.amount = add(c.amount, v.amount);
    c.spellings.push({ ...v, catalog });
    byCapability.set(catalog.capability, c);
  }
  const catalogSpend = [...byCapability].filter(([id]) => !NOT_TECHNOLOGY.has(id)).reduce((s, [, c]) => add(s, abs(c.amount)), ZERO as Decimal);
  const identified = add(accountSpend, catalogSpend);
  const wholeCompany = absTotal.units !== 0n && compare({ units: identified.units * 2n, scale: identified.scale }, absTotal) < 0;
  return { technologyAccounts, unsureAccounts, byCapability, absTotal, identified, wholeCompany };
}

/** What a run with no techspend.yaml says when it scopes itself to a whole-company register. */
export function wholeCompanyNote(scope: LedgerScope): string {
  const share = scope.absTotal.units === 0n ? '0' : toFixed(divide({ units: scope.identified.units * 100n, scale: scope.identified.scale }, scope.absTotal, 1), 1);
  return (
    `these inputs look like a whole-company register: the vendor catalog and the account names find technology in ${share}% of the spend of the rows looked at, so ` +
    'lines no rule matches are out of scope, as are travel, workspace, training, consultancy, line-of-business and marketing vendors (run `techspend init` to draft a config and review it)'
  );
}

// the top-level accounts of double-entry bookkeeping (ledger, hledger, beancount, GnuCash)
const LEDGER_ACCOUNT = /^(assets?|liabilit(?:y|ies)|equity|income|revenues?|expenses?)(?::|$)/i;
/** The top-level accounts that balance an expense posting (Assets:Bank:Checking, Liabilities:Card...). */
export const BALANCING = /^(?:assets?|liabilit(?:y|ies)|equity|income|revenues?)(?::|$)/i;

/**
 * Double-entry postings (a ledger's register exported as rows: `Expenses:Food 40`, `Assets:Bank
 * -40`): nearly every line's account is a top-level ledger account, and both expense and
 * balancing postings are there. The spend is the expense side only.
 */
export function isPostingsLedger(lines: readonly SampleLine[]): boolean {
  if (lines.length === 0) return false;
  let ledger = 0;
  let expense = 0;
  let balancing = 0;
  for (const l of lines) {
    const a = l.account.trim();
    if (!LEDGER_ACCOUNT.test(a)) continue;
    ledger++;
    if (BALANCING.test(a)) balancing++;
    else expense++;
  }
  return expense > 0 && balancing > 0 && ledger * 20 >= lines.length * 19;
}

/** Distinct vendors in the rows looked at before a run takes its inputs for a whole-company register. */
export const MIN_REGISTER_VENDORS = 20;

/** Rows looked at, each naming its account, before the account names alone can say a register is a company's. */
export const MIN_REGISTER_ROWS = 100;

/**
 * Whether the rows looked at are a register of a company's spend rather than someone's own bills.
 * Many counterparties say so; so do hundreds of rows that name their account or expense type
 * (a card file of a few caterers, "Caterers" on every line): the accounts were judged and did
 * not make the spend technology. A handful of unknown vendors with no accounts says neither.
 */
function looksLikeRegister(lines: readonly SampleLine[], vendors: number): boolean {
  if (vendors >= MIN_REGISTER_VENDORS) return true;
  if (lines.length < MIN_REGISTER_ROWS) return false;
  let named = 0;
  for (const l of lines) if (l.account.trim() !== '') named++;
  return named * 10 >= lines.length * 9;
}

export interface DefaultScopeJudgement {
  balancingPostings: boolean;
  /** set for a whole-company ledger */
  scope: LedgerScope;
  /** what to say on stderr, once each */
  notes: string[];
}

/** How a run with no techspend.yaml scopes itself, from the first rows of its inputs. */
export function judgeDefaultScope(sample: readonly SampleLine[]): DefaultScopeJudgement {
  const balancingPostings = isPostingsLedger(sample);
  const spend = balancingPostings ? sample.filter((l) => !BALANCING.test(l.account.trim())) : sample;
  const vendors = new Map<string, Decimal>();
  const accounts = new Map<string, Decimal>();
  for (const l of spend) {
    vendors.set(l.vendor, add(vendors.get(l.vendor) ?? ZERO, l.amount));
    if (l.account !== '') accounts.set(l.account, add(accounts.get(l.account) ?? ZERO, l.amount));
  }
  const spendBy = (m: Map<string, Decimal>) => [...m].map(([raw, amount]) => ({ raw, amount })).sort((a, b) => (a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0));
  const scope = ledgerScope(spendBy(vendors), spendBy(accounts));
  const notes: string[] = [];
  if (balancingPostings) notes.push('these inputs are double-entry postings (Expenses:…, Assets:…): the spend is the expense postings; the balancing postings (assets, liabilities, income, equity) are out of scope');
  // a handful of vendors the catalog does not know, with nothing else to go on, is more likely
  // someone's own bills than a whole company's, and stays technology (uncategorized)
  const wholeCompany = scope.wholeCompany && looksLikeRegister(spend, vendors.size);
  if (wholeCompany) notes.push(wholeCompanyNote(scope));
  return { balancingPostings, scope: { ...scope, wholeCompany }, notes };
}
