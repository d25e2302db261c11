/**
 * `--currency` on several threads: every worker must convert with the rates the main thread
 * rebased, not rebuild its config and swap the currency code (issue 15, bug 1). The demo is
 * small, so the size threshold is lowered for its files to be split.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { built } from './parallel-data.js';

const root = resolve(import.meta.dirname, '../..');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [join(root, 'bin/techspend.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TECHSPEND_PARALLEL_MIN_BYTES: '1', NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('--currency on two threads', () => {
  it('report --demo --currency EUR is byte-identical to one thread', () => {
    const args = ['report', '--demo', '--currency', 'EUR', '--format', 'csv'];
    const one = run([...args, '--threads', '1']);
    expect(one.status).toBe(0);
    expect(one.stderr).not.toMatch(/no rate/);
    expect(run([...args, '--threads', '2'])).toEqual(one);
  }, 180_000);
  it('the built-in default config (catalog rules, made again from the catalog in each worker) too', () => {
    // a folder with no techspend.yaml: the default config
    const dir = mkdtempSync(join(tmpdir(), 'techspend-default-'));
    const data = join(root, 'fixtures/demo/data');
    const inputs = readdirSync(data).filter((f) => f.endsWith('.csv')).sort().map((f) => join(data, f));
    const args = ['report', ...inputs, '--by', 'category', '--format', 'csv', '-q'];
    const one = run([...args, '--threads', '1'], dir);
    expect(one.status, one.stderr).toBe(0);
    expect(run([...args, '--threads', '2'], dir)).toEqual(one);
  }, 180_000);
});
