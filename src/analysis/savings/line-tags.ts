/**
 * What tells two equal charges apart, read from a line's own columns: its transaction reference
 * (invoice, document, transaction or voucher number) and where it is booked (cost centre, fund,
 * department, service area). Two lines with different references are two transactions, and an
 * invoice split across two funds is one bill booked twice on purpose: neither is a duplicate.
 */
import type { ExpenseLine, HeaderIndex } from '../../ingest/line.js';

/** Reference columns, most telling first: an invoice number names the bill, a transaction number the payment. */
const REFERENCE_COLUMNS: readonly RegExp[] = [
  /^(supplier )?invoice[ _.-]*(number|no\.?|num|nr|id|ref(erence)?|#)$/i,
  /^cislo faktury( dodavatele)?$/i,
  /^document[ _.-]*(number|no\.?|num|nr|id)$/i,
  /^(transaction|txn|trans)[ _.-]*(number|no\.?|num|nr|id|ref(erence)?|#)$/i,
  /^voucher[ _.-]*(number|no\.?|num|nr|id)$/i,
  /^(reference|ref|transaction reference)$/i,
];

/** Columns that say where a line is booked: lines that differ there are parts of a split, not copies. */
const SPLIT_COLUMN = /fund|cost ?cent(re|er)|costcuk|cost code|expense area|service area|department|directorate|agency|division|business unit|cac code|project/i;

interface TagColumns {
  reference: number;
  splits: number[];
}

const byHeader = new WeakMap<HeaderIndex, TagColumns>();

function tagColumns(header: HeaderIndex): TagColumns {
  let t = byHeader.get(header);
  if (t !== undefined) return t;
  const names = [...header.entries()].map(([name, index]) => ({ name: name.trim(), index }));
  let reference = -1;
  for (const re of REFERENCE_COLUMNS) {
    const hit = names.find((n) => re.test(n.name));
    if (hit !== undefined) {
      reference = hit.index;
      break;
    }
  }
  const splits = names.filter((n) => SPLIT_COLUMN.test(n.name)).map((n) => n.index).sort((a, b) => a - b);
  byHeader.set(header, (t = { reference, splits }));
  return t;
}

/** Placeholders that are no reference at all. */
const NO_REFERENCE = /^(|0+|n\/?a|none|null|-+|redacted.*)$/i;

/** The line's transaction reference ('' when it has none): a mapped `reference` field, else a detected column. */
export function referenceOf(line: Pick<ExpenseLine, 'fields' | 'header'> & { reference?: string }): string {
  const mapped = line.reference?.trim();
  const raw = mapped !== undefined && mapped !== '' ? mapped : (() => {
    const i = tagColumns(line.header).reference;
    return i < 0 ? '' : (line.fields[i] ?? '').trim();
  })();
  // `id:12942797   ` and `12942797` are one reference
  const ref = raw.replace(/^id:\s*/i, '').trim();
  return NO_REFERENCE.test(ref) ? '' : ref;
}

/** Where the line is booked: cost centre, department and every fund-like column, joined ('' when none). */
export function splitKeyOf(line: Pick<ExpenseLine, 'fields' | 'header' | 'costCenter' | 'department'>): string {
  const parts = [line.costCenter.trim(), line.department.trim()];
  for (const i of tagColumns(line.header).splits) parts.push((line.fields[i] ?? '').trim());
  const key = parts.join('\u0001').toLowerCase();
  return /^\u0001*$/.test(key) ? '' : key;
}

/** One string per line for the record store: reference and split key. */
export function lineTag(line: Pick<ExpenseLine, 'fields' | 'header' | 'costCenter' | 'department'> & { reference?: string }): string {
  const ref = referenceOf(line);
  const split = splitKeyOf(line);
  return ref === '' && split === '' ? '' : `${ref}\u0002${split}`;
}

export function splitTag(tag: string): { reference: string; split: string } {
  if (tag === '') return { reference: '', split: '' };
  const at = tag.indexOf('\u0002');
  return { reference: tag.slice(0, at), split: tag.slice(at + 1) };
}
