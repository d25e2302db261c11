/**
 * Compressed exports and files that are not text: `.csv.gz` (known by its bytes, not its name)
 * reads as the CSV it holds, to the byte; a workbook, an image or random bytes is one line naming
 * the file, and none of its bytes reach the terminal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBinary, isGzip } from '../../src/ingest/content-kind.js';
import { runCli } from '../cli/run-cli.js';

const root = resolve(import.meta.dirname, '../..');
const demoGl = join(root, 'fixtures/demo/data/gl-detail.csv');

/** Deterministic pseudo-random bytes (xorshift), so the test never depends on luck. */
function noise(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

describe('content kind', () => {
  it('knows gzip by its magic bytes', () => {
    expect(isGzip(gzipSync('a,b\n1,2\n'))).toBe(true);
    expect(isGzip(Buffer.from('a,b\n1,2\n'))).toBe(false);
    expect(isGzip(Buffer.from([0x1f]))).toBe(false);
  });

  it('names binary files', () => {
    expect(describeBinary(Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'))?.reason).toBe('is a PNG image, not a CSV file');
    expect(describeBinary(Buffer.from('PK\x03\x04\x14\0\0\0', 'latin1'))?.reason).toBe('is a zip archive, not a CSV file');
    expect(describeBinary(Buffer.from('%PDF-1.7\n', 'latin1'))?.reason).toBe('is a PDF document, not a CSV file');
    expect(describeBinary(noise(4096))?.reason).toBe('is binary data, not a text (CSV) file');
  });

  it('leaves text alone: UTF-8, Windows-1252, UTF-16 with and without a BOM, a stray control byte', () => {
    expect(describeBinary(Buffer.from('Date,Supplier,Amount\n2026-01-02,Café Ltd,£10\n'))).toBeUndefined();
    expect(describeBinary(Buffer.from('Date;Supplier;Amount\r\n02/01/2026;Caf\xe9;10,00\r\n\x1a', 'latin1'))).toBeUndefined();
    expect(describeBinary(Buffer.from('\ufeffDate,Amount\n2026-01-02,1\n', 'utf16le'))).toBeUndefined();
    expect(describeBinary(Buffer.from('Date,Amount\n2026-01-02,1\n', 'utf16le'))).toBeUndefined();
    expect(describeBinary(Buffer.from(`a,b\n${'1,2\n'.repeat(100)}x\x01y,3\n`))).toBeUndefined();
    expect(describeBinary(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('compressed and binary inputs through the CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'techspend-gz-'));
    const csv = readFileSync(demoGl);
    writeFileSync(join(dir, 'export.csv'), csv);
    writeFileSync(join(dir, 'export.csv.gz'), gzipSync(csv));
    // a gzip whose name does not say so, and one cut short
    writeFileSync(join(dir, 'download.dat'), gzipSync(csv));
    writeFileSync(join(dir, 'cut.csv.gz'), gzipSync(csv).subarray(0, 2000));
    writeFileSync(join(dir, 'image.csv'), Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0', 'latin1'));
    writeFileSync(join(dir, 'random.csv'), noise(8192));
    writeFileSync(join(dir, 'book.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), noise(500)]));
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'folder', 'export.csv.gz'), gzipSync(csv));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('report export.csv.gz equals the uncompressed run byte for byte', async () => {
    const plain = await runCli(['report', 'export.csv', '--format', 'markdown'], dir);
    const gz = await runCli(['report', 'export.csv.gz', '--format', 'markdown'], dir);
    expect(plain.code).toBe(0);
    expect(gz.code).toBe(0);
    // byte for byte, but for the file's own name where the report says it (its explain commands)
    expect(gz.stdout).toBe(plain.stdout.replaceAll('export.csv', 'export.csv.gz'));
    // stderr names the file read (the currency note): the same but for its name
    expect(gz.stderr).toBe(plain.stderr.replaceAll('export.csv', 'export.csv.gz'));
    const json = await runCli(['report', 'download.dat', '--format', 'json'], dir);
    expect(json.stdout).toBe((await runCli(['report', 'export.csv', '--format', 'json'], dir)).stdout.replaceAll('export.csv', 'download.dat'));
  });

  it('a folder includes its .csv.gz files', async () => {
    const folder = await runCli(['report', 'folder', '--format', 'csv'], dir);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toBe((await runCli(['report', 'export.csv', '--format', 'csv'], dir)).stdout);
  });

  // a file that is not text is a file not read (named, the other files still reported, exit 1)
  it.each([
    ['image.csv', 'image.csv:1: file not read (0 rows): is a PNG image, not a CSV file (give techspend the CSV export)'],
    ['random.csv', 'random.csv:1: file not read (0 rows): is binary data, not a text (CSV) file (give techspend the CSV export)'],
    ['book.xlsx', 'book.xlsx:1: file not read (0 rows): is a zip archive, not a CSV file (an Excel .xlsx workbook is one: save it as CSV, or unzip the archive)'],
  ])('%s is one line naming the file, exit 1, no bytes echoed', async (file, line) => {
    const r = await runCli(['report', file, '-q', '--format', 'csv'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('category,period,amount,share\n');
    expect(r.stderr).toBe(`${line}\n`);
  });
  it('cut.csv.gz is one line naming the file, exit 1, no bytes echoed', async () => {
    const r = await runCli(['report', 'cut.csv.gz', '-q'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('cut.csv.gz: damaged gzip data (unexpected end of file) (download or copy it again)\n');
  });

  const bin = join(root, 'bin/techspend.js');
  it.skipIf(!existsSync(join(root, 'dist/io/workers/scan-worker.js')))('a .gz goes to one thread when the scan would split files by byte offset', () => {
    const run = (file: string) =>
      spawnSync(process.execPath, [bin, 'report', file, '--format', 'csv', '--threads', '2', '-q'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TECHSPEND_PARALLEL_MIN_BYTES: '1' } });
    const plain = run('export.csv');
    const gz = run('export.csv.gz');
    expect(gz.stderr).toBe('');
    expect(gz.status).toBe(0);
    // byte for byte, but for the file's own name where the report says it (its explain commands)
    expect(gz.stdout).toBe(plain.stdout.replaceAll('export.csv', 'export.csv.gz'));
  });
});
