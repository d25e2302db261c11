/** `rules` and `facts` export SQL and read no inputs: they take the same options, declared once. */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';

const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} } as never;

describe('SQL export options', () => {
  it('rules and facts offer the same options, with the same help', () => {
    const program = buildProgram(io, () => {});
    const optionsOf = (name: string) => program.commands.find((c) => c.name() === name)!.options.map((o) => `${o.flags} ${o.description} ${o.mandatory}`);
    expect(optionsOf('rules')).toEqual(optionsOf('facts'));
    expect(optionsOf('rules').map((o) => o.split(' ')[0])).toEqual(['--sql', '-c,', '--demo', '-o,', '-q,']);
  });
});
