import { compare, toGrouped } from '../money/decimal.js';
import type { ReportFooter } from '../report/model.js';

/** The reconciliation footer lines shared by table and markdown. */
export function footerLines(f: ReportFooter, currency: string): string[] {
  const balanced = compare(f.inputTotal, f.reportTotal) === 0;
  const lines = [
    `Rows read ${f.rowsRead.toLocaleString('en-US')}, used ${f.rowsUsed.toLocaleString('en-US')}, rejected ${f.rowsRejected.toLocaleString('en-US')}` +
      (f.rowsOutOfRange > 0 ? `, outside the date range ${f.rowsOutOfRange.toLocaleString('en-US')}` : '') +
      (f.rowsDeduplicated ? `, left out as double counts (--dedupe) ${f.rowsDeduplicated.toLocaleString('en-US')}` : '') +
      '.',
    `Input total ${currency} ${toGrouped(f.inputTotal)} ${balanced ? '=' : '≠'} report total ${currency} ${toGrouped(f.reportTotal)}${balanced ? '' : ' (MISMATCH)'}.`,
  ];
  if (f.uncategorizedLines > 0) lines.push(`Uncategorized: ${f.uncategorizedLines.toLocaleString('en-US')} lines, ${currency} ${toGrouped(f.uncategorizedTotal)}.`);
  if (f.duplicates > 0) lines.push(`Possible overlapping exports: ${f.duplicates} lines appear in two files (see validate).`);
  return lines;
}
