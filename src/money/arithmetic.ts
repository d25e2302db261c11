/**
 * Exact decimal arithmetic: an integer count of units at a power-of-ten scale.
 * Money never passes through `number`; source precision is kept (cloud line items carry
 * 10+ decimals) and rounding happens only at named points, half away from zero.
 */
export interface Decimal {
  readonly units: bigint;
  /** number of decimal places: value = units / 10^scale */
  readonly scale: number;
}

export const ZERO: Decimal = Object.freeze({ units: 0n, scale: 0 });

const POW10: bigint[] = [];
export function pow10(n: number): bigint {
  let p = POW10[n];
  if (p === undefined) {
    p = 10n ** BigInt(n);
    POW10[n] = p;
  }
  return p;
}

export function dec(units: bigint, scale: number): Decimal {
  return { units, scale };
}

export function fromCents(cents: bigint): Decimal {
  return { units: cents, scale: 2 };
}

/** Raise a value to a finer scale (never loses digits). */
export function rescaleUp(d: Decimal, scale: number): bigint {
  return d.scale === scale ? d.units : d.units * pow10(scale - d.scale);
}

export function add(a: Decimal, b: Decimal): Decimal {
  if (a.scale === b.scale) return { units: a.units + b.units, scale: a.scale };
  if (a.scale > b.scale) return { units: a.units + rescaleUp(b, a.scale), scale: a.scale };
  return { units: rescaleUp(a, b.scale) + b.units, scale: b.scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  return add(a, neg(b));
}

export function neg(a: Decimal): Decimal {
  return { units: -a.units, scale: a.scale };
}

export function abs(a: Decimal): Decimal {
  return a.units < 0n ? neg(a) : a;
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return normalize({ units: a.units * b.units, scale: a.scale + b.scale });
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const s = Math.max(a.scale, b.scale);
  const x = rescaleUp(a, s);
  const y = rescaleUp(b, s);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Decimal): boolean {
  return a.units === 0n;
}

export function sign(a: Decimal): -1 | 0 | 1 {
  return a.units < 0n ? -1 : a.units > 0n ? 1 : 0;
}

export function sum(values: Iterable<Decimal>): Decimal {
  let acc: Decimal = ZERO;
  for (const v of values) acc = add(acc, v);
  return acc;
}

/** Drop trailing zero digits (keeps the value, shrinks the bigint). */
export function normalize(a: Decimal): Decimal {
  if (a.scale === 0 || a.units % 10n !== 0n) return a;
  let { units, scale } = a;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return { units, scale };
}

/** Integer division rounding half away from zero. */
export function divRoundHalfAway(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d;
  const r = n % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/** Round to `scale` places, half away from zero: the one rounding mode money uses here. */
export function round(a: Decimal, scale: number): Decimal {
  if (a.scale <= scale) return { units: rescaleUp(a, scale), scale };
  return { units: divRoundHalfAway(a.units, pow10(a.scale - scale)), scale };
}

/** a / b rounded half away from zero to `scale` places. */
export function divide(a: Decimal, b: Decimal, scale: number): Decimal {
  if (b.units === 0n) throw new RangeError('division by zero');
  // a.units/10^as / (b.units/10^bs) = a.units * 10^(bs + scale - as) / b.units, at `scale`
  const shift = b.scale + scale - a.scale;
  const num = shift >= 0 ? a.units * pow10(shift) : a.units;
  const den = shift >= 0 ? b.units : b.units * pow10(-shift);
  return { units: divRoundHalfAway(num, den), scale };
}

/** Multiply by an integer count. */
export function times(a: Decimal, k: bigint): Decimal {
  return { units: a.units * k, scale: a.scale };
}
