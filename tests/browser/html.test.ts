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
      const png = await page.screenshot({ path: join(out, 'board.png'), fullPage: true });
      expect(png.length).toBeGreaterThan(10_000);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
