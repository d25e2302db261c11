/**
 * Hostile configs (issue 15, fuzz findings): alias bombs, nesting thousands deep, huge and
 * catastrophic regexes are one-line config errors (exit 2) naming the config, never an
 * internal error (exit 70) or a hang.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { yamlErrorDiagnostics } from '../../src/config/build.js';

const dir = mkdtempSync(join(tmpdir(), 'techspend-hostile-config-'));
writeFileSync(join(dir, 'lines.csv'), `Date,Vendor,Description,Amount\n2026-01-05,Acme,${'a'.repeat(40)}b,10.00\n`);
const CATEGORIES = 'categories:\n  - { id: a, name: A, function: F }\n';

function aliasBomb(): string {
  const lines = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return `${CATEGORIES}${lines.join('\n')}\n`;
}

const blockDeep = (n: number) => `${CATEGORIES}x:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 1)}k:`).join('\n')}\n`;
const notDeep = (n: number) => `${CATEGORIES}rules:\n  - category: a\n    match:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 3)}not:`).join('\n')}\n${'  '.repeat(n + 3)}vendor: x\n`;
const rule = (pattern: string) => `${CATEGORIES}rules:\n  - { category: a, match: { vendor: Acme } }\n  - { category: a, match: { vendor: x } }\n  - { category: a, match: { vendor: y } }\n  - { id: slow, category: a, match: { description: ${JSON.stringify(pattern)} } }\n`;

async function validate(yaml: string) {
  writeFileSync(join(dir, 'techspend.yaml'), yaml);
  return runCli(['validate', 'lines.csv', '-q'], dir);
}

describe('hostile configs are config errors', () => {
  it.each([
    ['a YAML alias bomb', aliasBomb(), /techspend\.yaml.*alias/],
    ['flow collections 5,000 deep', `${CATEGORIES}x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /techspend\.yaml.*nested/],
    ['block mappings 3,000 deep', blockDeep(3000), /techspend\.yaml.*nested/],
    ['a match 500 "not" deep', notDeep(500), /techspend\.yaml.*nested/],
    ['a 100 kB regex', rule(`/${'a'.repeat(100_000)}/`), /techspend\.yaml: rules\[3\]\.match\.description \(rule slow\): .*long/],
    ['a catastrophic regex', rule('/(.*a){20}$/'), /techspend\.yaml: rules\[3\]\.match\.description \(rule slow\): .*(nested|quantif)/],
  ])('%s', async (_name, yaml, message) => {
    const started = Date.now();
    const r = await validate(yaml);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
  it('the parser\'s stack overflow is said once, however many errors follow it (warm code reported two)', () => {
    // the yaml parser's errors after an overflow, as warm code produced them (a shared test worker)
    const overflow = { message: 'Maximum call stack size exceeded at line 3, column 2:\n\n[[[[', linePos: [{ line: 3, col: 2 }] };
    const after = { message: 'Unexpected flow-seq-end at line 3, column 5003', linePos: [{ line: 3, col: 5003 }] };
    expect(yamlErrorDiagnostics([overflow, overflow, after], 'techspend.yaml').map((d) => `${d.where}: ${d.message}`)).toEqual(['techspend.yaml: not valid YAML: nested too deeply to read']);
    // other errors: each at its place, on its first line
    expect(yamlErrorDiagnostics([after], 'techspend.yaml').map((d) => `${d.where}: ${d.message}`)).toEqual(['techspend.yaml:3:5003: not valid YAML: Unexpected flow-seq-end']);
  });
  it('a sane config with a modest alias and nesting still loads', async () => {
    const r = await validate(`${CATEGORIES}rules:\n  - &r { category: a, match: { any: [ { not: { vendor: x } }, { all: [ { vendor: "Ac*" }, { description: "/^a+b$/" } ] } ] } }\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
