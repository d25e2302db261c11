/**
 * The HTML board pack in a real headless browser (Debian's chromium): it loads without console
 * errors or network requests, its charts are present, and a screenshot is taken.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) console.warn('SKIPPED: browser test needs Debian chromium (apt-get install chromium); .ci/run installs it');

describe.skipIf(!CHROMIUM)('HTML board pack in Chromium', () => {
  it('loads with no console errors and no network access, shows its charts, and screenshots', async () => {
    const { chromium } = await import('playwright-core');
    const out = join(ROOT, '.tmp', 'browser');
    mkdirSync(out, { recursive: true });
    const r = await runCli(['board', '--demo', '--format', 'html'], ROOT);
    expect(r.code).toBe(0);
    const file = join(out, 'board.html');
    writeFileSync(file, r.stdout);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (q) => {
        if (!q.url().startsWith('file:')) requests.push(q.url());
      });
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      const charts = await page.locator('svg.chart').count();
      expect(charts).toBeGreaterThanOrEqual(3);
      expect(await page.locator('h1').innerText()).toMatch(/Technology spend/i);
      // every bar chart has a value axis from zero with at least three round ticks, and its
      // category labels neither overlap one another nor leave the chart
      const axes = await page.$$eval('svg.chart.bar, svg.chart.waterfall, svg.chart.line', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const labels = [...svg.querySelectorAll('text.label')].map((t) => t.getBoundingClientRect());
          const ticks = [...svg.querySelectorAll('text.tick')].map((t) => t.textContent ?? '');
          // the labels are parallel, set at -35°: two never overlap when the distance between their
          // lines (anchor spacing × sin 35°) is at least the text's height
          const anchors = [...svg.querySelectorAll('text.label')].map((t) => Number(t.getAttribute('x')));
          const height = Math.max(0, ...labels.map(() => 11));
          let overlaps = 0;
          for (let i = 1; i < anchors.length; i++) if ((anchors[i]! - anchors[i - 1]!) * Math.sin((35 * Math.PI) / 180) < height) overlaps++;
          const outside = labels.filter((l) => l.left < box.left - 1 || l.right > box.right + 1).length;
          const bars = [...svg.querySelectorAll('rect.bar')].map((r) => r.getBoundingClientRect().height);
          const values = svg.querySelectorAll('text.value').length;
          return { kind: svg.getAttribute('class'), ticks, overlaps, outside, labels: labels.length, bars, values };
        }),
      );
      expect(axes.length).toBeGreaterThanOrEqual(2);
      for (const c of axes) {
        expect(c.ticks[0], c.kind ?? '').toBe('0');
        expect(c.ticks.length, c.kind ?? '').toBeGreaterThanOrEqual(3);
        expect(c.overlaps, c.kind ?? '').toBe(0);
        expect(c.outside, c.kind ?? '').toBe(0);
      }
      // the bridge: every step visible (a few pixels at least) and labelled with its value
      const bridge = axes.find((c) => c.kind?.includes('waterfall'))!;
      expect(bridge.bars.length).toBe(5);
      expect(Math.min(...bridge.bars)).toBeGreaterThanOrEqual(3);
      expect(bridge.values).toBe(5);
      const png = await page.screenshot({ path: join(out, 'board.png'), fullPage: true });
      const bridgeShot = await page.locator('#bridge svg').screenshot({ path: join(out, 'bridge.png') });
      expect(bridgeShot.length).toBeGreaterThan(2_000);
      expect(png.length).toBeGreaterThan(10_000);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
