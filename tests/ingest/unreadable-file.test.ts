/**
 * One unreadable file never hides the others: a folder mixing a register techspend can read with
 * a file it cannot map reports the first, names the second with its reason and row count on
 * stderr and in the reconciliation footer, and exits 1 so CI notices.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { writeFiles } from './helpers.js';

const REGISTER = 'Payment Date,Supplier Name,Amount\n2026-01-05,Acme Ltd,100.00\n2026-01-20,Beta plc,"1,250.50"\n';
const LOOKUP = 'code,name\n1,one\n2,two\n3,three\n';

describe('a folder with a readable and an unreadable file', () => {
  it('report: the readable file is reported, the other named with its reason and rows, exit 1', async () => {
    const f = writeFiles({ 'a-register.csv': REGISTER, 'b-lookup.csv': LOOKUP });
    const r = await runCli(['report', '.', '--by', 'vendor', '--format', 'json', '-q'], f.dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { data: { rows: Record<string, string>[] }; reconciliation: Record<string, unknown> };
    expect(report.data.rows.map((x) => [x.vendor, x.amount]).sort()).toEqual([
      ['Acme Ltd', '100.00'],
      ['Beta plc', '1250.50'],
    ]);
    expect(report.reconciliation).toMatchObject({ rowsRead: 5, rowsUsed: 2, rowsRejected: 0, inputTotal: '1350.50', filesNotRead: [{ source: 'b-lookup.csv', rows: 3, reason: expect.stringMatching(/^no date column found \(columns are: code, name\)/) }] });
    expect(r.stderr).toMatch(/^b-lookup\.csv:1: file not read \(3 rows\): no date column found \(columns are: code, name\); map one under sources: columns: date; no amount column found/m);
    expect(r.stderr.split('\n').filter((l) => l.includes('b-lookup.csv'))).toHaveLength(1);
  });
  it('the table footer counts the file not read and its rows', async () => {
    const f = writeFiles({ 'a-register.csv': REGISTER, 'b-lookup.csv': LOOKUP });
    const r = await runCli(['report', 'a-register.csv', 'b-lookup.csv', '--format', 'markdown', '-q'], f.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Rows read 5, used 2, rejected 0, in files not read 3\./);
    expect(r.stdout).toMatch(/File not read: b-lookup\.csv \(3 rows\): no date column found/);
  });
  it('validate lists it among the problems and never reports fewer rows than the files hold', async () => {
    const f = writeFiles({ 'a-register.csv': REGISTER, 'b-lookup.csv': LOOKUP });
    const r = await runCli(['validate', '.', '--format', 'json', '-q'], f.dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: string[]; sections: { id: string; rows: Record<string, string>[] }[] };
    expect(report.summary[1]).toBe('2 files, 5 rows: 2 used, 0 rejected, 3 in 1 files not read.');
    const problems = report.sections.find((s) => s.id === 'problems')!.rows.map((p) => `${p.where}: ${p.problem}`);
    expect(problems[0]).toMatch(/^b-lookup\.csv:1: file not read: no date column found/);
  });
  it('an ambiguity is named with its candidates and the sources line that settles it', async () => {
    const f = writeFiles({ 'ok.csv': REGISTER, 'two-dates.csv': 'Approval Date,Entry Date,Supplier,Amount\n2026-01-05,2026-01-20,Acme Ltd,100.00\n' });
    const r = await runCli(['report', '.', '--format', 'csv', '-q'], f.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'two-dates.csv:1: file not read (1 rows): 2 columns could be the date ("Approval Date", "Entry Date") and nothing in the header or the values tells them apart; settle it with a sources entry: { files: "**/two-dates.csv", columns: { date: "Approval Date" } } (add a sources entry for it, or leave it out)',
    );
    expect(r.stdout).toMatch(/1350\.50/);
  });
});
