/**
 * variance, forecast and board on several threads give the one-thread output byte for byte: on a
 * file split into parts and on several files (the size threshold lowered).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { built, makeData, runIn } from './parallel-data.js';

let dir = '';
beforeAll(async () => {
  dir = await makeData();
});
const run = (args: string[], threads: string) => runIn(dir, args, threads);

describe.skipIf(!built)('the other commands on two threads', () => {
  it('variance and forecast too, on a split file and on several files', () => {
    for (const args of [
      ['variance', 'lines.csv', '-c', 'rules.yaml', '--by', 'vendor', '--format', 'csv'],
      ['variance', 'a.csv', 'b.csv', 'c.csv', '-c', 'allocated.yaml', '--by', 'function', '--against', 'last-year', '--format', 'json'],
      ['forecast', 'a.csv', 'b.csv', 'c.csv', '-c', 'rules.yaml', '--format', 'csv'],
    ]) {
      const one = run(args, '1');
      expect(one.status, one.stderr).toBe(0);
      expect(run(args, '2')).toEqual(one);
    }
    // the demo's exports carry quantities: price and volume need the item grain merged exactly
    const demo = ['variance', '--demo', '--against', 'last-year', '--format', 'csv'];
    const one = run(demo, '1');
    expect(one.stdout).toMatch(/price/);
    expect(run(demo, '3')).toEqual(one);
  });
  it('board and savings too (facts, savings records and rule coverage merged in file order)', () => {
    for (const args of [
      ['board', 'lines.csv', '-c', 'rules.yaml', '--format', 'json'],
      ['board', 'a.csv', 'b.csv', 'c.csv', '-c', 'rules.yaml', '--format', 'markdown'],
      ['savings', 'a.csv', 'b.csv', 'c.csv', '-c', 'rules.yaml', '--format', 'csv'],
      // a split file: evidence lines from the workers' parts are the whole file's lines
      ['savings', 'lines.csv', '-c', 'rules.yaml', '--format', 'csv'],
    ]) {
      const one = run(args, '1');
      expect(one.status, one.stderr).toBe(0);
      expect(run(args, '2')).toEqual(one);
    }
  });
  it('savings with its lines spilled to disk, on one thread and on two (parts appended in file order)', () => {
    const args = ['savings', 'lines.csv', '-c', 'rules.yaml', '--format', 'csv'];
    const memory = run(args, '1');
    expect(memory.status, memory.stderr).toBe(0);
    const spill = { TECHSPEND_SPILL_LINES: '97' };
    expect(runIn(dir, args, '1', spill)).toEqual(memory);
    expect(runIn(dir, args, '2', spill)).toEqual(memory);
    // no temporary folder for the parts' lines nor for the spill: one thread, all in memory
    expect(runIn(dir, args, '2', { ...spill, TMPDIR: join(dir, 'no-such-folder') })).toEqual(memory);
  });
});
