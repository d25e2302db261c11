/**
 * `--material` / `--material-share` on savings and renewals, with no config (built-in default): a
 * Twilio month of 900 after five of 100 (an excess of 800), Docker billed 400 a year apart, and a
 * court fee no rule categorizes. The held-back line names what was not examined and what fell
 * below the floor; the options move the floor.
 */
import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const cwd = mkdtempSync(join(tmpdir(), 'techspend-materiality-'));
copyFileSync(resolve(import.meta.dirname, '../fixtures/materiality/card.csv'), join(cwd, 'card.csv'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const held = (stdout: string) => stdout.split('\n').find((l) => l.startsWith('- Held back: ')) ?? '';

describe('materiality floor options', () => {
  it('savings: the 800 spike is a candidate at the default floor (500); the 400 annual bill is held back; the court fee is not examined', async () => {
    const r = await runCli(['savings', 'card.csv', '--no-register', '--format', 'markdown'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| 1 | spike | Twilio |');
    expect(held(r.stdout)).toBe(
      '- Held back: 1 uncategorized line (USD 55.00) not examined: savings looks at lines a rule maps to a category; add rules for the technology among them (techspend init --from); 1 bill in lumps below the materiality floor of USD 500.00 (--material, or --material-share of the USD 1,800.00 examined in the last 12 months).',
    );
  });

  it('savings --material 1000 holds the spike back; --material 100 lists Docker’s bill in lumps', async () => {
    const high = await runCli(['savings', 'card.csv', '--no-register', '--format', 'markdown', '--material', '1000'], cwd);
    expect(high.stdout).not.toContain('| spike |');
    expect(held(high.stdout)).toContain('1 spike and 1 bill in lumps below the materiality floor of USD 1,000.00');
    const low = await runCli(['savings', 'card.csv', '--no-register', '--format', 'markdown', '--material', '100'], cwd);
    expect(low.stdout).toContain('## Billed in lumps: lines to amortize');
    expect(held(low.stdout)).not.toContain('materiality');
  });

  it('savings --material-share 50% raises the floor to half the 1,800.00 examined: 900.00', async () => {
    const r = await runCli(['savings', 'card.csv', '--no-register', '--format', 'markdown', '--material-share', '50%'], cwd);
    expect(held(r.stdout)).toContain('1 spike and 1 bill in lumps below the materiality floor of USD 900.00');
  });

  it('renewals: Docker (400 a year) is held back at the default floor and listed with --material 100', async () => {
    const def = await runCli(['renewals', 'card.csv', '--format', 'csv'], cwd);
    expect(def.code).toBe(0);
    expect(def.stdout.trim().split('\n')).toHaveLength(1);
    const low = await runCli(['renewals', 'card.csv', '--format', 'csv', '--material', '100'], cwd);
    expect(low.stdout).toContain('Docker,developer-tools,annual,2027-07-10,400.00');
    const md = await runCli(['renewals', 'card.csv'], cwd);
    expect(md.stdout).toContain('1 recurring charge guessed from spend below the materiality floor of USD 500.00');
  });

  it('a bad --material is a usage error (exit 2)', async () => {
    const r = await runCli(['savings', 'card.csv', '--material', 'lots'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--material');
  });
});
