/**
 * Fast vendor lookup, called once per distinct vendor string of an export.
 *
 * Exact variants live in a Map keyed by `normalizeVendorName`. Prefix variants ("GITHUB*") live
 * in a second Map keyed by their normalized text; a lookup probes that Map with the input cut at
 * each distinct prefix length, longest first, so its cost depends on how many different prefix
 * lengths exist (a few dozen), not on how many vendors there are, and no regex runs per vendor.
 */
import { normalizeVendorName, stripTrailingNoise, vendorTokens } from './normalize.js';
import type { CatalogVendor } from './types.js';

export interface VendorMatch {
  readonly vendor: CatalogVendor;
  /** The normalized variant that matched: an exact key, or a prefix (ending in a space at a word boundary). */
  readonly key: string;
  readonly kind: 'exact' | 'prefix';
}

export interface VendorIndex {
  lookup(raw: string): CatalogVendor | undefined;
  /** Like `lookup`, with the variant that matched (for `explain`). */
  match(raw: string): VendorMatch | undefined;
}

/** Two vendors claiming the same normalized variant: a bug in the catalog data. */
export interface VariantConflict {
  readonly key: string;
  readonly kind: 'exact' | 'prefix';
  readonly vendorIds: readonly [string, string];
}

interface CompiledVariant {
  readonly kind: 'exact' | 'prefix';
  readonly key: string;
}

/**
 * A variant ending in `*` is a prefix. A separator just before the `*` ("AWS *") makes the
 * prefix end at a word boundary (kept as a trailing space), so "INTERCOM *" does not catch
 * "INTERCOMPANY"; "SLACK T*" deliberately matches inside a token ("SLACK T0123ABC").
 */
export function compileVariant(variant: string): CompiledVariant {
  const trimmed = variant.trim();
  if (!trimmed.endsWith('*')) return { kind: 'exact', key: normalizeVendorName(trimmed) };
  const stem = trimmed.slice(0, -1);
  const atBoundary = /[^\p{L}\p{M}\p{N}]$/u.test(stem);
  const text = vendorTokens(stem).join(' ');
  return { kind: 'prefix', key: text === '' ? '' : atBoundary ? `${text} ` : text };
}

/** Every variant (and name) of every vendor, compiled; with the conflicts between vendors. */
function compileAll(vendors: readonly CatalogVendor[]) {
  const exact = new Map<string, CatalogVendor>();
  const prefix = new Map<string, CatalogVendor>();
  const conflicts: VariantConflict[] = [];
  for (const vendor of vendors) {
    for (const variant of [vendor.name, ...vendor.variants]) {
      const { kind, key } = compileVariant(variant);
      if (key.trim() === '') throw new Error(`catalog: vendor "${vendor.id}" has an empty variant "${variant}"`);
      const map = kind === 'exact' ? exact : prefix;
      const owner = map.get(key);
      if (owner === undefined) map.set(key, vendor);
      else if (owner.id !== vendor.id) conflicts.push({ key, kind, vendorIds: [owner.id, vendor.id] });
    }
  }
  return { exact, prefix, conflicts };
}

export function findVariantConflicts(vendors: readonly CatalogVendor[]): VariantConflict[] {
  return compileAll(vendors).conflicts;
}

/**
 * Builds the index. Throws on conflicting variants: the catalog is code, and an ambiguous
 * variant would silently categorize lines by data order.
 */
export function createVendorIndex(vendors: readonly CatalogVendor[]): VendorIndex {
  const { exact, prefix, conflicts } = compileAll(vendors);
  if (conflicts.length > 0) {
    const list = conflicts.map((c) => `${c.kind} "${c.key}": ${c.vendorIds.join(' vs ')}`).join('; ');
    throw new Error(`catalog: variants claimed by two vendors: ${list}`);
  }
  const prefixLengths = [...new Set([...prefix.keys()].map((k) => k.length))].sort((a, b) => b - a);

  function match(raw: string): VendorMatch | undefined {
    const tokens = vendorTokens(raw);
    if (tokens.length === 0) return undefined;
    const key = stripTrailingNoise(tokens).join(' ');
    const exactVendor = exact.get(key);
    // The key is a word-prefix of the full text, so probing the full text also covers the key.
    // The trailing space lets a word-boundary prefix ("AWS ") match a bare "AWS".
    const probe = `${tokens.join(' ')} `;
    for (const length of prefixLengths) {
      if (length > probe.length) continue;
      const candidate = probe.slice(0, length);
      const prefixVendor = prefix.get(candidate);
      if (prefixVendor === undefined) continue;
      // The most specific match wins: "APPLE.COM/BILL*" over the exact "APPLE" of "APPLE.COM/BILL".
      if (exactVendor !== undefined && candidate.trimEnd().length <= key.length) break;
      return { vendor: prefixVendor, key: candidate, kind: 'prefix' };
    }
    return exactVendor === undefined ? undefined : { vendor: exactVendor, key, kind: 'exact' };
  }

  return { match, lookup: (raw) => match(raw)?.vendor };
}
