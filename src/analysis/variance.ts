/**
 * Variance and its causes (SPEC §5). Within each group (category, function, pool or vendor),
 * vendor by vendor: a vendor with base and current spend is expansion of existing spend, one
 * with only current spend is new capability, one with only base spend is discontinued. Base
 * and current are rounded to the cent per group, so the machine output adds up exactly:
 * change = expansion + new_capability + discontinued (expansion takes the sub-cent rest).
 * Where lines carry a quantity, the expansion of their items (same account and description,
 * e.g. one FOCUS service of one sub-account) splits into volume ((q1 − q0) × base unit price)
 * and price (the rest); spend without quantities is not split.
 *
 * With the vendors' billing history (`VarianceHistory`), a vendor is new only when it was not
 * billed in the lookback window (default 12 months up to the base period) and discontinued only
 * when it is not within its own billing cycle: a quarterly, semi-annual or annual vendor between
 * two payments is expansion (up or down) of existing spend, never new or discontinued. One-off
 * items (a month above 3× the vendor's median: a fraud spike, a setup fee) are shown as `oneOff`,
 * the part of the change they make, inside the cause they fall in, so the SPEC identity holds.
 */
import { add, compare, type Decimal, divide, isZero, mul, neg, round, sub, sum, ZERO } from '../money/decimal.js';
import { cmp, type Fact } from './ledger.js';
import { addMonths, monthsBetween } from '../period/period.js';
import { billedMonths, cadenceMonths, type Histories, historyKey, isLumpy, oneOffPart } from './vendor-history.js';

export type Cause = 'expansion' | 'new' | 'discontinued';

export interface VendorChange {
  vendor: string;
  base: Decimal;
  current: Decimal;
  change: Decimal;
  cause: Cause;
  /** present when quantities are known for the vendor in both periods */
  price?: Decimal | undefined;
  volume?: Decimal | undefined;
  /** billed on a cycle of this many months (2 or more), recognised from its history */
  cycleMonths?: number | undefined;
  /** the part of the change made by one-off items */
  oneOff?: Decimal | undefined;
}

export interface VarianceRow {
  key: string;
  base: Decimal;
  current: Decimal;
  change: Decimal;
  /** change / base as a fraction; undefined when base is zero */
  changePct: Decimal | undefined;
  expansion: Decimal;
  newCapability: Decimal;
  discontinued: Decimal;
  /** the part of expansion explained by price and by volume (vendors with quantities only) */
  price: Decimal | undefined;
  volume: Decimal | undefined;
  /** of the change, the part made by one-off items (undefined without history) */
  oneOff?: Decimal | undefined;
  /** vendors that changed, largest move first */
  vendors: VendorChange[];
}

/** A vendor's spend in one period, and per priced item (lines with a quantity) its amount and quantity. */
interface Side {
  amount: Decimal;
  items: Map<string, { amount: Decimal; quantity: Decimal }>;
}

/** Facts may carry the item they price (account + description of lines with a quantity: see ItemLedger). */
export type ItemFact = Fact & { item?: string };

const CENT = 2;
export const PCT_SCALE = 6;

/** '' = no quantity: that spend is not split into price and volume. */
function itemOf(f: ItemFact): string {
  if (f.quantity === undefined || f.quantityLines !== f.lines) return '';
  return f.item ?? '*';
}

function accumulate<F extends ItemFact>(into: Map<string, Map<string, Side>>, facts: readonly F[], keyOf: (f: F) => string): void {
  for (const f of facts) {
    const k = keyOf(f);
    let vendors = into.get(k);
    if (!vendors) into.set(k, (vendors = new Map()));
    let s = vendors.get(f.vendor);
    if (!s) vendors.set(f.vendor, (s = { amount: ZERO, items: new Map() }));
    s.amount = add(s.amount, f.amount);
    const item = itemOf(f);
    if (item !== '') {
      const i = s.items.get(item) ?? { amount: ZERO, quantity: ZERO };
      s.items.set(item, { amount: add(i.amount, f.amount), quantity: add(i.quantity, f.quantity!) });
    }
  }
}

/** What the vendors billed before and around the two periods (their history by group), and the lookback. */
export interface VarianceHistory {
  /** by group key and vendor (vendor-history.ts), over at least the lookback window and both periods */
  histories: Histories;
  baseMonths: readonly string[];
  currentMonths: readonly string[];
  /** months before the end of the base period in which a billed vendor is not new (default 12) */
  lookbackMonths: number;
}

