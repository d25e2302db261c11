/** Inline SVG charts for the HTML rendering: no script, no network, print-friendly. */
import { type Decimal, toFixed } from '../money/decimal.js';
import type { Chart } from '../report/model.js';
import { escapeHtml } from './escape/html.js';

const PALETTE = ['#1f4e79', '#2e86ab', '#f18f01', '#c73e1d', '#3b8b5a', '#8e5572', '#6c757d', '#a0c4ff', '#ffb703', '#588157'];

export { escapeHtml } from './escape/html.js';

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
  const width = 900;
  const top = 24;
  const plot = 220;
  const left = 70;
  const labelSpace = 120;
  const height = top + plot + labelSpace;
  const step = (width - left - 20) / Math.max(values.length, 1);
  const bw = Math.max(4, Math.min(60, step * 0.7));
  // a waterfall (bridge): every step but the last floats on the running total
  const waterfall = chart.kind === 'waterfall';
  const spans = values.map((v, i) => {
    if (!waterfall || i === values.length - 1) return [Math.min(0, v), Math.max(0, v)] as const;
    const before = values.slice(0, i).reduce((a, b) => a + b, 0);
    return [Math.min(before, before + v), Math.max(before, before + v)] as const;
  });
  const hi = Math.max(0, ...spans.map((x) => x[1]));
  const lo = Math.min(0, ...spans.map((x) => x[0]));
  const range = hi - lo || 1;
  const y = (v: number) => top + ((hi - v) / range) * plot;
  const parts: string[] = [`<line x1="${left}" y1="${y(0).toFixed(1)}" x2="${width - 10}" y2="${y(0).toFixed(1)}" stroke="#888"/>`];
  const points: string[] = [];
  values.forEach((v, i) => {
    const x = left + i * step + (step - bw) / 2;
    const cx = x + bw / 2;
    const [a, b] = spans[i]!;
    const label = escapeHtml(chart.labels[i] ?? '');
    if (chart.kind === 'line') points.push(`${cx.toFixed(1)},${y(v).toFixed(1)}`);
    else {
      const color = v < 0 ? '#c73e1d' : waterfall && i > 0 && i < values.length - 1 ? PALETTE[1] : PALETTE[0];
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(b).toFixed(1)}" width="${bw.toFixed(1)}" height="${Math.max(1, y(a) - y(b)).toFixed(1)}" fill="${color}"><title>${label}: ${toFixed(chart.values[i]!, 2)}</title></rect>`);
    }
    const ly = top + plot + 14;
    parts.push(`<text x="${cx.toFixed(1)}" y="${ly}" font-size="10" text-anchor="end" transform="rotate(-35 ${cx.toFixed(1)} ${ly})">${label}</text>`);
  });
  if (chart.kind === 'line') parts.push(`<polyline fill="none" stroke="${PALETTE[1]}" stroke-width="2" points="${points.join(' ')}"/>`);
  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  parts.push(`<text x="${left - 6}" y="${(y(hi) + 4).toFixed(1)}" font-size="10" text-anchor="end">${escapeHtml(fmt(hi))}</text>`);
  if (lo < 0) parts.push(`<text x="${left - 6}" y="${(y(lo) + 4).toFixed(1)}" font-size="10" text-anchor="end">${escapeHtml(fmt(lo))}</text>`);
  parts.push(`<text x="${left - 6}" y="${(y(0) + 4).toFixed(1)}" font-size="10" text-anchor="end">0</text>`);
  return `<svg class="chart" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(chart.title)}</title>${parts.join('')}</svg>`;
}

export function renderSvgChart(chart: Chart): string {
  return chart.kind === 'pie' ? pie(chart) : bars(chart);
}
