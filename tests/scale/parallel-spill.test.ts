/**
 * savings with its lines spilled to disk gives the in-memory output byte for byte, on one thread
 * and on two.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { built, useData } from './parallel-data.js';

const data = useData();
const run = data.run;

describe.skipIf(!built)('savings spilled to disk', () => {
  it('savings with its lines spilled to disk, on one thread and on two (parts appended in file order)', () => {
    const args = ['savings', 'lines.csv', '-c', 'rules.yaml', '--format', 'csv'];
    const memory = run(args, '1');
    expect(memory.status, memory.stderr).toBe(0);
    const spill = { TECHSPEND_SPILL_LINES: '97' };
    expect(run(args, '1', spill)).toEqual(memory);
    expect(run(args, '2', spill)).toEqual(memory);
    // no temporary folder for the parts' lines nor for the spill: one thread, all in memory
    expect(run(args, '2', { ...spill, TMPDIR: join(data.dir, 'no-such-folder') })).toEqual(memory);
  });
});
