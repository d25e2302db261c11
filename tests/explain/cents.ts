/**
 * The tests' own sum of decimal strings, independent of src/money: summed exactly, then rounded
 * half away from zero to the cent, as bigint cents.
 */
export function cents(values: readonly string[]): bigint {
  let units = 0n;
  let scale = 0;
  for (const v of values) {
    const neg = v.startsWith('-');
    const [i, f = ''] = v.replace('-', '').split('.');
    if (f.length > scale) {
      units *= 10n ** BigInt(f.length - scale);
      scale = f.length;
    }
    units += (neg ? -1n : 1n) * BigInt(i! + f) * 10n ** BigInt(scale - f.length);
  }
  if (scale <= 2) return units * 10n ** BigInt(2 - scale);
  const d = 10n ** BigInt(scale - 2);
  const q = units / d;
  const r = units % d;
  return (r < 0n ? -r : r) * 2n >= d ? q + (units < 0n ? -1n : 1n) : q;
}
