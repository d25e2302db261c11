import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuplicateGuard } from '../../src/io/duplicate-guard.js';
import { createProgress } from '../../src/io/progress.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/techspend.js');

describe.skipIf(!existsSync(join(root, 'dist/io/output-stream.js')))('categorize --format csv streams', () => {
  it('writes the same bytes as the collected report would (demo data)', () => {
    const csv = spawnSync(process.execPath, [bin, 'categorize', '--demo', '--format', 'csv'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    const json = spawnSync(process.execPath, [bin, 'categorize', '--demo', '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(csv.status).toBe(json.status);
    const lines = csv.stdout.split('\n');
    expect(lines[0]).toBe('source,line,date,vendor,description,account,amount,currency,category,function,pool,rule,scope');
    const rows = (JSON.parse(json.stdout) as { data: { rows: unknown[] } }).data.rows;
    // one CSV record per row (descriptions may hold quoted newlines, so count records, not lines)
    expect(csv.stdout.match(/^demo\//gm)?.length).toBe(rows.length);
    expect(csv.stderr).toBe(json.stderr);
  });
});

describe('overlap guard', () => {
  it('flags a line seen in another file, not a repeat within one file', () => {
    const g = new DuplicateGuard();
    expect(g.check('k1', 'a.csv', 2)).toBeUndefined();
    expect(g.check('k1', 'a.csv', 9)).toBeUndefined();
    expect(g.check('k1', 'b.csv', 4)).toEqual({ source: 'a.csv', line: 2 });
    for (let i = 0; i < 20_000; i++) g.check(`x${i}`, 'a.csv', i + 10);
    expect(g.check('x19999', 'c.csv', 1)).toEqual({ source: 'a.csv', line: 20_009 });
    expect(g.check('new', 'c.csv', 2)).toBeUndefined();
  });
});

describe('progress', () => {
  it('stays quiet for a second, then updates at most five times a second', () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress({ write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream, () => t);
    p(50_000, 'x.csv');
    t = 1500;
    p(100_000, 'x.csv');
    t = 1600;
    p(150_000, 'x.csv');
    t = 1800;
    p(200_000, 'x.csv');
    expect(out).toEqual(['\r\x1b[Ktechspend: x.csv: 100,000 rows…', '\r\x1b[Ktechspend: x.csv: 200,000 rows…']);
  });
  it('names a long step after the reading, unless the run is still under a second', () => {
    let t = 0;
    const out: string[] = [];
    const p = createProgress({ write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream, () => t);
    t = 900;
    p.phase('looking for savings');
    expect(out).toEqual([]);
    t = 1200;
    p.phase('looking for savings');
    expect(out).toEqual(['\r\x1b[Ktechspend: looking for savings…']);
  });
});
