import { add, compare, groupDigits, toGrouped } from '../money/decimal.js';
import type { ReportFooter } from '../report/model.js';

/** Input total = technology + excluded + rejected, to the cent: the identity every footer shows. */
export function footerBalances(f: ReportFooter): boolean {
  return compare(f.inputTotal, add(add(f.reportTotal, f.excludedTotal), f.rejectedTotal)) === 0;
}

/** The reconciliation footer lines shared by table and markdown. */
export function footerLines(f: ReportFooter, currency: string): string[] {
  const balanced = footerBalances(f);
  const m = (d: Parameters<typeof toGrouped>[0]) => `${currency} ${toGrouped(d)}`;
  const lines = [
    `Rows read ${groupDigits(f.rowsRead)}, used ${groupDigits(f.rowsUsed)}` +
      (f.excludedLines > 0 ? ` (${groupDigits(f.excludedLines)} excluded: not technology)` : '') +
      `, rejected ${groupDigits(f.rowsRejected)}` +
      (f.rowsOutOfRange > 0 ? `, outside the date range ${groupDigits(f.rowsOutOfRange)}` : '') +
      (f.rowsDeduplicated ? `, left out as double counts (--dedupe) ${groupDigits(f.rowsDeduplicated)}` : '') +
      (f.summaryRows ? `, total rows skipped ${groupDigits(f.summaryRows)}` : '') +
      (f.filesNotRead?.length ? `, in files not read ${groupDigits(f.filesNotRead.reduce((n, x) => n + x.rows, 0))}` : '') +
      '.',
    `Input total ${m(f.inputTotal)} ${balanced ? '=' : '≠'} technology ${m(f.reportTotal)} + excluded ${m(f.excludedTotal)} + rejected ${m(f.rejectedTotal)}${balanced ? '' : ' (MISMATCH)'}.`,
  ];
  if (f.rejectedElsewhere.length > 0) lines.push(`Rejected rows also hold ${f.rejectedElsewhere.map(([c, d]) => `${c} ${toGrouped(d)}`).join(', ')} (no rate: not in the totals).`);
  if (f.summaryRows) lines.push(`Total rows skipped: ${groupDigits(f.summaryRows)} (${m(f.summaryTotal ?? { units: 0n, scale: 0 })}), each equal to the sum of the rows above it: a summary, not spend.`);
  for (const x of f.filesNotRead ?? []) lines.push(`File not read: ${x.source} (${groupDigits(x.rows)} rows): ${x.reason}`);
  if (f.uncategorizedLines > 0) lines.push(`Uncategorized: ${groupDigits(f.uncategorizedLines)} line${f.uncategorizedLines === 1 ? '' : 's'}, ${m(f.uncategorizedTotal)}.`);
  if (f.duplicates > 0) lines.push(`Possible overlapping exports: ${f.duplicates === 1 ? '1 line appears' : `${f.duplicates} lines appear`} in two files (see validate).`);
  return lines;
}
