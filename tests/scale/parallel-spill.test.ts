/**
 * savings with its lines spilled to disk gives the in-memory output byte for byte, on one thread
 * and on two.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { built, makeData, runIn } from './parallel-data.js';

let dir = '';
beforeAll(async () => {
  dir = await makeData();
});
const run = (args: string[], threads: string) => runIn(dir, args, threads);

describe.skipIf(!built)('savings spilled to disk', () => {
  it('savings with its lines spilled to disk, on one thread and on two (parts appended in file order)', () => {
    const args = ['savings', 'lines.csv', '-c', 'rules.yaml', '--format', 'csv'];
    const memory = run(args, '1');
    expect(memory.status, memory.stderr).toBe(0);
    const spill = { TECHSPEND_SPILL_LINES: '97' };
    expect(runIn(dir, args, '1', spill)).toEqual(memory);
    expect(runIn(dir, args, '2', spill)).toEqual(memory);
    // no temporary folder for the parts' lines nor for the spill: one thread, all in memory
    expect(runIn(dir, args, '2', { ...spill, TMPDIR: join(dir, 'no-such-folder') })).toEqual(memory);
  });
});
