/**
 * Two exports with months between them that no line is dated in: those months are "no data", not
 * zero spend, in every command (period/coverage.ts gaps). Fixture tests/fixtures/coverage-gap:
 * early.csv, January to March 2026: Slack 1,000.00 on the 5th, AWS 2,000.00 on the 15th, rent
 * (excluded) 500.00 on the 25th; late.csv: June 2026 Slack 1,000.00, AWS 2,600.00, rent 500.00,
 * then 2026-07-05 Slack 1,000.00 and 2026-07-08 AWS 300.00. Distinct dates every 10 days (median;
 * slack 15): 2026-03-25 → 2026-06-05 is 72 days, April and May have no line of any row: one gap;
 * July ends 23 days short of the month end: partial. Expected figures worked out by hand:
 * technology by month 2026-01/02/03 3,000.00 each, 2026-06 3,600.00, 2026-07 1,300.00.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/coverage-gap');
const FILES = ['early.csv', 'late.csv'];

async function run(args: string[], cwd = FIXTURE) {
  const r = await runCli(args, cwd);
  expect(r.code, r.stderr).toBe(0);
  return r;
}
/** The report's warnings (csv output carries none: they are in json and under the other formats) */
async function warnings(args: string[]): Promise<string[]> {
  return (JSON.parse((await run([...args, '--format', 'json'])).stdout) as { warnings: string[] }).warnings;
}
const rows = (out: string) => parse(out, { columns: true }) as Record<string, string>[];

