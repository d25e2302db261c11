/** Inline SVG charts for the HTML rendering: no script, no network, print-friendly. */
import { type Decimal, toFixed } from '../money/decimal.js';
import type { Chart } from '../report/model.js';

const PALETTE = ['#1f4e79', '#2e86ab', '#f18f01', '#c73e1d', '#3b8b5a', '#8e5572', '#6c757d', '#a0c4ff', '#ffb703', '#588157'];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function num(d: Decimal): number {
  // charts only: geometry needs a float; money figures are printed from the exact value
  return Number(toFixed(d, 2));
}

function pie(chart: Chart): string {
  const values = chart.values.map(num).map((v) => Math.max(v, 0));
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const cx = 110;
  const cy = 110;
  const r = 100;
  let angle = -Math.PI / 2;
  const slices: string[] = [];
  const legend: string[] = [];
  values.forEach((v, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    const a = (v / total) * Math.PI * 2;
    const x1 = cx + r * Math.cos(angle);
    const y1 = cy + r * Math.sin(angle);
    angle += a;
    const x2 = cx + r * Math.cos(angle);
    const y2 = cy + r * Math.sin(angle);
    const large = a > Math.PI ? 1 : 0;
    if (v > 0) {
      slices.push(
        a >= Math.PI * 2 - 1e-9
          ? `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/>`
          : `<path d="M${cx},${cy} L${x1.toFixed(2)},${y1.toFixed(2)} A${r},${r} 0 ${large} 1 ${x2.toFixed(2)},${y2.toFixed(2)} Z" fill="${color}"/>`,
      );
    }
    legend.push(
      `<g transform="translate(240,${20 + i * 20})"><rect width="12" height="12" fill="${color}"/><text x="18" y="11">${escapeHtml(chart.labels[i] ?? '')} (${((v / total) * 100).toFixed(1)}%)</text></g>`,
    );
  });
  const height = Math.max(230, 30 + values.length * 20);
  return `<svg class="chart" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 640 ${height}" width="640" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(chart.title)}</title>${slices.join('')}${legend.join('')}</svg>`;
}

function bars(chart: Chart): string {
  const values = chart.values.map(num);
  const max = Math.max(...values.map((v) => Math.abs(v)), 1);
  const width = 640;
  const height = 260;
  const left = 60;
  const bottom = 200;
  const step = (width - left - 10) / Math.max(values.length, 1);
  const bw = Math.max(4, step * 0.7);
  const zero = values.some((v) => v < 0) ? bottom / 2 + 10 : bottom;
  const scale = (zero - 20) / max;
  const parts: string[] = [`<line x1="${left}" y1="${zero}" x2="${width - 10}" y2="${zero}" stroke="#888"/>`];
  const points: string[] = [];
  values.forEach((v, i) => {
    const x = left + i * step + (step - bw) / 2;
    const h = Math.abs(v) * scale;
    const y = v >= 0 ? zero - h : zero;
    if (chart.kind === 'line') points.push(`${(x + bw / 2).toFixed(1)},${(zero - v * scale).toFixed(1)}`);
    else parts.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bw.toFixed(1)}" height="${h.toFixed(1)}" fill="${v < 0 ? '#c73e1d' : PALETTE[0]}"><title>${escapeHtml(chart.labels[i] ?? '')}: ${toFixed(chart.values[i]!, 2)}</title></rect>`);
    parts.push(`<text x="${(x + bw / 2).toFixed(1)}" y="${bottom + 30}" font-size="10" text-anchor="end" transform="rotate(-40 ${(x + bw / 2).toFixed(1)} ${bottom + 30})">${escapeHtml(chart.labels[i] ?? '')}</text>`);
  });
  if (chart.kind === 'line') parts.push(`<polyline fill="none" stroke="${PALETTE[1]}" stroke-width="2" points="${points.join(' ')}"/>`);
  parts.push(`<text x="4" y="16" font-size="10">${escapeHtml(max.toLocaleString('en-US', { maximumFractionDigits: 0 }))}</text>`);
  return `<svg class="chart" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(chart.title)}</title>${parts.join('')}</svg>`;
}

export function renderSvgChart(chart: Chart): string {
  return chart.kind === 'pie' ? pie(chart) : bars(chart);
}
