/** Plain sentences a CFO can read aloud: "Data & Analytics rose $22.8k (+213%), all expansion of existing spend: Snowflake +$22.8k." */
import { abs, compare, type Decimal, isZero, neg, toFixed } from '../money/decimal.js';
import { shortMoney } from './format.js';
import type { Cause, VarianceRow, VendorChange } from '../analysis/variance.js';

/** $22.8k with an explicit sign: +$22.8k, -$3.0k. */
export function signedMoney(v: Decimal, currency: string): string {
  return v.units < 0n ? shortMoney(v, currency) : `+${shortMoney(v, currency)}`;
}

/** A price effect under a dollar (a cent of display rounding) says nothing in a sentence. */
function atLeastADollar(v: Decimal): boolean {
  return compare(abs(v), { units: 1n, scale: 0 }) >= 0;
}

export function absMoney(v: Decimal, currency: string): string {
  return shortMoney(v.units < 0n ? neg(v) : v, currency);
}

/** An amount of spend in a sentence: "$12.3k", or "a net credit of $4.1k" when credits outweigh charges. */
export function spendAmount(v: Decimal, currency: string): string {
  return v.units < 0n ? `a net credit of ${absMoney(v, currency)}` : absMoney(v, currency);
}

/** A change as a percentage of its base, only where that means something: a positive base. */
export function pctOfBase(change: Decimal, base: Decimal, pct: Decimal | undefined): string {
  if (base.units === 0n) return '';
  if (base.units < 0n) return ' (on a net credit)';
  return pct === undefined ? '' : ` (${signedPct(pct)})`;
}

/** A fraction as a signed percentage: whole points from 10% up, one decimal below. */
export function signedPct(fraction: Decimal): string {
  const pct = { units: fraction.units * 100n, scale: fraction.scale };
  const small = pct.units > -10n * 10n ** BigInt(pct.scale) && pct.units < 10n * 10n ** BigInt(pct.scale);
  const s = toFixed(pct, small ? 1 : 0);
  return `${s.startsWith('-') ? '' : '+'}${s}%`;
}

export function plainPct(fraction: Decimal, places = 1): string {
  return `${toFixed({ units: fraction.units * 100n, scale: fraction.scale }, places)}%`;
}

const CAUSE_TEXT: Record<Cause, string> = {
  expansion: 'expansion of existing spend',
  new: 'new capability',
  discontinued: 'discontinued spend',
};

/** Existing vendors billing less is a contraction, not an "expansion" of -$3.3k, when read aloud. */
function causeText(c: Cause, amount: Decimal): string {
  return c === 'expansion' && amount.units < 0n ? 'contraction of existing spend' : CAUSE_TEXT[c];
}

const MAX_VENDORS = 3;

function vendorList(vendors: readonly VendorChange[], currency: string, label: string): string {
  const moved = vendors.filter((v) => !isZero(v.change));
  // by vendor, the group is the vendor: naming it again says nothing
  if (moved.length === 1 && moved[0]!.vendor === label) return '';
  const shown = moved.slice(0, MAX_VENDORS).map((v) => `${v.vendor} ${signedMoney(v.change, currency)}`);
  if (moved.length > MAX_VENDORS) shown.push(`${moved.length - MAX_VENDORS} more`);
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** One sentence for a material mover, naming the causes and the vendors behind each. */
export function moverSentence(label: string, row: VarianceRow, currency: string): string {
  const direction = row.change.units > 0n ? 'rose' : 'fell';
  const pct = pctOfBase(row.change, row.base, row.changePct);
  const head = isZero(row.base) ? `${label} is new: ${absMoney(row.change, currency)}` : `${label} ${direction} ${absMoney(row.change, currency)}${pct}`;
  const causes: { cause: Cause; amount: Decimal }[] = (
    [
      { cause: 'expansion', amount: row.expansion },
      { cause: 'new', amount: row.newCapability },
      { cause: 'discontinued', amount: row.discontinued },
    ] as const
  ).filter((c) => !isZero(c.amount));
  const detail = (c: Cause) => {
    const vendors = vendorList(
      row.vendors.filter((v) => v.cause === c),
      currency,
      label,
    );
    // price and volume only when a price actually moved: otherwise the change is plain volume
    const split =
      c === 'expansion' && row.price !== undefined && row.volume !== undefined && atLeastADollar(row.price) ? `metered usage: price ${signedMoney(row.price, currency)}, volume ${signedMoney(row.volume, currency)}` : '';
    return { vendors, split };
  };
  if (causes.length === 1) {
    const c = causes[0]!.cause;
    const { vendors, split } = detail(c);
    return `${head}, all ${causeText(c, causes[0]!.amount)}${vendors ? `: ${vendors}` : ''}${split ? ` (${split})` : ''}.`;
  }
  const parts = causes.map((c) => {
    const { vendors, split } = detail(c.cause);
    const d = [vendors, split].filter((x) => x !== '').join('; ');
    return `${causeText(c.cause, c.amount)} ${signedMoney(c.amount, currency)}${d ? ` (${d})` : ''}`;
  });
  return `${head}: ${parts.join('; ')}.`;
}
