/**
 * South Dakota's vendor checkbook (../shared/public-spend/south-dakota-vendor-checkbook, see
 * SOURCES.md): 202007.csv is July 2020, 202607.csv 1-15 July 2026, payments every day or two. Read
 * together with NO techspend.yaml, the months between them have no dated line: the board must not
 * report "$0, flat" for June 2026 (in the gap) but the latest complete month with data, July 2020,
 * and say the gap. Technology in July 2020, summed independently from `categorize --format csv`
 * (scope technology, dates 2020-07): 700 lines, 2,336,548.88 ($2.3M). And Trafford's 2024-25
 * card file, which SOURCES.md says has no rows at all for 2024-08: validate names that month.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { HAS_PUBLIC_SPEND, PUBLIC_SPEND } from './harness.js';

const DIR = resolve(PUBLIC_SPEND, 'south-dakota-vendor-checkbook');
const FILES = ['202007.csv', '202607.csv'].map((f) => join(DIR, f));
const PRESENT = HAS_PUBLIC_SPEND && FILES.every((f) => existsSync(f));
if (!PRESENT) console.warn(`South Dakota coverage-gap test skipped: ${DIR} is absent (it is present in CI)`);

// each case runs the CLI in-process on 2.5 MB of real CSV with no config (a probe, then the read):
// a few seconds idle, several times that on a loaded 2-core machine, where the suite's 20 s per
// case was outrun; a bound well above both
describe.skipIf(!PRESENT)('South Dakota checkbook, two files six years apart', { timeout: 120_000 }, () => {
  it('the board headline reports July 2020, not $0 for a month with no lines', async () => {
    // an empty folder: no techspend.yaml, the built-in default config
    const r = await runCli(['board', ...FILES, '--format', 'markdown', '-q'], mkdtempSync(join(tmpdir(), 'ts-sd-')));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/Technology spend in \w+ \d{4} was \$0\b/);
    expect(r.stdout).not.toContain('June 2026');
    expect(r.stdout).toContain('**month:** 2020-07');
    expect(r.stdout).toContain('- Technology spend in July 2020 was $2.3M; no data for June 2020 to compare with: the data starts on 2020-07-01.');
    expect(r.stdout).toContain('| 2020-07 | 2,336,548.88 |  |');
    expect(r.stdout).toContain('| 2020-06 |  | no data |');
    expect(r.stdout).toContain('2026-07 is partial and left out; the latest complete month with data is 2020-07: no lines are dated 2020-08 to 2026-06: the data stops on 2020-07-31 and resumes on 2026-07-01.');
  });

  it("Trafford's 2024-25 card file: the month SOURCES.md says has no rows is a gap", async () => {
    const file = resolve(PUBLIC_SPEND, 'trafford-gpc/government_procurement_card_transactions_2024-25.csv');
    if (!existsSync(file)) return console.warn(`skipped: ${file} is absent`);
    const r = await runCli(['validate', file, '--format', 'markdown', '-q'], mkdtempSync(join(tmpdir(), 'ts-sd-')));
    expect(r.stdout).toMatch(/Dates 2024-04-\d\d to 2025-03-\d\d with a gap: no lines are dated 2024-08: the data stops on 2024-07-\d\d and resumes on 2024-09-\d\d\./);
  });

  it('validate says the gap', async () => {
    const r = await runCli(['validate', ...FILES, '--format', 'markdown', '-q'], mkdtempSync(join(tmpdir(), 'ts-sd-')));
    expect(r.stdout).toContain('no lines are dated 2020-08 to 2026-06: the data stops on 2020-07-31 and resumes on 2026-07-01');
  });
});
