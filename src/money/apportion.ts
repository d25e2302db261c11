/**
 * Display rounding that foots: the one rule by which exact amounts (cloud lines carry fractional
 * cents) become cents that add up. A set of parts is rounded against a total already in cents by
 * largest remainder, so the rounded parts sum to exactly that total and each part is within one
 * cent of its exact value (a part already in cents is never moved).
 */
import { type Decimal, pow10, round } from './decimal.js';

const CENT_SCALE = 2;

/** Units of `d` at scale 2 rounded toward −∞, and what is left over, at `scale` (≥ 2). */
function floorCents(d: Decimal, scale: number): { cents: bigint; rest: bigint } {
  const units = d.scale <= scale ? d.units * pow10(scale - d.scale) : d.units; // scale ≥ d.scale here
  const unit = pow10(scale - CENT_SCALE);
  let cents = units / unit;
  let rest = units % unit;
  if (rest < 0n) {
    cents -= 1n;
    rest += unit;
  }
  return { cents, rest };
}

/**
 * `parts` rounded to the cent so that they add up to `target` (a cent amount within one cent of
 * the parts' exact sum: their rounded sum, or a share apportioned one level up). Largest remainder:
 * every part is first rounded down to the cent, and the cents still missing go one each to the parts
 * with the largest remainders (ties to the part listed first).
 */
export function apportionCents(parts: readonly Decimal[], target: Decimal): Decimal[] {
  const scale = Math.max(CENT_SCALE, ...parts.map((p) => p.scale));
  const floors = parts.map((p) => floorCents(p, scale));
  let missing = round(target, CENT_SCALE).units;
  for (const f of floors) missing -= f.cents;
  const cents = floors.map((f) => f.cents);
  if (missing !== 0n && parts.length > 0) {
    const order = floors.map((_, i) => i).sort((i, j) => {
      const a = floors[i]!.rest;
      const b = floors[j]!.rest;
      return a > b ? -1 : a < b ? 1 : i - j;
    });
    // missing > 0 in every use here; a negative target (parts off by more than a cent) still foots
    const step = missing > 0n ? 1n : -1n;
    for (let k = 0; missing !== 0n; k = (k + 1) % order.length) {
      const i = missing > 0n ? order[k]! : order[order.length - 1 - k]!;
      cents[i] = cents[i]! + step;
      missing -= step;
    }
  }
  return cents.map((c) => ({ units: c, scale: CENT_SCALE }));
}

/** `parts` rounded against their own rounded sum: the total shown is the exactly rounded total. */
export function roundFooting(parts: readonly Decimal[]): Decimal[] {
  const scale = Math.max(CENT_SCALE, ...parts.map((p) => p.scale));
  let total = 0n;
  for (const p of parts) total += p.units * pow10(scale - p.scale);
  return apportionCents(parts, round({ units: total, scale }, CENT_SCALE));
}

/**
 * Cents for amounts that arrive one at a time (categorize streams its lines): each amount is shown
 * as the change in the rounded running sum of its group, so a group's shown amounts always add up
 * to its exactly rounded total and each is within one cent of its exact value. Amounts already in
 * cents pass through unchanged while the group has no fraction pending.
 */
export class CentCarry {
  private readonly sums = new Map<string, { exact: bigint; scale: number; shown: bigint }>();

  book(group: string, amount: Decimal): Decimal {
    let s = this.sums.get(group);
    if (!s) this.sums.set(group, (s = { exact: 0n, scale: CENT_SCALE, shown: 0n }));
    if (amount.scale <= CENT_SCALE && s.exact % pow10(s.scale - CENT_SCALE) === 0n) {
      // the common case: whole cents on whole cents
      const cents = amount.units * pow10(CENT_SCALE - amount.scale);
      s.exact += cents * pow10(s.scale - CENT_SCALE);
      s.shown += cents;
      return { units: cents, scale: CENT_SCALE };
    }
    if (amount.scale > s.scale) {
      s.exact *= pow10(amount.scale - s.scale);
      s.scale = amount.scale;
    }
    s.exact += amount.units * pow10(s.scale - amount.scale);
    const shownNow = round({ units: s.exact, scale: s.scale }, CENT_SCALE).units;
    const cents = shownNow - s.shown;
    s.shown = shownNow;
    return { units: cents, scale: CENT_SCALE };
  }
}
