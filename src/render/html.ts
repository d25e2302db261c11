/**
 * A self-contained HTML page: inline CSS and SVG charts, no script and no network access, and
 * print CSS so "Print to PDF" gives a clean handout.
 */
import type { Report, Table } from '../report/model.js';
import { footerLines } from './footer.js';
import { humanCell } from '../report/format.js';
import { escapeHtml } from './escape/html.js';
import { renderSvgChart } from './svg.js';

const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1f23; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
.params { color: #57606a; margin-bottom: 1rem; }
ul.summary { background: #f6f8fa; border-left: 4px solid #1f4e79; padding: .8rem 1rem .8rem 2rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #eaeef2; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num, th.num { text-align: right; white-space: nowrap; }
tr.total td { font-weight: 600; border-top: 2px solid #1b1f23; }
.note { color: #57606a; font-size: .9em; } .chart { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
svg text { font: 11px sans-serif; fill: #1b1f23; }
footer { margin-top: 2rem; color: #57606a; font-size: .9em; }
@media print { body { margin: 0; max-width: none; font-size: 11px; } .note, footer, svg text { font-size: 1em; } h2 { break-after: avoid; } table, svg { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
@page { margin: 15mm; }
`;

function table(t: Table): string {
  const head = `<tr>${t.columns.map((c) => `<th class="${c.type === 'text' ? '' : 'num'}">${escapeHtml(c.label)}</th>`).join('')}</tr>`;
  const row = (r: Record<string, unknown>, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}>${t.columns.map((c) => `<td class="${c.type === 'text' ? '' : 'num'}">${escapeHtml(humanCell(r[c.key] as never, c.type))}</td>`).join('')}</tr>`;
  const body = t.rows.map((r) => row(r));
  if (t.total) body.push(row(t.total, 'total'));
  return `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

export function renderHtml(report: Report): string {
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(report.title)}</h1>`,
  ];
  const params = Object.entries(report.parameters);
  if (params.length > 0) out.push(`<p class="params">${params.map(([k, v]) => `${escapeHtml(k)}: <strong>${escapeHtml(v)}</strong>`).join(' · ')}</p>`);
  if (report.summary.length > 0) out.push(`<ul class="summary">${report.summary.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`);
  for (const t of report.sections) {
    out.push(`<section id="${escapeHtml(t.id)}">`);
    if (t.title) out.push(`<h2>${escapeHtml(t.title)}</h2>`);
    if (t.chart) out.push(renderSvgChart(t.chart));
    out.push(t.rows.length === 0 ? '<p class="note">Nothing to show.</p>' : table(t));
    for (const n of t.notes ?? []) out.push(`<p class="note">${escapeHtml(n)}</p>`);
    out.push('</section>');
  }
  if (report.footer) out.push(`<footer><h2>Reconciliation</h2><ul>${footerLines(report.footer, report.currency).map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></footer>`);
  if (report.warnings.length > 0) out.push(`<section><h2>Warnings</h2><ul>${report.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></section>`);
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
