/**
 * Every option is checked against the command before any input is read (issue 15, bug 5): a
 * usage error exits 2 with nothing on stdout, even when reading the input would have failed
 * (here: a file with neither a date nor an amount column, exit 1 when it is read).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'techspend-usage-'));
writeFileSync(join(dir, 'unreadable.csv'), 'hello world\nno columns here\n');

describe('usage errors come before the work', () => {
  it('the unreadable file alone is a data error (exit 1)', async () => {
    expect((await runCli(['report', 'unreadable.csv', '-q'], dir)).code).toBe(1);
  });
  it.each([
    ['categorize --fail-on variance (no spend figures)', ['categorize', 'unreadable.csv', '--fail-on', 'variance>5%'], /--fail-on variance>5% needs spend figures/],
    ['savings --fail-on budget-overrun', ['savings', 'unreadable.csv', '--fail-on', 'budget-overrun>5%'], /--fail-on budget-overrun>5% needs spend figures/],
    ['--max-bytes not a number', ['report', 'unreadable.csv', '--format', 'markdown', '--max-bytes', '10'], /--max-bytes needs a whole number of at least 200/],
    ['--max-bytes with csv', ['report', 'unreadable.csv', '--format', 'csv', '--max-bytes', '5000'], /--max-bytes applies to --format markdown/],
    ['--compare-to a missing file', ['report', 'unreadable.csv', '--compare-to', 'nope.json'], /cannot read --compare-to nope\.json/],
    ['--budget a missing file', ['report', 'unreadable.csv', '--budget', 'nope.csv'], /cannot read --budget nope\.csv/],
    ['--fiscal-year not a fiscal year', ['forecast', 'unreadable.csv', '--fiscal-year', '2027'], /--fiscal-year needs a fiscal year like FY2027/],
  ])('%s: exit 2, nothing written', async (_name, args, message) => {
    const r = await runCli([...args, '-q'], dir);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });
  it('categorize --demo --fail-on variance writes no output (csv and markdown)', async () => {
    for (const format of ['csv', 'markdown']) {
      const r = await runCli(['categorize', '--demo', '--format', format, '-q', '--fail-on', 'variance>5%'], ROOT);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
  it('--fail-on variance still works with report', async () => {
    const r = await runCli(['report', '--demo', '--format', 'csv', '-q', '--fail-on', 'variance>500%'], ROOT);
    expect(r.code).toBe(0);
  });
});
