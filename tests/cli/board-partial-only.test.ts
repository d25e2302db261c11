/**
 * An export of part of one month (a public register published mid-month): the latest complete
 * month lies before the data starts, so the board has no spend to report and says so, rather
 * than "spend in May was $0, flat on April" and a zero year to date.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('board on part of one month', () => {
  it('says there is no complete month, and reads no zero as spend', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ts-partial-'));
    const days = Array.from({ length: 10 }, (_, i) => `2014-06-${String(i + 2).padStart(2, '0')},Computacenter,laptops,${500 + i}.00`);
    writeFileSync(join(dir, 'june.csv'), ['Date,Vendor,Description,Amount', ...days].join('\n') + '\n');
    const r = await runCli(['board', 'june.csv', '--format', 'markdown', '-q'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('No complete month to report: the data starts on 2014-06-02, after May 2014');
    expect(r.stdout).not.toContain('Technology spend in May 2014 was');
    expect(r.stdout).not.toMatch(/FY\d+ to date \(/);
  });
});
