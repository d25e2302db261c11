/**
 * Two threads give the one-thread output byte for byte: the built CLI runs `report` on a file
 * split into parts (the size threshold lowered), with quoted newlines, CRLF-free LF lines and
 * rejected rows whose line numbers must stay the file's own.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitAtRecords } from '../../src/io/workers/split.js';
// @ts-expect-error plain ESM module without types
import { rulesYaml, writeLines } from '../../bench/generate.mjs';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/techspend.js');
const built = existsSync(join(root, 'dist/io/workers/scan-worker.js'));
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'techspend-scale-'));
  await writeLines(12_000, join(dir, 'lines.csv'), 11);
  // rows that cannot be read, late in the file: their line numbers must be the file's
  appendFileSync(join(dir, 'lines.csv'), '2025-03-01,Acme,"multi\nline",6400,Eng,CC-1,USD,not-a-number\n2025-03-02,Acme,x,6400,Eng,CC-1,XXX,10\n2025-03-03,Acme,"ok, fine",6400,Eng,CC-1,USD,5.00\n');
  writeFileSync(join(dir, 'rules.yaml'), rulesYaml(200));
  // a bad row in the first part (the main thread's), and a config that allocates a shared
  // category (its facts keep the vendor grain, the others do not)
  const [header, ...rest] = readFileSync(join(dir, 'lines.csv'), 'utf8').split('\n');
  writeFileSync(join(dir, 'early.csv'), [header, '2025-01-05,Acme,early,6400,Eng,CC-1,USD,12..5', ...rest].join('\n'));
  const rules = rulesYaml(200) as string;
  expect(rules).toMatch(/shared: true/);
  const shared = /- id: ([\w-]+)\n(?:\s+\w+: .*\n)*?\s+shared: true/.exec(rules)![1]!;
  writeFileSync(join(dir, 'allocated.yaml'), `${rules}\nallocations:\n  ${shared}: { method: proportional }\n`);
  // several files: the same lines in two exports (overlap) and the same vendor-month spend in two
  // sources (double count), a rejected row, and files of different sizes
  await writeLines(6_000, join(dir, 'a.csv'), 21);
  await writeLines(2_000, join(dir, 'b.csv'), 22);
  await writeLines(4_000, join(dir, 'c.csv'), 23);
  const shared3 = '2025-05-03,Zeta Doublecount Inc,Zeta platform May,6400,Eng,CC-1,USD,120.00\n2025-05-09,Zeta Doublecount Inc,Zeta seats May,6400,Eng,CC-1,USD,80.50\n';
  appendFileSync(join(dir, 'a.csv'), shared3);
  appendFileSync(join(dir, 'c.csv'), shared3 + '2025-05-10,Acme,bad,6400,Eng,CC-1,USD,1.2.3\n');
});

function run(args: string[], threads: string) {
  const r = spawnSync(process.execPath, [bin, ...args, '--threads', threads], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, TECHSPEND_PARALLEL_MIN_BYTES: '1', NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('report on two threads', () => {
  for (const format of ['csv', 'json', 'markdown']) {
    it(`is byte-identical to one thread (${format})`, () => {
      const args = ['report', 'lines.csv', '-c', 'rules.yaml', '--by', 'category', '--period', 'month', '--format', format];
      const one = run(args, '1');
      const two = run(args, '2');
      expect(one.status).toBe(0);
      expect(two).toEqual(one);
      if (format === 'csv') expect(one.stderr).toMatch(/lines\.csv:1\d{4}: .*rejected/);
    });
  }
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
  it('board too (facts, savings records and rule coverage merged in file order)', () => {
    for (const args of [
      ['board', 'lines.csv', '-c', 'rules.yaml', '--format', 'json'],
      ['board', 'a.csv', 'b.csv', 'c.csv', '-c', 'rules.yaml', '--format', 'markdown'],
      ['board', '--demo', '--format', 'markdown'],
    ]) {
      const one = run(args, '1');
      expect(one.status, one.stderr).toBe(0);
      expect(run(args, '2')).toEqual(one);
    }
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
