/**
 * explain opens any figure of report: for every dimension and every period form, the explain of a
 * cell adds up to report's figure for that cell to the cent (its `total` parameter, and the sum of
 * its machine table, added here independently of the code), and every business function after
 * allocation — every function of every fiscal year — does too.
 */
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { cents } from './cents.js';
import { sharing, sharingScanLines } from './shared-scan.js';

// the demo is read once; each explain below replays its lines (shared-scan.ts)
vi.mock('../../src/io/engine/lines.js', async (load) => sharingScanLines(await load()));

const DEMO = resolve(import.meta.dirname, '../../fixtures/demo');

interface JsonTable {
  columns: { key: string; type: string }[];
  rows: Record<string, string>[];
}
interface JsonReport {
  parameters: Record<string, string>;
  summary: string[];
  data: JsonTable;
  sections: (JsonTable & { id: string })[];
}

async function json(args: string[]): Promise<JsonReport> {
  const r = await runCli([...args, '--demo', '--format', 'json', '--quiet'], DEMO);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
}

const toCents = (v: string) => cents([v]);

const FLAG = { category: '--category', function: '--function', pool: '--pool', vendor: '--vendor', investment: '--investment' } as const;
type Dim = keyof typeof FLAG;
const PERIODS = ['month', 'quarter', 'year', 'fiscal-year', 'fiscal-quarter'] as const;

describe('the shared read of the demo', () => {
  it('an explain on replayed lines is byte for byte the explain that read its files', async () => {
    const args = ['explain', '--demo', '--function', 'Sales', '--period', 'fiscal-year', 'FY2027', '--format', 'json', '--quiet'];
    sharing.on = false;
    const read = await runCli(args, DEMO);
    sharing.on = true;
    // the second run is a replay whatever ran first (the first may be the recording)
    await runCli(args, DEMO);
    const replayed = await runCli(args, DEMO);
    expect(read.code, read.stderr).toBe(0);
    expect(replayed).toEqual(read);
  }, 60_000);
});

describe('explain: every dimension × every period form adds up to report', () => {
  for (const dim of Object.keys(FLAG) as Dim[]) {
    for (const period of PERIODS) {
      it(`--by ${dim} --period ${period}`, async () => {
        const report = await json(['report', '--by', dim, '--period', period]);
        const rows = report.data.rows;
        const periods = [...new Set(rows.map((r) => r.period!))].sort();
        // every cell of the latest period, and the largest cell of the earliest one
        const latest = rows.filter((r) => r.period === periods.at(-1));
        const first = rows.filter((r) => r.period === periods[0]).sort((a, b) => Number(b.amount) - Number(a.amount))[0]!;
        const cells = dim === 'vendor' ? [...latest.sort((a, b) => Number(b.amount) - Number(a.amount)).slice(0, 6), first] : [...latest, first];
        for (const cell of cells) {
          // the period written with its kind, as report's --period takes it
          const e = await json(['explain', FLAG[dim], cell[dim]!, '--period', period, cell.period!]);
          const label = `${dim} ${cell[dim]} ${cell.period}`;
          expect(toCents(e.parameters.total!), label).toBe(toCents(cell.amount!));
          expect(cents(e.data.rows.map((r) => r.amount_exact ?? r.amount!)), label).toBe(toCents(cell.amount!));
        }
      }, 120_000);
    }
  }
});

describe('explain: every business function after allocation', () => {
  it('each function of each fiscal year: direct lines + allocated shares = report --by function', async () => {
    const report = await json(['report', '--by', 'function', '--period', 'fiscal-year']);
    expect(report.data.rows.length).toBe(14);
    for (const cell of report.data.rows) {
      const e = await json(['explain', '--function', cell.function!, '--period', cell.period!]);
      const label = `${cell.function} ${cell.period}`;
      expect(toCents(e.parameters.total!), label).toBe(toCents(cell.amount!));
      const direct = e.data.rows.filter((r) => r.kind === 'line').map((r) => r.amount_exact ?? r.amount!);
      const allocated = e.data.rows.filter((r) => r.kind === 'allocation').map((r) => r.amount_exact ?? r.amount!);
      expect(cents([...direct, ...allocated]), label).toBe(toCents(cell.amount!));
      // each shared amount is the sum of its lines (the lines behind the allocation are listed)
      const sharedLines = e.sections.find((s) => s.id === 'shared-lines')!;
      const basis = new Map<string, string>();
      for (const r of e.data.rows.filter((x) => x.kind === 'allocation')) basis.set(`${r.category}|${r.vendor}|${r.month}|${r.pool}`, r.basis_exact ?? r.basis!);
      const byFact = new Map<string, string[]>();
      for (const l of sharedLines.rows) {
        const k = `${l.category}|${l.vendor!.trim()}|${l.month}|${l.pool}`;
        byFact.set(k, [...(byFact.get(k) ?? []), l.amount_exact ?? l.amount!]);
      }
      for (const [k, b] of basis) expect(cents(byFact.get(k) ?? []), `${label} ${k}`).toBe(toCents(b));
    }
  }, 120_000);

  it('a fixed-weight share redone by hand: weight ÷ total weight × amount, to the cent', async () => {
    const e = await json(['explain', '--function', 'Sales', '--period', '2026-10', '--category', 'dev-platform']);
    const rows = e.data.rows.filter((r) => r.kind === 'allocation');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.method).toBe('fixed');
      expect([r.weight, r.weight_total]).toEqual(['15', '100']);
      // 15% of the amount in cents; the part is that cut down or one cent more (largest remainder)
      const amount = toCents(r.basis!);
      const floor = (amount * 15n) / 100n;
      expect([floor, floor + 1n]).toContain(toCents(r.amount!));
    }
  }, 60_000);
});
