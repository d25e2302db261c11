/**
 * Data flows one way (src/README.md): cli → io → render → report → analysis → rules → config →
 * ingest → catalog / money / period (with the shared modules at src/'s root). A module may import
 * its own folder and the folders after it, never one before it: this reads every import (static,
 * type-only, re-export, dynamic and require) of every module in src/ and lists each one that runs
 * against the flow. There is no list of exceptions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../../src');

/** The layers, first to last; a layer may import itself and every layer after it. */
const LAYERS: readonly (readonly string[])[] = [['cli'], ['io'], ['render'], ['report'], ['analysis'], ['rules'], ['config'], ['ingest'], ['catalog', 'money', 'period', '(root)']];

function layerOf(file: string): string {
  const parts = relative(src, file).split(/[\\/]/);
  return parts.length === 1 ? '(root)' : parts[0]!;
}

function rankOf(layer: string): number {
  return LAYERS.findIndex((l) => l.includes(layer));
}

function* modules(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* modules(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^;'"]*?from\s*['"](\.[^'"]+)['"]|(?:^|[\s;])import\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|require\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Relative imports of a module, as the files they name. */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    out.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
  }
  return out;
}

describe('imports follow the flow', () => {
  const files = [...modules(src)];

  it('every folder of src/ is a known layer', () => {
    expect(files.map(layerOf).filter((l) => rankOf(l) < 0)).toEqual([]);
  });

  it('no module imports a layer before its own', () => {
    const against: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const target of importsOf(file, readFileSync(file, 'utf8'))) {
        const to = layerOf(target);
        if (rankOf(to) < rankOf(from)) against.push(`${relative(src, file)} (${from}) imports ${relative(src, target)} (${to})`);
      }
    }
    expect(against).toEqual([]);
  });

  // Each folder's README says what the folder may import ("May import: a/, b/."); the README must
  // not allow what the flow forbids, nor leave out what the code does import.
  it("every folder's README says what it may import, and the code keeps to it", () => {
    const problems: string[] = [];
    const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory());
    for (const folder of folders) {
      const text = readFileSync(join(src, folder, 'README.md'), 'utf8').replace(/\s+/g, ' ');
      const said = /May import: ([^.;(]*)/.exec(text)?.[1];
      if (said === undefined) {
        problems.push(`${folder}/README.md has no "May import:" line`);
        continue;
      }
      const every = said.trim() === 'every folder';
      const listed = new Set([...said.matchAll(/([a-z]+)\//g)].map((m) => m[1]!));
      for (const l of listed) if (rankOf(l) < rankOf(folder) || l === folder) problems.push(`${folder}/README.md allows ${l}/, against the flow`);
      const used = new Set<string>();
      for (const file of files.filter((f) => layerOf(f) === folder)) {
        for (const target of importsOf(file, readFileSync(file, 'utf8'))) used.add(layerOf(target));
      }
      for (const u of [...used].sort()) {
        if (u !== folder && u !== '(root)' && !every && !listed.has(u)) problems.push(`${folder}/ imports ${u}/, which its README does not list`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the scanner sees every kind of import', () => {
    const seen = importsOf(join(src, 'config/x.ts'), "import type { A } from '../rules/a.js';\nexport { B } from './b.js';\nimport {\n  C,\n} from '../io/c.js';\nconst d = await import('../cli/d.js');\nimport './e.js';\nrequire('../report/f.js');\n");
    expect(new Set(seen.map((p) => relative(src, p)))).toEqual(new Set(['rules/a.ts', 'config/b.ts', 'io/c.ts', 'cli/d.ts', 'config/e.ts', 'report/f.ts']));
  });
});
