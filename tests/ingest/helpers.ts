import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConfig } from '../../src/config/build.js';
import type { Config } from '../../src/config/config.js';

/** Write files into a fresh temp folder; returns their paths by name. */
export function writeFiles(files: Record<string, string | Uint8Array>): { dir: string; path: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'techspend-ingest-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, path: (name) => join(dir, name) };
}

export function testConfig(extra: Record<string, unknown> = {}): Config {
  const built = buildConfig(
    { currency: 'USD', categories: [{ id: 'cloud', name: 'Cloud' }, { id: 'other', name: 'Other' }], rules: [{ id: 'aws', category: 'cloud', match: { vendor: '*Amazon*' } }], ...extra },
    { path: '(test)', dir: '.', readRelative: () => ({ error: 'none' }) },
  );
  if (built.config === undefined) throw new Error(built.diagnostics.map((d) => d.message).join('; '));
  return built.config;
}
