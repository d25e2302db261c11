/**
 * How to read one file's rows: which column holds each normalized field, and the date format,
 * decimal mark and sign convention. From an explicit `sources` entry, a recognized export
 * shape, or common header names, in that order. A headerless file has columns named `1`, `2`, …
 */
import { AMBIGUOUS_DOT, type DecimalMark, decimalMarkVotes, detectDecimalMark, parseAmount } from './amount.js';
import { detectDateFormat, parseWithDateFormat } from './date.js';
import { FIELDS, type Field, normalizeHeaderName, PRESETS, type Preset } from './presets.js';
import { type Ambiguity, type ColumnChoice, recognizeColumns, RECOGNITION_ORDER } from './recognize.js';
import { directionOf } from './direction.js';
import { pinEntry, readHeaderlessColumns } from './headerless-columns.js';
import { notCurrencies } from './currency-column.js';
import { currencyOfMoneyHeaders } from './header-currency.js';
import { DAY_FIRST_CURRENCIES, settleDateOrder } from './date-order.js';
import { currencyMarksOf } from './amount-currency.js';
import { printable } from '../diagnostic.js';
import { currencyOfSymbol } from '../money/currency.js';

export interface Layout {
  /** human name of the recognized shape, e.g. `FinOps FOCUS 1.0` or `sources[0]` */
  format: string;
  header: string[];
  headerIndex: Map<string, number>;
  columns: Partial<Record<Field, number>>;
  dateFormat: string | undefined;
  /** how the date format was chosen, when it was detected from the data */
  dateNote?: string | undefined;
  /** other formats the sampled dates also fit (day/month ambiguity), to explain a later misfit */
  dateAlsoFits?: readonly string[] | undefined;
  /** nothing in the file told day from month: the order taken, said once on stderr (date-order.ts) */
  dateAssumed?: string | undefined;
  decimalMark: DecimalMark;
  sign: 'expense-positive' | 'expense-negative';
  /** fixed currency for every line (a `sources` entry's `currency`, which wins over a currency column) */
  currency?: string | undefined;
  vendor?: string | undefined;
  nulls: ReadonlySet<string>;
  /** the file has no header row: columns are named by position */
  headerless?: boolean;
  /** how each recognized column was chosen (fields found by header words and contents) */
  choices?: Partial<Record<Field, ColumnChoice>> | undefined;
  /** the file has no date column: every line is dated the first of this month (from the file name) */
  month?: string | undefined;
}

/** The columns a source may map (`sources[i].columns` in the config). */
export type SourceColumn = 'date' | 'amount' | 'debit' | 'credit' | 'vendor' | 'description' | 'account' | 'department' | 'costCenter' | 'currency' | 'quantity' | 'unitPrice' | 'usage' | 'direction' | 'reference';

/** What reading a file takes from a configured source (config's SourceSpec is one, with more). */
export interface SourceLayout {
  /** where it is written in the config, for messages: `sources[1]` */
  where: string;
  columns?: { [K in SourceColumn]?: string | undefined } | undefined;
  currency?: string | undefined;
  dateFormat?: string | undefined;
  decimalMark?: '.' | ',' | undefined;
  header?: boolean | undefined;
  preset?: string | undefined;
  sign?: 'expense-positive' | 'expense-negative' | undefined;
}

export interface LayoutOptions {
  source?: SourceLayout | undefined;
  /** `--cost effective` reads FOCUS EffectiveCost instead of BilledCost */
  cost?: 'billed' | 'effective' | undefined;
  preset?: string | undefined;
  /** the file's delimiter: `;` files are usually written day-first */
  delimiter?: string | undefined;
  headerless?: boolean | undefined;
  /** the file's name as a `sources` entry would match it, for the entry that settles an ambiguity */
  fileName?: string | undefined;
  /** a YYYY-MM the file's name gives: a file with no date column is read as that month */
  monthFromName?: string | undefined;
}

/** `fatal`: the problem is in the options or the config (an unknown preset), not in the file: the run stops */
export type LayoutResult = { layout: Layout; problems: string[] } | { layout: undefined; problems: string[]; fatal?: boolean };

/** Values that mean "empty" in every export (FOCUS and database dumps write NULL). */
const NULLS: readonly string[] = ['NULL', 'null'];

