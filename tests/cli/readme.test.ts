/** The README's demo commands run, so they never rot. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
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

/**
 * The README's GitHub Actions recipe, as pasted: the YAML parses, and its shell steps run (with
 * `techspend` the built CLI and `exports/` the demo company) twice, the second time against the
 * JSON the first one saved; no step is a usage error, and the job summary gets the board.
 */
describe('README CI recipe', () => {
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => /^jobs:/m.test(b));

  it('is valid YAML with the steps a job needs', () => {
    expect(block).toBeDefined();
    const doc = parseYaml(block!) as { on: Record<string, unknown>; jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }> };
    expect(Object.keys(doc.on)).toEqual(['schedule', 'workflow_dispatch']);
    const steps = doc.jobs.board!.steps;
    expect(steps.filter((s) => s.run?.includes('techspend board')).length).toBe(2);
    const restore = steps.find((s) => s.uses?.startsWith('actions/cache/restore'))!;
    expect(restore.with!.key).toBe('techspend-${{ github.run_id }}');
  });

  it('runs its shell steps against the demo, twice (the second run compares with the first)', () => {
    const doc = parseYaml(block!) as { jobs: Record<string, { steps: { name?: string; run?: string }[] }> };
    const runs = doc.jobs.board!.steps.map((s) => s.run).filter((r): r is string => r !== undefined && r.includes('techspend '));
    const dir = mkdtempSync(join(tmpdir(), 'techspend-ci-'));
    const summary = join(dir, 'summary.md');
    const bin = resolve(ROOT, 'bin/techspend.js');
    const shell = (script: string) => {
      const body = script.replace(/\btechspend /g, `node ${JSON.stringify(bin)} `).replace(/ exports\//g, ' --demo');
      const r = spawnSync('bash', ['-e', '-c', body], { cwd: dir, env: { ...process.env, GITHUB_STEP_SUMMARY: summary, NO_COLOR: '1' }, encoding: 'utf8' });
      return { code: r.status, stderr: r.stderr };
    };
    for (const round of [1, 2]) {
      for (const script of runs) {
        const r = shell(script);
        // 3 is the recipe working: a threshold crossed fails the job on purpose
        expect([0, 3], `${script}\n${r.stderr}`).toContain(r.code);
        expect(r.stderr).not.toMatch(/usage|unknown option|error:/i);
      }
      const text = readFileSync(summary, 'utf8');
      expect(text).toContain('# Technology spend: board pack');
      expect(text).toMatch(/## Checks: /);
      if (round === 2) expect(text).toContain('## Changes since last-month.json');
      writeFileSync(summary, '');
    }
    // no file named after a redirect target (an unquoted --fail-on x>2% writes one called 2%)
    expect(readdirSync(dir).sort()).toEqual(['last-month.json', 'summary.md']);
    // four board runs of the built CLI through bash: 35 s seen under load, against 60 s
  }, 180_000);

  it('quotes every --fail-on expression: README, docs and --help', async () => {
    const texts: [string, string][] = [['README.md', readme]];
    for (const f of readdirSync(resolve(ROOT, 'docs')).filter((f) => f.endsWith('.md'))) texts.push([`docs/${f}`, readFileSync(resolve(ROOT, 'docs', f), 'utf8')]);
    for (const command of ['report', 'variance', 'forecast', 'savings', 'board', 'categorize']) texts.push([`${command} --help`, (await runCli([command, '--help'], ROOT)).stdout]);
    const unquoted = texts.flatMap(([where, t]) => [...t.matchAll(/--fail-on[ =]([^'"\s`<][^\s]*[<>][^\s]*)/g)].map((m) => `${where}: ${m[1]}`));
    expect(unquoted).toEqual([]);
    const help = texts.find(([w]) => w === 'board --help')![1];
    expect(help).toContain("'uncategorized>2%'");
  });
});
