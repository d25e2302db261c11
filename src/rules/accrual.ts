/**
 * The accrual basis at the line: which months a technology line pays for, and its categorized
 * parts spread over them. The export's own period columns win (FOCUS `ChargePeriodStart/End`,
 * then `BillingPeriodStart/End`), then an explicit range in the description, then the rule's
 * `amortize: n` (n months from the line's month; `amortize: 1` keeps it one month), then the
 * catalog's hint: a vendor typically billed annually (catalog/billing.ts) whose line's description
 * says it is a year's charge is 12 months from the line's month. A line with none of these is one
 * month, as on the cash basis. Excluded lines are never spread: they are in no figure.
 */
import type { ExpenseLine } from '../ingest/line.js';
import { columnValue } from '../ingest/line.js';
import { monthOf } from '../period/period.js';
import { spreadOverMonths } from '../period/accrual.js';
import { type ServicePeriod, servicePeriodInText, servicePeriodOfDates } from '../period/service-period.js';
import type { Rule } from '../config/rule.js';
import { lookupVendor } from '../catalog/catalog.js';
import { annualChargeInText, billingHintOf } from '../catalog/billing.js';
import type { Categorization, CategorizedPart } from './engine.js';

/** What the service period reads of a line (the vendor only for the catalog's hint). */
type PeriodLine = Pick<ExpenseLine, 'date' | 'description' | 'fields' | 'header'> & Partial<Pick<ExpenseLine, 'vendor'>>;

/** The export's period columns, most specific first. */
const PERIOD_COLUMNS: readonly [string, string][] = [
  ['ChargePeriodStart', 'ChargePeriodEnd'],
  ['BillingPeriodStart', 'BillingPeriodEnd'],
];

/** The months this line pays for, when it says (or its rule says) more than its own month. */
export function servicePeriodOfLine(line: PeriodLine, rule: Pick<Rule, 'amortize'> | undefined): ServicePeriod | undefined {
  if (line.header.size > 0) {
    for (const [s, e] of PERIOD_COLUMNS) {
      const start = columnValue(line, s);
      const end = columnValue(line, e);
      if (start === undefined || end === undefined) continue;
      const p = servicePeriodOfDates(start, end);
      if (p !== undefined) return p;
    }
  }
  const inText = servicePeriodInText(line.description);
  if (inText !== undefined) return inText;
  if (rule?.amortize !== undefined) return rule.amortize > 1 ? { start: monthOf(line.date), months: rule.amortize, from: 'rule' } : undefined;
  // the catalog knows the vendor bills annually, and the line itself says it is a year's charge
  if (annualChargeInText(line.description) && line.vendor !== undefined && billingHintOf(lookupVendor(line.vendor)) === 'annual') return { start: monthOf(line.date), months: 12, from: 'catalog' };
  return undefined;
}

/** A categorization on the accrual basis: each part spread over the line's service period (unchanged when it has none). */
export function accrue(c: Categorization, line: PeriodLine): Categorization {
  if (c.scope === 'excluded') return c;
  const period = servicePeriodOfLine(line, c.rule);
  if (period === undefined) return c;
  const parts: CategorizedPart[] = [];
  for (const p of c.parts) {
    for (const s of spreadOverMonths(p.amount, period.start, period.months)) {
      parts.push({ category: p.category, pool: p.pool, amount: s.amount, month: s.month, share: { index: s.index, of: s.of, from: period.from, start: period.start } });
    }
  }
  return { ...c, parts };
}

/**
 * An accrued categorization cut to a report window (months `from`..`to`, either open): the parts
 * in it, and the sums spread into months before and after it (deferred to later periods), so the
 * reconciliation still ties to the line's whole amount.
 */
export function cutToWindow(c: Categorization, from: string | undefined, to: string | undefined): { kept: Categorization; before: CategorizedPart[]; after: CategorizedPart[] } {
  const before: CategorizedPart[] = [];
  const after: CategorizedPart[] = [];
  if ((from === undefined && to === undefined) || !c.parts.some((p) => p.month !== undefined)) return { kept: c, before, after };
  const parts: CategorizedPart[] = [];
  for (const p of c.parts) {
    if (p.month !== undefined && from !== undefined && p.month < from) before.push(p);
    else if (p.month !== undefined && to !== undefined && p.month > to) after.push(p);
    else parts.push(p);
  }
  return { kept: before.length + after.length === 0 ? c : { ...c, parts }, before, after };
}
