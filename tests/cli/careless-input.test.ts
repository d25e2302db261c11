/**
 * Issue 18 #7 and #11: a file reached twice is read once; a folder picks only the delimited-text
 * files it can read; a non-UTF-8 file name can be read; --threads is bounded; an ambiguous
 * `1.234` gets a note.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { writeFiles } from '../ingest/helpers.js';

const CONFIG = 'currency: USD\ncategories:\n  - { id: saas, name: SaaS }\nrules:\n  - { id: all, category: saas, match: { vendor: "*" } }\n';
const A = 'Date,Vendor,Amount,Currency\n2026-01-05,Okta,100.00,USD\n';

describe('issue 18 #7: a file reached twice is read once', () => {
  it('folder + file, the same path twice, ./ and overlapping globs: 100.00, not 400.00, with a note per repeat', async () => {
    const f = writeFiles({ 'techspend.yaml': CONFIG });
    mkdirSync(join(f.dir, 'ex'));
    writeFileSync(join(f.dir, 'ex', 'a.csv'), A);
    const r = await runCli(['report', '--format', 'csv', 'ex', 'ex/a.csv', './ex/a.csv', 'ex/*.csv', 'ex/a*'], f.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('category,period,amount,share\nsaas,2026-01,100.00,1.0000\n');
    const notes = r.stderr.trim().split('\n');
    expect(notes).toHaveLength(4);
    for (const n of notes) expect(n).toMatch(/^techspend: .*ex\/a\.csv.*: read once$/);
    // -q keeps the figures, and says nothing
    const q = await runCli(['report', '-q', '--format', 'csv', 'ex', 'ex/a.csv'], f.dir);
    expect(q.stdout).toBe(r.stdout);
    expect(q.stderr).toBe('');
  });
});

describe('issue 18 #11', () => {
  it('a folder reads its .csv/.tsv files, not a README.txt or notes that would fail the run', async () => {
    const f = writeFiles({ 'techspend.yaml': CONFIG });
    mkdirSync(join(f.dir, 'ex'));
    writeFileSync(join(f.dir, 'ex', 'a.csv'), A);
    writeFileSync(join(f.dir, 'ex', 'b.tsv'), 'Date\tVendor\tAmount\tCurrency\n2026-01-06\tZoom\t20.00\tUSD\n');
    writeFileSync(join(f.dir, 'ex', 'README.txt'), 'These are the January exports.\n\u0000\u0001binary?');
    const r = await runCli(['report', '-q', '--format', 'csv', 'ex'], f.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('category,period,amount,share\nsaas,2026-01,120.00,1.0000\n');
  });

  it('one unreadable file a folder found is reported as not read, and the others are still reported', async () => {
    const f = writeFiles({ 'techspend.yaml': CONFIG });
    mkdirSync(join(f.dir, 'ex'));
    writeFileSync(join(f.dir, 'ex', 'a.csv'), A);
    writeFileSync(join(f.dir, 'ex', 'b.tsv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    writeFileSync(join(f.dir, 'ex', 'notes.csv'), 'just some notes\nnothing else\n');
    const r = await runCli(['report', '-q', '--format', 'csv', 'ex'], f.dir);
    expect(r.stdout).toBe('category,period,amount,share\nsaas,2026-01,100.00,1.0000\n');
    expect(r.stderr).toMatch(/^ex\/b\.tsv:1: file not read \(0 rows\): is a PNG image/m);
    expect(r.stderr).toMatch(/^ex\/notes\.csv:1: file not read \(1 rows\): /m);
    // issue 19: the others are reported, and the exit code still says an input was not read
    expect(r.code).toBe(1);
    // named on the command line, the same: the readable file is reported, the other named, exit 1
    const named = await runCli(['report', '-q', '--format', 'csv', 'ex/a.csv', 'ex/b.tsv'], f.dir);
    expect(named.code).toBe(1);
    expect(named.stdout).toBe('category,period,amount,share\nsaas,2026-01,100.00,1.0000\n');
  });

  it.skipIf(process.platform !== 'linux')('a file with a non-UTF-8 name, found in a folder, is read', async () => {
    const f = writeFiles({ 'techspend.yaml': CONFIG });
    mkdirSync(join(f.dir, 'ex'));
    // "café.csv" in Latin-1: the byte 0xE9 alone is not UTF-8
    const dir = Buffer.from(join(f.dir, 'ex') + '/');
    writeFileSync(Buffer.concat([dir, Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('.csv')]), A);
    const r = await runCli(['report', '-q', '--format', 'csv', 'ex'], f.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('category,period,amount,share\nsaas,2026-01,100.00,1.0000\n');
  });

  it('--threads beyond twice the cores (16 at most) is a usage error', async () => {
    const f = writeFiles({ 'techspend.yaml': CONFIG, 'a.csv': A });
    const r = await runCli(['report', '-q', '--format', 'csv', '--threads', '64', 'a.csv'], f.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^techspend: --threads 64 is more than this machine can use \(at most \d+/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const ok = await runCli(['report', '-q', '--format', 'csv', '--threads', '2', 'a.csv'], f.dir);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('"1.234" with nothing to tell the mark is read with a point, and validate says so', async () => {
    const f = writeFiles({ 'techspend.yaml': CONFIG, 'a.csv': 'Date,Vendor,Amount,Currency\n2026-01-05,Okta,1.234,USD\n2026-01-06,Zoom,2.500,USD\n' });
    const r = await runCli(['validate', '-q', '--format', 'json', 'a.csv'], f.dir);
    expect(r.stdout).toContain('amounts such as \\"1.234\\" read with a decimal point; if the dot groups thousands, set decimalMark: \\",\\" for this source');
    // with evidence of a point (0.50), no note
    const g = writeFiles({ 'techspend.yaml': CONFIG, 'a.csv': 'Date,Vendor,Amount,Currency\n2026-01-05,Okta,1.234,USD\n2026-01-06,Zoom,0.50,USD\n' });
    const s = await runCli(['validate', '-q', '--format', 'json', 'a.csv'], g.dir);
    expect(s.stdout).not.toContain('read with a decimal point');
  });
});
