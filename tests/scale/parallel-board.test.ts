/**
 * board and savings on several threads give the one-thread output byte for byte: on a file split
 * into parts and on several files (the size threshold lowered).
 */
import { describe, expect, it } from 'vitest';
import { built, useData } from './parallel-data.js';

const data = useData();
const run = data.run;

describe.skipIf(!built)('board and savings on two threads', () => {
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
  });});
