/** `init`'s `sources` entries: one per layout, keyed on its header columns (a headerless file: on its name). */
import type { DraftFile } from './draft.js';
import { comment } from './draft-patterns.js';

const q = (s: string) => JSON.stringify(s);

const FIELD_ORDER = ['date', 'amount', 'debit', 'credit', 'vendor', 'description', 'account', 'department', 'costCenter', 'currency', 'quantity', 'unitPrice', 'usage', 'direction'] as const;

/**
 * One `sources` entry per layout, keyed on its header (the mapped columns), not the file name:
 * next month's export, whatever it is called, is read the same way.
 */
export function sourceEntries(files: readonly DraftFile[]): string[] {
  const out: string[] = [];
  const seen = new Map<string, DraftFile[]>();
  for (const f of files) {
    const l = f.layout;
    const key = JSON.stringify([FIELD_ORDER.map((k) => (l.columns[k] === undefined ? '' : l.header[l.columns[k]!])), f.skipRows, f.delimiter, l.dateFormat, l.decimalMark, f.expenseNegative]);
    seen.set(key, [...(seen.get(key) ?? []), f]);
  }
  for (const group of seen.values()) {
    const f = group[0]!;
    const l = f.layout;
    const mapped = FIELD_ORDER.filter((k) => l.columns[k] !== undefined);
    const cols = mapped.map((k) => `${k}: ${q(l.header[l.columns[k]!]!)}`);
    const header = [...new Set(mapped.map((k) => l.header[l.columns[k]!]!))];
    const rows = group.reduce((n, g) => n + g.rows, 0);
    out.push(`  # ${comment(group.map((g) => g.name).join(', '))}: ${rows} rows`);
    // a file with no header row has no header to key on: its name, and columns by position
    if (l.headerless === true) out.push(`  - files: [${group.map((g) => q(`**/${g.name}`)).join(', ')}]`, '    header: false              # no header row: columns by position (1 = first)');
    else out.push(`  - headerIncludes: [${header.map(q).join(', ')}]`);
    if (f.skipRows > 0) out.push(`    skipRows: ${f.skipRows}`);
    if (f.delimiter !== ',') out.push(`    delimiter: ${q(f.delimiter)}`);
    if (l.dateFormat) out.push(`    dateFormat: ${q(l.dateFormat)}`);
    if (l.decimalMark !== '.') out.push(`    decimalMark: ${q(l.decimalMark)}`);
    if (f.expenseNegative) out.push('    sign: expense-negative     # most amounts are negative: spend is written as a debit');
    if (cols.length > 0) out.push(`    columns: { ${cols.join(', ')} }`);
  }
  return out;
}

