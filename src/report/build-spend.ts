/**
 * `report`: spend grouped by one or more dimensions and a period, with each group's share of
 * its period, the total, and the reconciliation footer.
 */
import type { Config } from '../config/config.js';
import type { Fact } from '../analysis/ledger.js';
import { cmp } from '../analysis/ledger.js';
import { add, compare, type Decimal, ZERO } from '../money/decimal.js';
import { type PeriodKind, periodOf } from '../period/period.js';
import { ratio } from './format.js';
import { type Column, money, type Report, type ReportFooter, type Row, share, type Table, text } from './model.js';
import { type Dimension, DIMENSION_LABELS, keyOf, labelOf } from './dimensions.js';

export interface SpendOptions {
  by: Dimension[];
  period: PeriodKind;
  parameters?: Record<string, string>;
  /** money-talk additions (report/build-mix): sentences, notes on the spend table, more sections */
  summary?: string[];
  notes?: string[];
  sections?: Table[];
}

interface Group {
  keys: string[];
  byPeriod: Map<string, Decimal>;
  total: Decimal;
}

export function buildSpendReport(facts: readonly (Fact & { fn?: string })[], config: Config, options: SpendOptions, footer: ReportFooter | undefined, warnings: string[] = []): Report {
  const { by, period } = options;
  const groups = new Map<string, Group>();
  const periodTotals = new Map<string, Decimal>();
  let grand: Decimal = ZERO;
  for (const f of facts) {
    const keys = by.map((d) => keyOf(f, d, config));
    const p = periodOf(f.month, period, config.fiscalYearStart);
    const id = keys.join('\u0000');
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { keys, byPeriod: new Map(), total: ZERO }));
    g.byPeriod.set(p, add(g.byPeriod.get(p) ?? ZERO, f.amount));
    g.total = add(g.total, f.amount);
    periodTotals.set(p, add(periodTotals.get(p) ?? ZERO, f.amount));
    grand = add(grand, f.amount);
  }
  const periods = [...periodTotals.keys()].sort();
  const dimColumns: Column[] = by.map((d) => text(d, DIMENSION_LABELS[d]));

  // machine table: one row per group and period, in a stable order
  const dataRows: Row[] = [];
  for (const p of periods) {
    const inPeriod = [...groups.values()].filter((g) => g.byPeriod.has(p)).sort((a, b) => cmpKeys(a.keys, b.keys));
    for (const g of inPeriod) {
      const amount = g.byPeriod.get(p)!;
      const row: Row = {};
      by.forEach((d, i) => (row[d] = g.keys[i]!));
      row.period = p;
      row.amount = amount;
      row.share = ratio(amount, periodTotals.get(p)!) ?? null;
      dataRows.push(row);
    }
  }

  // human table: groups as rows (largest first), periods as columns
  const human = [...groups.values()].sort((a, b) => compare(b.total, a.total) || cmpKeys(a.keys, b.keys));
  const columns: Column[] = [...dimColumns, ...periods.map((p) => money(`p:${p}`, p))];
  if (periods.length > 1) columns.push(money('total', 'Total'));
  columns.push(share('share', 'Share'));
  const rows: Row[] = human.map((g) => {
    const row: Row = {};
    by.forEach((d, i) => (row[d] = labelOf(g.keys[i]!, d, config)));
    for (const p of periods) row[`p:${p}`] = g.byPeriod.get(p) ?? null;
    row.total = g.total;
    row.share = ratio(g.total, grand) ?? null;
    return row;
  });
  const total: Row = { [by[0]!]: 'Total' };
  for (const p of periods) total[`p:${p}`] = periodTotals.get(p)!;
  total.total = grand;
  total.share = facts.length > 0 ? ratio(grand, grand) ?? null : null;

  const title = `Technology spend by ${by.map((d) => DIMENSION_LABELS[d].toLowerCase()).join(' × ')}`;
  return {
    version: 1,
    command: 'report',
    title,
    currency: config.currency,
    parameters: { currency: config.currency, period, by: by.join(','), ...(options.parameters ?? {}) },
    summary: options.summary ?? [],
    sections: [{ id: 'spend', columns, rows, total, ...(options.notes && options.notes.length > 0 ? { notes: options.notes } : {}) }, ...(options.sections ?? [])],
    data: { id: 'spend', columns: [...dimColumns, text('period', 'Period'), money('amount', 'Amount'), share('share', 'Share')], rows: dataRows },
    footer,
    warnings,
  };
}

function cmpKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = cmp(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return 0;
}
