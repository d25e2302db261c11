import { add, compare, type Decimal, groupDigits, toGrouped, ZERO } from '../money/decimal.js';
import type { ReportFooter } from '../report/model.js';

/** Input total = technology + excluded + rejected, to the cent: the identity every footer shows. */
export function footerBalances(f: ReportFooter): boolean {
  return compare(f.inputTotal, add(add(add(f.reportTotal, f.excludedTotal), f.rejectedTotal), outsideWindow(f))) === 0;
}

/** Accrual basis: expense spread outside the date range (deferred to later periods, or of earlier ones). */
function outsideWindow(f: ReportFooter): Decimal {
  return add(f.accruedBefore ?? ZERO, f.accruedAfter ?? ZERO);
}

function accruedOutside(f: ReportFooter): boolean {
  return f.accruedBefore !== undefined || f.accruedAfter !== undefined;
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
    `Input total ${m(f.inputTotal)} ${balanced ? '=' : '≠'} technology ${m(f.reportTotal)} + excluded ${m(f.excludedTotal)} + rejected ${m(f.rejectedTotal)}${accruedOutside(f) ? ` + accrued outside the months reported ${m(outsideWindow(f))}` : ''}${balanced ? '' : ' (MISMATCH)'}.`,
  ];
  if (accruedOutside(f)) {
    lines.push(`Accrual basis: ${m(f.accruedAfter ?? ZERO)} deferred to later periods (after the last month reported: the end of the data or --to), ${m(f.accruedBefore ?? ZERO)} expense of earlier periods (before --from); in no figure here.`);
  }
  if (f.catalogSpread !== undefined && f.catalogSpread.length > 0) {
    const n = f.catalogSpread.reduce((t, [, k]) => t + k, 0);
    lines.push(
      `Accrual basis, catalog hint: ${groupDigits(n)} line${n === 1 ? '' : 's'} of ${f.catalogSpread.map(([v, k]) => `${v} (${groupDigits(k)})`).join(', ')} spread over 12 months: the catalog knows the vendor bills annually and each line's description says a year; a rule's amortize (amortize: 1 for one month) decides instead.`,
    );
  }
  if (f.rejectedElsewhere.length > 0) lines.push(`Rejected rows also hold ${f.rejectedElsewhere.map(([c, d]) => `${c} ${toGrouped(d)}`).join(', ')} (no rate: not in the totals).`);
  if (f.summaryRows) lines.push(`Total rows skipped: ${groupDigits(f.summaryRows)} (${m(f.summaryTotal ?? { units: 0n, scale: 0 })}), each equal to the sum of the rows above it: a summary, not spend.`);
  for (const x of f.filesNotRead ?? []) lines.push(`File not read: ${x.source} (${groupDigits(x.rows)} rows): ${x.reason}`);
  if (f.uncategorizedLines > 0) lines.push(`Uncategorized: ${groupDigits(f.uncategorizedLines)} line${f.uncategorizedLines === 1 ? '' : 's'}, ${m(f.uncategorizedTotal)}.`);
  if (f.duplicates > 0) lines.push(`Possible overlapping exports: ${f.duplicates === 1 ? '1 line appears' : `${f.duplicates} lines appear`} in two files (see validate).`);
  return lines;
}
