/**
 * From the pack to the lines: every figure the board and report give a ref to is opened by its
 * explain command, whose figure is the pack's to the cent and whose lines add up to it (summed
 * here, independently of the code). Pinned in every format the refs appear in.
 */
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { cents } from './cents.js';
import { sharingScanLines } from './shared-scan.js';

// the demo is read once for the figure explains; each later one replays its lines (shared-scan.ts,
// whose replay explain-cell.test.ts pins byte for byte against a read)
vi.mock('../../src/io/engine/lines.js', async (load) => sharingScanLines(await load()));

const DEMO = resolve(import.meta.dirname, '../../fixtures/demo');

interface JsonTable {
  id: string;
  columns: { key: string }[];
  rows: Record<string, string>[];
  total?: Record<string, string>;
}
interface JsonReport {
  parameters: Record<string, string>;
  summary: string[];
  data: JsonTable;
  sections: JsonTable[];
  refs?: { id: string; figure: string; amount: string | null; command: string }[];
}

/** POSIX shell words (single quotes only, as refs write them). */
function shellWords(command: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^']|'\\'')*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(command))) out.push(m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!);
  return out;
}


async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli([...args, '--quiet'], DEMO);
}

async function openRef(command: string): Promise<JsonReport> {
  const words = shellWords(command);
  expect(words.slice(0, 2)).toEqual(['techspend', 'explain']);
  const r = await run([...words.slice(1), '--format', 'json']);
  expect(r.code, `${command}\n${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout) as JsonReport;
}

// the pack's figure: explain's tables are at the pack's cents; its exact total is the machine view's
const figureOf = (e: JsonReport) => e.parameters['shown in the pack'] ?? e.parameters.total ?? e.parameters.change ?? e.parameters.outlook ?? e.parameters.forecast ?? e.parameters['budget to date'] ?? e.parameters.saving;
const amounts = (t: JsonTable | undefined) => (t?.rows ?? []).map((r) => r.amount_exact ?? r.amount!);

describe('board: every headline figure and every function figure opens to its lines', () => {
  it('json refs: each explain command gives the board figure to the cent, and its lines add up to it', async () => {
    const r = await run(['board', '--demo', '--format', 'json']);
    expect(r.code).toBe(0);
    const board = JSON.parse(r.stdout) as JsonReport;
    const refs = board.refs!;
    const ids = refs.map((x) => x.id);
    // the headline: month total, FY to date vs budget, revenue-generating share, each mover, next-FY outlook; every function
    expect(ids).toEqual(expect.arrayContaining(['board:spend-month', 'board:spend-fytd', 'board:budget-fytd', 'board:revenue-generating', 'board:outlook']));
    const movers = board.summary.filter((s) => / (rose|fell|is new)/.test(s));
    expect(refs.filter((x) => x.id.startsWith('board:mover:')).map((x) => x.figure)).toEqual(movers);
    const functions = board.sections.find((s) => s.id === 'functions')!.rows;
    const candidates = board.sections.find((s) => s.id === 'savings-candidates')!.rows;
    expect(refs.filter((x) => x.id.startsWith('board:savings:')).map((x) => x.amount)).toEqual(candidates.map((c) => c.annual || c.one_off));
    expect(refs.filter((x) => x.id.startsWith('board:function:')).map((x) => x.amount)).toEqual(functions.map((f) => f.amount));
    // the headline table agrees with the refs
    for (const row of board.data.rows) if (row.measure!.startsWith('outlook ')) expect(refs.find((x) => x.id === 'board:outlook')!.amount).toBe(row.amount);

    for (const ref of refs) {
      const e = await openRef(ref.command);
      expect(cents([figureOf(e)!]), `${ref.id}: ${ref.command}`).toBe(cents([ref.amount!]));
      const sec = (id: string) => e.sections.find((s) => s.id === id);
      if (ref.id.startsWith('board:mover:')) {
        // change = Σ current lines − Σ base lines (each side rounded to the cent): the exact change,
        // which the pack's (rounded once per run so its tables foot) is within a cent or two of
        const change = cents(amounts(sec('current-lines'))) - cents(amounts(sec('base-lines')));
        expect(change, ref.id).toBe(cents([e.parameters['change (exact)'] ?? ref.amount!]));
        expect(change - cents([ref.amount!]) <= 2n && cents([ref.amount!]) - change <= 2n, ref.id).toBe(true);
      } else if (ref.id === 'board:outlook') {
        // every category: forecast = run rate × 12 (no growth here) + the annual bills due in the
        // year (vendors billed in lumps are out of the run rate); outlook = Σ forecasts − committed.
        const runRate = sec('run-rate')!;
        let forecast = 0n;
        for (const row of runRate.rows) {
          expect(cents([row.forecast!]), row.category).toBe(cents([row.run_rate!]) * 12n + (row.annual_bills ? cents([row.annual_bills]) : 0n));
          forecast += cents([row.forecast!]);
        }
        const committed = sec('outlook')!.rows.slice(1).map((x) => x.amount!);
        expect(forecast + cents(committed)).toBe(cents([ref.amount!]));
      } else if (ref.id.startsWith('board:savings:')) {
        // the estimate and its evidence: the same file:line refs as savings lists
        expect(e.data.rows.length, ref.id).toBeGreaterThan(0);
        expect(e.summary.some((s) => s.startsWith('How: ')), ref.id).toBe(true);
      } else if (ref.id === 'board:budget-fytd') {
        expect(cents(e.data.rows.map((x) => x.budget_to_date!))).toBe(cents([ref.amount!]));
      } else {
        // the machine view: the lines add up to the exact figure; the pack's is within a cent per fact of it
        expect(cents(e.data.rows.map((x) => x.amount_exact ?? x.amount!)), ref.id).toBe(cents([e.parameters.total!]));
        // the table people read: the lines and the display-rounding row add up to the pack's figure
        if (e.parameters.function === undefined) expect(cents(amounts(sec('lines'))), ref.id).toBe(cents([ref.amount!]));
      }
    }
  }, 120_000);

  it('markdown and table: an appendix lists the same commands', async () => {
    const json = JSON.parse((await run(['board', '--demo', '--format', 'json'])).stdout) as JsonReport;
    for (const format of ['markdown', 'table', 'html']) {
      const out = (await run(['board', '--demo', '--format', format])).stdout;
      expect(out).toContain('Appendix: the command that opens each figure');
      for (const ref of json.refs!) expect(out.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&'), `${format} ${ref.id}`).toContain(ref.command.replace(/&/g, '&'));
    }
  }, 60_000);
});

describe('report: every cell carries its explain command', () => {
  for (const format of ['json', 'markdown', 'table', 'csv'] as const) {
    it(`--by function --period fiscal-year, ${format}`, async () => {
      const json = JSON.parse((await run(['report', '--demo', '--by', 'function', '--period', 'fiscal-year', '--format', 'json'])).stdout) as JsonReport;
      // one ref per cell and one per period total
      expect(json.refs!.length).toBe(json.data.rows.length + 2);
      const out = (await run(['report', '--demo', '--by', 'function', '--period', 'fiscal-year', '--format', format])).stdout;
      if (format === 'csv') {
        // the machine table stays SPEC §5's: refs are not cells of it
        expect(out.split('\n')[0]).toBe('function,period,amount,share');
        return;
      }
      for (const ref of json.refs!.filter((x) => x.id.endsWith(':FY2027'))) expect(out, ref.id).toContain(format === 'json' ? JSON.stringify(ref.command).slice(1, -1) : ref.command);
      for (const ref of json.refs!.filter((x) => x.id.endsWith(':FY2027'))) {
        const e = await openRef(ref.command);
        expect(cents([figureOf(e)!]), ref.id).toBe(cents([ref.amount!]));
      }
    }, 60_000);
  }
});

describe('explain in every format', () => {
  const args = ['explain', '--demo', '--function', 'Sales', '--period', 'fiscal-quarter', 'FY2027-Q3'];
  it('csv: the contributions add up to report --by function --period fiscal-quarter', async () => {
    const report = (await run(['report', '--demo', '--by', 'function', '--period', 'fiscal-quarter', '--format', 'csv'])).stdout;
    const want = report.split('\n').find((l) => l.startsWith('Sales,FY2027-Q3,'))!.split(',')[2]!;
    const csv = (await run([...args, '--format', 'csv'])).stdout.trim().split('\n');
    const head = csv[0]!.split(',');
    const at = head.indexOf('amount_exact') >= 0 ? head.indexOf('amount_exact') : head.indexOf('amount');
    // a naive split is enough: the amount columns come before any free text? no — parse properly
    const { parse } = await import('csv-parse/sync');
    const rows = parse(csv.join('\n'), { columns: true }) as Record<string, string>[];
    expect(at).toBeGreaterThan(0);
    expect(cents(rows.map((r) => r.amount_exact || r.amount!))).toBe(cents([want]));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['line', 'allocation']));
  });
  it('markdown and table: the figure and its two parts', async () => {
    for (const format of ['markdown', 'table']) {
      const out = (await run([...args, '--format', format])).stdout;
      expect(out).toMatch(/Direct lines \(\d+\)/);
      expect(out).toMatch(/Allocated from shared costs \(\d+ amounts\)/);
      expect(out).toContain('Weights of each month');
      expect(out).toContain('Product 60 · Sales 15 · Operations 15 · Customer Support 10');
    }
  });
});

describe('board refs carry the board options that change a figure', () => {
  it('--to, --growth: the outlook ref reruns the same forecast and gives the same outlook', async () => {
    const r = await run(['board', '--demo', '--to', '2026-09-30', '--growth', '5%', '--growth', 'ai-features=40%', '--format', 'json']);
    const board = JSON.parse(r.stdout) as JsonReport;
    const outlook = board.refs!.find((x) => x.id === 'board:outlook')!;
    expect(outlook.command).toContain("--growth 5% --growth ai-features=40%");
    const e = await openRef(outlook.command);
    expect(e.parameters.outlook).toBe(outlook.amount);
    const month = board.refs!.find((x) => x.id === 'board:spend-month')!;
    expect(month.command).toContain('--period month 2026-09 --to 2026-09-30');
    expect(cents([(await openRef(month.command)).parameters.total!])).toBe(cents([month.amount!]));
  }, 60_000);
});
