/**
 * Capex: a category's capitalizable share as written ("60%", 60, "12.5 %") → percent × 10^6, with
 * its useful life; a value outside 0–100 or not a number is a config error naming the path.
 * (The useful life's range is the schema's; analysis/capex uses both.)
 */
import { compare, parseDecimal, round } from '../../money/decimal.js';
import type { Scope } from '../schema.js';

export function capitalizeOf(c: { id: string; capitalize?: number | string | undefined; usefulLife?: number | undefined; scope?: Scope | undefined }, i: number, err: (at: string, message: string, hint?: string) => void): { capitalize?: bigint; usefulLife?: number } {
  const out: { capitalize?: bigint; usefulLife?: number } = {};
  if (c.usefulLife !== undefined) out.usefulLife = c.usefulLife;
  if (c.capitalize === undefined) return out;
  const text = String(c.capitalize).trim().replace(/\s*%$/, '');
  const d = /^\d+(\.\d+)?$/.test(text) ? parseDecimal(text) : undefined;
  if (d === undefined || compare(d, { units: 100n, scale: 0 }) > 0) {
    err(`categories[${i}].capitalize`, `capitalize must be a share from 0% to 100%, got "${c.capitalize}"`, 'for example capitalize: 60%');
    return out;
  }
  if (c.scope === 'excluded') {
    err(`categories[${i}].capitalize`, `category "${c.id}" is excluded: none of its spend can be capitalized technology`, 'remove capitalize, or scope: excluded');
    return out;
  }
  out.capitalize = round(d, 6).units;
  return out;
}
