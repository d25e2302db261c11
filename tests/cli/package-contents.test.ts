/** What ships (issue 14): a LICENSE matching package.json, and no test generator or planted-cases file. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortMoney } from '../../src/report/format.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the package', () => {
  it('carries an MIT LICENSE, as package.json says', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { license: string; files: string[] };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(resolve(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.files).toContain('LICENSE');
  });

  it('says where it comes from: repository, homepage and bugs', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { repository?: { type: string; url: string }; homepage?: string; bugs?: { url: string } };
    expect(pkg.repository?.type).toBe('git');
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/techspend\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs?.url).toMatch(/\/issues$/);
  });

  it('ships the demo company but not its generator or planted figures', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toContain('LICENSE');
    expect(files).toContain('fixtures/demo/techspend.yaml');
    expect(files).toContain('fixtures/demo/data/gl-detail.csv');
    expect(files.filter((f) => /generate|PLANTED|expected|(^|\/)tests?\//.test(f))).toEqual([]);
  }, 60_000);
});

describe('compact amounts', () => {
  it('group thousands like every other amount', () => {
    expect(shortMoney({ units: 130_250_000_000n, scale: 2 }, 'GBP')).toBe('£1,302.5M');
    expect(shortMoney({ units: -2_500_000n, scale: 2 }, 'USD')).toBe('-$25.0k');
    expect(shortMoney({ units: 95_000n, scale: 2 }, 'USD')).toBe('$950');
  });
});
