/**
 * How to read one file's rows: which column holds each normalized field, and the date format,
 * decimal mark and sign convention. From an explicit `sources` entry, a recognized export
 * shape, or common header names, in that order.
 */
import type { SourceSpec } from '../config/config.js';
import { type DecimalMark, detectDecimalMark } from './amount.js';
import { detectDateFormat } from './date.js';
import { FIELDS, type Field, GENERIC_COLUMNS, PRESETS, type Preset } from './presets.js';

export interface Layout {
  /** human name of the recognized shape, e.g. `FinOps FOCUS 1.x` or `sources[0]` */
  format: string;
  header: string[];
  headerIndex: Map<string, number>;
  columns: Partial<Record<Field, number>>;
  dateFormat: string | undefined;
  /** set when day/month order could not be told apart from the data */
  dateNote?: string | undefined;
  decimalMark: DecimalMark;
  sign: 'expense-positive' | 'expense-negative';
  /** fixed currency for every line when there is no currency column */
  currency?: string | undefined;
  vendor?: string | undefined;
  nulls: ReadonlySet<string>;
}

export interface LayoutOptions {
  source?: SourceSpec | undefined;
  /** `--cost effective` reads FOCUS EffectiveCost instead of BilledCost */
  cost?: 'billed' | 'effective' | undefined;
  preset?: string | undefined;
}

export type LayoutResult = { layout: Layout; problems: string[] } | { layout: undefined; problems: string[] };

function findColumn(header: string[], candidates: readonly string[], caseInsensitive: boolean): number | undefined {
  for (const c of candidates) {
    const i = header.indexOf(c);
    if (i >= 0) return i;
  }
  if (!caseInsensitive) return undefined;
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const c of candidates) {
    const i = lower.indexOf(c.toLowerCase());
    if (i >= 0) return i;
  }
  return undefined;
}

export function findPreset(header: readonly string[], id?: string): Preset | undefined {
  if (id !== undefined) return PRESETS.find((p) => p.id === id);
  const set = new Set(header.map((h) => h.trim()));
  return PRESETS.find((p) => p.detect(set));
}

export function resolveLayout(header: string[], samples: readonly (readonly string[])[], options: LayoutOptions = {}): LayoutResult {
  const problems: string[] = [];
  const trimmed = header.map((h) => h.trim());
  const headerIndex = new Map<string, number>();
  trimmed.forEach((h, i) => {
    if (!headerIndex.has(h)) headerIndex.set(h, i);
  });
  const source = options.source;
  const preset = findPreset(trimmed, source?.preset ?? options.preset);
  if ((source?.preset ?? options.preset) !== undefined && preset === undefined) {
    problems.push(`unknown preset "${source?.preset ?? options.preset}"; presets are: ${PRESETS.map((p) => p.id).join(', ')}`);
    return { layout: undefined, problems };
  }
  const columns: Partial<Record<Field, number>> = {};
  for (const field of FIELDS) {
    const configured = source?.columns?.[field];
    if (configured !== undefined) {
      const i = findColumn(trimmed, [configured.trim()], true);
      if (i === undefined) problems.push(`column "${configured}" (${source!.where}.columns.${field}) is not in the header`);
      else columns[field] = i;
      continue;
    }
    let candidates = preset?.columns[field] ?? (preset ? undefined : GENERIC_COLUMNS[field]);
    if (preset?.id === 'focus' && field === 'amount' && options.cost === 'effective') candidates = ['EffectiveCost'];
    if (candidates) {
      const i = findColumn(trimmed, candidates, preset === undefined);
      if (i !== undefined) columns[field] = i;
    }
  }
  // a generic vendor guess must not steal the description column
  if (columns.vendor !== undefined && columns.vendor === columns.description) delete columns.description;
  if (source?.columns?.amount === undefined && columns.debit !== undefined && columns.credit !== undefined && source?.columns?.debit !== undefined) delete columns.amount;
  if (columns.amount !== undefined && source?.columns?.debit === undefined) {
    delete columns.debit;
    delete columns.credit;
  }
  if (columns.date === undefined) problems.push(`no date column found (columns are: ${trimmed.join(', ')}); map one under sources: columns: date`);
  if (columns.amount === undefined && (columns.debit === undefined || columns.credit === undefined))
    problems.push(`no amount column found (columns are: ${trimmed.join(', ')}); map one under sources: columns: amount (or debit and credit)`);
  if (problems.length > 0) return { layout: undefined, problems };

  const nulls = new Set(preset?.nulls ?? []);
  const column = (i: number | undefined) => samples.map((r) => (i === undefined ? '' : (r[i] ?? ''))).filter((v) => v.trim() !== '' && !nulls.has(v.trim()));
  let dateFormat = source?.dateFormat;
  let dateNote: string | undefined;
  if (dateFormat === undefined) {
    const choice = detectDateFormat(column(columns.date));
    if (choice) {
      dateFormat = choice.format;
      if (choice.alsoFits.length > 0) dateNote = `dates read as ${choice.format}; they also fit ${choice.alsoFits.join(', ')} (set dateFormat to choose)`;
    }
  }
  const amountSamples = [...column(columns.amount), ...column(columns.debit), ...column(columns.credit)];
  const decimalMark = source?.decimalMark ?? detectDecimalMark(amountSamples);
  return {
    layout: {
      format: source ? `${source.where}${preset ? ` (${preset.name})` : ''}` : (preset?.name ?? 'generic CSV'),
      header: trimmed,
      headerIndex,
      columns,
      dateFormat,
      dateNote,
      decimalMark,
      sign: source?.sign ?? preset?.sign ?? 'expense-positive',
      currency: source?.currency?.toUpperCase(),
      vendor: preset?.vendor,
      nulls,
    },
    problems,
  };
}

/** "date ← Txn Date, amount ← Amount, ..." for validate. */
export function describeLayout(layout: Layout): string {
  const parts = FIELDS.filter((f) => layout.columns[f] !== undefined).map((f) => `${f} ← ${layout.header[layout.columns[f]!]}`);
  if (layout.currency) parts.push(`currency = ${layout.currency}`);
  if (layout.vendor && layout.columns.vendor === undefined) parts.push(`vendor = ${layout.vendor}`);
  parts.push(`dates ${layout.dateFormat ?? 'ISO'}`, `decimal mark "${layout.decimalMark}"`, layout.sign);
  return parts.join(', ');
}
