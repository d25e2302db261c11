/** Exact running sums of Decimals, fast while units fit a double's exact integers. */
import { type Decimal, pow10 } from './arithmetic.js';

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
