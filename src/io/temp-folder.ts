/**
 * Temporary folders (spilled savings lines, the parts of a split file) that do not outlive the
 * run: removed when their user is done, and at exit. A run cut short by a signal (Ctrl-C) ends at
 * once, as a CLI should, and cannot clean up; its folders carry its process id, and the next run
 * that makes one removes those of processes that are gone.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const open = new Set<string>();
/** the kinds of folder techspend makes; a sweep touches these names only, exactly as made */
const KINDS = ['spill', 'parts', 'rows', 'duckdb'] as const;
const OURS = new RegExp(`^techspend-(?:${KINDS.join('|')})-(\\d+)-[A-Za-z0-9]{6}$`);

function removeAll(): void {
  for (const dir of open) rmSync(dir, { recursive: true, force: true });
  open.clear();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as someone else
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove the folders left by runs that ended without cleaning up. */
export function sweepTempFolders(base = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(OURS.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    rmSync(join(base, name), { recursive: true, force: true });
  }
}

/** A new folder `techspend-<kind>-<pid>-…` in the system's temporary folder; throws if none can be made. */
export function makeTempFolder(kind: (typeof KINDS)[number]): string {
  sweepTempFolders();
  const dir = mkdtempSync(join(tmpdir(), `techspend-${kind}-${process.pid}-`));
  if (open.size === 0) process.once('exit', removeAll);
  open.add(dir);
  return dir;
}

/** Remove a folder made by makeTempFolder. */
export function removeTempFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  open.delete(dir);
  if (open.size === 0) process.removeListener('exit', removeAll);
}
