/** `init` on a file with no header row: the drafted entry names the file and `header: false` (there is no header to key on), and validate reads it through that entry. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

describe('init --from a headerless file', () => {
  it('drafts an entry by file name with header: false, which validate then uses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-init-'));
    writeFileSync(join(dir, 'bank.csv'), '3/14/26,Atlassian Jira,45.00,debit\n3/15/26,Refund Notion,8.00,credit\n3/16/26,Zoom Video,14.99,debit\n');
    const r = await runCli(['init', '--from', 'bank.csv'], dir);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'techspend.yaml'), 'utf8');
    expect(text).toContain('  - files: ["**/bank.csv"]\n    header: false');
    expect(text).toContain('columns: { date: "1", amount: "3", description: "2", direction: "4" }');
    expect(text).not.toContain('headerIncludes');
    const v = await runCli(['validate', '-c', 'techspend.yaml', 'bank.csv', '--format', 'markdown'], dir);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/\| bank\.csv \| sources\[0\] \(headerless\) \| 3 \| 3 \| 0 \|/);
  });
});
