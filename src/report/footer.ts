/**
 * The reconciliation footer every report ends with (input total = technology + excluded +
 * rejected), and the rejected rows as diagnostics: pure functions of a run's Reconciliation.
 */
import { type Reconciliation, rejectedTotalIn, UNKNOWN_CURRENCY } from '../analysis/reconciliation.js';
import type { Diagnostic } from '../diagnostic.js';
import { add, isZero, ZERO } from '../money/decimal.js';
import type { ReportFooter } from './model.js';

/** The reconciliation footer: input total = technology + excluded + rejected (rejected amounts in the reporting currency). */
export function footerOf(rec: Reconciliation, currency: string): ReportFooter {
  const rejectedTotal = rejectedTotalIn(rec, currency);
  const rejectedElsewhere = [...rec.rejectedAmounts].filter(([c]) => c !== currency && c !== UNKNOWN_CURRENCY).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    rowsRead: rec.rowsRead,
    rowsUsed: rec.rowsUsed,
    rowsRejected: rec.rowsRejected,
    rowsOutOfRange: rec.rowsOutOfRange,
    rowsDeduplicated: rec.rowsDeduplicated,
    inputTotal: add(rec.inputTotal, rejectedTotal),
    reportTotal: rec.reportTotal,
    excludedLines: rec.excludedLines,
    excludedTotal: rec.excludedTotal,
    rejectedTotal,
    rejectedElsewhere,
    uncategorizedLines: rec.uncategorizedLines,
    uncategorizedTotal: rec.uncategorizedTotal,
    duplicates: rec.duplicates.length,
    ...(rec.summaryRows.length > 0 ? { summaryRows: rec.summaryRows.length, summaryTotal: rec.summaryRows.reduce((t, r) => add(t, r.amount), ZERO) } : {}),
    ...(rec.filesNotRead.length > 0 ? { filesNotRead: rec.filesNotRead.map((f) => ({ source: f.source, rows: f.rows, reason: f.reason })) } : {}),
    ...(!isZero(rec.accruedBefore) || !isZero(rec.accruedAfter) ? { accruedBefore: rec.accruedBefore, accruedAfter: rec.accruedAfter } : {}),
    ...(rec.catalogSpread.size > 0 ? { catalogSpread: [...rec.catalogSpread].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) } : {}),
  };
}

export function rejectionDiagnostics(rec: Reconciliation): Diagnostic[] {
  return rec.rejections.map((r) => ({
    severity: 'error',
    kind: 'data',
    where: `${r.source}:${r.line}`,
    message: `rejected: ${r.reason}`,
    ...(r.column !== undefined ? { column: r.column } : {}),
    ...(r.text !== undefined ? { text: r.text } : {}),
    ...(r.hint !== undefined ? { hint: r.hint } : {}),
  }));
}
