import { describe, expect, it } from 'vitest';
import { scanInputs } from '../../src/io/scan.js';
import { add, toFixed, ZERO, type Decimal } from '../../src/money/decimal.js';
import { testConfig, writeFiles } from './helpers.js';

const files = writeFiles({
  // the GL books the AWS invoice once a month
  'gl.csv': 'Date,Vendor,Description,Account,Amount\n2026-01-31,Amazon Web Services,AWS invoice January,6400,"1,234.56"\n2026-01-31,Acme Consulting,Advisory,6500,500.00\n',
  // the billing export behind it: many lines, same vendor and month, same total (± rounding)
  'billing.csv':
    'Date,Vendor,Description,Amount\n' +
    '2026-01-03,Amazon Web Services,EC2,600.001\n2026-01-09,Amazon Web Services,S3,400.20\n2026-01-20,Amazon Web Services,RDS,234.36\n' +
    '2026-02-03,Amazon Web Services,EC2,99.00\n',
  // a card charge for another vendor in the same month is not a double count
  'card.csv': 'Date,Merchant,Amount\n2026-01-12,Acme Consulting,120.00\n',
});

async function scan(dedupe: boolean) {
  let total: Decimal = ZERO;
  const lines: string[] = [];
  const { reconciliation } = await scanInputs(
    [files.path('gl.csv'), files.path('billing.csv'), files.path('card.csv')],
    testConfig(),
    {
      line: (l, booked) => {
        total = add(total, booked);
        lines.push(`${l.source.split('/').pop()}:${l.line}`);
      },
    },
    { dedupe, displayName: (p) => p.split('/').pop()! },
  );
  return { reconciliation, total, lines };
}

describe('double-count guard', () => {
  it('reports the same vendor and month in two sources, with both sides and their lines', async () => {
    const { reconciliation: rec } = await scan(false);
    expect(rec.doubleCounts).toHaveLength(1);
    const d = rec.doubleCounts[0]!;
    expect(d.month).toBe('2026-01');
    expect(d.kept.source).toBe('billing.csv');
    expect(d.kept.lines).toBe(3);
    expect(d.kept.refs.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(d.dropped.source).toBe('gl.csv');
    expect(d.dropped.refs).toEqual([{ source: 'gl.csv', line: 2 }]);
    expect(toFixed(d.dropped.total)).toBe('1234.56');
  });
  it('--dedupe keeps the more detailed source and accounts for what it left out', async () => {
    const plain = await scan(false);
    const { reconciliation: rec, total, lines } = await scan(true);
    expect(lines).not.toContain('gl.csv:2');
    expect(lines).toContain('gl.csv:3');
    expect(rec.rowsDeduplicated).toBe(1);
    expect(rec.rowsRead).toBe(plain.reconciliation.rowsRead);
    expect(rec.rowsRead).toBe(rec.rowsUsed + rec.rowsRejected + rec.rowsOutOfRange + rec.rowsDeduplicated);
    expect(toFixed(total, 3)).toBe('1953.561');
  });
  it('totals that differ by more than the tolerance are not flagged', async () => {
    const f = writeFiles({ 'a.csv': 'Date,Vendor,Amount\n2026-01-01,Datadog,100.00\n', 'b.csv': 'Date,Vendor,Amount\n2026-01-05,Datadog Inc.,103.00\n' });
    const { reconciliation } = await scanInputs([f.path('a.csv'), f.path('b.csv')], testConfig(), { line: () => {} });
    expect(reconciliation.doubleCounts).toEqual([]);
    const g = writeFiles({ 'a.csv': 'Date,Vendor,Amount\n2026-01-01,Datadog,1000.00\n', 'b.csv': 'Date,Vendor,Amount\n2026-01-05,"DATADOG, INC.",1004.00\n' });
    const again = await scanInputs([g.path('a.csv'), g.path('b.csv')], testConfig(), { line: () => {} });
    expect(again.reconciliation.doubleCounts).toHaveLength(1);
  });
});
