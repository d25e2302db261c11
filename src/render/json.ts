/** Versioned JSON: money as decimal strings, keys in a fixed order. Documented in README. */
import type { Report, Row, Table } from '../report/model.js';
import { machineCell } from '../report/format.js';
import { toFixed } from '../money/decimal.js';

function rows(t: Table): Record<string, string>[] {
  const convert = (r: Row) => Object.fromEntries(t.columns.map((c) => [c.key, machineCell(r[c.key], c.type)]));
  return t.rows.map(convert);
}

function table(t: Table) {
  return {
    id: t.id,
    ...(t.title ? { title: t.title } : {}),
    columns: t.columns.map((c) => ({ key: c.key, label: c.label, type: c.type })),
    rows: rows(t),
    ...(t.total ? { total: Object.fromEntries(t.columns.map((c) => [c.key, machineCell(t.total![c.key], c.type)])) } : {}),
    ...(t.notes && t.notes.length > 0 ? { notes: t.notes } : {}),
  };
}

export function reportToJson(report: Report): unknown {
  const f = report.footer;
  return {
    version: report.version,
    command: report.command,
    title: report.title,
    currency: report.currency,
    parameters: report.parameters,
    summary: report.summary,
    data: table(report.data),
    // the appendix of explain commands is for people: JSON has them as `refs`
    sections: report.sections.filter((t) => t.id !== 'explain-refs').map(table),
    ...(f
      ? {
          reconciliation: {
            rowsRead: f.rowsRead,
            rowsUsed: f.rowsUsed,
            rowsRejected: f.rowsRejected,
            rowsOutOfRange: f.rowsOutOfRange,
            rowsDeduplicated: f.rowsDeduplicated ?? 0,
            inputTotal: toFixed(f.inputTotal, 2),
            technologyTotal: toFixed(f.reportTotal, 2),
            excludedTotal: toFixed(f.excludedTotal, 2),
            rejectedTotal: toFixed(f.rejectedTotal, 2),
            // the technology total under its first name, for scripts written before scope
            reportTotal: toFixed(f.reportTotal, 2),
            excludedLines: f.excludedLines,
            uncategorizedLines: f.uncategorizedLines,
            uncategorizedTotal: toFixed(f.uncategorizedTotal, 2),
            duplicateLines: f.duplicates,
            ...(f.rejectedElsewhere.length > 0 ? { rejectedOtherCurrencies: Object.fromEntries(f.rejectedElsewhere.map(([c, d]) => [c, toFixed(d, 2)])) } : {}),
            ...(f.summaryRows ? { summaryRows: f.summaryRows, summaryTotal: toFixed(f.summaryTotal ?? { units: 0n, scale: 0 }, 2) } : {}),
            ...(f.filesNotRead?.length ? { filesNotRead: f.filesNotRead } : {}),
            ...(f.catalogSpread !== undefined && f.catalogSpread.length > 0 ? { catalogSpreadLines: Object.fromEntries(f.catalogSpread) } : {}),
            ...(f.accruedBefore !== undefined || f.accruedAfter !== undefined
              ? { accruedBeforeRange: toFixed(f.accruedBefore ?? { units: 0n, scale: 0 }, 2), deferredAfterRange: toFixed(f.accruedAfter ?? { units: 0n, scale: 0 }, 2) }
              : {}),
          },
        }
      : {}),
    warnings: report.warnings,
    ...(report.refs && report.refs.length > 0
      ? { refs: report.refs.map((r) => ({ id: r.id, figure: r.figure, amount: r.amount === undefined ? null : toFixed(r.amount, 2), command: r.command ?? r.explain.join(' ') })) }
      : {}),
  };
}

export function renderJson(report: Report): string {
  return JSON.stringify(reportToJson(report), null, 2) + '\n';
}
