/**
 * Capex: a category's or a rule's capitalizable share as written ("60%", 60, "12.5 %") → percent
 * × 10^6, with its useful life; a value outside 0–100 or not a number is a config error naming the
 * path. A rule's share wins over its category's for the lines it matches (analysis/capex), so a
 * build agency can be 100% and a support contractor 0% within one 60% category.
 * (The useful life's range is the schema's; analysis/capex uses both.)
 */
import { compare, type Decimal, parseDecimal, round } from '../../money/decimal.js';
import type { Scope } from '../schema.js';

type Report = (at: string, message: string, hint?: string) => void;

/** "60%" / 60 / "12.5 %" → the share as a decimal percent, or undefined (reported) when it is not 0–100. */
function shareOf(written: number | string, at: string, err: Report): Decimal | undefined {
  const text = String(written).trim().replace(/\s*%$/, '');
  const d = /^\d+(\.\d+)?$/.test(text) ? parseDecimal(text) : undefined;
  if (d === undefined || compare(d, { units: 100n, scale: 0 }) > 0) {
    err(at, `capitalize must be a share from 0% to 100%, got "${written}"`, 'for example capitalize: 60%');
    return undefined;
  }
  return d;
}

export function capitalizeOf(c: { id: string; capitalize?: number | string | undefined; usefulLife?: number | undefined; scope?: Scope | undefined }, i: number, err: Report): { capitalize?: bigint; usefulLife?: number } {
  const out: { capitalize?: bigint; usefulLife?: number } = {};
  if (c.usefulLife !== undefined) out.usefulLife = c.usefulLife;
  if (c.capitalize === undefined) return out;
  const d = shareOf(c.capitalize, `categories[${i}].capitalize`, err);
  if (d === undefined) return out;
  if (c.scope === 'excluded') {
    err(`categories[${i}].capitalize`, `category "${c.id}" is excluded: none of its spend can be capitalized technology`, 'remove capitalize, or scope: excluded');
    return out;
  }
  out.capitalize = round(d, 6).units;
  return out;
}

/**
 * A rule's own share and life. `at` is the rule's path (`rules[3]`), `label` its " (rule id)";
 * `excluded`: the rule (or every category it books to) is out of scope, so nothing it matches is
 * technology to capitalize. A useful life without a share on the same rule is an error: it would
 * silently apply the category's share at another life.
 */
export function ruleCapitalizeOf(r: { capitalize?: number | string | undefined; usefulLife?: number | undefined }, at: string, label: string, excluded: boolean, err: Report): { capitalize?: bigint; usefulLife?: number } {
  if (r.capitalize === undefined) {
    if (r.usefulLife !== undefined) err(`${at}.usefulLife${label}`, 'usefulLife on a rule needs capitalize on the same rule', 'for example capitalize: 100% with usefulLife: 24');
    return {};
  }
  const d = shareOf(r.capitalize, `${at}.capitalize${label}`, err);
  if (d === undefined) return {};
  if (excluded) {
    err(`${at}.capitalize${label}`, 'the rule books its lines out of scope (excluded): none of them can be capitalized technology', 'remove capitalize, or the exclusion');
    return {};
  }
  return { capitalize: round(d, 6).units, ...(r.usefulLife !== undefined ? { usefulLife: r.usefulLife } : {}) };
}
