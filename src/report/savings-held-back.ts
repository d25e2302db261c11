/**
 * The one line of `savings` that says what was not examined or held back, and why: nothing the
 * detectors pass over is dropped silently (uncategorized lines, a vendor's habitual same-day
 * charges, spikes and bills in lumps below the materiality floor).
 */
import type { HeldBack } from '../analysis/savings/find.js';
import type { Unexamined } from '../analysis/savings/scope.js';
import { groupDigits, toGrouped } from '../money/decimal.js';

export interface SavingsHeldBack extends HeldBack {
  unexamined?: Unexamined | undefined;
  /** bills in lumps below the floor */
  lumps: number;
}

const plural = (n: number, one: string, many: string) => `${groupDigits(n)} ${n === 1 ? one : many}`;

/** The sentence, or undefined when nothing was held back. */
export function heldBackLine(h: SavingsHeldBack, currency: string): string | undefined {
  const parts: string[] = [];
  const u = h.unexamined;
  if (u !== undefined && u.lines > 0)
    parts.push(`${plural(u.lines, 'uncategorized line', 'uncategorized lines')} (${currency} ${toGrouped(u.amount)}) not examined: savings looks at lines a rule maps to a category; add rules for the technology among them (techspend init --from)`);
  if (h.habitual > 0)
    parts.push(`${plural(h.habitual, 'group', 'groups')} of identical same-day charges with no reference to tell them apart, at a vendor that charges that amount several times a day on other days too (its usual pattern, not a duplicate)`);
  if (h.unexplained > 0)
    parts.push(`${plural(h.unexplained, 'group', 'groups')} of identical same-day lines with nothing but vendor, amount and day in common, at a vendor that does not bill that amount every month (several items of one purchase, most likely)`);
  if (h.units > 0)
    parts.push(`${plural(h.units, 'group', 'groups')} of identical lines with no reference that read as several units of one purchase (three or more alike, or a vendor selling by the unit: fares, devices)`);
  if (h.timing > 0)
    parts.push(`${plural(h.timing, 'month', 'months')} above the spike multiple made only of bills no larger than a usual month (several periods paid at once: timing, not an anomaly)`);
  if (h.purchases > 0)
    parts.push(`${plural(h.purchases, 'month', 'months')} above the spike multiple at a vendor selling by the unit (devices, fares: a purchase, not a billing anomaly)`);
  const below: string[] = [];
  if (h.spikes > 0) below.push(plural(h.spikes, 'spike', 'spikes'));
  if (h.lumps > 0) below.push(plural(h.lumps, 'bill in lumps', 'bills in lumps'));
  if (below.length > 0)
    parts.push(`${below.join(' and ')} below the materiality floor of ${currency} ${toGrouped(h.materiality.floor)} (--material, or --material-share of the ${currency} ${toGrouped(h.materiality.spend)} examined in the last 12 months)`);
  return parts.length === 0 ? undefined : `Held back: ${parts.join('; ')}.`;
}
