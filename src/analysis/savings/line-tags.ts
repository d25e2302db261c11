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
  /** reference columns, most telling first: a line takes the first it fills in */
  references: number[];
  splits: number[];
}

const byHeader = new WeakMap<HeaderIndex, TagColumns>();

function tagColumns(header: HeaderIndex): TagColumns {
  let t = byHeader.get(header);
  if (t !== undefined) return t;
  const names = [...header.entries()].map(([name, index]) => ({ name: name.trim(), index }));
  const references: number[] = [];
  for (const re of REFERENCE_COLUMNS) for (const n of names) if (re.test(n.name) && !references.includes(n.index)) references.push(n.index);
  const splits = names.filter((n) => SPLIT_COLUMN.test(n.name)).map((n) => n.index).sort((a, b) => a - b);
  byHeader.set(header, (t = { references, splits }));
  return t;
}

/** Placeholders that are no reference at all. */
const NO_REFERENCE = /^(|0+|n\/?a|none|null|-+|redacted.*)$/i;

/** The line's transaction reference ('' when it has none): a mapped `reference` field, else a detected column. */
export function referenceOf(line: Pick<ExpenseLine, 'fields' | 'header'> & { reference?: string }): string {
  const mapped = clean(line.reference ?? '');
  if (mapped !== '') return mapped;
  // every reference column, most telling first (invoice, then transaction...): an invoice number
  // redacted or left empty still leaves the transaction number to tell lines apart
  const refs = tagColumns(line.header).references.map((i) => clean(line.fields[i] ?? ''));
  return refs.every((r) => r === '') ? '' : refs.join(REF_SEPARATOR);
}

export const REF_SEPARATOR = '\u0003';

/**
 * Two lines of one file by their references: 'same' (the same invoice paid in two transactions,
 * or the same single reference twice), 'different' (two invoices, or two transactions where that
 * is all there is), 'one-payment' (identical lines of one invoice and one transaction: parts of
 * one payment, not a second one), or 'unknown' (no reference on one side).
 */
export function compareReferences(a: string, b: string): 'same' | 'different' | 'one-payment' | 'unknown' {
  if (a === '' || b === '') return 'unknown';
  const ra = a.split(REF_SEPARATOR);
  const rb = b.split(REF_SEPARATOR);
  const i = ra.findIndex((x, k) => x !== '' && rb[k] !== undefined && rb[k] !== '');
  if (i < 0) return 'unknown';
  if (ra[i] !== rb[i]) return 'different';
  // the most telling reference agrees: a later one (the transaction) that differs means paid twice
  const later = ra.slice(i + 1).some((x, k) => x !== '' && rb[i + 1 + k] !== undefined && rb[i + 1 + k] !== '' && x !== rb[i + 1 + k]);
  const laterKnown = ra.slice(i + 1).some((x, k) => x !== '' && rb[i + 1 + k] !== undefined && rb[i + 1 + k] !== '');
  return later || !laterKnown ? 'same' : 'one-payment';
}

/** `id:12942797   ` and `12942797` are one reference; placeholders are none. */
function clean(raw: string): string {
  const ref = raw.trim().replace(/^id:\s*/i, '').trim();
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