export const DEFAULT_LOOKBACK = 12;

/** Compare two sets of facts (already limited to their periods), group by group. */
export function computeVariance<F extends ItemFact>(baseFacts: readonly F[], currentFacts: readonly F[], keyOf: (f: F) => string, history?: VarianceHistory): VarianceRow[] {
  const base = new Map<string, Map<string, Side>>();
  const current = new Map<string, Map<string, Side>>();
  accumulate(base, baseFacts, keyOf);
  accumulate(current, currentFacts, keyOf);
  const keys = [...new Set([...base.keys(), ...current.keys()])].sort(cmp);
  return keys.map((key) => varianceRow(key, base.get(key) ?? new Map(), current.get(key) ?? new Map(), history));
}

/** How a vendor in one period only is classified, given its history. */
function causeOf(key: string, vendor: string, inBase: boolean, h: VarianceHistory | undefined): { cause: Cause; cycle?: number } {
  if (h === undefined) return { cause: inBase ? 'discontinued' : 'new' };
  const history = h.histories.get(historyKey(key, vendor));
  const baseLast = h.baseMonths.at(-1)!;
  const currentLast = h.currentMonths.at(-1)!;
  if (!inBase) {
    // billed in the lookback window (up to the end of the base period): existing spend, paid in lumps
    const from = addMonths(baseLast, 1 - h.lookbackMonths);
    const before = billedMonths(history, baseLast).filter((m) => m >= from && !h.currentMonths.includes(m));
    if (before.length === 0) return { cause: 'new' };
    return { cause: 'expansion', cycle: cadenceMonths(billedMonths(history, currentLast)) };
  }
  const billed = billedMonths(history, currentLast);
  const cycle = cadenceMonths(billed);
  // between two payments of its cycle: not stopped, just not due yet
  if (isLumpy(cycle) && monthsBetween(billed.at(-1)!, currentLast) <= cycle!) return { cause: 'expansion', cycle };
  return { cause: 'discontinued' };
}

function oneOffOf(key: string, vendor: string, months: readonly string[], h: VarianceHistory): Decimal {
  const history = h.histories.get(historyKey(key, vendor));
  return sum(months.map((m) => oneOffPart(history, m)));
}

/**
 * Price and volume of a vendor present in both periods, item by item: an item metered in both
 * periods splits into volume (q1 − q0) × (a0 / q0) and price (the rest). Spend without a
 * quantity, or metered in one period only, is not split. Undefined when no item qualifies.
 */
/** How far a cent on each side can move the price part: a cent on a1, and a cent on a0 scaled by q1 / q0. */
function roundingReach(q0: Decimal, q1: Decimal): Decimal {
  return divide(add(absOf(q0), absOf(q1)), { units: absOf(q0).units * 100n, scale: absOf(q0).scale }, PCT_SCALE);
}

function priceVolume(b: Side, c: Side): { price: Decimal; volume: Decimal } | undefined {
  // only items metered in both periods: a unit price must compare like with like
  const items = [...b.items.keys()].filter((i) => c.items.has(i) && !isZero(b.items.get(i)!.quantity));
  if (items.length === 0) return undefined;
  let price: Decimal = ZERO;
  let volume: Decimal = ZERO;
  for (const item of items) {
    const i0 = b.items.get(item)!;
    const i1 = c.items.get(item)!;
    const delta = sub(i1.amount, i0.amount);
    const vol = divide(mul(sub(i1.quantity, i0.quantity), i0.amount), i0.quantity, PCT_SCALE);
    const p = sub(delta, vol);
    // amounts shown to the cent are each within a cent of exact (display rounding): a "price change"
    // that small is the rounding's, not the vendor's — all of the change is then volume
    if (compare(absOf(p), roundingReach(i0.quantity, i1.quantity)) <= 0) volume = add(volume, delta);
    else {
      volume = add(volume, vol);
      price = add(price, p);
    }
  }
  return { price, volume };
}