/** The fixture with its config and early.csv, plus files written here. */
function withFiles(extra: Record<string, string>, keep: readonly string[] = ['early.csv']): string {
  const dir = mkdtempSync(join(tmpdir(), 'ts-gap-'));
  for (const f of ['techspend.yaml', ...keep]) copyFileSync(join(FIXTURE, f), join(dir, f));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('board with a gap inside the data', () => {
  it('FY to date names a gap only as far as it lies in the year (a gap from the year before starts at January)', async () => {
    // lines on the 5th, 15th and 25th: September to November 2025, then March to May 2026; December
    // to February have none. FY2026 (January start) to date is January to May: its gap is January to February
    const month = (m: string) => ['05', '15', '25'].map((d) => `${m}-${d},Slack,Chat seats,100.00`).join('\n');
    const dir = withFiles(
      {
        'old.csv': `Date,Vendor,Memo,Amount\n${['2025-09', '2025-10', '2025-11'].map(month).join('\n')}\n`,
        'new.csv': `Date,Vendor,Memo,Amount\n${['2026-03', '2026-04', '2026-05'].map(month).join('\n')}\n`,
      },
      [],
    );
    const r = await run(['board', 'old.csv', 'new.csv', '--format', 'markdown'], dir);
    expect(r.stdout).toContain('FY2026 to date (March 2026 to May 2026; no data for 2026-01 to 2026-02): $900;');
    expect(r.stdout).not.toContain('no data for 2025-12');
  });

  it('reports June and says May has no data instead of comparing with $0', async () => {
    const { stdout } = await run(['board', ...FILES, '--format', 'markdown']);
    expect(stdout).toContain('- Technology spend in June 2026 was $3.6k; no data for May 2026 to compare with: no lines are dated 2026-04 to 2026-05: the data stops on 2026-03-25 and resumes on 2026-06-05.');
    expect(stdout).not.toContain('on May 2026.');
    // Jan-Mar 9,000.00 + June 3,600.00
    expect(stdout).toContain('- FY2026 to date (January 2026 to June 2026; no data for 2026-04 to 2026-05): $12.6k;');
    // the month-on-month part names no mover against a base with no data
    expect(stdout).not.toMatch(/Cloud is new|Collaboration is new/);
    // the trend marks the two months as no data, not 0.00
    expect(stdout).toContain('| 2026-04 |  | no data |');
    expect(stdout).toContain('| 2026-05 |  | no data |');
    expect(stdout).toContain('| 2026-06 | 3,600.00 |  |');
    // the run rate rests on June alone (April and May skipped, not averaged in as zeros): 3,600.00 × 12
    expect(stdout).toContain('- Next fiscal year (FY2027) on today\'s run rate: $43.2k.');
    expect(stdout).toContain('The run rate rests on 1 month only (2026-06), not 3: no lines are dated 2026-04 to 2026-05');
  });

  it('with the latest complete month in the gap, takes the last month with data before it', async () => {
    // early.csv and a partial July only: June (the latest complete month) has no line, nor April or May
    const dir = withFiles({ 'july.csv': 'Date,Vendor,Memo,Amount\n2026-07-01,Slack,Chat seats,1000.00\n2026-07-08,AWS,Cloud hosting,300.00\n' });
    const { stdout } = await run(['board', 'early.csv', 'july.csv', '--format', 'markdown'], dir);
    expect(stdout).toContain('**month:** 2026-03');
    expect(stdout).toContain('- Technology spend in March 2026 was $3.0k, flat on February 2026.');
    expect(stdout).toContain('2026-07 is partial and left out; the latest complete month with data is 2026-03: no lines are dated 2026-04 to 2026-06: the data stops on 2026-03-25 and resumes on 2026-07-01.');
    expect(stdout).not.toMatch(/Technology spend in June 2026 was \$0/);
  });

  it('with --to in the gap, says there is no data for that month', async () => {
    const dir = withFiles({ 'july.csv': 'Date,Vendor,Memo,Amount\n2026-07-01,Slack,Chat seats,1000.00\n2026-07-28,AWS,Cloud hosting,300.00\n' });
    // --to keeps July out of the scan, so the data ends on 2026-03-25 within the range asked
    const { stdout } = await run(['board', 'early.csv', 'july.csv', '--to', '2026-05-31', '--format', 'markdown'], dir);
    expect(stdout).toContain('- No data for May 2026: the data ends on 2026-03-25. The figures below are zero for want of data, not spend; the latest month with data before it is March 2026.');
    // run rate over March alone (April and May after the data's end are no data): 3,000.00 × 12
    expect(stdout).toContain('on today\'s run rate: $36.0k.');
  });

  it('counts a month with only an excluded line as a month with data', async () => {
    // rent on 2026-04-25 (excluded, in no technology figure) dates April: the gap is May alone
    const dir = withFiles({ 'rent.csv': 'Date,Vendor,Memo,Amount\n2026-04-25,Landlord,Office rent,500.00\n' }, FILES);
    const { stdout } = await run(['board', ...FILES, 'rent.csv', '--format', 'markdown'], dir);
    expect(stdout).toContain('no data for May 2026 to compare with: no lines are dated 2026-05: the data stops on 2026-04-25 and resumes on 2026-06-05.');
    expect(stdout).toContain('| 2026-04 | 0.00 |  |');
    // run rate over April ($0 of technology, a month with data) and June: (0 + 3,600.00) / 2 × 12 = 21,600.00
    expect(stdout).toContain('on today\'s run rate: $21.6k.');
  });
});

describe('variance with a side that has no data', () => {
  it('flags the base month with no data and names no mover', async () => {
    const r = await run(['variance', ...FILES, '--format', 'markdown']);
    expect(r.stdout).toContain('- Technology spend was $3.6k in 2026-06; no data for 2026-05 to compare with: no lines are dated 2026-04 to 2026-05: the data stops on 2026-03-25 and resumes on 2026-06-05. The changes below are against no data, not zero spend.');
    expect(r.stdout).toContain('- no data for 2026-05, the base period: no lines are dated 2026-04 to 2026-05');
    expect(r.stdout).not.toContain('moved by');
  });

  it('keeps the machine rows (base 0.00: nothing dated) and warns in json', async () => {
    const r = await run(['variance', ...FILES, '--format', 'csv']);
    expect(rows(r.stdout).map((x) => [x.category, x.base, x.current, x.change])).toEqual([
      ['cloud', '0.00', '2600.00', '2600.00'],
      ['collaboration', '0.00', '1000.00', '1000.00'],
    ]);
    expect(await warnings(['variance', ...FILES])).toContain('no data for 2026-05, the base period: no lines are dated 2026-04 to 2026-05: the data stops on 2026-03-25 and resumes on 2026-06-05');
  });

  it('explain --variance says the base month has no data', async () => {
    const j = JSON.parse((await run(['explain', ...FILES, '--variance', 'cloud', '--format', 'json'])).stdout) as { warnings: string[] };
    expect(j.warnings).toContain('no data for 2026-05, the base period: no lines are dated 2026-04 to 2026-05: the data stops on 2026-03-25 and resumes on 2026-06-05; its 0.00 is no data, not zero spend');
  });

  it('compares two months that both have data as before', async () => {
    // --to 2026-03-31: March against February, both whole: no warning about data
    const r = await run(['variance', ...FILES, '--to', '2026-03-31', '--format', 'csv']);
    expect((await warnings(['variance', ...FILES, '--to', '2026-03-31'])).join('\n')).not.toContain('no data');
    expect(rows(r.stdout).map((x) => [x.category, x.base, x.current])).toEqual([
      ['cloud', '2000.00', '2000.00'],
      ['collaboration', '1000.00', '1000.00'],
    ]);
  });
});

describe('forecast skips months with no data', () => {
  it('takes the run rate over the months with data in the window', async () => {
    // window 2026-04..06: April and May are no data; June alone. Averaging zeros in gave 866.67 and 333.33
    const r = await run(['forecast', ...FILES, '--format', 'csv']);
    expect(rows(r.stdout).map((x) => [x.category, x.run_rate_monthly, x.forecast])).toEqual([
      ['cloud', '2600.00', '31200.00'],
      ['collaboration', '1000.00', '12000.00'],
    ]);
    expect(await warnings(['forecast', ...FILES])).toContain('the run rate rests on 1 month only (2026-06), not 3: no lines are dated 2026-04 to 2026-05: the data stops on 2026-03-25 and resumes on 2026-06-05');
  });

  it('over six months: four with data', async () => {
    // window 2026-01..06: Jan, Feb, Mar, Jun. Cloud (2,000 × 3 + 2,600) / 4 = 2,150.00; Slack 1,000.00
    const r = await run(['forecast', ...FILES, '--run-rate-months', '6', '--format', 'csv']);
    expect(rows(r.stdout).map((x) => [x.category, x.run_rate_monthly, x.forecast])).toEqual([
      ['cloud', '2150.00', '25800.00'],
      ['collaboration', '1000.00', '12000.00'],
    ]);
    expect(await warnings(['forecast', ...FILES, '--run-rate-months', '6'])).toContain('the run rate rests on 4 months only (2026-01, 2026-02, 2026-03, 2026-06), not 6: no lines are dated 2026-04 to 2026-05: the data stops on 2026-03-25 and resumes on 2026-06-05');
    const md = await run(['forecast', ...FILES, '--run-rate-months', '6', '--format', 'markdown']);
    expect(md.stdout).toContain('a month (mean of 2026-01 to 2026-03, 2026-06) × 12');
  });

  it('a window with no month of data says so, not "no spend"', async () => {
    // --to 2026-05-31 --run-rate-months 1: May, after the data's end (2026-03-25) within the range asked
    const w = await warnings(['forecast', 'early.csv', '--to', '2026-05-31', '--run-rate-months', '1']);
    expect(w).toEqual(['no month with data in the run-rate window (2026-05): the data ends on 2026-03-25; the run rate is zero for want of data, not spend (check --to)']);
  });
});

describe('report by month and validate name the gap', () => {
  it('report: the months with data as columns, the gap said under the table', async () => {
    const r = await run(['report', ...FILES, '--period', 'month', '--format', 'markdown']);
    expect(r.stdout).toContain('| Category | 2026-01 | 2026-02 | 2026-03 | 2026-06 | 2026-07 | Total | Share |');
    expect(r.stdout).toContain('> No data, not zero spend: no lines are dated 2026-04 to 2026-05: the data stops on 2026-03-25 and resumes on 2026-06-05.');
    const csv = await run(['report', ...FILES, '--period', 'month', '--format', 'csv']);
    expect([...new Set(rows(csv.stdout).map((x) => x.period))]).toEqual(['2026-01', '2026-02', '2026-03', '2026-06', '2026-07']);
  });

  it('validate', async () => {
    const r = await run(['validate', ...FILES, '--format', 'markdown']);
    expect(r.stdout).toContain('- Dates 2026-01-05 to 2026-07-08 with a gap: no lines are dated 2026-04 to 2026-05: the data stops on 2026-03-25 and resumes on 2026-06-05.');
  });

  it('a file with no gap says nothing of one', async () => {
    const r = await run(['validate', 'early.csv', '--format', 'markdown']);
    expect(r.stdout).not.toContain('gap');
  });
});
