/**
 * The one line pipeline (src/analysis/pipeline.ts): line → booked → categorized → counted, with
 * figures worked out by hand. The scans (one thread and every worker) are covered end to end by
 * tests/scale and the goldens; this pins the stage itself, without files.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline, FileTally, stageLine } from '../../src/analysis/pipeline.js';
import { emptyReconciliation, type FileSummary } from '../../src/analysis/reconciliation.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { toFixed } from '../../src/money/decimal.js';
import { config, d } from './helpers.js';

const cfg = config(`
currency: USD
rates: { EUR: 1.08 }
unmatched: excluded
categories:
  - { id: cloud, name: Cloud, function: Engineering, pool: cloud }
  - { id: security, name: Security, function: Engineering, pool: software }
rules:
  - { id: aws, category: cloud, match: { vendor: AWS } }
  - { id: split, split: { cloud: 70, security: 30 }, match: { vendor: Shared } }
`);

function line(vendor: string, amount: string, currency = 'USD', date = '2026-03-15', n = 2): ExpenseLine {
  return { source: 'x.csv', line: n, date, vendor, description: '', account: '', department: '', costCenter: '', currency, amount: d(amount), fields: [], header: new Map() };
}

function summary(): FileSummary {
  return { source: 'x.csv', format: 'generic', mapping: '', encoding: 'utf-8', delimiter: ',', skipRows: 0, rows: 0, used: 0, rejected: 0, notes: [] };
}

describe('line → booked → categorized', () => {
  const p = createPipeline(cfg, { from: '2026-01-01', to: '2026-12-31' });

  it('books a EUR line at the rate, rounded to the cent, and categorizes it', () => {
    // 10.01 × 1.08 = 10.8108 → 10.81
    const fate = stageLine(p, line('AWS', '10.01', 'EUR'), 'Currency');
    expect(fate.kind).toBe('technology');
    if (fate.kind !== 'technology') return;
    expect(toFixed(fate.booked)).toBe('10.81');
    expect(fate.categorization.parts.map((x) => [x.category, toFixed(x.amount)])).toEqual([['cloud', '10.81']]);
  });

  it('splits by largest remainder: 0.05 at 70/30 is 0.04 + 0.01 (3.5 and 1.5 cents, the tie to the first)', () => {
    const fate = stageLine(p, line('Shared', '0.05'), 'Currency');
    if (fate.kind !== 'technology') throw new Error(fate.kind);
    expect(fate.categorization.parts.map((x) => toFixed(x.amount))).toEqual(['0.04', '0.01']);
  });

  it('a currency with no rate is a rejection naming the column; out of window and unmatched lines are told apart', () => {
    const fate = stageLine(p, line('AWS', '5', 'GBP', '2026-03-15', 7), 'Currency');
    expect(fate).toMatchObject({ kind: 'rejected', rejection: { source: 'x.csv', line: 7, reason: 'no rate for currency', column: 'Currency', text: 'GBP' } });
    expect(stageLine(p, line('AWS', '5', 'USD', '2025-12-31'), 'Currency').kind).toBe('out-of-range');
    expect(stageLine(p, line('Rent Co', '5'), 'Currency').kind).toBe('excluded');
    expect(stageLine(createPipeline(cfg, { exclude: () => true }), line('AWS', '5'), 'Currency').kind).toBe('deduplicated');
  });

  it('counts: input = technology + excluded, rejected kept apart, totals added when the file is done', () => {
    const rec = emptyReconciliation();
    const s = summary();
    const tally = new FileTally(rec, s);
    for (const l of [line('AWS', '100.00'), line('Shared', '0.05'), line('Rent Co', '20.00'), line('AWS', '5', 'GBP'), line('AWS', '1', 'USD', '2027-01-01')]) tally.count(l, stageLine(p, l, 'Currency'));
    expect(toFixed(rec.inputTotal)).toBe('0.00');
    tally.flush();
    expect([rec.rowsUsed, rec.rowsRejected, rec.rowsOutOfRange, rec.excludedLines, s.used, s.rejected]).toEqual([3, 1, 1, 1, 3, 1]);
    expect([toFixed(rec.inputTotal), toFixed(rec.reportTotal), toFixed(rec.excludedTotal)]).toEqual(['120.05', '100.05', '20.00']);
  });
});
