/**
 * The start of the `techspend explain` command that reopens a figure: the inputs as given and the
 * options that change figures (config, dates, currency, cost column, preset, dedupe), so the
 * explain reads the same lines the report did.
 */
import type { Reconciliation } from '../analysis/reconciliation.js';
import type { CommonOptions } from './options.js';

/**
 * The inputs an explain command reads: those given, or for a run on a fact table (--facts, which
 * explain does not read: it lists lines) the inputs the table was made from, as its rows name
 * them, so the command reopens the figure where those files are.
 */
export function explainInputs(inputs: readonly string[], reconciliation: Reconciliation): readonly string[] {
  if (inputs.length > 0) return inputs;
  return reconciliation.files.flatMap((f) => f.inputs ?? []);
}

export function explainInvocation(inputs: readonly string[], opts: CommonOptions, o: { withTo?: boolean } = {}): string[] {
  const words = ['techspend', 'explain', ...inputs];
  if (opts.demo) words.push('--demo');
  if (opts.config !== undefined) words.push('--config', opts.config);
  if (opts.from !== undefined) words.push('--from', opts.from);
  if (opts.to !== undefined && o.withTo !== false) words.push('--to', opts.to);
  if (opts.currency !== undefined) words.push('--currency', opts.currency);
  if (opts.cost !== undefined && opts.cost !== 'billed') words.push('--cost', opts.cost);
  if (opts.preset !== undefined) words.push('--preset', opts.preset);
  if (opts.dedupe) words.push('--dedupe');
  if (opts.basis !== undefined && opts.basis !== 'cash') words.push('--basis', opts.basis);
  return words;
}
