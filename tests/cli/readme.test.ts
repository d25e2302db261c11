/** The README's demo commands run, so they never rot. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, splitArgs } from './run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const commands = [...readme.matchAll(/^(?:npm ci && )?npx techspend ([^#\n]*?--demo[^#\n]*?)\s*(?:#.*)?$/gm)].map((m) => m[1]!.trim());

describe('README commands', () => {
  it('has demo commands, starting with the board pack', () => {
    expect(commands[0]).toBe('board --demo');
    expect(commands.length).toBeGreaterThan(4);
  });
  for (const command of commands) {
    it(`npx techspend ${command}`, async () => {
      const args = splitArgs(command).filter((a, i, all) => a !== '-o' && all[i - 1] !== '-o');
      const r = await runCli(args, ROOT);
      // notes and the demo's planted double-count warning are fine; no row may be rejected
      expect(r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('techspend: '))).toEqual([]);
      expect(r.stderr).not.toMatch(/rejected|error/i);
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(100);
    });
  }
});
