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

/** Labels Mermaid can set side by side under a vertical chart without overlapping. */
const MAX_UPRIGHT_LABELS = 12;
const MAX_UPRIGHT_LABEL = 10;
const MAX_LABEL = 28;

function shortLabel(s: string): string {
  return s.length <= MAX_LABEL ? s : `${s.slice(0, MAX_LABEL - 1)}…`;
}

/**
 * A Mermaid block for a chart, or nothing where Mermaid would mislead: value axes start at zero;
 * many or long labels turn the chart horizontal (labels down the side never overlap); a pie leaves
 * out negative parts (said in `note`); a waterfall is left to its table (Mermaid cannot float bars).
 */
export function mermaid(chart: Chart): { block: string; note?: string } | undefined {
  const quoted = escapeMermaid;
  const label = (s: string) => shortLabel(quoted(s));
  if (chart.kind === 'waterfall') return undefined;
  if (chart.kind === 'pie') {
    const kept = chart.labels.map((l, i) => ({ l, v: chart.values[i]! })).filter((p) => p.v.units > 0n);
    const left = chart.labels.filter((_, i) => chart.values[i]!.units < 0n);
    if (kept.length === 0) return undefined;
    const block = ['```mermaid', `pie title ${quoted(chart.title)}`, ...kept.map((p) => `    "${label(p.l)}" : ${toFixed(p.v, 2)}`), '```'].join('\n');
    return left.length > 0 ? { block, note: `Left out of the pie (negative): ${left.join(', ')}; the table shows them.` } : { block };
  }
  const values = chart.values.map((v) => toFixed(v, 0));
  const max = Math.max(0, ...values.map(Number));
  const min = Math.min(0, ...values.map(Number));
  const horizontal = chart.labels.length > MAX_UPRIGHT_LABELS || chart.labels.some((l) => l.length > MAX_UPRIGHT_LABEL);
  return {
    block: [
      '```mermaid',
      horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
      `    title "${quoted(chart.title)}"`,
      `    x-axis [${chart.labels.map((l) => `"${label(l)}"`).join(', ')}]`,
      // from zero: an axis starting near the smallest bar makes a +12% month look five times taller
      `    y-axis "Amount" ${min} --> ${niceCeiling(max)}`,
      `    ${chart.kind === 'line' ? 'line' : 'bar'} [${values.join(', ')}]`,
      '```',
    ].join('\n'),
  };
}

/** A round upper bound for an axis: 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten. */
export function niceCeiling(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [`# ${escapeMarkdown(report.title)}`, ''];
  const params = Object.entries(report.parameters);
  if (params.length > 0) out.push(params.map(([k, v]) => `**${escapeMarkdown(k)}:** ${escapeMarkdown(v)}`).join(' · '), '');
  for (const s of report.summary) out.push(`- ${escapeMarkdown(s)}`);
  if (report.summary.length > 0) out.push('');
  for (const t of report.sections) {
    if (t.title) out.push(`## ${escapeMarkdown(t.title)}`, '');
    const chart = t.chart ? mermaid(t.chart) : undefined;
    if (chart) out.push(chart.block, '');
    if (chart?.note) out.push(`> ${escapeMarkdown(chart.note)}`, '');
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
