/**
 * variance, forecast and board on several threads give the one-thread output byte for byte: on a
 * file split into parts and on several files (the size threshold lowered).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
      ['savings', 'early.csv', '-c', 'rules.yaml', '--format', 'json'],
    ]) {
      const one = run(args, '1');
      expect(one.status, one.stderr).toBe(0);
      expect(run(args, '2')).toEqual(one);
    }
  });
  it('categorize --format csv: each part writes its rows, copied out in file order (stdout and -o)', () => {
    for (const file of ['lines.csv', 'early.csv']) {
      const args = ['categorize', file, '-c', 'rules.yaml', '--format', 'csv'];
      const one = run(args, '1');
      expect(one.status, one.stderr).toBe(0);
      // rows past the first part, with their own line numbers
      expect(one.stdout.split('\n').length).toBeGreaterThan(12_000);
      expect(one.stdout).toMatch(/,1200\d,/);
      expect(run(args, '2')).toEqual(one);
      expect(run(args, '3')).toEqual(one);
      const written = run([...args, '-o', `out-${file}`], '3');
      expect(written.status, written.stderr).toBe(0);
      expect(readFileSync(join(dir, `out-${file}`), 'utf8')).toBe(one.stdout);
    }
    // no part files left behind
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('techspend-rows-'))).toEqual([]);
    // no temporary folder to write the parts to: one thread writes straight out
    const args = ['categorize', 'lines.csv', '-c', 'rules.yaml', '--format', 'csv'];
    expect(runIn(dir, args, '2', { TMPDIR: join(dir, 'no-such-folder') })).toEqual(run(args, '1'));
  });
});