function findColumn(header: readonly string[], candidates: readonly string[], generic: boolean): number | undefined {
  for (const c of candidates) {
    const i = header.indexOf(c);
    if (i >= 0) return i;
  }
  if (!generic) return undefined;
  const normalized = header.map(normalizeHeaderName);
  for (const c of candidates) {
    const i = normalized.indexOf(normalizeHeaderName(c));
    if (i >= 0) return i;
  }
  // "#" or a leading sort mark in front of a name, and names with a trailing colon
  const loose = normalized.map((h) => h.replace(/^[#*\s]+|[:.\s]+$/g, ''));
  for (const c of candidates) {
    const i = loose.indexOf(normalizeHeaderName(c));
    if (i >= 0) return i;
  }
  return undefined;
}

/** A configured column: its header name (any case), or its 1-based position (`3` or `%3`, as hledger writes it). */
function findConfiguredColumn(header: readonly string[], name: string): number | undefined {
  const byName = findColumn(header, [name.trim()], true);
  if (byName !== undefined) return byName;
  const m = /^%?(\d+)$/.exec(name.trim());
  if (m === null) return undefined;
  const i = Number(m[1]) - 1;
  return i >= 0 && i < header.length ? i : undefined;
}

export function findPreset(header: readonly string[], id?: string): Preset | undefined {
  if (id !== undefined) return PRESETS.find((p) => p.id === id);
  const set = new Set(header.map((h) => h.trim()));
  return PRESETS.find((p) => p.detect(set));
}

function presetName(preset: Preset, header: readonly string[]): string {
  return preset.variant ? preset.variant(new Set(header)) : preset.name;
}

/** Sample values of one column, without empties and nulls. */
function columnSamples(samples: readonly (readonly string[])[], i: number | undefined, nulls: ReadonlySet<string>): string[] {
  if (i === undefined) return [];
  const out: string[] = [];
  for (const r of samples) {
    const v = r[i];
    if (v === undefined) continue;
    const t = v.trim();
    if (t !== '' && !nulls.has(t)) out.push(v);
  }
  return out;
}

/**
 * A first row that is data, not names: it holds a date or a number. Header names are words;
 * a row with a date in it (`2/8/15`, `2025-01-01`) or an amount-like cell is a record.
 */
export function looksLikeData(row: readonly string[]): boolean {
  let numbers = 0;
  for (const cell of row) {
    const t = cell.trim();
    if (t === '') continue;
    if (detectDateFormat([t]) !== undefined && /\d/.test(t)) return true;
    if (/^[-+(]?[$€£]?\s?\d[\d,.']*\)?$/.test(t) && parseAmount(t) !== undefined) numbers++;
  }
  return numbers >= 2;
}

export function resolveLayout(header: string[], samples: readonly (readonly string[])[], options: LayoutOptions = {}): LayoutResult {
  const problems: string[] = [];
  const source = options.source;
  const headerless = options.headerless === true || source?.header === false;
  const width = headerless ? samples.reduce((w, r) => Math.max(w, r.length), header.length) : header.length;
  const trimmed = headerless ? Array.from({ length: width }, (_, i) => String(i + 1)) : header.map((h) => h.trim());
  const headerIndex = new Map<string, number>();
  trimmed.forEach((h, i) => {
    if (!headerIndex.has(h)) headerIndex.set(h, i);
  });
  const presetId = source?.preset ?? options.preset;
  const preset = headerless && presetId === undefined ? undefined : findPreset(trimmed, presetId);
  if (presetId !== undefined && preset === undefined) {
    problems.push(`unknown preset "${printable(presetId, 40)}"; presets are: ${PRESETS.map((p) => p.id).join(', ')}`);
    return { layout: undefined, problems, fatal: true };
  }
  const nulls = new Set([...NULLS, ...(preset?.nulls ?? [])]);
  // a repeated header row among the samples (Mint writes one at the end) is not data
  if (!headerless) samples = samples.filter((r) => r.length !== header.length || r.some((v, i) => v.trim() !== trimmed[i]));
  let columns: Partial<Record<Field, number>> = {};
  let choices: Partial<Record<Field, ColumnChoice>> | undefined;
  const ambiguities: string[] = [];
  const unsettled = new Set<Field>();
  const configuredAny = source?.columns !== undefined && Object.values(source.columns).some((v) => v !== undefined);
  let guessed = false;
  if (headerless && !configuredAny && preset === undefined) {
    // no header, no sources entry: each column's role from its contents (headerless-columns.ts)
    const reading = readHeaderlessColumns(trimmed.length, samples, nulls, options.delimiter === ';', options.fileName);
    columns = reading.columns;
    choices = reading.choices;
    problems.push(...reading.problems.map((p) => `the file has no header row: ${p}`));
    if (reading.problems.length > 0) unsettled.add('amount');
    guessed = true;
  } else {
    const generic = preset === undefined || preset.generic === true;
    const toRecognize: Field[] = [];
    for (const field of FIELDS) {
      const configured = source?.columns?.[field as SourceColumn];
      if (configured !== undefined) {
        const i = findConfiguredColumn(trimmed, configured);
        if (i === undefined) problems.push(`column "${printable(configured, 60)}" (${source!.where}.columns.${field}) is not in the header`);
        else columns[field] = i;
        continue;
      }
      if (configuredAny && headerless) continue;
      let candidates = preset?.columns[field];
      if (preset?.id === 'focus' && field === 'amount' && options.cost === 'effective') candidates = ['EffectiveCost'];
      if (candidates) {
        const i = findColumn(trimmed, candidates, generic);
        if (i !== undefined) columns[field] = i;
      } else if (generic && !headerless) toRecognize.push(field);
    }
    if (toRecognize.length > 0) {
      // fields no sources entry or preset names: recognized from header words and column contents
      const recognized = recognizeColumns(trimmed, samples, {
        fields: RECOGNITION_ORDER.filter((f) => toRecognize.includes(f)),
        taken: new Set(Object.values(columns)),
        dayFirst: options.delimiter === ';',
      });
      Object.assign(columns, recognized.columns);
      choices = recognized.choices;
      for (const a of recognized.ambiguities) {
        ambiguities.push(ambiguityProblem(a, options.fileName));
        unsettled.add(a.field);
      }
    }
  }
  const explicit = (f: Field) => source?.columns?.[f as SourceColumn] !== undefined;
  // a generic vendor guess must not steal the description column (unless recognition read the
  // description as the merchant on purpose: then it is both, as a card export means it)
  if (columns.vendor !== undefined && columns.vendor === columns.description && choices?.vendor?.column !== columns.vendor) delete columns.description;
  if (!explicit('amount') && columns.debit !== undefined && columns.credit !== undefined && explicit('debit')) delete columns.amount;
  if (columns.amount !== undefined && !explicit('debit')) {
    delete columns.debit;
    delete columns.credit;
  }
  // a half pair (a "Credit" column alone) is not an amount
  if (columns.amount === undefined && (columns.debit === undefined) !== (columns.credit === undefined)) {
    delete columns.debit;
    delete columns.credit;
  }
  // a guessed direction column must hold only debit/credit words, or it is something else
  if (columns.direction !== undefined && !explicit('direction')) {
    const values = columnSamples(samples, columns.direction, nulls);
    if (values.length === 0 || values.some((v) => directionOf(v) === undefined)) delete columns.direction;
  }
  const computed = columns.amount === undefined && columns.debit === undefined && columns.quantity !== undefined && columns.unitPrice !== undefined;
  const where = headerless ? 'the file has no header row: ' : '';
  problems.push(...ambiguities);
  const dateless = columns.date === undefined && options.monthFromName !== undefined && ambiguities.length === 0;
  if (columns.date === undefined && !dateless && !unsettled.has('date'))
    problems.push(
      guessed
        ? `the file has no header row and none of its ${trimmed.length} columns holds dates, so its lines cannot be placed in a month; if one does, name it by position in a sources entry: { files: "**/${printable(options.fileName ?? '*.csv', 60)}", header: false, columns: { date: "<n>" } }`
        : `${where}no date column found (columns are: ${printableList(trimmed)}); map one under sources: columns: date`,
    );
  if (columns.amount === undefined && (columns.debit === undefined || columns.credit === undefined) && !computed && !unsettled.has('amount'))
    problems.push(`${where}no amount column found (columns are: ${printableList(trimmed)}); map one under sources: columns: amount (or debit and credit)`);
  if (problems.length > 0) return { layout: undefined, problems };

  const amountSamples = [...columnSamples(samples, columns.amount, nulls), ...columnSamples(samples, columns.debit, nulls), ...columnSamples(samples, columns.credit, nulls)];
  const decimalMark = source?.decimalMark ?? detectDecimalMark(amountSamples);
  let dateFormat = source?.dateFormat;
  let dateNote: string | undefined;
  let dateAlsoFits: string[] | undefined;
  let dateAssumed: string | undefined;
  // the currency the file names (a fixed one, its column, or its amount's header): a hint of how it writes dates
  const namedCurrencies = () => {
    if (source?.currency !== undefined) return [source.currency];
    if (columns.currency !== undefined) return columnSamples(samples, columns.currency, nulls);
    const named = headerless ? undefined : currencyOfMoneyHeaders((['amount', 'debit', 'credit'] as const).flatMap((f) => (columns[f] === undefined ? [] : [trimmed[columns[f]!]!])));
    return named === undefined ? [] : [named];
  };
  if (dateFormat === undefined) {
    const values = columnSamples(samples, columns.date, nulls);
    const choice = detectDateFormat(values, decimalMark === ',' || options.delimiter === ';');
    if (choice) {
      dateFormat = choice.format;
      if (choice.alsoFits.length > 0) {
        // day/month both fit every sampled date: settled by the file's own evidence (date-order.ts), else assumed and said
        const formats = [choice.format, ...choice.alsoFits];
        const order = settleDateOrder({
          values,
          formats,
          siblings: dateSiblings(trimmed, samples, nulls, columns.date!, formats),
          dayFirstBecause: dayFirstEvidence(decimalMark, options.delimiter, namedCurrencies(), amountSamples),
          rows: samples.length,
          fileName: options.fileName,
        });
        dateFormat = order.format;
        dateAlsoFits = formats.filter((f) => f !== order.format);
        dateNote = order.note;
        dateAssumed = order.assumed;
      }
    }
  }
  const notes: string[] = [];
  // "1.234" alone could be 1.234 or 1234: read with a point (the default), and said so, not silently
  if (source?.decimalMark === undefined && decimalMark === '.') {
    const votes = decimalMarkVotes(amountSamples);
    const ambiguous = votes.comma === 0 && votes.dot === 0 ? amountSamples.find((v) => AMBIGUOUS_DOT.test(v.trim())) : undefined;
    if (ambiguous !== undefined) notes.push(`amounts such as "${printable(ambiguous.trim(), 20)}" read with a decimal point; if the dot groups thousands, set decimalMark: "," for this source`);
  }
  // a currency column that holds no currency ("MC") names none: set aside, said (currency-column.ts)
  const notCurrency = columns.currency !== undefined && !explicit('currency') && source?.currency === undefined ? notCurrencies(columnSamples(samples, columns.currency, nulls)) : undefined;
  if (notCurrency !== undefined) {
    const shown = notCurrency.slice(0, 3).map((v) => `"${printable(v, 12)}"`).join(', ') + (notCurrency.length > 3 ? ', …' : '');
    notes.push(`column "${printable(trimmed[columns.currency!]!, 40)}" holds ${shown}, not a currency code: it is not read as the currency, so the file names none (set currency in a sources entry for it)`);
    delete columns.currency;
    if (choices !== undefined) delete choices.currency;
  }
  for (const symbol of new Set(columnSamples(samples, columns.currency, nulls).map((v) => v.trim())))
    if (currencyOfSymbol(symbol) !== undefined) notes.push(`currency "${printable(symbol, 8)}" read as ${currencyOfSymbol(symbol)} (a symbol alone; set currency in a sources entry if it means another)`);
  if (dateless) notes.push(`no date column: every line is dated ${options.monthFromName}, the month the file name gives`);
  if (guessed) notes.push(`no header row: each column's role was read from its contents; to pin this reading, add a sources entry: ${pinEntry(options.fileName, columns, dateFormat)}`);
  else if (headerless) notes.push('no header row: columns are named 1, 2, 3, …');
  const name = preset ? presetName(preset, trimmed) : headerless ? 'headerless CSV' : 'generic CSV';
  // no currency column: the money column's header may name it once (`Amount (£)`; header-currency.ts)
  const moneyHeaders = (['amount', 'debit', 'credit', 'unitPrice'] as const).flatMap((f) => (columns[f] === undefined || headerless ? [] : [trimmed[columns[f]!]!]));
  const headerCurrency = source?.currency === undefined && columns.currency === undefined ? currencyOfMoneyHeaders(moneyHeaders) : undefined;
  if (headerCurrency !== undefined) notes.push(`currency ${headerCurrency}, as the header "${printable(moneyHeaders[0]!, 40)}" says (set currency in a sources entry if it means another)`);
  // an explicit fixed currency wins over a detected currency column (koku's Azure writes "MC")
  if (source?.currency !== undefined && !explicit('currency')) delete columns.currency;
  return {
    layout: {
      format: source ? `${source.where}${preset ? ` (${name})` : headerless ? ' (headerless)' : ''}` : name,
      header: trimmed,
      headerIndex,
      columns,
      dateFormat,
      dateAlsoFits,
      dateAssumed,
      dateNote: [dateNote, ...notes].filter((n) => n !== undefined).join('; ') || undefined,
      decimalMark,
      sign: source?.sign ?? preset?.sign ?? 'expense-positive',
      currency: source?.currency?.toUpperCase() ?? headerCurrency,
      vendor: preset?.vendor,
      nulls,
      headerless,
      choices,
      month: dateless ? options.monthFromName : undefined,
    },
    problems,
  };
}

/** The file's other date columns (every sampled value read by one of `formats`): evidence of the order. */
function dateSiblings(header: readonly string[], samples: readonly (readonly string[])[], nulls: ReadonlySet<string>, date: number, formats: readonly string[]): { column: string; values: string[] }[] {
  const out: { column: string; values: string[] }[] = [];
  for (let i = 0; i < header.length; i++) {
    if (i === date) continue;
    const values = columnSamples(samples, i, nulls);
    // date-shaped: digits with separators, as the date column's are (not ids, not amounts)
    if (values.length === 0 || values.some((v) => !/^\d{1,4}\D\d{1,2}\D\d{1,4}\b/.test(v.trim()))) continue;
    if (values.every((v) => formats.some((f) => parseWithDateFormat(v.trim(), f) !== undefined))) out.push({ column: header[i]!, values });
  }
  return out;
}

/** Why a file looks written day-first: a decimal comma, `;` between fields, amounts in a day-first currency. */
function dayFirstEvidence(decimalMark: DecimalMark, delimiter: string | undefined, currencies: readonly string[], amounts: readonly string[]): string | undefined {
  if (decimalMark === ',') return 'decimal comma';
  if (delimiter === ';') return '";" between fields';
  const codes = new Set(currencies.map((c) => currencyOfSymbol(c.trim()) ?? c.trim().toUpperCase()));
  if (codes.size === 1 && DAY_FIRST_CURRENCIES.has([...codes][0]!)) return `amounts in ${[...codes][0]}`;
  if (codes.size === 0) {
    const marked = new Set(amounts.flatMap((a) => currencyMarksOf(a)).map((m) => currencyOfSymbol(m) ?? m.toUpperCase()));
    if (marked.size === 1 && DAY_FIRST_CURRENCIES.has([...marked][0]!)) return `amounts in ${[...marked][0]}`;
  }
  return undefined;
}

/** One line: the candidates, and the `sources` entry that settles it. */
function ambiguityProblem(a: Ambiguity, fileName: string | undefined): string {
  const list = a.candidates.map((c) => `"${printable(c, 40)}"`).join(', ');
  const files = fileName === undefined ? '**/*.csv' : `**/${fileName}`;
  return `${a.candidates.length} columns could be the ${a.field} (${list}) and nothing in the header or the values tells them apart; settle it with a sources entry: { files: "${printable(files, 60)}", columns: { ${a.field}: "${printable(a.candidates[0]!, 40)}" } }`;
}

function printableList(names: readonly string[]): string {
  const shown = names.slice(0, 12).map((n) => printable(n, 40));
  return shown.join(', ') + (names.length > 12 ? `, … (${names.length} in all)` : '');
}

/** Why each recognized column was chosen, one note per field (validate shows them). */
export function describeChoices(layout: Layout): string[] {
  const out: string[] = [];
  for (const f of FIELDS) {
    const c = layout.choices?.[f];
    if (c !== undefined) out.push(`${f} ← ${layout.header[c.column]} (${c.confidence}: ${c.reason})`);
  }
  return out;
}

/** "date ← Txn Date, amount ← Amount, ..." for validate. */
export function describeLayout(layout: Layout): string {
  const parts = FIELDS.filter((f) => layout.columns[f] !== undefined).map((f) => {
    const choice = layout.choices?.[f];
    return `${f} ← ${layout.header[layout.columns[f]!]}${choice ? ` (${choice.confidence})` : ''}`;
  });
  if (layout.month !== undefined) parts.push(`date = ${layout.month} (file name)`);
  if (layout.columns.amount === undefined && layout.columns.debit === undefined) parts.push('amount = quantity × unitPrice');
  if (layout.columns.debit !== undefined) parts.push('amount = debit − credit');
  if (layout.currency) parts.push(`currency = ${layout.currency}`);
  if (layout.vendor) parts.push(layout.columns.vendor === undefined ? `vendor = ${layout.vendor}` : `vendor when empty = ${layout.vendor}`);
  if (layout.month === undefined) parts.push(`dates ${layout.dateFormat ?? 'ISO'}`);
  parts.push(`decimal mark "${layout.decimalMark}"`, layout.sign);
  return parts.join(', ');
}
