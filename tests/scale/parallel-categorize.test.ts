/**
 * categorize --format csv on several threads: each part of a split file writes its rows to a
 * temporary file, copied out in file order; the output is the one-thread output byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { built, LINES, useData } from './parallel-data.js';

const data = useData();
const run = data.run;

describe.skipIf(!built)('categorize on several threads', () => {
  it('writes the one-thread bytes, to stdout and with -o, and leaves no part files behind', () => {
    const args = ['categorize', 'lines.csv', '-c', 'rules.yaml', '--format', 'csv'];
    const one = run(args, '1');
    expect(one.status, one.stderr).toBe(0);
    // rows past the first part, with the file's own line numbers
    expect(one.stdout.split('\n').length).toBeGreaterThan(LINES);
    // the last row of the file (appended after the generated lines) with its physical line
    const last = readFileSync(join(data.dir, 'lines.csv'), 'utf8').split('\n').findIndex((l) => l.startsWith('2025-03-03,Acme,"ok, fine"')) + 1;
    expect(last).toBeGreaterThan(LINES);
    expect(one.stdout).toContain(`\nlines.csv,${last},`);
    expect(run(args, '2')).toEqual(one);
    const written = run([...args, '-o', 'out.csv'], '3');
    expect(written.status, written.stderr).toBe(0);
    expect(readFileSync(join(data.dir, 'out.csv'), 'utf8')).toBe(one.stdout);
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('techspend-rows-'))).toEqual([]);
    // no temporary folder to write the parts to: one thread writes straight out
    expect(run(args, '2', { TMPDIR: join(data.dir, 'no-such-folder') })).toEqual(one);
  });
  it('with a rejected row in the main thread\'s part', () => {
    const args = ['categorize', 'early.csv', '-c', 'rules.yaml', '--format', 'csv'];
    const one = run(args, '1');
    expect(one.stderr).toMatch(/early\.csv:2/);
    expect(run(args, '3')).toEqual(one);
  });
});
