/**
 * savings and board hold a snug V8 heap (io/heap.ts). It is a V8 flag, so it must be restored
 * exactly: V8 accepts a code cache only under the flags it was made with (bin/techspend.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { holdSnugHeap, snugHeapHeld } from '../../src/io/heap.js';
import { runCli } from '../cli/run-cli.js';

const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'dist/io/heap.js');

describe('the snug heap hold', () => {
  const holds: { release(): void }[] = [];
  afterEach(() => {
    for (const h of holds.splice(0)) h.release();
  });

  it('nests: held until the last release, and a second release is harmless', () => {
    const outer = holdSnugHeap();
    const inner = holdSnugHeap();
    holds.push(outer, inner);
    expect(snugHeapHeld()).toBe(true);
    inner.release();
    inner.release();
    expect(snugHeapHeld()).toBe(true);
    outer.release();
    expect(snugHeapHeld()).toBe(false);
  });

  // two demo runs and two failures in-process: seconds idle, past the suite's 20 s on a loaded machine
  it('is held by savings and board only while they run, and released when they fail', async () => {
    for (const args of [
      ['savings', '--demo'],
      ['board', '--demo'],
      ['savings', 'fixtures/demo/data/no-such.csv'],
      ['board', 'fixtures/demo/data/no-such.csv'],
    ]) {
      const r = await runCli(args, root);
      expect(r.code === 0, `${args.join(' ')}: ${r.stderr}`).toBe(args[1] === '--demo');
      expect(snugHeapHeld(), args.join(' ')).toBe(false);
    }
  }, 60_000);

  // V8 fixes its flags' hash the first time it needs it, so this runs in fresh processes: one
  // makes a code cache under the default flags, the others take or refuse it after a hold
  it.skipIf(!existsSync(built))('leaves the flags as they were: a code cache made under the defaults is still taken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-heap-'));
    const cacheFile = join(dir, 'x.cache');
    const script = `
      import { readFileSync, writeFileSync, existsSync } from 'node:fs';
      import { Script } from 'node:vm';
      const { holdSnugHeap } = await import(${JSON.stringify(pathToFileURL(built).href)});
      const source = 'function answer(x) { return x * 42; } answer(1);';
      const mode = process.argv[1];
      if (mode === 'make') { writeFileSync(${JSON.stringify(cacheFile)}, new Script(source, { filename: 'x.js' }).createCachedData()); process.exit(0); }
      const hold = holdSnugHeap();
      if (mode === 'released') hold.release();
      const s = new Script(source, { filename: 'x.js', cachedData: readFileSync(${JSON.stringify(cacheFile)}) });
      console.log(s.cachedDataRejected ? 'rejected' : 'taken');
    `;
    const node = (mode: string) => spawnSync(process.execPath, ['--input-type=module', '-e', script, mode], { encoding: 'utf8' });
    expect(node('make').status).toBe(0);
    // the hold does change V8's flags (else this test would prove nothing) ...
    expect(node('held').stdout.trim()).toBe('rejected');
    // ... and the release puts them back exactly
    expect(node('released').stdout.trim()).toBe('taken');
  });
});
