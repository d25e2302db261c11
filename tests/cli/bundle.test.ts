/**
 * The installed CLI runs bundled (dist/cli/techspend.cjs, scripts/bundle.mjs) with a trained V8
 * code cache. The bundle must behave exactly as the modules do (the golden tests run those in
 * process), the cache must be one this Node accepts, and a cache it rejects must cost nothing
 * but time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/techspend.js');
const bundle = join(root, 'dist/cli/techspend.cjs');
const cache = join(root, 'dist/cli/techspend.cache');

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(bundle))('the bundled CLI', () => {
  it('prints what the modules print, command by command (demo company)', async () => {
    const runs = [
      ['board', '--demo', '--format', 'markdown'],
      ['report', '--demo', '--by', 'function', '--period', 'quarter', '--format', 'csv'],
      ['variance', '--demo', '--format', 'json'],
      ['savings', '--demo', '--format', 'markdown'],
      ['categorize', '--demo', '--format', 'csv'],
      ['report', 'fixtures/demo/data/no-such.csv'],
    ];
    for (const args of runs) {
      const inProcess = await runCli(args, root);
      const bundled = cli(args);
      expect({ args, ...bundled }).toEqual({ args, ...inProcess });
    }
    // a dozen whole runs, one after another: a busy 2-core machine takes more than the default
  }, 120_000);

  it('has a code cache this Node accepts, trained on more than the start-up', () => {
    // checked in a fresh Node: V8's flags are process-wide, and a test in another worker thread
    // of this process may be holding savings' snug-heap flag, which changes the flag hash the
    // cache is checked against (a false "rejected" on a busy run)
    const check = `
      const { readFileSync } = require('node:fs');
      const { wrap } = require('node:module');
      const { Script } = require('node:vm');
      const [bundle, cache] = process.argv.slice(1);
      const source = wrap(readFileSync(bundle, 'utf8'));
      const script = new Script(source, { filename: bundle, cachedData: readFileSync(cache) });
      const bare = new Script(source, { filename: bundle + '.bare' }).createCachedData();
      process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected, bare: bare.length }));`;
    const r = spawnSync(process.execPath, ['-e', check, bundle, cache], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const { rejected, bare } = JSON.parse(r.stdout) as { rejected: boolean; bare: number };
    expect(rejected).toBe(false);
    // the training runs compiled the scan, rules and renderers too: far more than an empty cache
    expect(readFileSync(cache).length).toBeGreaterThan(3 * bare);
  });

  it('runs the same with a cache V8 rejects, or none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-cache-'));
    const junk = join(dir, 'junk.cache');
    writeFileSync(junk, Buffer.from('not a code cache'.repeat(64)));
    const expected = cli(['report', '--demo']);
    expect(expected.code).toBe(0);
    expect(cli(['report', '--demo'], { TECHSPEND_CODE_CACHE: junk })).toEqual(expected);
    expect(cli(['report', '--demo'], { TECHSPEND_CODE_CACHE: join(dir, 'absent.cache') })).toEqual(expected);
  }, 60_000);
});
