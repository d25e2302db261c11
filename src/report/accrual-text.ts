/** The accrual basis in words, for explain and the notes that suggest amortizing. */
import type { CategorizedPart } from '../rules/engine.js';
import { type Decimal, toGrouped } from '../money/decimal.js';
import { addMonths } from '../period/period.js';

const FROM: Record<NonNullable<CategorizedPart['share']>['from'], string> = {
  rule: "the rule's amortize",
  columns: "the export's charge period",
  description: 'the range in its description',
  catalog: "the catalog's hint: the vendor bills annually, and the description says a year",
};

/** "accrual: 3/12 of USD 1,200.00, service 2026-02..2027-01 (the rule's amortize)" */
export function accrualShareText(share: NonNullable<CategorizedPart['share']>, whole: Decimal, currency: string): string {
  return `accrual: ${share.index}/${share.of} of ${currency} ${toGrouped(whole)}, service ${share.start}..${addMonths(share.start, share.of - 1)} (${FROM[share.from]})`;
}

/**
 * The rule snippet that spreads a vendor's lines over `months` months. `vendor` is the name as
 * written on the lines (several spellings: a list), since a rule matches that, not a catalog
 * display name ("Sentry" never matches "Functional Software, Inc.").
 */
export function amortizeSnippet(vendor: string | readonly string[], category: string, months: number): string {
  const globs = (typeof vendor === 'string' ? [vendor] : vendor).map((v) => JSON.stringify(v + '*'));
  return `- { category: ${category}, amortize: ${months}, match: { vendor: ${globs.length === 1 ? globs[0] : `[${globs.join(', ')}]`} } }`;
}

/**
 * Vendors the run rate found billed in lumps (every 2+ months) or once a year: on the accrual
 * basis their bills would be spread over the months they pay for. One note naming them, with the
 * rule snippet to add (the cadence as the months of each bill; a yearly one-off as 12).
 */
export function amortizeSuggestion(lumps: readonly { vendor: string; category: string; cycle: number }[]): string | undefined {
  if (lumps.length === 0) return undefined;
  const shown = lumps.slice(0, 3);
  const more = lumps.length > shown.length ? ` (and ${lumps.length - shown.length} more)` : '';
  const snippets = shown.map((l) => amortizeSnippet(l.vendor, l.category, l.cycle)).join('  ');
  return `To see lumpy bills as P&L expense, spread them over the months they pay for with amortize on their rules and run with --basis accrual${more}: ${snippets}`;
}
