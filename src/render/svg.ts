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
  // a pie shows parts of a whole: negative parts (credits, refunds) are left out and said so
  const leftOut = chart.labels.filter((_, i) => chart.values[i]!.units < 0n);
  const kept = chart.labels.map((l, i) => ({ l, v: chart.values[i]! })).filter((p) => p.v.units >= 0n);
  chart = { ...chart, labels: kept.map((p) => p.l), values: kept.map((p) => p.v) };
  const values = chart.values.map(num);
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
  if (leftOut.length > 0) legend.push(`<text x="240" y="${20 + values.length * 20 + 11}" class="left-out">Left out (negative): ${escapeHtml(leftOut.join(', '))}</text>`);
  const height = Math.max(230, 30 + (values.length + (leftOut.length > 0 ? 1 : 0)) * 20);
  return `<svg class="chart" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 640 ${height}" width="640" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(chart.title)}</title>${slices.join('')}${legend.join('')}</svg>`;
}

/** Round tick steps (1, 2, 2.5, 5 × a power of ten) giving about five ticks over `range`. */
function tickStep(range: number): number {
  const raw = range / 5;
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

const MAX_LABEL = 24;
const shorten = (s: string) => (s.length <= MAX_LABEL ? s : `${s.slice(0, MAX_LABEL - 1)}…`);

/**
 * Bars, lines and the waterfall (bridge), on a value axis from zero with round ticks and grid
 * lines. Category labels are shortened and set at an angle (the full name is in the bar's tooltip
 * and the table). In a waterfall every step floats on the running total, is drawn at least a few
 * pixels high however small, and carries its value, so no step is a hairline nobody can read.
 */
function bars(chart: Chart): string {
  const values = chart.values.map(num);
  const width = 900;
  const top = 28;
  const plot = 220;
  const left = 96;
  const labelSpace = 110;
  const height = top + plot + labelSpace;
  const step = (width - left - 20) / Math.max(values.length, 1);
  const bw = Math.max(4, Math.min(60, step * 0.7));
  const waterfall = chart.kind === 'waterfall';
  const spans = values.map((v, i) => {
    if (!waterfall || i === values.length - 1) return [Math.min(0, v), Math.max(0, v)] as const;
    const before = values.slice(0, i).reduce((a, b) => a + b, 0);
    return [Math.min(before, before + v), Math.max(before, before + v)] as const;
  });
  const tick = tickStep(Math.max(0, ...spans.map((x) => x[1])) - Math.min(0, ...spans.map((x) => x[0])));
  const hi = Math.ceil(Math.max(0, ...spans.map((x) => x[1])) / tick) * tick || tick;
  const lo = Math.floor(Math.min(0, ...spans.map((x) => x[0])) / tick) * tick;
  const range = hi - lo || 1;
  const y = (v: number) => top + ((hi - v) / range) * plot;
  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  const compact = (n: number) => (Math.abs(n) >= 1e6 ? `${(n / 1e6).toLocaleString('en-US', { maximumFractionDigits: 2 })}M` : Math.abs(n) >= 1e3 ? `${(n / 1e3).toLocaleString('en-US', { maximumFractionDigits: 1 })}k` : fmt(n));
  const parts: string[] = [];
  // the value axis: ticks, their labels and light grid lines
  for (let v = lo; v <= hi + tick / 2; v += tick) {
    const ty = y(v).toFixed(1);
    parts.push(`<line class="grid" x1="${left}" y1="${ty}" x2="${width - 10}" y2="${ty}" stroke="${v === 0 ? '#888' : '#e1e4e8'}"/>`);
    parts.push(`<text class="tick" x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="10" text-anchor="end">${escapeHtml(fmt(v))}</text>`);
  }
  parts.push(`<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${top + plot}" stroke="#888"/>`);
  const points: string[] = [];
  values.forEach((v, i) => {
    const x = left + i * step + (step - bw) / 2;
    const cx = x + bw / 2;
    const [a, b] = spans[i]!;
    const full = escapeHtml(chart.labels[i] ?? '');
    const label = escapeHtml(shorten(chart.labels[i] ?? ''));
    if (chart.kind === 'line') points.push(`${cx.toFixed(1)},${y(v).toFixed(1)}`);
    else {
      const color = v < 0 ? '#c73e1d' : waterfall && i > 0 && i < values.length - 1 ? PALETTE[1] : PALETTE[0];
      const minimum = waterfall ? 4 : 1;
      const h = Math.max(minimum, y(a) - y(b));
      // a step too small to see is drawn a few pixels high, on the side it moves the total
      const ry = v < 0 || !waterfall ? y(b) : Math.min(y(b), y(a) - h);
      parts.push(`<rect class="bar" x="${x.toFixed(1)}" y="${ry.toFixed(1)}" width="${bw.toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"><title>${full}: ${toFixed(chart.values[i]!, 2)}</title></rect>`);
      if (waterfall) {
        parts.push(`<text class="value" x="${cx.toFixed(1)}" y="${(Math.min(ry, y(b)) - 4).toFixed(1)}" font-size="10" text-anchor="middle">${v > 0 && i > 0 && i < values.length - 1 ? '+' : ''}${escapeHtml(compact(v))}</text>`);
        // the connector: where the running total stands after this step
        if (i < values.length - 1) {
          const level = v < 0 ? y(a) : y(b);
          parts.push(`<line class="connector" x1="${(x + bw).toFixed(1)}" y1="${level.toFixed(1)}" x2="${(x + step).toFixed(1)}" y2="${level.toFixed(1)}" stroke="#888" stroke-dasharray="3,2"/>`);
        }
      }
    }
    const ly = top + plot + 14;
    parts.push(`<text class="label" x="${cx.toFixed(1)}" y="${ly}" font-size="10" text-anchor="end" transform="rotate(-35 ${cx.toFixed(1)} ${ly})">${label}</text>`);
  });
  if (chart.kind === 'line') parts.push(`<polyline fill="none" stroke="${PALETTE[1]}" stroke-width="2" points="${points.join(' ')}"/>`);
  return `<svg class="chart ${chart.kind}" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(chart.title)}</title>${parts.join('')}</svg>`;
}

export function renderSvgChart(chart: Chart): string {
  return chart.kind === 'pie' ? pie(chart) : bars(chart);
}
