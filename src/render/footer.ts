import { compare, groupDigits, toGrouped } from '../money/decimal.js';
import type { ReportFooter } from '../report/model.js';

/** The reconciliation footer lines shared by table and markdown. */
export function footerLines(f: ReportFooter, currency: string): string[] {
  const balanced = compare(f.inputTotal, f.reportTotal) === 0;
  const lines = [
    `Rows read ${groupDigits(f.rowsRead)}, used ${groupDigits(f.rowsUsed)}, rejected ${groupDigits(f.rowsRejected)}` +
      (f.rowsOutOfRange > 0 ? `, outside the date range ${groupDigits(f.rowsOutOfRange)}` : '') +
      (f.rowsDeduplicated ? `, left out as double counts (--dedupe) ${groupDigits(f.rowsDeduplicated)}` : '') +
      (f.summaryRows ? `, total rows skipped ${groupDigits(f.summaryRows)}` : '') +
      (f.filesNotRead?.length ? `, in files not read ${groupDigits(f.filesNotRead.reduce((n, x) => n + x.rows, 0))}` : '') +
      '.',
    `Input total ${currency} ${toGrouped(f.inputTotal)} ${balanced ? '=' : '≠'} report total ${currency} ${toGrouped(f.reportTotal)}${balanced ? '' : ' (MISMATCH)'}.`,
  ];
  if (f.summaryRows) lines.push(`Total rows skipped: ${groupDigits(f.summaryRows)} (${currency} ${toGrouped(f.summaryTotal ?? { units: 0n, scale: 0 })}), each equal to the sum of the rows above it: a summary, not spend.`);
  for (const x of f.filesNotRead ?? []) lines.push(`File not read: ${x.source} (${groupDigits(x.rows)} rows): ${x.reason}`);
  if (f.uncategorizedLines > 0) lines.push(`Uncategorized: ${groupDigits(f.uncategorizedLines)} lines, ${currency} ${toGrouped(f.uncategorizedTotal)}.`);
  if (f.duplicates > 0) lines.push(`Possible overlapping exports: ${f.duplicates} lines appear in two files (see validate).`);
  return lines;
}
