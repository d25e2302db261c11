/**
 * The contract table (`contracts:`, for renewals), read by the same reader `renewals --contracts`
 * uses (contract-table.ts): problems name file:line.
 */
import { readContractTable } from '../contract-table.js';
import { type ConfigCheck, report } from './state.js';

export const contracts: ConfigCheck = {
  name: 'contracts',
  run(s) {
    const written = s.written.contracts;
    if (written === undefined) return;
    const file = s.ctx.readRelative(written);
    if ('error' in file) return report(s, 'contracts', `cannot read contracts "${written}": ${file.error}`);
    const read = readContractTable(file.text, written);
    for (const p of read.problems) s.diagnostics.push({ severity: 'error', kind: 'config', ...p, where: `${s.ctx.path}: ${p.where}` });
    s.contracts = read.lines;
  },
};
