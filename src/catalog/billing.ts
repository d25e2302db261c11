/**
 * Billing hints of the catalog: vendors whose software is typically sold on annual terms (an
 * invoice a year for the year ahead). Kept as a list of catalog ids beside the vendor data, not in
 * each entry, so the one judgement stays in one place to review (tests/catalog pins that every id
 * is a catalog vendor).
 *
 * A hint is not a fact about a line: the same vendor also bills monthly seats, true-ups and
 * services. So on the accrual basis a line of such a vendor is spread over 12 months only when its
 * own description says it is a year's charge (`annualChargeInText`), and never when it also says
 * monthly, quarterly or semi-annual (rules/accrual.ts; a rule's amortize decides instead).
 */
import type { CatalogVendor } from './types.js';

export type BillingHint = 'annual';

const ANNUAL_VENDORS: ReadonlySet<string> = new Set([
  '1password',
  'adobe',
  'atlassian',
  'crowdstrike',
  'docusign',
  'figma',
  'github',
  'hubspot',
  'jetbrains',
  'lastpass',
  'lucid',
  'miro',
  'okta',
  'salesforce',
  'sentinelone',
  'snyk',
  'tableau',
  'zendesk',
]);

/** The ids the hint marks, for tests. */
export const ANNUAL_BILLING_IDS: readonly string[] = [...ANNUAL_VENDORS];

export function billingHintOf(vendor: Pick<CatalogVendor, 'id'> | undefined): BillingHint | undefined {
  return vendor !== undefined && ANNUAL_VENDORS.has(vendor.id) ? 'annual' : undefined;
}

/** A year's charge in words: "annual", "yearly", "12 months", "12-month", "1 year", "per year". */
const ANNUAL = /(?<![\p{L}\d])(annual(?:ly)?|yearly|per\s+year|a\s+year|12[\s-]?months?|twelve[\s-]months?|1[\s-]?year|one[\s-]year|1[\s-]?yr|12[\s-]?mo)(?![\p{L}\d])/iu;
/** Words that make it something else: a monthly part of an annual plan, a shorter cycle. */
const NOT_A_YEAR = /(?<![\p{L}\d])(monthly|per\s+month|a\s+month|\/\s*mo(?:nth)?|month\s+\d+\s+of|instal(?:l)?ments?|quarterly|semi[\s-]?annual(?:ly)?|bi[\s-]?annual(?:ly)?|half[\s-]?year(?:ly)?|6[\s-]?months?|3[\s-]?months?)(?![\p{L}\d])/iu;

/** The description says the line is a year's charge, and nothing says it is a shorter one. */
export function annualChargeInText(text: string): boolean {
  return ANNUAL.test(text) && !NOT_A_YEAR.test(text);
}
