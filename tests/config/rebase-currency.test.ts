import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { runCli } from '../cli/run-cli.js';

const FOUNDATION = resolve(import.meta.dirname, '../../fixtures/cases/foundation');

// by hand: rates EUR 1.08 (to USD). Reporting in EUR: USD lines / 1.08, EUR lines as they are.
// Jan: Slack 800.00 USD → 740.74 EUR; the Figma card line -120,00 EUR stays 120.00 EUR.
describe('--currency rebases the config rates by triangulation', () => {
  it('reports in EUR: USD lines convert at 1/1.08, EUR lines stay as they are', async () => {
    const r = await runCli(['categorize', 'gl.csv', 'card.csv', '--currency', 'EUR', '--format', 'csv', '-q'], FOUNDATION);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows).toContain('gl.csv,4,2026-01-05,Slack T02ABC,"Slack Pro, January",6410 Software,740.74,EUR,collab,Technology,software,slack,technology');
    expect(rows).toContain('card.csv,2,2026-01-05,Figma,Design seats,,120.00,EUR,design,Product,software,vendor-map.csv:2,technology');
  });
  it('refuses a currency the config has no rate for', async () => {
    const r = await runCli(['report', 'gl.csv', '--currency', 'GBP'], FOUNDATION);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('techspend: cannot report in GBP: the config has no GBP rate to USD (add it under rates)\n');
  });
});
