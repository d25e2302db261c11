/**
 * io/records.ts drives csv-parse's internal parser (`parser.api`, its field buffer): users get
 * package.json's range, not the lockfile, so the dependency is pinned to the exact version the
 * code was written and tested against, and the lockfile's root entry says the same.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as Record<string, any>;

describe('csv-parse is pinned', () => {
  it('package.json names the installed version exactly, and so does the lockfile', () => {
    const installed = json('node_modules/csv-parse/package.json').version as string;
    expect(json('package.json').dependencies['csv-parse']).toBe(installed);
    const lock = json('package-lock.json');
    expect(lock.packages[''].dependencies['csv-parse']).toBe(installed);
    expect(lock.packages['node_modules/csv-parse'].version).toBe(installed);
  });
});
