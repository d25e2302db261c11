/** The data the parallel tests share: bench-like files with planted problems, and a runner. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, expect, vi } from 'vitest';
// @ts-expect-error plain ESM module without types
import { rulesYaml, writeLines } from '../../bench/generate.mjs';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/techspend.js');
export const built = existsSync(join(root, 'dist/io/workers/scan-worker.js'));

/** The bound on one case of the scale tests (and on making their data). */
export const SCALE_TIMEOUT = 180_000;

/**
 * Lines in lines.csv. The size threshold is lowered to one byte (runIn), so any file is split;
 * 4,000 lines still give every thread a part of hundreds of lines with the generator's vendors,
 * rules and savings spikes (12,000 made each CLI run of these files about three times as long).
 */
export const LINES = 4_000;

/** Write the files into a new folder; returns it. */
export async function makeData(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'techspend-scale-'));
  await writeLines(LINES, join(dir, 'lines.csv'), 11);
  // rows that cannot be read, late in the file: their line numbers must be the file's
  appendFileSync(join(dir, 'lines.csv'), '2025-03-01,Acme,"multi\nline",6400,Eng,CC-1,USD,not-a-number\n2025-03-02,Acme,x,6400,Eng,CC-1,XXX,10\n2025-03-03,Acme,"ok, fine",6400,Eng,CC-1,USD,5.00\n');
  writeFileSync(join(dir, 'rules.yaml'), rulesYaml(200));
  // a bad row in the first part (the main thread's), and a config that allocates a shared
  // category (its facts keep the vendor grain, the others do not)
  const [header, ...rest] = readFileSync(join(dir, 'lines.csv'), 'utf8').split('\n');
  writeFileSync(join(dir, 'early.csv'), [header, '2025-01-05,Acme,early,6400,Eng,CC-1,USD,12..5', ...rest].join('\n'));
  const rules = rulesYaml(200) as string;
  expect(rules).toMatch(/shared: true/);
  const shared = /- id: ([\w-]+)\n(?:\s+\w+: .*\n)*?\s+shared: true/.exec(rules)![1]!;
  writeFileSync(join(dir, 'allocated.yaml'), `${rules}\nallocations:\n  ${shared}: { method: proportional }\n`);
  // several files: the same lines in two exports (overlap) and the same vendor-month spend in two
  // sources (double count), a rejected row, and files of different sizes
  await writeLines(2_000, join(dir, 'a.csv'), 21);
  await writeLines(700, join(dir, 'b.csv'), 22);
  await writeLines(1_300, join(dir, 'c.csv'), 23);
  const shared3 = '2025-05-03,Zeta Doublecount Inc,Zeta platform May,6400,Eng,CC-1,USD,120.00\n2025-05-09,Zeta Doublecount Inc,Zeta seats May,6400,Eng,CC-1,USD,80.50\n';
  appendFileSync(join(dir, 'a.csv'), shared3);
  appendFileSync(join(dir, 'c.csv'), shared3 + '2025-05-10,Acme,bad,6400,Eng,CC-1,USD,1.2.3\n');

  return dir;
}

/** The CLI in `dir` with a file split from its first byte on, on `threads` threads. */
export function runIn(dir: string, args: string[], threads: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args, '--threads', threads], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, TECHSPEND_PARALLEL_MIN_BYTES: '1', NO_COLOR: '1', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The data for this test file, made before its tests run: `dir` is its folder, `run` the CLI
 * there (the size threshold lowered, so files split from their first byte).
 */
export function useData() {
  // each case starts the built CLI a few times on files of thousands of lines: seconds when the machine is
  // idle, many more when the 2 cores are shared, so a generous bound per case (and for making the
  // data) instead of the suite's 20 s, which these cases used to outrun under load
  vi.setConfig({ testTimeout: SCALE_TIMEOUT, hookTimeout: SCALE_TIMEOUT });
  const data = {
    dir: '',
    run: (args: string[], threads: string, env: Record<string, string> = {}) => runIn(data.dir, args, threads, env),
  };
  beforeAll(async () => {
    data.dir = await makeData();
  });
  return data;
}
