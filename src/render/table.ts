/** Terminal tables: cli-table3, right-aligned money with thousands separators, optional colour. */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { printable } from '../terminal-text.js';
import type { CellValue, Report, Table as ReportTable } from '../report/model.js';
import { footerLines } from './footer.js';
import { humanCell, isDecimal } from '../report/format.js';

export interface TableOptions {
  /** 0 = no colour; 1-3 = chalk levels */
  colorLevel: 0 | 1 | 2 | 3;
}

function renderSection(t: ReportTable, chalk: InstanceType<typeof Chalk>): string {
  const table = new Table({
    head: t.columns.map((c) => chalk.bold(printable(c.label, 200))),
    colAligns: t.columns.map((c) => (c.type === 'text' ? 'left' : 'right')),
    style: { head: [], border: [], compact: true },
  });
  const cells = (r: Record<string, unknown>, bold: boolean) =>
    t.columns.map((c) => {
      const v = r[c.key] as CellValue;
      // vendor names come from files: strip escape sequences before they reach the terminal
      let s = printable(humanCell(v, c.type), 200);
      if (c.type === 'percent' && isDecimal(v) && v.units !== 0n) s = v.units > 0n ? chalk.red(s) : chalk.green(s);
      return bold ? chalk.bold(s) : s;
    });
  for (const r of t.rows) table.push(cells(r, false));
  if (t.total) table.push(cells(t.total, true));
  return table.toString();
}

export function renderTable(report: Report, options: TableOptions = { colorLevel: 0 }): string {
  const chalk = new Chalk({ level: options.colorLevel });
  const out: string[] = [chalk.bold(printable(report.title, 200))];
  const params = Object.entries(report.parameters);
  if (params.length > 0) out.push(chalk.dim(printable(params.map(([k, v]) => `${k}: ${v}`).join(' · '), 1000)));
  out.push('');
  for (const s of report.summary) out.push(`• ${printable(s, 400)}`);
  if (report.summary.length > 0) out.push('');
  for (const t of report.sections) {
    if (t.title) out.push(chalk.bold(printable(t.title, 400)));
    out.push(t.rows.length === 0 ? chalk.dim('Nothing to show.') : renderSection(t, chalk));
    for (const n of t.notes ?? []) out.push(chalk.dim(printable(n, 400)));
    out.push('');
  }
  if (report.footer) for (const l of footerLines(report.footer, report.currency)) out.push(chalk.dim(l));
  for (const w of report.warnings) out.push(chalk.yellow(`warning: ${printable(w, 400)}`));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
