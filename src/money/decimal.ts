/**
 * Exact decimal numbers: an integer count of units at a power-of-ten scale.
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

/** Plain decimal string with exactly `places` decimals (rounded half away from zero), dot mark. */
export function toFixed(a: Decimal, places = 2): string {
  const r = round(a, places);
  const negative = r.units < 0n;
  const digits = (negative ? -r.units : r.units).toString().padStart(places + 1, '0');
  const int = places === 0 ? digits : digits.slice(0, digits.length - places);
  const frac = places === 0 ? '' : '.' + digits.slice(digits.length - places);
  const body = int + frac;
  return negative && /[1-9]/.test(body) ? '-' + body : body;
}

/** Exact string of the value at its own scale (no rounding). */
export function toExact(a: Decimal): string {
  const n = normalize(a);
  return toFixed(n, n.scale);
}

/** Thousands-grouped display form, e.g. -1,234,567.89 */
/**
 * A whole number with its digits grouped by thousands, as `toLocaleString('en-US')` writes it,
 * without loading the locale data that costs a cold start about 15 ms.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${s}` : s;
}

export function toGrouped(a: Decimal, places = 2): string {
  const s = toFixed(a, places);
  const negative = s.startsWith('-');
  const body = negative ? s.slice(1) : s;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + grouped + frac;
}

const PLAIN = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parse a plain decimal string: optional sign, digits, optional fraction, optional exponent
 * (`5.6E-05` is common in cloud exports). Returns undefined when it is not a number.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const m = PLAIN.exec(text);
  if (m === null) return undefined;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int.length === 0 && frac.length === 0) return undefined;
  let units = BigInt((int + frac) || '0');
  if (m[1] === '-') units = -units;
  let scale = frac.length;
  if (m[4] !== undefined) {
    const exp = Number(m[4]);
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return undefined;
    scale -= exp;
    if (scale < 0) {
      units *= pow10(-scale);
      scale = 0;
    }
  }
  return { units, scale };
}

/**
 * Split `total` into parts proportional to integer `weights`, at the total's own unit
 * (the cent for 2-decimal amounts), by largest remainder; ties go to the part listed first.
 * The parts always add up exactly to the total.
 */
export function allocate(total: Decimal, weights: readonly bigint[]): Decimal[] {
  const weightSum = weights.reduce((a, w) => a + w, 0n);
  if (weights.length === 0 || weightSum <= 0n) throw new RangeError('allocate needs positive weights');
  const negative = total.units < 0n;
  const t = negative ? -total.units : total.units;
  const base: bigint[] = [];
  const rem: bigint[] = [];
  let given = 0n;
  for (const w of weights) {
    const q = (t * w) / weightSum;
    base.push(q);
    rem.push((t * w) % weightSum);
    given += q;
  }
  let left = t - given;
  const order = weights.map((_, i) => i).sort((i, j) => {
    const ri = rem[i]!;
    const rj = rem[j]!;
    return ri > rj ? -1 : ri < rj ? 1 : i - j;
  });
  for (const i of order) {
    if (left <= 0n) break;
    base[i] = base[i]! + 1n;
    left--;
  }
  return base.map((u) => ({ units: negative ? -u : u, scale: total.scale }));
}

/** Parse a percentage weight like 70, 33.5 into a bigint weight at a fixed scale (1e6). */
export function weightOf(value: number | string): bigint {
  const d = parseDecimal(String(value));
  if (d === undefined) throw new RangeError(`not a number: ${value}`);
  return round(d, 6).units;
}

/**
 * An exact running sum of Decimals, cheaper than folding `add`: while the units stay within
 * ±(2^53 − 1) they are summed as a `number` (integers that size are exact; every step is checked,
 * and anything larger goes to a bigint part), so no bigint or object is made per value.
 * `value()` equals `values.reduce(add, ZERO)`: the same units at the largest scale seen.
 */
export class DecimalSum {
  /** units at `scale`, a safe integer */
  private small = 0;
  /** units at `scale` beyond what `small` holds */
  private big = 0n;
  private scale = 0;

