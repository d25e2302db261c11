/**
 * Golden files: every `fixtures/cases/<case>/commands.txt` line `name: args...` runs the CLI in
 * that folder and compares stdout with `expected/<name>` (and stderr/exit code with
 * `expected/<name>.stderr`). Update only with `vitest -u`, and review the diff.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, splitArgs } from './run-cli.js';

const CASES = resolve(import.meta.dirname, '../../fixtures/cases');

for (const name of readdirSync(CASES).sort()) {
  const dir = join(CASES, name);
  const commands = join(dir, 'commands.txt');
  if (!existsSync(commands)) continue;
  describe(`case ${name}`, () => {
    for (const line of readFileSync(commands, 'utf8').split('\n')) {
      const m = /^([\w.-]+):\s*(.*)$/.exec(line.trim());
      if (!m) continue;
      const [, out, args] = m as unknown as [string, string, string];
      it(`${out}: techspend ${args}`, async () => {
        const r = await runCli(splitArgs(args), dir);
        await expect(r.stdout).toMatchFileSnapshot(join(dir, 'expected', out));
        await expect(`exit ${r.code}\n${r.stderr}`).toMatchFileSnapshot(join(dir, 'expected', `${out}.stderr`));
      });
    }
  });
}
