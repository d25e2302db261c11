/**
 * `--compare-to previous.json`: diff this run's machine table against a saved `--format json`
 * report of the same command, row by row (keyed by its text columns), money column by column.
 */
import { compare, type Decimal, parseDecimal, round, sub, ZERO } from '../money/decimal.js';
import { isDecimal } from './format.js';
import { type Column, money, type Report, type Row, type Table, text } from './model.js';

export interface SavedReport {
  version: number;
  command: string;
  data: { columns: { key: string; type: string }[]; rows: Record<string, string>[] };
}

export function readSavedReport(json: string): SavedReport | string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return `not JSON: ${(e as Error).message}`;
  }
  const v = value as Partial<SavedReport>;
  if (typeof v !== 'object' || v === null || v.version !== 1 || !v.data || !Array.isArray(v.data.rows) || !Array.isArray(v.data.columns)) {
    return 'not a techspend JSON report (version 1): save one with --format json';
  }
  return v as SavedReport;
}

export interface Comparison {
  table: Table;
  changed: number;
}

/** Rows whose money changed, appeared or disappeared since the saved report. */
export function compareWithSaved(report: Report, saved: SavedReport, label: string): Comparison {
  const keys = report.data.columns.filter((c) => c.type === 'text').map((c) => c.key);
  const moneyCols = report.data.columns.filter((c) => c.type === 'money');
  const keyOf = (r: Record<string, unknown>) => keys.map((k) => String(r[k] ?? '')).join('\u0000');
  const previous = new Map(saved.data.rows.map((r) => [keyOf(r), r]));
  const current = new Map(report.data.rows.map((r) => [keyOf(r), r]));
  const all = [...new Set([...previous.keys(), ...current.keys()])].sort();
  const rows: Row[] = [];
  for (const k of all) {
    const p = previous.get(k);
    const c = current.get(k);
    for (const m of moneyCols) {
      const before = p ? (parseDecimal(String(p[m.key] ?? '')) ?? ZERO) : ZERO;
      const nowValue = c?.[m.key];
      // the saved report holds cents: compare at the cent
      const after = isDecimal(nowValue as never) ? round(nowValue as Decimal, 2) : ZERO;
      if (compare(before, after) === 0 && p && c) continue;
      const row: Row = {};
      for (const key of keys) row[key] = String((c ?? p)![key] ?? '');
      if (moneyCols.length > 1) row.column = m.key;
      row.previous = p ? before : null;
      row.current = c ? after : null;
      row.change = sub(after, before);
      row.status = !p ? 'new' : !c ? 'gone' : 'changed';
      rows.push(row);
    }
  }
  const columns: Column[] = [...keys.map((k) => text(k, report.data.columns.find((c) => c.key === k)!.label)), ...(moneyCols.length > 1 ? [text('column', 'Figure')] : []), money('previous', 'Previous'), money('current', 'Current'), money('change', 'Change'), text('status', 'Status')];
  return {
    table: { id: 'compare', title: `Changes since ${label}`, columns, rows, notes: rows.length === 0 ? [`No figure changed since ${label}.`] : [] },
    changed: rows.length,
  };
}
