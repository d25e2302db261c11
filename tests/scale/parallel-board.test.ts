/**
 * board and savings on several threads give the one-thread output byte for byte: on a file split
 * into parts and on several files (the size threshold lowered).
 */
import { describe, expect, it } from 'vitest';
import { built, useData } from './parallel-data.js';

const data = useData();
const run = data.run;

describe.skipIf(!built)('board and savings on two threads', () => {
  // facts, savings records and rule coverage merged in file order; one case each, each bounded
  it.each([
    ['board, a split file', ['board', 'lines.csv', '-c', 'rules.yaml', '--format', 'json']],
    ['board, several files', ['board', 'a.csv', 'b.csv', 'c.csv', '-c', 'rules.yaml', '--format', 'markdown']],
    ['savings, several files', ['savings', 'a.csv', 'b.csv', 'c.csv', '-c', 'rules.yaml', '--format', 'csv']],
    // a split file: evidence lines from the workers' parts are the whole file's lines
    ['savings, a split file', ['savings', 'lines.csv', '-c', 'rules.yaml', '--format', 'csv']],
  ])('%s', (_name, args) => {
    const one = run(args, '1');
    expect(one.status, one.stderr).toBe(0);
    expect(run(args, '2')).toEqual(one);
  });
});
