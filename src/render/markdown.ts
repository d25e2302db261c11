/** GitHub-flavoured Markdown, ready to paste into a board memo; charts as Mermaid blocks. */
import { toFixed } from '../money/decimal.js';
import type { Chart, Report, Table } from '../report/model.js';
import { footerLines } from './footer.js';
import { humanCell } from '../report/format.js';
import { escapeMarkdown, escapeMermaid } from './escape/markdown.js';

export { escapeMarkdown } from './escape/markdown.js';

export function markdownTable(t: Table): string {
  const head = `| ${t.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`;
  const align = `|${t.columns.map((c) => (c.type === 'text' ? ' --- ' : ' ---: ')).join('|')}|`;
  const line = (r: Record<string, unknown>, bold: boolean) =>
    `| ${t.columns
      .map((c) => {
        const v = escapeMarkdown(humanCell(r[c.key] as never, c.type));
        return bold && v !== '' ? `**${v}**` : v;
      })
      .join(' | ')} |`;
  const body = t.rows.map((r) => line(r, false));
  if (t.total) body.push(line(t.total, true));
  return [head, align, ...body].join('\n');
}

export function mermaid(chart: Chart): string {
  const label = escapeMermaid;
  if (chart.kind === 'pie') {
    return ['```mermaid', `pie title ${label(chart.title)}`, ...chart.labels.map((l, i) => `    "${label(l)}" : ${toFixed(chart.values[i]!, 2)}`), '```'].join('\n');
  }
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${label(chart.title)}"`,
    `    x-axis [${chart.labels.map((l) => `"${label(l)}"`).join(', ')}]`,
    `    ${chart.kind === 'line' ? 'line' : 'bar'} [${chart.values.map((v) => toFixed(v, 0)).join(', ')}]`,
    '```',
  ].join('\n');
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [`# ${escapeMarkdown(report.title)}`, ''];
  const params = Object.entries(report.parameters);
  if (params.length > 0) out.push(params.map(([k, v]) => `**${escapeMarkdown(k)}:** ${escapeMarkdown(v)}`).join(' · '), '');
  for (const s of report.summary) out.push(`- ${escapeMarkdown(s)}`);
  if (report.summary.length > 0) out.push('');
  for (const t of report.sections) {
    if (t.title) out.push(`## ${escapeMarkdown(t.title)}`, '');
    if (t.chart) out.push(mermaid(t.chart), '');
    if (t.rows.length === 0) out.push('_Nothing to show._', '');
    else out.push(markdownTable(t), '');
    for (const n of t.notes ?? []) out.push(`> ${escapeMarkdown(n)}`, '');
  }
  if (report.footer) {
    out.push('## Reconciliation', '');
    for (const l of footerLines(report.footer, report.currency)) out.push(`- ${escapeMarkdown(l)}`);
    out.push('');
  }
  if (report.warnings.length > 0) {
    out.push('## Warnings', '');
    for (const w of report.warnings) out.push(`- ${escapeMarkdown(w)}`);
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
