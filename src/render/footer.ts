import { compare, groupDigits, toGrouped } from '../money/decimal.js';
import type { ReportFooter } from '../report/model.js';

/** The reconciliation footer lines shared by table and markdown. */
export function footerLines(f: ReportFooter, currency: string): string[] {
  const balanced = compare(f.inputTotal, f.reportTotal) === 0;
  const lines = [
    `Rows read ${groupDigits(f.rowsRead)}, used ${groupDigits(f.rowsUsed)}, rejected ${groupDigits(f.rowsRejected)}` +
      (f.rowsOutOfRange > 0 ? `, outside the date range ${groupDigits(f.rowsOutOfRange)}` : '') +
      (f.rowsDeduplicated ? `, left out as double counts (--dedupe) ${groupDigits(f.rowsDeduplicated)}` : '') +
      '.',
    `Input total ${currency} ${toGrouped(f.inputTotal)} ${balanced ? '=' : '≠'} report total ${currency} ${toGrouped(f.reportTotal)}${balanced ? '' : ' (MISMATCH)'}.`,
  ];
  if (f.uncategorizedLines > 0) lines.push(`Uncategorized: ${groupDigits(f.uncategorizedLines)} line${f.uncategorizedLines === 1 ? '' : 's'}, ${currency} ${toGrouped(f.uncategorizedTotal)}.`);
  if (f.duplicates > 0) lines.push(`Possible overlapping exports: ${f.duplicates === 1 ? '1 line appears' : `${f.duplicates} lines appear`} in two files (see validate).`);
  return lines;
}
