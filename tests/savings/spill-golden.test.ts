/**
 * The golden `savings` and `board` runs (fixtures/cases), with a budget that spills their lines to
 * disk after a few: the output must be the golden output, byte for byte (one format per set of
 * arguments: the other formats render the same findings).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, splitArgs } from '../cli/run-cli.js';

const CASES = resolve(import.meta.dirname, '../../fixtures/cases');

describe('golden savings and board runs with their lines spilled', () => {
  afterEach(() => {
    delete process.env.TECHSPEND_SPILL_LINES;
  });

  // the golden savings and board runs, with a budget that spills after a few lines
  for (const name of readdirSync(CASES).sort()) {
    const commands = join(CASES, name, 'commands.txt');
    if (!existsSync(commands)) continue;
    // one run per analysis: the same arguments in another --format render the same findings
    const seen = new Set<string>();
    for (const text of readFileSync(commands, 'utf8').split('\n')) {
      const m = /^([\w.-]+):\s*((?:savings|board)\b.*)$/.exec(text.trim());
      if (!m) continue;
      const [, out, args] = m as unknown as [string, string, string];
      const analysis = args.replace(/\s*--format \w+/, '');
      if (seen.has(analysis)) continue;
      seen.add(analysis);
      it(`golden ${name}/${out} with its lines spilled: techspend ${args}`, async () => {
        // the small cases spill every 5 lines; the demo's ~2,000 lines every 64, still some 30
        // flushes with many frames per partition file (every 5 made hundreds of flushes of tiny
        // appends, most of each demo run's time, for nothing the 30 do not reach)
        process.env.TECHSPEND_SPILL_LINES = args.includes('--demo') ? '64' : '5';
        const dir = join(CASES, name);
        const r = await runCli(splitArgs(args), dir);
        expect(r.stdout).toBe(readFileSync(join(dir, 'expected', out), 'utf8'));
        expect(`exit ${r.code}\n${r.stderr}`).toBe(readFileSync(join(dir, 'expected', `${out}.stderr`), 'utf8'));
        // a demo board spilled: seconds idle, past the suite's 20 s on a loaded 2-core machine
      }, 60_000);
    }
  }
});
