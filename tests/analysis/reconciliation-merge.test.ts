/** Parts' reconciliations merge into the one-thread result: every field, figures by hand. */
import { describe, expect, it } from 'vitest';
import { emptyReconciliation, type FileSummary } from '../../src/analysis/reconciliation.js';
import { mergeReconciliations } from '../../src/analysis/reconciliation-merge.js';
import { toFixed } from '../../src/money/decimal.js';
import { d } from './helpers.js';

const file = (rows: number, used: number): FileSummary => ({ source: 'a.csv', format: 'generic', mapping: '', encoding: 'utf-8', delimiter: ',', skipRows: 0, rows, used, rejected: rows - used, notes: [] });

function part(k: number) {
  const r = emptyReconciliation();
  r.files.push(file(10 * k, 9 * k));
  r.rowsRead = 10 * k;
  r.rowsUsed = 9 * k;
  r.rowsRejected = k;
  r.inputTotal = d(k === 1 ? '0.10' : '0.20');
  r.reportTotal = d(k === 1 ? '0.07' : '0.01');
  r.excludedVendors.set('Rent Co', d('1.005'));
  r.rejectedAmounts.set('GBP', d('2'));
  r.rejections.push({ source: 'a.csv', line: k, reason: `r${k}` });
  r.dates.set(`2026-0${k}-01`, 1).set('2026-05-05', 1);
  r.notices.push(`n${k}`);
  return r;
}

describe('merging reconciliations', () => {
  it('parts of one file: counts and amounts summed exactly, lists in order, one file summary', () => {
    const m = mergeReconciliations([part(1), part(2)]);
    expect([m.rowsRead, m.rowsUsed, m.rowsRejected]).toEqual([30, 27, 3]);
    // 0.10 + 0.20 is 0.30 exactly (not 0.30000000000000004); 0.07 + 0.01 = 0.08
    expect([toFixed(m.inputTotal), toFixed(m.reportTotal)]).toEqual(['0.30', '0.08']);
    expect(m.excludedVendors.get('Rent Co')).toEqual(d('2.010'));
    expect(toFixed(m.rejectedAmounts.get('GBP')!)).toBe('4.00');
    expect(m.rejections.map((r) => r.line)).toEqual([1, 2]);
    expect([...m.dates.keys()].sort()).toEqual(['2026-01-01', '2026-02-01', '2026-05-05']);
    expect(m.notices).toEqual(['n1', 'n2']);
    expect(m.files).toHaveLength(1);
    expect([m.files[0]!.rows, m.files[0]!.used, m.files[0]!.rejected]).toEqual([30, 27, 3]);
  });

  it('whole files: each keeps its summary', () => {
    const m = mergeReconciliations([part(1), part(2)], 'files');
    expect(m.files.map((f) => f.rows)).toEqual([10, 20]);
  });
});
