/**
 * What `init` drafts from and what its draft does: the spend read, by vendor spelling and by
 * account (an expense-negative file's amounts flipped, as its drafted source will read them), the
 * input total report will show, and how the drafted rules split that spend between technology
 * (categorized or not) and excluded, with the real rules engine. Pure: init's scan hands the spend over.
 */
import type { DraftAccount, DraftVendor } from '../config/draft.js';
import type { Config } from '../config/config.js';
import type { ExpenseLine, Rejection } from '../ingest/line.js';
import { add, type Decimal, neg, ZERO } from '../money/decimal.js';
import { createCategorizer } from '../rules/engine.js';
import { UNKNOWN_CURRENCY } from './reconciliation.js';

/** Spend of one vendor spelling and account in one file. */
export interface Spend {
  source: string;
  vendor: string;
  account: string;
  amount: Decimal;
  lines: number;
}

export function draftSpend(spend: Iterable<Spend>, files: ReadonlyMap<string, { expenseNegative?: boolean | undefined }>, rejections: readonly Rejection[], currency: string) {
  // spend by vendor spelling and by account, read as the drafted sources will read it (expense-negative files flipped)
  const vendors = new Map<string, DraftVendor>();
  const accounts = new Map<string, DraftAccount>();
  const pairs: Spend[] = [];
  for (const v of spend) {
    const flip = files.get(v.source)?.expenseNegative === true;
    const amount = flip ? neg(v.amount) : v.amount;
    pairs.push({ ...v, amount });
    const d = vendors.get(v.vendor) ?? { raw: v.vendor, amount: ZERO, lines: 0 };
    vendors.set(v.vendor, { raw: v.vendor, amount: add(d.amount, amount), lines: d.lines + v.lines });
    if (v.account !== '') {
      const a = accounts.get(v.account) ?? { raw: v.account, amount: ZERO, lines: 0 };
      accounts.set(v.account, { raw: v.account, amount: add(a.amount, amount), lines: a.lines + v.lines });
    }
  }
  const flipped = pairs.reduce((a, p) => add(a, p.amount), ZERO as Decimal);
  // the input total as report will show it with the drafted config: every line read, plus the
  // rejected amounts in the reporting currency (an expense-negative file's flipped, as its source will)
  let rejected: Decimal = ZERO;
  for (const r of rejections) {
    if (r.amount === undefined || (r.currency !== undefined && r.currency !== currency && r.currency !== UNKNOWN_CURRENCY)) continue;
    rejected = add(rejected, files.get(r.source)?.expenseNegative === true ? neg(r.amount) : r.amount);
  }
  const total = add(flipped, rejected);
  return { vendors, accounts, pairs, rejected, total };
}

/** The drafted config's rules over the spend: technology (and how much of it a rule categorizes), excluded. */
export function draftOutcome(config: Config, pairs: readonly Spend[], currency: string): { technology: Decimal; categorized: Decimal; excluded: Decimal; byCategory: Map<string, Decimal> } {
  const categorizer = createCategorizer(config);
  const byCategory = new Map<string, Decimal>();
  let technology: Decimal = ZERO;
  let categorized: Decimal = ZERO;
  let excluded: Decimal = ZERO;
  for (const p of pairs) {
    const line: ExpenseLine = { source: p.source, line: 0, date: '2000-01-01', vendor: p.vendor, description: '', account: p.account, department: '', costCenter: '', currency, amount: p.amount, fields: [], header: new Map() };
    const c = categorizer.categorize(line, p.amount);
    for (const part of c.parts) byCategory.set(part.category, add(byCategory.get(part.category) ?? ZERO, part.amount));
    if (c.scope === 'excluded') excluded = add(excluded, p.amount);
    else {
      technology = add(technology, p.amount);
      if (c.rule !== undefined) categorized = add(categorized, p.amount);
    }
  }
  return { technology, categorized, excluded, byCategory };
}
