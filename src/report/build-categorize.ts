/** `categorize`: one output row per input line (or per split part), with its category and rule. */
import type { Config } from '../config/config.js';
import type { ExpenseLine } from '../ingest/line.js';
import type { Categorization } from '../rules/engine.js';
import type { CentCarry } from '../money/apportion.js';
import { type Column, int, money, type Report, type ReportFooter, type Row, text } from './model.js';

export const CATEGORIZE_COLUMNS: Column[] = [
  text('source', 'Source'),
  int('line', 'Line'),
  text('date', 'Date'),
  text('vendor', 'Vendor'),
  text('description', 'Description'),
  text('account', 'Account'),
  money('amount', 'Amount'),
  text('currency', 'Currency'),
  text('category', 'Category'),
  text('function', 'Function'),
  text('pool', 'Pool'),
  text('rule', 'Rule'),
  text('scope', 'Scope'),
];

/**
 * A line's amount as shown: its booked amount at the cent through `carry` (money/apportion.ts), one
 * running sum, so the lines add up to `report`'s total to the cent even where lines carry
 * fractional cents. Without a carry, the exact amount.
 */
export function categorizedRows(line: ExpenseLine, c: Categorization, config: Config, carry?: CentCarry): Row[] {
  return c.parts.map((p) => ({
    source: line.source,
    line: line.line,
    date: line.date,
    vendor: line.vendor,
    description: line.description,
    account: line.account,
    amount: carry ? carry.book('', p.amount) : p.amount,
    currency: config.currency,
    category: p.category,
    function: config.categoryById.get(p.category)?.function ?? '',
    pool: p.pool,
    rule: c.rule?.id ?? '',
    scope: c.scope,
  }));
}

/** Rows sorted by source order then line, so output does not depend on scheduling. */
export function buildCategorizeReport(rows: Row[], config: Config, footer: ReportFooter | undefined, warnings: string[] = []): Report {
  const humanColumns = CATEGORIZE_COLUMNS.filter((c) => c.key !== 'currency' && c.key !== 'function');
  return {
    version: 1,
    command: 'categorize',
    title: 'Categorized lines',
    currency: config.currency,
    parameters: { currency: config.currency },
    summary: [],
    sections: [{ id: 'lines', columns: humanColumns, rows }],
    data: { id: 'lines', columns: CATEGORIZE_COLUMNS, rows },
    footer,
    warnings,
  };
}
