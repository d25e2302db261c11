/**
 * Options mean what they say (issue 14): every --fail-on condition trips when its figure crosses
 * the threshold; an option a command cannot honour is a usage error; -o picks the format from the
 * extension; -q prints only the report and errors; tripped checks and changes since the last run
 * head the Markdown.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = () => mkdtempSync(join(tmpdir(), 'techspend-options-'));

describe('--fail-on trips when its figure crosses the threshold', () => {
  it('duplicates>0: the demo has a likely double count (Vercel in the card file and the GL); it is in JSON warnings', async () => {
    const r = await runCli(['report', '--demo', '--format', 'json', '--fail-on', 'duplicates>0'], ROOT);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('--fail-on duplicates>0: 1 likely double count across sources');
    const json = JSON.parse(r.stdout) as { warnings: string[] };
    expect(json.warnings.some((w) => /Vercel 2026-09: .*likely double count/.test(w))).toBe(true);
  });

  it('budget-overrun>5% honours --budget and phases an annual budget to date', async () => {
    const dir = tmp();
    // FY2027 = Feb 2026 – Jan 2027; by October 2026, 9 of 12 months: 360,000 × 9/12 = 270,000 to date,
    // against 319,956.58 of Data & Analytics spend (304,961.58 + Tableau's annual bill 14,995.00, PLANTED.md;
    // 49,956.58 / 270,000 = 18.5% over). A year-end comparison would not trip.
    writeFileSync(join(dir, 'annual.csv'), 'category,period,amount\ndata-analytics,FY2027,360000\n');
    const over = await runCli(['report', '--demo', '--budget', join(dir, 'annual.csv'), '--fail-on', 'budget-overrun>5%'], ROOT);
    expect(over.code).toBe(3);
    expect(over.stderr).toMatch(/Data & Analytics is 18\.5% over its FY2027 to date \(2026-02 to 2026-10\) budget \(USD 319,956\.5\d vs USD 270,000\.00\)/);
    writeFileSync(join(dir, 'generous.csv'), 'category,period,amount\ndata-analytics,FY2027,420000\n');
    const under = await runCli(['report', '--demo', '--budget', join(dir, 'generous.csv'), '--fail-on', 'budget-overrun>5%'], ROOT);
    expect(under.stderr).not.toContain('--fail-on budget-overrun');
    expect(under.code).toBe(0);
  });

  it('tripped conditions head the Markdown as a Checks block, and go to stderr', async () => {
    const r = await runCli(['board', '--demo', '--fail-on', 'duplicates>0', '--fail-on', 'total>99999999'], ROOT);
    expect(r.code).toBe(3);
    const firstSection = r.stdout.split('\n').find((l) => l.startsWith('## '));
    expect(firstSection).toBe('## Checks: 1 of 2 tripped');
    expect(r.stdout).toMatch(/\| --fail-on duplicates&gt;0 \| TRIPPED \| 1 likely double count across sources \|/);
    expect(r.stdout).toMatch(/\| --fail-on total&gt;99999999 \| ok \|/);
    expect(r.stderr).toContain('techspend: --fail-on duplicates>0');
  });
});

describe('an option a command cannot honour is a usage error', () => {
  for (const [args, message] of [
    [['validate', '--demo', '--strict'], '--strict does not apply to validate'],
    [['explain', '--demo', '--line', 'demo/gl-detail.csv:12', '--fail-on', 'total>0'], '--fail-on does not apply to explain'],
    [['report', '--demo', '--quiet-unchanged'], '--quiet-unchanged needs --compare-to'],
  ] as const) {
    it(args.join(' '), async () => {
      const r = await runCli([...args], ROOT);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    });
  }
});

describe('-o and -q', () => {
  it('-o board.html writes HTML, -o x.md Markdown, unless --format says otherwise', async () => {
    const dir = tmp();
    expect((await runCli(['board', '--demo', '-o', join(dir, 'board.html')], ROOT)).code).toBe(0);
    expect(readFileSync(join(dir, 'board.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect((await runCli(['report', '--demo', '-o', join(dir, 'r.json')], ROOT)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).version).toBe(1);
    expect((await runCli(['report', '--demo', '-o', join(dir, 'r.csv')], ROOT)).code).toBe(0);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toMatch(/^category,period,amount,share\r?\n/);
    expect((await runCli(['board', '--demo', '--format', 'markdown', '-o', join(dir, 'b.html')], ROOT)).code).toBe(0);
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toMatch(/^# Technology spend/);
  });

  it('-q prints only the report and errors', async () => {
    const r = await runCli(['board', '--demo', '-q'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('--compare-to', () => {
  it("board reads its own JSON; a report's JSON gets a clear message", async () => {
    const dir = tmp();
    await runCli(['board', '--demo', '--format', 'json', '-o', join(dir, 'board.json')], ROOT);
    const same = await runCli(['board', '--demo', '--compare-to', join(dir, 'board.json')], ROOT);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No figure changed since');
    await runCli(['report', '--demo', '--format', 'json', '-o', join(dir, 'report.json')], ROOT);
    const other = await runCli(['board', '--demo', '--compare-to', join(dir, 'report.json')], ROOT);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/holds a saved `report` run; `board` compares with its own saved output .*techspend board .* --format json -o /);
  });

  it('"Changes since" comes right after the headline, with category names', async () => {
    const dir = tmp();
    await runCli(['report', '--demo', '--to', '2026-09-30', '--format', 'json', '-o', join(dir, 'last.json')], ROOT);
    const r = await runCli(['report', '--demo', '--format', 'markdown', '--compare-to', join(dir, 'last.json')], ROOT);
    expect(r.code).toBe(0);
    const firstSection = r.stdout.split('\n').find((l) => l.startsWith('## '));
    expect(firstSection).toBe(`## Changes since ${join(dir, 'last.json')}`);
    expect(r.stdout).toMatch(/\| Data & Analytics \| 2026-10 \|/);
    expect(r.stdout).not.toMatch(/\| data-analytics \|/);
  });
});