function varianceRow(key: string, base: Map<string, Side>, current: Map<string, Side>, history?: VarianceHistory): VarianceRow {
  const vendors: VendorChange[] = [];
  let newCapability: Decimal = ZERO;
  let discontinued: Decimal = ZERO;
  let price: Decimal = ZERO;
  let volume: Decimal = ZERO;
  let anyQuantity = false;
  let oneOff: Decimal = ZERO;
  for (const vendor of [...new Set([...base.keys(), ...current.keys()])].sort(cmp)) {
    const b = base.get(vendor);
    const c = current.get(vendor);
    const a0 = b?.amount ?? ZERO;
    const a1 = c?.amount ?? ZERO;
    const change = sub(a1, a0);
    let v: VendorChange;
    const one = b === undefined || c === undefined ? causeOf(key, vendor, b !== undefined, history) : undefined;
    if (one?.cause === 'new') {
      newCapability = add(newCapability, a1);
      v = { vendor, base: a0, current: a1, change, cause: 'new' };
    } else if (one?.cause === 'discontinued') {
      discontinued = add(discontinued, neg(a0));
      v = { vendor, base: a0, current: a1, change, cause: 'discontinued' };
    } else if (one !== undefined) {
      // a recurring vendor paid in lumps, in one of the two periods: expansion of existing spend
      v = { vendor, base: a0, current: a1, change, cause: 'expansion', cycleMonths: one.cycle };
    } else {
      v = { vendor, base: a0, current: a1, change, cause: 'expansion' };
      const pv = priceVolume(b!, c!);
      if (pv) {
        v.price = pv.price;
        v.volume = pv.volume;
        price = add(price, pv.price);
        volume = add(volume, pv.volume);
        anyQuantity = true;
      }
    }
    if (history !== undefined) {
      const o = sub(oneOffOf(key, vendor, history.currentMonths, history), oneOffOf(key, vendor, history.baseMonths, history));
      if (!isZero(o)) {
        v.oneOff = o;
        oneOff = add(oneOff, o);
      }
    }
    if (!isZero(change) || b === undefined || c === undefined) vendors.push(v);
  }
  const baseTotal = round(sum([...base.values()].map((s) => s.amount)), CENT);
  const currentTotal = round(sum([...current.values()].map((s) => s.amount)), CENT);
  const change = sub(currentTotal, baseTotal);
  const nc = round(newCapability, CENT);
  const disc = round(discontinued, CENT);
  const expansion = sub(sub(change, nc), disc);
  const vol = anyQuantity ? round(volume, CENT) : undefined;
  // rounded so that price + volume is the rounded sum of the priced changes
  const pr = vol !== undefined ? sub(round(add(price, volume), CENT), vol) : undefined;
  vendors.sort((x, y) => compare(absOf(y.change), absOf(x.change)) || cmp(x.vendor, y.vendor));
  return {
    key,
    base: baseTotal,
    current: currentTotal,
    change,
    changePct: baseTotal.units > 0n ? divide(change, baseTotal, PCT_SCALE) : undefined,
    expansion,
    newCapability: nc,
    discontinued: disc,
    price: pr,
    volume: vol,
    ...(history !== undefined ? { oneOff: round(oneOff, CENT) } : {}),
    vendors,
  };
}

function absOf(d: Decimal): Decimal {
  return d.units < 0n ? neg(d) : d;
}

/** The same rows summed: the total line (identity preserved, since every part is in cents). */
export function totalVariance(rows: readonly VarianceRow[]): VarianceRow {
  const s = (pick: (r: VarianceRow) => Decimal | undefined) => sum(rows.map((r) => pick(r) ?? ZERO));
  const base = s((r) => r.base);
  const change = s((r) => r.change);
  const anyPrice = rows.some((r) => r.price !== undefined);
  return {
    key: 'total',
    base,
    current: s((r) => r.current),
    change,
    changePct: base.units > 0n ? divide(change, base, PCT_SCALE) : undefined,
    expansion: s((r) => r.expansion),
    newCapability: s((r) => r.newCapability),
    discontinued: s((r) => r.discontinued),
    price: anyPrice ? s((r) => r.price) : undefined,
    volume: anyPrice ? s((r) => r.volume) : undefined,
    ...(rows.some((r) => r.oneOff !== undefined) ? { oneOff: s((r) => r.oneOff) } : {}),
    vendors: [],
  };
}

export interface Materiality {
  /** fraction, e.g. 0.10 */
  threshold: Decimal;
  minAmount: Decimal;
}

/** A material move: at least `minAmount`, and at least `threshold` of the base (or no base at all). */
export function isMaterial(row: Pick<VarianceRow, 'change' | 'changePct'>, m: Materiality): boolean {
  if (isZero(row.change) || compare(absOf(row.change), m.minAmount) < 0) return false;
  return row.changePct === undefined || compare(absOf(row.changePct), m.threshold) >= 0;
}
