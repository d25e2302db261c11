/**
 * One source row → an ExpenseLine, or a Rejection naming the column and the offending text.
 * Pure: the caller supplies the row, its line number and the file's layout.
 */
import { currencyOfSymbol, isKnownCurrency } from '../money/currency.js';
import { abs, add, type Decimal, mul, neg, sub, toExact } from '../money/decimal.js';
import { createAmountReader, type DecimalMark, parseAmount } from './amount.js';
import { currencyMarksOf, type MarkReading, mayHaveMark, readMark } from './amount-currency.js';
import { directionOf } from './direction.js';
import { createDateReader, parseWithDateFormat } from './date.js';
import type { Layout } from './layout.js';
import type { ExpenseLine, Rejection } from './line.js';
import type { Field } from './presets.js';
import { gcpCreditsColumn, isCloudBillingExport, sumCredits } from './cloud-billing.js';
import { cloudBillingVendor } from '../catalog/cloud-vendor.js';
import { detach } from './detach.js';

export type LineReader = (fields: string[], line: number) => ExpenseLine | Rejection;

export function isRejection(x: ExpenseLine | Rejection): x is Rejection {
  return (x as Rejection).reason !== undefined;
}

export function createLineReader(layout: Layout, source: string, defaultCurrency: string): LineReader {
  const { columns, nulls, header } = layout;
  const readDate = createDateReader(layout.dateFormat);
  // a file with no date column, dated by the month its name gives (a supplier summary)
  const monthDate = layout.columns.date === undefined && layout.month !== undefined ? `${layout.month}-01` : undefined;
  const readAmount = createAmountReader(layout.decimalMark);
  const mark = layout.decimalMark;
  const flip = layout.sign === 'expense-negative';
  const currencyOk = new Map<string, boolean>();
  const currencyCode = new Map<string, string>();
  let lastRaw: string | undefined;
  let lastCode: string | undefined;
  const width = header.length;
  // a short row must still reach every column that carries money, date or currency; text columns
  // beyond its end read as empty
  const essential: Field[] = ['date', 'amount', 'debit', 'credit', 'quantity', 'unitPrice', 'direction', 'currency'];
  const maxIndex = Math.max(-1, ...essential.map((f) => columns[f]).filter((v): v is number => v !== undefined));
  const missing = (n: number) =>
    header
      .slice(n)
      .filter((_, k) => essential.some((f) => columns[f] === n + k))
      .map((h) => `"${h}"`)
      .join(', ');
  // a null marker ("NULL") is at most this long, trimmed: longer values need no lookup
  let longestNull = 0;
  for (const n of nulls) longestNull = Math.max(longestNull, n.length);
  // the first characters of null markers: a value starting with another visible ASCII
  // character cannot trim to one
  const nullStarts = new Uint8Array(128);
  for (const n of nulls) if (n.length > 0 && n.charCodeAt(0) < 128) nullStarts[n.charCodeAt(0)] = 1;
  const isNull = (v: string): boolean => {
    if (v.length > 8) return false;
    const c = v.charCodeAt(0);
    if (c > 32 && c < 127 && nullStarts[c] === 0) return false;
    const t = v.trim();
    return t.length <= longestNull && nulls.has(t);
  };
  // each column's place, looked up once (-1: not mapped): a keyed lookup per cell was a
  // measurable part of reading a large file
  const at = (f: Field): number => columns[f] ?? -1;
  const col = {
    amount: at('amount'),
    direction: at('direction'),
    debit: at('debit'),
    credit: at('credit'),
    quantity: at('quantity'),
    unitPrice: at('unitPrice'),
    usage: at('usage'),
    date: at('date'),
    currency: at('currency'),
    vendor: at('vendor'),
    description: at('description'),
    account: at('account'),
    department: at('department'),
    costCenter: at('costCenter'),
  };
  const cell = (fields: string[], i: number): string => {
    if (i < 0) return '';
    const v = fields[i];
    if (v === undefined) return '';
    return isNull(v) ? '' : v;
  };
  const name = (f: Field) => header[columns[f]!] ?? f;
  // on a provider's own bill, "Microsoft" is Azure and "Oracle" is OCI (catalog/cloud-vendor.ts)
  const cloudBill = isCloudBillingExport(layout.headerIndex);
  const cloudVendors = new Map<string, string>();
  // GCP's gross `cost` less its `credits`, as the invoice nets them
  const credits = columns.amount === undefined ? undefined : gcpCreditsColumn(layout.headerIndex, header[columns.amount]);
  const optionalNumber = (fields: string[], i: number): Decimal | undefined => {
    const v = cell(fields, i).trim();
    return v === '' ? undefined : readAmount(v);
  };

  // a file writes few marks, in few currencies: each (mark, currency) read once
  const markReadings = new Map<string, MarkReading>();
  /**
   * The line's currency as its amount cells write it (`JPY 50000`, `€12,50`), given the currency
   * it has otherwise and whether that came from the line or its source (explicit) or only from
   * the config's default. A string is the currency; an object a rejection's reason and hint.
   */
  const currencyOfCells = (cells: readonly string[], current: string, explicit: boolean): string | { reason: string; text: string; hint: string } => {
    let found: string | undefined;
    for (const text of cells) {
      for (const mark of currencyMarksOf(text)) {
        const key = mark + '\u0000' + current;
        let m = markReadings.get(key);
        if (m === undefined) {
          m = readMark(mark, current);
          if (markReadings.size < 256) markReadings.set(key, m);
        }
        if (m.kind === 'unknown') {
          // the currency column says what the line is in; a mark techspend cannot read cannot contradict it
          if (explicit) continue;
          return { reason: `cannot tell the currency of the amount ("${mark}")`, text, hint: `write an ISO code such as ${current}, or add a currency column, or set currency for this source` };
        }
        if (m.kind === 'ambiguous') {
          const family = m.family.slice(0, 4).join(', ') + (m.family.length > 4 ? '…' : '');
          return {
            reason: `"${mark}" could be ${family}, and this line is in ${current}`,
            text,
            hint: explicit ? 'fix the amount or the currency of this line' : `write the currency code (US$, USD) or add a currency column; "${mark}" is read as the line's currency only when that is one of them`,
          };
        }
        if (found !== undefined && found !== m.code) return { reason: `the amount cells are in ${found} and ${m.code}`, text, hint: 'one currency per line' };
        found = m.code;
      }
    }
    if (found === undefined) return current;
    if (explicit && found !== current) return { reason: `the amount is written in ${found}, but the line's currency is ${current}`, text: cells.find((c) => c !== '') ?? '', hint: columns.currency !== undefined ? `the ${name('currency')} column and the amount disagree` : 'the source entry fixes the currency; the amount says otherwise' };
    return found;
  };

  return (fields, line) => {
    // A short row is read when its money, date and currency columns are present (koku's CUR has a
    // 131-name header over 130-field rows; C24 rows lack the last column). A long row is read when its extra fields are
    // empty (trailing delimiters, as DBS writes them). Anything else could shift values between
    // columns, so it is rejected rather than guessed at.
    if (fields.length < width && maxIndex >= fields.length) {
      return rejection(source, line, `row has ${fields.length} fields, the header has ${width}`, { hint: `no value for ${missing(fields.length)}; a field may be missing or a quote unbalanced` });
    }
    if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
      return rejection(source, line, `row has ${fields.length} fields, the header has ${width}`, { hint: 'an unquoted delimiter inside a value? quote it, or set delimiter for this source' });
    }
    // amount first: a row with no amount is the most common problem (pending card rows)
    let amount: Decimal | undefined;
    // amount cells that carry more than a number (a currency mark), checked once the line's currency is known
    let marked: string[] | undefined;
    if (columns.amount !== undefined) {
      const raw = cell(fields, col.amount);
      if (mayHaveMark(raw)) marked = [raw];
      if (raw.trim() === '') return rejection(source, line, 'no amount', { column: name('amount'), hint: 'a pending or cancelled row?' });
      amount = readAmount(raw);
      if (amount === undefined) return rejection(source, line, 'cannot read amount', { column: name('amount'), text: raw, ...amountHint(raw, mark) });
      if (columns.direction !== undefined) {
        const raw = cell(fields, col.direction);
        const direction = directionOf(raw);
        if (direction === undefined) return rejection(source, line, 'cannot tell debit from credit', { column: name('direction'), text: raw, amount, hint: 'expected debit or credit' });
        amount = direction === 'expense' ? abs(amount) : neg(abs(amount));
      }
    } else if (columns.debit !== undefined || columns.credit !== undefined) {
      const d = cell(fields, col.debit);
      const c = cell(fields, col.credit);
      if (mayHaveMark(d) || mayHaveMark(c)) marked = [d, c];
      const debit = d.trim() === '' ? undefined : readAmount(d);
      const credit = c.trim() === '' ? undefined : readAmount(c);
      if (d.trim() !== '' && debit === undefined) return rejection(source, line, 'cannot read amount', { column: name('debit'), text: d, ...amountHint(d, mark) });
      if (c.trim() !== '' && credit === undefined) return rejection(source, line, 'cannot read amount', { column: name('credit'), text: c, ...amountHint(c, mark) });
      if (debit === undefined && credit === undefined) return rejection(source, line, 'no amount', { column: `${name('debit')}/${name('credit')}`, hint: 'a pending or cancelled row?' });
      // money out (debit) is expense; money in (credit) offsets it. The column says the side, so a
      // sign written in it is only the export's habit (Citi writes credits as -165.35): its size counts
      amount = sub(abs(debit ?? ZERO), abs(credit ?? ZERO));
    } else {
      // bill-import layouts carry quantity and unit price, no line total
      const q = cell(fields, col.quantity);
      const p = cell(fields, col.unitPrice);
      if (q.trim() === '' || p.trim() === '') return rejection(source, line, 'no amount', { column: `${name('quantity')} × ${name('unitPrice')}` });
      if (mayHaveMark(p)) marked = [p];
      const quantity = readAmount(q);
      const price = readAmount(p);
      if (quantity === undefined) return rejection(source, line, 'cannot read quantity', { column: name('quantity'), text: q });
      if (price === undefined) return rejection(source, line, 'cannot read unit price', { column: name('unitPrice'), text: p });
      amount = mul(quantity, price);
    }
    if (credits !== undefined) {
      const raw = fields[credits] ?? '';
      const credit = sumCredits(raw);
      if (credit === 'unreadable') return rejection(source, line, 'cannot read credits', { column: header[credits] ?? 'credits', text: raw, amount, hint: "expected a list of credits such as [{'amount': -1.5}]" });
      if (credit !== undefined) amount = add(amount, credit);
    }
    if (flip) amount = neg(amount);

    const rawDate = cell(fields, col.date);
    if (rawDate.trim() === '' && monthDate === undefined) return rejection(source, line, 'no date', { column: name('date'), amount });
    const date = monthDate ?? readDate(rawDate);
    if (date === undefined) {
      const other = layout.dateAlsoFits?.find((f) => parseWithDateFormat(rawDate.trim(), f) !== undefined);
      if (other !== undefined)
        return rejection(source, line, 'cannot read date', { column: name('date'), text: rawDate, amount, hint: `the first rows read as ${layout.dateFormat}, but this date only fits ${other}: set dateFormat for this source` });
      return rejection(source, line, 'cannot read date', { column: name('date'), text: rawDate, amount, hint: `expected ${layout.dateFormat && layout.dateFormat !== 'iso' ? layout.dateFormat : 'yyyy-MM-dd'}; set dateFormat for this source if that is wrong` });
    }

    let currency = layout.currency ?? defaultCurrency;
    let explicit = layout.currency !== undefined;
    // a fixed currency from the source entry; the column is dropped from the layout in that case
    if (columns.currency !== undefined) {
      const raw = cell(fields, col.currency);
      // most lines repeat the previous line's currency text
      let code = raw === lastRaw ? lastCode : currencyCode.get(raw);
      if (code === undefined) {
        code = currencyOfSymbol(raw.trim()) ?? raw.trim().toUpperCase();
        if (currencyCode.size < 1000) currencyCode.set(raw, code);
      }
      lastRaw = raw;
      lastCode = code;
      if (code !== '') {
        currency = code;
        explicit = true;
      }
    }
    if (marked !== undefined) {
      const read = currencyOfCells(marked, currency, explicit);
      if (typeof read !== 'string') return rejection(source, line, read.reason, { column: name(columns.amount !== undefined ? 'amount' : columns.unitPrice !== undefined && columns.debit === undefined && columns.credit === undefined ? 'unitPrice' : 'debit'), text: read.text, amount, hint: read.hint });
      currency = read;
    }
    let ok = currencyOk.get(currency);
    if (ok === undefined) {
      ok = isKnownCurrency(currency);
      currencyOk.set(currency, ok);
    }
    if (!ok) return rejection(source, line, 'unknown currency', { column: columns.currency !== undefined ? name('currency') : 'currency', text: currency, amount, currency: currency === '' ? '?' : currency });

    let vendor = cell(fields, col.vendor).trim() || layout.vendor || '';
    if (cloudBill) {
      let cloud = cloudVendors.get(vendor);
      // the key copied: the vendor may be a slice of a large parser chunk
      if (cloud === undefined && cloudVendors.size < 1000) cloudVendors.set(detach(vendor), (cloud = cloudBillingVendor(vendor)));
      vendor = cloud ?? cloudBillingVendor(vendor);
    }
    return {
      source,
      line,
      date,
      vendor,
      description: cell(fields, col.description).trim(),
      account: cell(fields, col.account).trim(),
      department: cell(fields, col.department).trim(),
      costCenter: cell(fields, col.costCenter).trim(),
      currency,
      amount,
      quantity: columns.quantity === undefined ? undefined : optionalNumber(fields, col.quantity),
      unitPrice: columns.unitPrice === undefined ? undefined : optionalNumber(fields, col.unitPrice),
      usage: columns.usage === undefined ? undefined : optionalNumber(fields, col.usage),
      fields,
      header: layout.headerIndex,
    };
  };
}

function rejection(source: string, line: number, reason: string, extra: Partial<Rejection> = {}): Rejection {
  return { source, line, reason, ...extra };
}

const ZERO: Decimal = { units: 0n, scale: 0 };

function amountHint(raw: string, mark: DecimalMark): { hint?: string } {
  const other: DecimalMark = mark === '.' ? ',' : '.';
  const asOther = parseAmount(raw, other);
  if (asOther !== undefined) return { hint: `reads as ${toExact(asOther)} with decimal mark "${other}", but this file is read with "${mark}"; set decimalMark for this source if that is wrong` };
  if (mark === '.' && /\d\.\d{3},\d/.test(raw)) return { hint: 'looks like a decimal comma: set decimalMark: ","' };
  if (mark === ',' && /\d,\d{3}\.\d/.test(raw)) return { hint: 'looks like a decimal point, but decimalMark is ","' };
  return {};
}
