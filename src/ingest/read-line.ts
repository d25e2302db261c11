/**
 * One source row → an ExpenseLine, or a Rejection naming the column and the offending text.
 * Pure: the caller supplies the row, its line number and the file's layout.
 */
import { isKnownCurrency } from '../money/currency.js';
import { type Decimal, neg, sub } from '../money/decimal.js';
import { parseAmount } from './amount.js';
import { createDateReader } from './date.js';
import type { Layout } from './layout.js';
import type { ExpenseLine, Rejection } from './line.js';
import type { Field } from './presets.js';

export type LineReader = (fields: string[], line: number) => ExpenseLine | Rejection;

export function isRejection(x: ExpenseLine | Rejection): x is Rejection {
  return (x as Rejection).reason !== undefined;
}

export function createLineReader(layout: Layout, source: string, defaultCurrency: string): LineReader {
  const { columns, nulls, header } = layout;
  const readDate = createDateReader(layout.dateFormat);
  const mark = layout.decimalMark;
  const flip = layout.sign === 'expense-negative';
  const currencyOk = new Map<string, boolean>();
  const width = header.length;
  const maxIndex = Math.max(...Object.values(columns).filter((v): v is number => v !== undefined));
  const cell = (fields: string[], f: Field): string => {
    const i = columns[f];
    if (i === undefined) return '';
    const v = fields[i];
    if (v === undefined) return '';
    return nulls.size > 0 && nulls.has(v.trim()) ? '' : v;
  };
  const name = (f: Field) => header[columns[f]!] ?? f;
  const optionalNumber = (fields: string[], f: Field): Decimal | undefined => {
    const v = cell(fields, f).trim();
    return v === '' ? undefined : parseAmount(v, mark);
  };

  return (fields, line) => {
    const reject = (reason: string, extra: Partial<Rejection> = {}): Rejection => ({ source, line, reason, ...extra });
    if (fields.length < width && maxIndex >= fields.length) {
      return reject(`row has ${fields.length} fields, the header has ${width}`, { hint: 'a field may be missing or a quote unbalanced' });
    }
    if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
      return reject(`row has ${fields.length} fields, the header has ${width}`, { hint: 'an unquoted delimiter inside a value?' });
    }
    // amount first: a row with no amount is the most common problem (pending card rows)
    let amount: Decimal | undefined;
    if (columns.amount !== undefined) {
      const raw = cell(fields, 'amount');
      if (raw.trim() === '') return reject('no amount', { column: name('amount') });
      amount = parseAmount(raw, mark);
      if (amount === undefined) return reject('cannot read amount', { column: name('amount'), text: raw, ...amountHint(raw, mark) });
    } else {
      const d = cell(fields, 'debit');
      const c = cell(fields, 'credit');
      const debit = d.trim() === '' ? undefined : parseAmount(d, mark);
      const credit = c.trim() === '' ? undefined : parseAmount(c, mark);
      if (d.trim() !== '' && debit === undefined) return reject('cannot read amount', { column: name('debit'), text: d });
      if (c.trim() !== '' && credit === undefined) return reject('cannot read amount', { column: name('credit'), text: c });
      if (debit === undefined && credit === undefined) return reject('no amount', { column: `${name('debit')}/${name('credit')}` });
      // money out (debit) is expense; money in (credit) offsets it
      amount = sub(debit ?? { units: 0n, scale: 0 }, credit ?? { units: 0n, scale: 0 });
    }
    if (flip) amount = neg(amount);

    const rawDate = cell(fields, 'date');
    if (rawDate.trim() === '') return reject('no date', { column: name('date'), amount });
    const date = readDate(rawDate);
    if (date === undefined) {
      return reject('cannot read date', { column: name('date'), text: rawDate, amount, hint: `expected ${layout.dateFormat && layout.dateFormat !== 'iso' ? layout.dateFormat : 'yyyy-MM-dd'}; set dateFormat for this source if that is wrong` });
    }

    let currency = layout.currency ?? defaultCurrency;
    if (columns.currency !== undefined) {
      const raw = cell(fields, 'currency').trim();
      if (raw !== '') currency = raw.toUpperCase();
    }
    let ok = currencyOk.get(currency);
    if (ok === undefined) {
      ok = isKnownCurrency(currency);
      currencyOk.set(currency, ok);
    }
    if (!ok) return reject('unknown currency', { column: columns.currency !== undefined ? name('currency') : 'currency', text: currency, amount });

    const vendor = cell(fields, 'vendor').trim() || (columns.vendor === undefined ? (layout.vendor ?? '') : '');
    return {
      source,
      line,
      date,
      vendor,
      description: cell(fields, 'description').trim(),
      account: cell(fields, 'account').trim(),
      department: cell(fields, 'department').trim(),
      costCenter: cell(fields, 'costCenter').trim(),
      currency,
      amount,
      quantity: columns.quantity === undefined ? undefined : optionalNumber(fields, 'quantity'),
      unitPrice: columns.unitPrice === undefined ? undefined : optionalNumber(fields, 'unitPrice'),
      usage: columns.usage === undefined ? undefined : optionalNumber(fields, 'usage'),
      fields,
      header: layout.headerIndex,
    };
  };
}

function amountHint(raw: string, mark: string): { hint?: string } {
  if (mark === '.' && /\d\.\d{3},\d/.test(raw)) return { hint: 'looks like a decimal comma: set decimalMark: ","' };
  if (mark === ',' && /\d,\d{3}\.\d/.test(raw)) return { hint: 'looks like a decimal point, but decimalMark is ","' };
  return {};
}
