import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { openOutput } from '../../src/io/output-stream.js';
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

describe("categorize's rows on the process's own stdout", () => {
  it('are written through its descriptor as they come, not queued in the stream (a slow pipe reader held 1.5 GB of a 1M-line categorize)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ts-out-')), 'out.csv');
    const fd = openSync(file, 'w');
    const queued: unknown[] = [];
    // what process.stdout looks like to openOutput: a descriptor and nothing queued yet
    const stdout = { fd, writableLength: 0, write: (chunk: unknown) => queued.push(chunk) } as unknown as NodeJS.WritableStream;
    const out = openOutput(undefined, stdout);
    out.write('a,b\n'.repeat(20_000));
    // past the 64 KiB flush: on the descriptor before the run ends
    expect(readFileSync(file, 'utf8').length).toBe(80_000);
    out.write('c,d\n');
    await out.close();
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('a,b\n'.repeat(20_000) + 'c,d\n');
    expect(queued).toEqual([]);
  });

  it('a stream with writes already queued keeps them in order through the stream', async () => {
    const chunks: string[] = [];
    const stdout = { fd: 1, writableLength: 10, write: (chunk: string, done: () => void) => (chunks.push(chunk), done(), true) } as unknown as NodeJS.WritableStream;
    const out = openOutput(undefined, stdout);
    out.write('x\n');
    await out.close();
    expect(chunks.join('')).toBe('x\n');
  });

  it.skipIf(!existsSync(join(root, 'dist/io/output-stream.js')))('a reader that leaves early (| head) ends the run cleanly, exit 0', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" categorize --demo --format csv -q | head -c 50 > /dev/null; echo "status \${PIPESTATUS[0]}"`], { cwd: root, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('status 0');
    expect(r.stderr).toBe('');
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
