/** The accrual basis in words, for explain and the notes that suggest amortizing. */
import type { CategorizedPart } from '../rules/engine.js';
import { type Decimal, toGrouped } from '../money/decimal.js';
import { addMonths } from '../period/period.js';

const FROM: Record<NonNullable<CategorizedPart['share']>['from'], string> = {
  rule: "the rule's amortize",
  columns: "the export's charge period",
  description: 'the range in its description',
};

/** "accrual: 3/12 of USD 1,200.00, service 2026-02..2027-01 (the rule's amortize)" */
export function accrualShareText(share: NonNullable<CategorizedPart['share']>, whole: Decimal, currency: string): string {
  return `accrual: ${share.index}/${share.of} of ${currency} ${toGrouped(whole)}, service ${share.start}..${addMonths(share.start, share.of - 1)} (${FROM[share.from]})`;
}

/** The rule snippet that spreads a vendor's lines over `months` months. */
export function amortizeSnippet(vendor: string, category: string, months: number): string {
  return `- { category: ${category}, amortize: ${months}, match: { vendor: ${JSON.stringify(vendor + '*')} } }`;
}
