/**
 * variance and forecast on several threads give the one-thread output byte for byte: on a file
 * split into parts and on several files (the size threshold lowered).
 */
import { describe, expect, it } from 'vitest';
import { built, useData } from './parallel-data.js';

const data = useData();
const run = data.run;

describe.skipIf(!built)('variance and forecast on two threads', () => {
  it.each([
    ['variance by vendor, a split file', ['variance', 'lines.csv', '-c', 'rules.yaml', '--by', 'vendor', '--format', 'csv']],
    ['variance by function against last year, several files', ['variance', 'a.csv', 'b.csv', 'c.csv', '-c', 'allocated.yaml', '--by', 'function', '--against', 'last-year', '--format', 'json']],
    ['forecast, several files', ['forecast', 'a.csv', 'b.csv', 'c.csv', '-c', 'rules.yaml', '--format', 'csv']],
  ])('%s', (_name, args) => {
    const one = run(args, '1');
    expect(one.status, one.stderr).toBe(0);
    expect(run(args, '2')).toEqual(one);
  });
  it('variance on the demo (quantities: price and volume need the item grain merged exactly)', () => {
    const demo = ['variance', '--demo', '--against', 'last-year', '--format', 'csv'];
    const one = run(demo, '1');
    expect(one.stdout).toMatch(/price/);
    expect(run(demo, '3')).toEqual(one);
  });
});
