/** The savings register: zod shape then semantic checks, each error one line naming the path; exit 2. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseRegister } from '../../src/analysis/savings/register.js';
import { nextIds, yamlSnippet, fiscalClock } from '../../src/analysis/savings/register-view.js';
import { loadConfigFile } from '../../src/io/load-config.js';
import { runCli } from '../cli/run-cli.js';

const config = loadConfigFile(join(process.cwd(), 'fixtures/demo/techspend.yaml'), 'techspend.yaml');
const check = (text: string) => parseRegister(text, 'savings.yaml', config).diagnostics.map((d) => `${d.where}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`);

describe('savings register validation', () => {
  it('accepts the demo register', () => {
    const r = parseRegister(readFileSync(join(process.cwd(), 'fixtures/demo/savings.yaml'), 'utf8'), 'savings.yaml', config);
    expect(r.diagnostics).toEqual([]);
    expect(r.items.map((i) => i.status)).toEqual(['realized', 'redeployed', 'approved', 'in-progress', 'idea', 'idea', 'idea']);
  });

  it('names the path of a bad status', () => {
    expect(check('items:\n  - { id: A, title: t, vendor: Zoom, status: idea, annual: 1 }\n  - { id: B, title: t, vendor: Zoom, status: idea, annual: 1 }\n  - { id: C, title: t, vendor: Zoom, status: done, annual: 1 }\n')).toEqual([
      'savings.yaml: items[2].status: status must be one of idea, approved, in-progress, realized, redeployed',
    ]);
  });

  it('reports unknown keys with a suggestion, missing fields, bad amounts and dates', () => {
    expect(check('items:\n  - { id: A, title: t, vendor: Zoom, status: idea, annual: 1, redeployto: security }\n')).toEqual(['savings.yaml: items[0].redeployto: unknown key "redeployto" (did you mean "redeployTo"?)']);
    expect(check('items:\n  - { id: A, vendor: Zoom, status: idea, annual: 1 }\n')).toEqual(['savings.yaml: items[0].title: missing title']);
    expect(check('items:\n  - { id: A, title: t, vendor: Zoom, status: idea, annual: lots, due: 2026-13-01 }\n')).toEqual([
      'savings.yaml: items[0].annual: annual must be an amount >= 0, like "5544.00", got "lots"',
      'savings.yaml: items[0].due: due must be a date like 2026-12-31, got "2026-13-01"',
    ]);
  });

  it('checks categories, ids and redeployment against the config', () => {
    expect(check('items:\n  - { id: A, title: t, category: securty, status: idea, annual: 1 }\n  - { id: A, title: t, vendor: X, status: redeployed, annual: 1 }\n  - { id: C, title: t, status: idea, annual: 1 }\n')).toEqual([
      'savings.yaml: items[0].category: unknown category "securty" (did you mean "security"?)',
      'savings.yaml: items[1].id: duplicate id "A" (already used by items[0])',
      'savings.yaml: items[1].redeployTo: a redeployed item needs redeployTo (the category the money went to)',
      'savings.yaml: items[2]: an item needs a vendor or a category',
    ]);
  });

  it('exits 2 with one line per problem on the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-register-'));
    writeFileSync(join(dir, 'bad.yaml'), 'items:\n  - { id: A, title: t, vendor: Zoom, status: done, annual: 1 }\n  - { id: B, title: t, vendor: Zoom, status: idea, annual: 1, redeployTo: nowhere }\n');
    const r = await runCli(['savings', '--demo', '--register', join(dir, 'bad.yaml')], process.cwd());
    expect(r.code).toBe(2);
    // the shape pass stops before the semantic checks, as for the config
    expect(r.stderr.trim().split('\n')).toEqual([`${join(dir, 'bad.yaml')}: items[0].status: status must be one of idea, approved, in-progress, realized, redeployed`]);
    writeFileSync(join(dir, 'bad2.yaml'), 'items:\n  - { id: A, title: t, vendor: Zoom, status: idea, annual: 1, redeployTo: nowhere }\n  - { id: B, title: t, vendor: Zoom, status: idea, annual: -5 }\n');
    const r2 = await runCli(['savings', '--demo', '--register', join(dir, 'bad2.yaml')], process.cwd());
    expect(r2.code).toBe(2);
    expect(r2.stderr.trim().split('\n')).toHaveLength(2);
    const missing = await runCli(['savings', '--demo', '--register', join(dir, 'none.yaml')], process.cwd());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('writes snippets that parse back as valid items', () => {
    const ids = nextIds(parseRegister('items:\n  - { id: SAV-009, title: t, vendor: Zoom, status: idea, annual: 1 }\n', 'x', config).items, 2);
    expect(ids).toEqual(['SAV-010', 'SAV-011']);
    const line = yamlSnippet('SAV-010', { kind: 'price-increase', vendor: 'Slack', vendorKeys: [], category: 'collaboration', annual: { units: 1080000n, scale: 2 }, oneOff: false, confidence: 'medium', evidence: [], basis: '', title: 'Negotiate "Slack" back: 4,200.00 → 5,100.00' }, '2027-01-31');
    const back = parseRegister(`items:\n  ${line}\n`, 'x', config);
    expect(back.diagnostics).toEqual([]);
    expect(back.items[0]!.title).toBe('Negotiate "Slack" back: 4,200.00 → 5,100.00');
    expect(parseYaml(`items:\n  ${line}\n`)).toBeTruthy();
  });

  it('counts the days left in the fiscal year', () => {
    expect(fiscalClock('2026-10-28', 2)).toEqual({ asOf: '2026-10-28', fiscalYear: 'FY2027', fiscalYearEnd: '2027-01-31', daysLeft: 95 });
    expect(fiscalClock('2026-12-31', 1)).toMatchObject({ fiscalYear: 'FY2026', daysLeft: 0 });
  });
});
