/** Temporary folders carry the run's process id; a later run removes those of runs that are gone. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder, removeTempFolder, sweepTempFolders } from '../../src/io/temp-folder.js';

describe('temporary folders', () => {
  it('are named with the process id and removed when done', () => {
    const dir = makeTempFolder('spill');
    expect(basename(dir)).toMatch(new RegExp(`^techspend-spill-${process.pid}-`));
    expect(existsSync(dir)).toBe(true);
    removeTempFolder(dir);
    expect(existsSync(dir)).toBe(false);
  });

  it('left by a run that is gone are swept; those of live runs and other files stay', () => {
    const base = mkdtempSync(join(tmpdir(), 'sweep-test-'));
    const gone = join(base, 'techspend-spill-99999999-abc123');
    const live = join(base, `techspend-parts-${process.ppid}-abc123`);
    const mine = join(base, `techspend-rows-${process.pid}-abc123`);
    // someone else's folders that look alike: another kind, another shape
    const notes = join(base, 'techspend-backup-99999999-abc123');
    const longer = join(base, 'techspend-spill-99999999-abc123-keep');
    for (const d of [gone, live, mine, notes, longer]) mkdirSync(d);
    sweepTempFolders(base);
    expect([gone, live, mine, notes, longer].map(existsSync)).toEqual([false, true, true, true, true]);
    rmSync(base, { recursive: true });
  });
});
