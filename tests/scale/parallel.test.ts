/**
 * Two threads give the one-thread output byte for byte: the built CLI runs `report` on a file
 * split into parts (the size threshold lowered), with quoted newlines, CRLF-free LF lines and
 * rejected rows whose line numbers must stay the file's own.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { splitAtRecords } from '../../src/io/workers/split.js';
import { built, LINES, useData } from './parallel-data.js';

const data = useData();
const run = data.run;

describe.skipIf(!built)('report on two threads', () => {
  // one format: the renderers read the same report whatever the threads
  for (const format of ['csv']) {
    it(`is byte-identical to one thread (${format})`, () => {
      const args = ['report', 'lines.csv', '-c', 'rules.yaml', '--by', 'category', '--period', 'month', '--format', format];
      const one = run(args, '1');
      const two = run(args, '2');
      expect(one.status).toBe(0);
      expect(two).toEqual(one);
      // the unreadable row appended after the generated lines, at its physical line in the file
      // (generated descriptions hold line breaks too), which lies in the last part
      const at = readFileSync(join(data.dir, 'lines.csv'), 'utf8').split('\n').findIndex((l) => l.startsWith('2025-03-01,Acme,"multi')) + 1;
      expect(at).toBeGreaterThan(LINES);
      if (format === 'csv') expect(one.stderr).toMatch(new RegExp(`lines\\.csv:${at}: .*rejected: cannot read amount "not-a-number"`));
    });
  }
  it('a total row at the end of a split file is skipped as on one thread (the part that holds it hands the file back to one thread)', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `2025-01-${String((i % 28) + 1).padStart(2, '0')},Vendor ${i % 50},10.00`);
    writeFileSync(join(data.dir, 'with-total.csv'), ['Date,Vendor,Amount', ...rows, 'Total,,"40,000.00"', ''].join('\n'));
    const args = ['report', 'with-total.csv', '--by', 'vendor', '--format', 'json', '-q'];
    const one = run(args, '1');
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).reconciliation).toMatchObject({ rowsRead: 4001, rowsUsed: 4000, rowsRejected: 0, summaryRows: 1, inputTotal: '40000.00' });
    expect(run(args, '2')).toEqual(one);
  });
  it('with a rejected row in the first part and an allocated shared category', () => {
    const args = ['report', 'early.csv', '-c', 'allocated.yaml', '--by', 'function', '--period', 'month', '--format', 'csv'];
    const one = run(args, '1');
    expect(one.status).toBe(0);
    expect(one.stderr).toMatch(/early\.csv:2: .*cannot read amount/);
    expect(run(args, '2')).toEqual(one);
  });
  it('with several files: overlapping lines and double counts found as on one thread', () => {
    const args = ['report', 'a.csv', 'b.csv', 'c.csv', '-c', 'rules.yaml', '--by', 'category', '--period', 'month', '--format', 'csv'];
    const one = run(args, '1');
    expect(one.status).toBe(0);
    expect(one.stderr).toMatch(/c\.csv:\d+: same line as a\.csv:\d+/);
    expect(one.stderr).toMatch(/Zeta Doublecount.*2025-05.*look like the same spend/);
    expect(one.stderr).toMatch(/c\.csv:\d+: .*cannot read amount/);
    expect(run(args, '2')).toEqual(one);
    expect(run(args, '3')).toEqual(one);
  });
  it('by vendor and by pool too', () => {
    const args = ['report', 'lines.csv', '-c', 'rules.yaml', '--by', 'vendor', '--by', 'pool', '--period', 'quarter', '--format', 'csv'];
    expect(run(args, '3')).toEqual(run(args, '1'));
  });
});

describe('splitting a CSV at record boundaries', () => {
  const text = [
    'a,b,c',
    ...Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? `${i},"line\nbreak, ""quoted""\n",x` : i % 11 === 0 ? `${i},5" screen,"y"` : `${i},plain,z`)),
  ].join('\n') + '\n';

  it('never cuts inside a quoted field, and each part starts on its physical line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'techspend-split-')), 's.csv');
    writeFileSync(file, text);
    const bytes = readFileSync(file);
    const headerEnd = bytes.indexOf(0x0a) + 1;
    const whole = parse(bytes.subarray(headerEnd), { relax_quotes: true, relax_column_count: true }) as string[][];
    for (const n of [2, 3, 5, 8]) {
      const parts = splitAtRecords(file, bytes.length, headerEnd, 2, n, 0x2c)!;
      expect(parts).toHaveLength(n);
      const records: string[][] = [];
      for (const p of parts) {
        const chunk = bytes.subarray(p.start, p.end);
        records.push(...(parse(chunk, { relax_quotes: true, relax_column_count: true }) as string[][]));
        const before = bytes.subarray(0, p.start).toString().split('\n').length;
        expect(p.firstLine).toBe(before);
      }
      expect(records).toEqual(whole);
    }
  });

  it('declines a file whose quotes never close', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'techspend-split-')), 'bad.csv');
    writeFileSync(file, 'a,b\n1,"open\n' + '2,x\n'.repeat(200));
    expect(splitAtRecords(file, readFileSync(file).length, 4, 2, 2, 0x2c)).toBeUndefined();
  });
});
