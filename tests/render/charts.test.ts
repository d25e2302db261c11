/** Charts that do not mislead (issue 14): Mermaid axes from zero, labels that cannot overlap, no negative pie slices. */
import { describe, expect, it } from 'vitest';
import type { Chart } from '../../src/report/model.js';
import { mermaid, niceCeiling } from '../../src/render/markdown.js';
import { renderSvgChart } from '../../src/render/svg.js';

const d = (n: number) => ({ units: BigInt(Math.round(n * 100)), scale: 2 });
const chart = (kind: Chart['kind'], labels: string[], values: number[]): Chart => ({ kind, title: 't', labels, values: values.map(d) });

describe('Mermaid charts', () => {
  it('value axes start at zero (a +12% month must not look five times taller)', () => {
    const m = mermaid(chart('bar', ['2026-09', '2026-10'], [231632.03, 259157.68]))!;
    expect(m.block).toContain('y-axis "Amount" 0 --> 300000');
    expect(niceCeiling(259157)).toBe(300000);
  });
  it('many or long category labels turn the chart horizontal, and long ones are shortened', () => {
    const labels = Array.from({ length: 12 }, (_, i) => `Customer Product Platform Services ${i}`);
    const m = mermaid(chart('bar', labels, labels.map((_, i) => 1000 * (i + 1))))!;
    expect(m.block).toMatch(/^xychart-beta horizontal$/m);
    expect(m.block).not.toContain('Customer Product Platform Services 11"');
  });
  it('a pie leaves out negative parts and says so; a waterfall stays a table', () => {
    const m = mermaid(chart('pie', ['Cloud', 'Credits'], [100, -20]))!;
    expect(m.block).not.toContain('Credits');
    expect(m.note).toContain('Credits');
    expect(mermaid(chart('waterfall', ['a', 'b', 'c'], [100, 5, 105]))).toBeUndefined();
  });
});

describe('SVG charts', () => {
  it('have round ticks from zero, and every waterfall step is visible and labelled', () => {
    const svg = renderSvgChart(chart('waterfall', ['Existing', 'New', 'Growth', 'Savings', 'Outlook'], [2854680.64, 28977.44, 0, -20932.8, 2862725.28]));
    const ticks = [...svg.matchAll(/<text class="tick"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(ticks[0]).toBe('0');
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    const heights = [...svg.matchAll(/<rect class="bar"[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(5);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(3);
    expect([...svg.matchAll(/<text class="value"/g)]).toHaveLength(5);
  });
  it('a pie leaves out negative parts and says so', () => {
    const svg = renderSvgChart(chart('pie', ['Cloud', 'Credits'], [100, -20]));
    expect(svg).toContain('Left out (negative): Credits');
  });
});
