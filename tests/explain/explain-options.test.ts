/** explain's option surface: period forms and aliases, usage errors (exit 2), rejected lines only when asked. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const FOUNDATION = resolve(import.meta.dirname, '../../fixtures/cases/foundation');
const DEMO = resolve(import.meta.dirname, '../../fixtures/demo');
const csvAmounts = (out: string) => out.trim().split('\n').length - 1;

describe('explain: naming a period', () => {
  it('--period with or without its kind, and --month, name the same cell', async () => {
    const outs = await Promise.all(
      [
        ['--period', '2026-02'],
        ['--period', 'month', '2026-02'],
        ['--month', '2026-02'],
      ].map((p) => runCli(['explain', 'gl.csv', 'card.csv', '--category', 'collab', ...p, '--format', 'csv', '--quiet'], FOUNDATION)),
    );
    expect(outs.map((o) => o.code)).toEqual([0, 0, 0]);
    expect(outs[1]!.stdout).toBe(outs[0]!.stdout);
    expect(outs[2]!.stdout).toBe(outs[0]!.stdout);
    expect(csvAmounts(outs[0]!.stdout)).toBeGreaterThan(0);
  });

  it('inputs written after --period are inputs, not periods', async () => {
    const before = await runCli(['explain', 'gl.csv', 'card.csv', '--period', 'FY2026', '--format', 'csv', '--quiet'], FOUNDATION);
    const after = await runCli(['explain', '--period', 'FY2026', 'gl.csv', 'card.csv', '--format', 'csv', '--quiet'], FOUNDATION);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toBe(before.stdout);
  });

  it.each([
    [['--period', 'quarter', 'FY2027'], /--period quarter FY2027: FY2027 is a fiscal-year/],
    [['--period', 'fiscal-year'], /--period fiscal-year needs the period itself/],
    [['--period', '2026-13'], /"2026-13" is not a period/],
    [['--period', '2026-10', '--month', '2026-10'], /--period or --month, not both/],
    [['--function', 'Salse'], /--function: unknown "Salse".*did you mean "Sales"/],
    [['--category', 'nope'], /--category: unknown "nope"/],
    [['--pool', 'clod'], /--pool: unknown "clod"/],
    [['--investment', 'walk'], /--investment: unknown "walk"/],
    [['--as', 'variance', '--function', 'Sales'], /--as must be report or board/],
    [['--line', 'demo/gl-detail.csv:12', '--function', 'Sales'], /--line explains one line/],
    [[], /explain needs --line <file:n>, or a figure/],
    [['--variance', 'checkout', '--forecast'], /give one of --variance, --forecast, --budget-to-date and --savings/],
  ])('usage error %j → exit 2, one clear line', async (args, message) => {
    const r = await runCli(['explain', '--demo', ...args], DEMO);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('explain: rejected lines only when asked', () => {
  it('--include-rejected lists them (file:line, reason), without it they are left out', async () => {
    const plain = await runCli(['explain', 'gl.csv', 'card.csv', '--period', 'FY2026', '--format', 'json', '--quiet'], FOUNDATION);
    const asked = await runCli(['explain', 'gl.csv', 'card.csv', '--period', 'FY2026', '--include-rejected', '--format', 'json', '--quiet'], FOUNDATION);
    const ids = (o: string) => (JSON.parse(o) as { sections: { id: string }[] }).sections.map((s) => s.id);
    expect(ids(plain.stdout)).not.toContain('rejected');
    expect(ids(asked.stdout)).toContain('rejected');
    const rejected = (JSON.parse(asked.stdout) as { sections: { id: string; rows: Record<string, string>[] }[] }).sections.find((s) => s.id === 'rejected')!;
    expect(rejected.rows.map((r) => `${r.source}:${r.line}`)).toEqual(['gl.csv:11', 'card.csv:5']);
    // the figure is the same: rejected lines are in no figure
    const total = (o: string) => (JSON.parse(o) as { parameters: Record<string, string> }).parameters.total;
    expect(total(asked.stdout)).toBe(total(plain.stdout));
  });
});

describe('explain --vendor: a report cell, or lines by part of the name', () => {
  it('a catalog name matches every spelling of the vendor (as report --by vendor groups them)', async () => {
    const r = await runCli(['explain', '--demo', '--vendor', 'slack', '--period', '2026-10', '--format', 'csv', '--quiet'], DEMO);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SLACK T02ABCDEF');
  });
  it('no vendor of that name: lines of vendors whose name contains it, said so', async () => {
    const r = await runCli(['explain', '--demo', '--vendor', 'amzn', '--format', 'markdown', '--quiet'], DEMO);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No vendor is named "amzn": these are the lines of every vendor whose name contains it/);
  });
});

describe('explain: excluded lines only when asked', () => {
  const SCOPE = resolve(import.meta.dirname, '../../fixtures/cases/scope');
  it('--include-excluded lists the out-of-scope lines of the period apart; the figure stays technology spend', async () => {
    const plain = await runCli(['explain', 'ledger.csv', '--period', '2026-01', '--format', 'json', '--quiet'], SCOPE);
    const asked = await runCli(['explain', 'ledger.csv', '--period', '2026-01', '--include-excluded', '--format', 'json', '--quiet'], SCOPE);
    type J = { parameters: Record<string, string>; sections: { id: string; rows: Record<string, string>[] }[] };
    const p = JSON.parse(plain.stdout) as J;
    const a = JSON.parse(asked.stdout) as J;
    expect(p.sections.map((s) => s.id)).not.toContain('excluded');
    // ledger.csv: rent (line 3), a grant (line 5) and a staff lunch (line 7) are out of scope in January
    expect(a.sections.find((s) => s.id === 'excluded')!.rows.map((r) => `${r.source}:${r.line}`)).toEqual(['ledger.csv:3', 'ledger.csv:5', 'ledger.csv:7']);
    expect(a.parameters.total).toBe(p.parameters.total);
    expect(p.parameters.total).toBe('1350.50');
  });
});
