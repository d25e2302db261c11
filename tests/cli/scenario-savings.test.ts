/**
 * Scenario savings landings linked to the savings register and candidates by id, end to end on a
 * hand-checked fixture (tests/fixtures/scenario-savings/README.md), and the errors.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const DIR = resolve(import.meta.dirname, '../fixtures/scenario-savings');

function copy(plan: string, extraConfig = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-savings-'));
  for (const f of ['spend.csv', 'savings.yaml']) copyFileSync(join(DIR, f), join(dir, f));
  writeFileSync(join(dir, 'techspend.yaml'), readFileSync(join(DIR, 'techspend.yaml'), 'utf8') + extraConfig);
  writeFileSync(join(dir, 'plan.yaml'), plan);
  return dir;
}

describe('forecast --scenario: a landing with an id and no amount', () => {
  it('takes the register item\'s or the candidate\'s annual amount (and its vendor or category)', async () => {
    const r = await runCli(['forecast', 'spend.csv', '--scenario', 'plan.yaml', '--format', 'csv'], DIR);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n');
    const total = (s: string) => rows.find((l) => l.startsWith(`${s},total,`));
    expect(total('base')).toContain(',-2050.00,');
    expect(total('base')).toMatch(/,19550\.00$/);
    expect(total('written')).toMatch(/,20400\.00$/);
    expect(rows.find((l) => l.startsWith('base,cloud,'))).toMatch(/,-250\.00,0\.00,12950\.00$/);
    expect(rows.find((l) => l.startsWith('base,meetings,'))).toMatch(/,-900\.00,0\.00,3900\.00$/);
    expect(rows.find((l) => l.startsWith('base,data,'))).toMatch(/,-900\.00,0\.00,2700\.00$/);
  });

  it('the bridge notes say where each amount came from', async () => {
    const r = await runCli(['forecast', 'spend.csv', '--scenario', 'plan.yaml'], DIR);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('base: saving SAV-001 [savings.yaml: items[0]] (Data) $150 a month from 2027-07: -$900 in FY2027.');
    expect(r.stdout).toContain('base: saving overlap:Zoom [savings candidate] (Video meetings) $100 a month from 2027-04: -$900 in FY2027.');
    expect(r.stdout).toContain('| **Total** | **21,600.00** | **19,550.00** | **20,400.00** |');
  });

  it('an unknown id is a config error naming the scenario path and listing the known ids (exit 2)', async () => {
    const dir = copy('scenarios:\n  base:\n    savings:\n      - { id: SAV-099, lands: 2027-01 }\n');
    const r = await runCli(['forecast', 'spend.csv', '--scenario', 'plan.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan\.yaml: scenarios\.base\.savings\[0\]\.id: unknown saving "SAV-099".*known ids: SAV-001, SAV-002, overlap:Zoom/);
    expect(r.stderr.trim().split('\n').filter((l) => !l.startsWith('techspend: savings register'))).toHaveLength(1);
  });

  it('neither an amount nor an id: exit 2 before reading the data', async () => {
    const dir = copy('scenarios:\n  base:\n    savings:\n      - { vendor: Zoom, lands: 2027-01 }\n');
    const r = await runCli(['forecast', 'spend.csv', '--scenario', 'plan.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan\.yaml: scenarios\.base\.savings\[0\]: a saving needs monthly, or the id of a savings register item or candidate/);
  });

  it('--no-register: a register id is unknown', async () => {
    const r = await runCli(['forecast', 'spend.csv', '--scenario', 'plan.yaml', '--no-register'], DIR);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown saving "SAV-001".*known ids: overlap:Zoom/);
  });
});

describe('the board: config scenarios link the same way', () => {
  it('the Scenarios section has the linked amounts', async () => {
    const dir = copy(readFileSync(join(DIR, 'plan.yaml'), 'utf8'), 'scenarios: plan.yaml\n');
    const r = await runCli(['board', 'spend.csv'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\| \*\*Total\*\* \| \*\*21,600\.00\*\* \| \*\*19,550\.00\*\* \| \*\*20,400\.00\*\* \|/);
    expect(r.stdout).toContain('base: saving SAV-002 [savings.yaml: items[1]] (Cloud)');
  });
});
