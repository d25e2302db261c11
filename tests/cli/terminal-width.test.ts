/**
 * Tables that fit the terminal (issue 14): on a terminal of 80 or 120 columns no line of report,
 * variance, savings or the board (table format) is wider than the terminal; a wide period report
 * keeps its latest periods and the total and says how to see the rest; a pipe keeps every column.
 * One run goes through a real pseudo-terminal (`script`), where the width comes from the tty.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { runCli } from './run-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');

async function onTerminal(args: string[], columns: number): Promise<{ code: number; stdout: string }> {
  let text = '';
  const stdout = Object.assign(
    new Writable({
      write(chunk, _e, cb) {
        text += String(chunk);
        cb();
      },
    }),
    { isTTY: true, columns },
  );
  const stderr = new Writable({ write: (_c, _e, cb) => cb() });
  const code = await run(args, { stdout, stderr, cwd: ROOT, env: { NO_COLOR: '1' } });
  return { code, stdout: text };
}

const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l.replace(/\x1b\[[0-9;]*m/g, '')].length));

describe('tables fit the terminal', () => {
  for (const columns of [80, 120]) {
    for (const command of [['report', '--demo'], ['variance', '--demo'], ['savings', '--demo'], ['board', '--demo', '--format', 'table']]) {
      it(`${command.join(' ')} at ${columns} columns: no line wider than the terminal`, async () => {
        const r = await onTerminal(command, columns);
        expect(r.code).toBe(0);
        expect(r.stdout.length).toBeGreaterThan(500);
        expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
      });
    }
  }

  it('a wide period report keeps the latest periods and the total, and says what it left out', async () => {
    const r = await onTerminal(['report', '--demo'], 120);
    expect(r.stdout).toContain('2026-10');
    expect(r.stdout).not.toMatch(/│ +2025-05 +│/);
    expect(r.stdout).toMatch(/\d+ earlier periods \(2025-05 to [\d-]+\) left out to fit the terminal/);
    expect(r.stdout).toContain('3,857,435.88');
  });

  it('to a pipe or a file, every column stays', async () => {
    const r = await runCli(['report', '--demo', '--format', 'table'], ROOT);
    expect(r.stdout).toContain('2025-05');
    expect(r.stdout).not.toContain('left out to fit');
    expect(widest(r.stdout)).toBeGreaterThan(200);
  });

  const script = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
  it.skipIf(!script)('in a real pseudo-terminal of 80 columns (script), report --demo fits', () => {
    const bin = resolve(ROOT, 'bin/techspend.js');
    const out = execFileSync(script!, ['-qc', `stty cols 80 rows 40; NO_COLOR=1 node ${JSON.stringify(bin)} report --demo 2>/dev/null`, '/dev/null'], { cwd: ROOT, encoding: 'utf8' }).replace(/\r/g, '');
    expect(out).toContain('Total');
    expect(widest(out)).toBeLessThanOrEqual(80);
  }, 30_000);
});
