/**
 * The contract table (config `contracts:` or `techspend renewals --contracts`): what the CFO
 * knows for sure about a renewal, which overrides what spend suggests. CSV columns, headers in any
 * case, spaces or dashes for underscores: vendor, renewal_date (yyyy-MM-dd), notice_days (whole
 * days, optional), committed_amount (optional; "$12,000.00" as a spreadsheet writes it).
 * Problems name `file:line` (side-table.ts counts physical lines).
 */
import { parseIsoDate } from '../ingest/date.js';
import { type Decimal, parseDecimal } from '../money/decimal.js';
import { readSideTable } from './side-table.js';

export interface ContractLine {
  vendor: string;
  renewalDate: string;
  noticeDays: number | undefined;
  committed: Decimal | undefined;
  /** file:line */
  where: string;
}

export interface ContractProblem {
  where: string;
  message: string;
  hint?: string;
}

const REQUIRED = ['vendor', 'renewal_date'];
const KNOWN = ['vendor', 'renewal_date', 'notice_days', 'committed_amount'];

const columnName = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

export function readContractTable(text: string, name: string): { lines: ContractLine[]; problems: ContractProblem[] } {
  const lines: ContractLine[] = [];
  const problems: ContractProblem[] = [];
  const table = readSideTable(text);
  if ('error' in table) return { lines, problems: [{ where: name, message: `not valid CSV: ${table.error}` }] };
  const first = table.rows[0];
  if (first === undefined) return { lines, problems: [{ where: name, message: 'no contracts: the table has no rows', hint: `write the columns ${KNOWN.join(',')}` }] };
  const headers = Object.keys(first.cells).map(columnName);
  const missing = REQUIRED.filter((c) => !headers.includes(c));
  if (missing.length > 0) return { lines, problems: [{ where: `${name}:1`, message: `a contract table needs the columns ${REQUIRED.join(',')} (missing ${missing.join(', ')})`, hint: `columns: ${KNOWN.join(',')}` }] };
  const unknown = headers.filter((h) => !KNOWN.includes(h));
  if (unknown.length > 0) problems.push({ where: `${name}:1`, message: `unknown column "${unknown[0]}"`, hint: `columns: ${KNOWN.join(',')}` });
  const seen = new Map<string, string>();
  for (const { line, cells } of table.rows) {
    const c: Record<string, string> = {};
    for (const [k, v] of Object.entries(cells)) c[columnName(k)] = v;
    const where = `${name}:${line}`;
    const vendor = c.vendor ?? '';
    if (vendor === '') {
      problems.push({ where, message: 'no vendor' });
      continue;
    }
    const dateText = c.renewal_date ?? '';
    const renewalDate = dateText.length === 10 ? parseIsoDate(dateText) : undefined;
    if (renewalDate === undefined) {
      problems.push({ where, message: `renewal_date is not a date: "${dateText}"`, hint: 'write yyyy-MM-dd, e.g. 2027-03-31' });
      continue;
    }
    const noticeText = c.notice_days ?? '';
    const noticeDays = noticeText === '' ? undefined : /^\d{1,4}$/.test(noticeText) ? Number(noticeText) : Number.NaN;
    if (noticeDays !== undefined && Number.isNaN(noticeDays)) {
      problems.push({ where, message: `notice_days is not a whole number of days: "${noticeText}"`, hint: 'e.g. 60' });
      continue;
    }
    const amountText = (c.committed_amount ?? '').replace(/[$€£,\s]/g, '');
    const committed = amountText === '' ? undefined : parseDecimal(amountText);
    if (committed === undefined && amountText !== '') {
      problems.push({ where, message: `committed_amount is not an amount: "${c.committed_amount}"`, hint: 'e.g. 12000.00' });
      continue;
    }
    if (committed !== undefined && committed.units < 0n) {
      problems.push({ where, message: `committed_amount is negative: "${c.committed_amount}"` });
      continue;
    }
    const key = vendor.toLowerCase();
    const before = seen.get(key);
    if (before !== undefined) {
      problems.push({ where, message: `vendor "${vendor}" is already in the table (${before})`, hint: 'one row per vendor: its next renewal' });
      continue;
    }
    seen.set(key, where);
    lines.push({ vendor, renewalDate, noticeDays, committed, where });
  }
  return { lines, problems };
}
