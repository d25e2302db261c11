/**
 * The error catalog (hledger style): one folder per error under fixtures/errors/<name>/ with the
 * input file(s), `cmd` (the arguments, run with the folder as working directory),
 * `expected-stderr.txt` and `expected-exit`. Every message is one line: no stack traces.
 * UPDATE_ERRORS=1 rewrites the expected files (review the diff).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, splitArgs } from './cli/run-cli.js';

const ROOT = resolve(import.meta.dirname, '../fixtures/errors');
const cases = existsSync(ROOT) ? readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
const update = process.env.UPDATE_ERRORS === '1';

describe('error catalog', () => {
  it.each(cases)('%s', async (name) => {
    const dir = resolve(ROOT, name);
    const args = splitArgs(readFileSync(resolve(dir, 'cmd'), 'utf8').trim());
    const r = await runCli(args, dir);
    if (update) {
      writeFileSync(resolve(dir, 'expected-stderr.txt'), r.stderr);
      writeFileSync(resolve(dir, 'expected-exit'), `${r.code}\n`);
    }
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toBe(readFileSync(resolve(dir, 'expected-stderr.txt'), 'utf8'));
    expect(String(r.code)).toBe(readFileSync(resolve(dir, 'expected-exit'), 'utf8').trim());
  });
});
