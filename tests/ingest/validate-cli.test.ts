/** validate shows the detected format and mapping, lists unrecognized files and double counts, and goes on. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { writeFiles } from './helpers.js';

describe('validate', () => {
  it('names every file, maps columns, flags double counts, and does not stop at a non-expense CSV', async () => {
    const f = writeFiles({
      'focus.csv': 'BillingCurrency,BilledCost,ChargePeriodStart,ProviderName,ChargeDescription\nUSD,1200.00,2026-01-01 00:00:00,Datadog,APM\n',
      'gl.csv': 'Txn Date,Name,Memo,Amount\n01/31/2026,Datadog,Invoice January,"1,200.00"\n',
      'lookup.csv': 'code,name\n1,one\n',
    });
    const r = await runCli(['validate', '-q', '--format', 'json', 'focus.csv', 'gl.csv', 'lookup.csv'], f.dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { sections: { id: string; rows: Record<string, string>[] }[] };
    const files = report.sections.find((s) => s.id === 'files')!.rows;
    expect(files.map((x) => [x.source, x.format])).toEqual([
      ['focus.csv', 'FinOps FOCUS 1.0'],
      ['gl.csv', 'generic CSV'],
      ['lookup.csv', 'not recognized'],
    ]);
    expect(files[1]!.mapping).toMatch(/^date ← Txn Date \(high\), amount ← Amount \(high\), vendor ← Name \((high|medium)\), description ← Memo \(high\), dates MM\/dd\/yyyy/);
    const doubles = report.sections.find((s) => s.id === 'double-counts')!.rows;
    expect(doubles).toHaveLength(1);
    expect(doubles[0]).toMatchObject({ vendor: expect.stringMatching(/datadog/i), month: '2026-01', keptLines: 'focus.csv:2', otherLines: 'gl.csv:2' });
    const problems = report.sections.find((s) => s.id === 'problems')!.rows.map((p) => `${p.where}: ${p.problem}`);
    expect(problems).toContain('lookup.csv:1: file not read: no date column found (columns are: code, name); map one under sources: columns: date; no amount column found (columns are: code, name); map one under sources: columns: amount (or debit and credit)');
    // the rows of the file not read are counted, never hidden
    expect(files[2]).toMatchObject({ rows: '1', used: '0' });
  });
});
