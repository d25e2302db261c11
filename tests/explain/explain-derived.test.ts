/**
 * Derived figures opened by explain: every variance row (base, current, change and each cause)
 * as `variance` prints it, with the change equal to the current lines less the base lines; every
 * forecast row as `forecast` prints it, with the growth applied.
 */
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { cents } from './cents.js';

const DEMO = resolve(import.meta.dirname, '../../fixtures/demo');

const csv = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
interface J {
  parameters: Record<string, string>;
  summary: string[];
  data: { rows: Record<string, string>[] };
  sections: { id: string; rows: Record<string, string>[]; total?: Record<string, string> }[];
}
async function json(args: string[]): Promise<J> {
  const r = await runCli([...args, '--demo', '--format', 'json', '--quiet'], DEMO);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as J;
}
const lineAmounts = (j: J, id: string) => j.sections.find((s) => s.id === id)!.rows.map((r) => r.amount_exact ?? r.amount!);

describe('explain --variance: every row of variance', () => {
  for (const against of ['previous', 'last-year'] as const) {
    it(`--against ${against}: base, current, change and causes to the cent; change = current lines − base lines`, async () => {
      const r = await runCli(['variance', '--demo', '--against', against, '--format', 'csv', '--quiet'], DEMO);
      const rows = csv(r.stdout);
      expect(rows.length).toBe(17);
      for (const row of against === 'previous' ? rows : rows.slice(0, 4)) {
        const e = await json(['explain', '--variance', row.category!, '--period', '2026-10', '--against', against]);
        const vendors = e.sections.find((s) => s.id === 'vendors')!;
        // variance's CSV is its machine view (exact); explain gives the exact figure where the pack's cents differ
        const exact = (k: 'base' | 'current' | 'change') => cents([e.parameters[`${k} (exact)`] ?? vendors.total![k]!]);
        expect({ base: exact('base'), current: exact('current'), change: exact('change') }, row.category).toEqual({ base: cents([row.base!]), current: cents([row.current!]), change: cents([row.change!]) });
        expect(cents(lineAmounts(e, 'current-lines')) - cents(lineAmounts(e, 'base-lines')), row.category).toBe(cents([row.change!]));
        const causes = e.summary.find((s) => s.startsWith('Causes: '))!;
        // the sentence is at the pack's cents: each cause within a cent of the exact one (variance's CSV)
        for (const k of ['expansion', 'new_capability', 'discontinued'] as const) {
          const c = cents([row[k]!]);
          const near = [c - 1n, c, c + 1n].map((x) => `${x < 0n ? '-' : ''}${(x < 0n ? -x : x) / 100n}.${String((x < 0n ? -x : x) % 100n).padStart(2, '0')}`);
          expect(near.some((n) => causes.replace(/,/g, '').includes(n)), `${row.category} ${k}: ${causes}`).toBe(true);
        }
        // each vendor's change went to one cause; the vendors' changes (each shown to the cent) add up to
        // the row's within the rounding of the sides (expansion takes the sub-cent rest)
        const off = cents(vendors.rows.map((v) => v.change!)) - cents([row.change!]);
        expect(off >= -2n && off <= 2n, `${row.category}: ${off}`).toBe(true);
      }
    }, 180_000);
  }
});

describe('explain --forecast: every row of forecast', () => {
  it('run rate of the months shown, × 12 × (1 + growth), as forecast prints it', async () => {
    const f = csv((await runCli(['forecast', '--demo', '--growth', '5%', '--growth', 'ai-features=40%', '--format', 'csv', '--quiet'], DEMO)).stdout);
    const e = await json(['explain', '--forecast', '--growth', '5%', '--growth', 'ai-features=40%']);
    // the machine views side by side (both exact; the tables are at the pack's cents, as forecast's are)
    const rows = (e as unknown as { data: { rows: Record<string, string>[] } }).data.rows;
    expect(rows.map((r) => r.category)).toEqual(f.map((r) => r.category));
    for (const [i, r] of rows.entries()) {
      expect([r.run_rate, r.forecast], r.category).toEqual([f[i]!.run_rate_monthly, f[i]!.forecast]);
      // (the run rate is built vendor by vendor since issue 21: lumpy vendors from the trailing 12
      // months, one-offs left out, so it is no longer the plain mean of the months shown)
    }
  }, 60_000);
});
