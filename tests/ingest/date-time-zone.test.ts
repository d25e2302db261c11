/**
 * A dateFormat with an offset token reads the same date on every machine: the timestamp's UTC
 * date (SPEC: "its UTC date when it has an offset or Z; results never depend on the machine's
 * time zone"). The built CLI runs under two time zones 26 hours apart (issue 15, bug 2).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/techspend.js');

function categorize(dir: string, tz: string) {
  const r = spawnSync(process.execPath, [bin, 'categorize', 'card.csv', '-c', 'techspend.yaml', '--format', 'csv'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: tz, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(join(root, 'dist/cli/main.js')))('dates with an offset in the dateFormat', () => {
  it('are their UTC date whatever the machine time zone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-tz-'));
    writeFileSync(
      join(dir, 'techspend.yaml'),
      ['categories:', '  - { id: saas, name: SaaS, function: Technology }', 'rules:', '  - { category: saas, match: { vendor: "*" } }', 'sources:', '  - files: "card.csv"', "    dateFormat: \"yyyy/MM/dd HH:mm XXX\"", ''].join('\n'),
    );
    // 23:30 at UTC-05:00 is 04:30 UTC the next day; 10:00 at +09:00 is 01:00 UTC the same day;
    // 00:30 at +02:00 is 22:30 UTC the day before
    writeFileSync(join(dir, 'card.csv'), 'Date,Vendor,Amount\n2026/01/30 23:30 -05:00,Slack,10.00\n2026/01/31 10:00 +09:00,Zoom,20.00\n2026/02/01 00:30 +02:00,Okta,30.00\n');
    const utc = categorize(dir, 'UTC');
    expect(utc.stderr).toBe('');
    expect(utc.status).toBe(0);
    const dates = utc.stdout.trim().split('\n').slice(1).map((l) => /\b\d{4}-\d{2}-\d{2}\b/.exec(l)?.[0]);
    expect(dates).toEqual(['2026-01-31', '2026-01-31', '2026-01-31']);
    expect(categorize(dir, 'Pacific/Kiritimati')).toEqual(utc);
    expect(categorize(dir, 'America/Los_Angeles')).toEqual(utc);
  });
});