  add(d: Decimal): void {
    const u = d.units;
    if (d.scale !== this.scale) {
      if (d.scale > this.scale) this.rescale(d.scale);
      else {
        const k = this.scale - d.scale;
        if (k <= 15) {
          const x = Number(u) * POW10_NUMBER[k]!;
          const n = this.small + x;
          if (Number.isSafeInteger(x) && Number.isSafeInteger(n)) {
            this.small = n;
            return;
          }
        }
        this.big += u * pow10(k);
        return;
      }
    }
    const x = Number(u);
    if (Number.isSafeInteger(x)) {
      const n = this.small + x;
      if (Number.isSafeInteger(n)) {
        this.small = n;
        return;
      }
      // keep the number part small: move it to the bigint part
      this.big += BigInt(this.small);
      this.small = x;
      return;
    }
    this.big += u;
  }

  /** `add` of units that are a safe integer, given as a number (no bigint made). */
  addNumber(units: number, scale: number): void {
    if (scale === this.scale) {
      const n = this.small + units;
      if (Number.isSafeInteger(n)) {
        this.small = n;
        return;
      }
      this.big += BigInt(this.small);
      this.small = units;
      return;
    }
    this.add({ units: BigInt(units), scale });
  }

  addSum(other: DecimalSum): void {
    this.add(other.value());
  }

  private rescale(scale: number): void {
    const k = scale - this.scale;
    this.scale = scale;
    const n = k <= 15 ? this.small * POW10_NUMBER[k]! : Number.NaN;
    if (Number.isSafeInteger(n)) this.small = n;
    else {
      this.big += BigInt(this.small);
      this.small = 0;
    }
    if (this.big !== 0n) this.big *= pow10(k);
  }

  value(): Decimal {
    return { units: this.big + BigInt(this.small), scale: this.scale };
  }
}

const POW10_NUMBER: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * Many exact running sums in one Float64Array (one cache line holds a few), for aggregates that
 * are found by index rather than as objects: entry i is `data[i * stride]` = units (a safe
 * integer) and `data[i * stride + 1]` = scale, then `extra` numbers the caller keeps beside it
 * (counters). Units beyond ±(2^53 − 1) go to a bigint part. `value(i)` equals folding `add` from
 * ZERO over the values added to entry i.
 */
export class DecimalSums {
  data: Float64Array;
  readonly stride: number;
  size = 0;
  private readonly big = new Map<number, bigint>();

  constructor(extra: number, capacity = 1024) {
    this.stride = 2 + extra;
    this.data = new Float64Array(capacity * this.stride);
  }

  /** A new entry (zero, scale 0, counters 0); returns its index. */
  push(): number {
    if ((this.size + 1) * this.stride > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    return this.size++;
  }

  add(i: number, d: Decimal): void {
    const data = this.data;
    const at = i * this.stride;
    const scale = data[at + 1]!;
    const u = d.units;
    if (d.scale === scale) {
      const x = Number(u);
      const n = data[at]! + x;
      if (Number.isSafeInteger(x) && Number.isSafeInteger(n)) data[at] = n;
      else this.addBig(i, u);
      return;
    }
    if (d.scale > scale) {
      this.rescale(i, d.scale);
      const x = Number(u);
      const n = data[at]! + x;
      if (Number.isSafeInteger(x) && Number.isSafeInteger(n)) data[at] = n;
      else this.addBig(i, u);
      return;
    }
    const k = scale - d.scale;
    if (k <= 15) {
      const x = Number(u) * POW10_NUMBER[k]!;
      const n = data[at]! + x;
      if (Number.isSafeInteger(x) && Number.isSafeInteger(n)) {
        data[at] = n;
        return;
      }
    }
    this.addBig(i, u * pow10(k));
  }

  private addBig(i: number, units: bigint): void {
    this.big.set(i, (this.big.get(i) ?? 0n) + units);
  }

  private rescale(i: number, scale: number): void {
    const data = this.data;
    const at = i * this.stride;
    const k = scale - data[at + 1]!;
    data[at + 1] = scale;
    const small = data[at]!;
    const n = k <= 15 ? small * POW10_NUMBER[k]! : Number.NaN;
    const big = this.big.get(i);
    if (Number.isSafeInteger(n)) data[at] = n;
    else {
      data[at] = 0;
      this.big.set(i, (big ?? 0n) + BigInt(small));
    }
    const b = this.big.get(i);
    if (b !== undefined && b !== 0n) this.big.set(i, b * pow10(k));
  }

  value(i: number): Decimal {
    const at = i * this.stride;
    return { units: (this.big.get(i) ?? 0n) + BigInt(this.data[at]!), scale: this.data[at + 1]! };
  }
}
