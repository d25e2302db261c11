/**
 * Rule patterns `init` writes for what it found: a vendor spelling in the catalog's own wildcard
 * form (`LINKEDIN*`) where that form matches it and no other vendor's spelling, and a value
 * matched as written (accounts).
 */
import type { CatalogVendor } from '../catalog/catalog.js';
import { normalizeVendorName } from '../catalog/catalog.js';
import { compileStringTest } from './matcher.js';

/** Whether a rule pattern matches `value` and none of `others`, as the rules engine reads it (case-insensitive whole value, `*` wildcards). */
function fitsOnly(pattern: string, value: string, others: readonly string[]): boolean {
  const test = compileStringTest(pattern);
  return test(value) && !others.some(test);
}

/** A rule pattern for one spelling: the catalog's own wildcard form when it matches as written, else a prefix on the normalized name, else the exact text. */
export function patternFor(raw: string, catalog: CatalogVendor, others: readonly string[]): string {
  const forms = [catalog.name, ...catalog.variants].filter((v) => v.endsWith('*') && !v.startsWith('*') && v.replace(/[\s*]/g, '').length >= 3).map((v) => v.replace(/\s+\*$/, '*'));
  const form = forms.find((f) => fitsOnly(f, raw, others));
  if (form !== undefined) return form;
  const name = normalizeVendorName(raw);
  const upper = raw.toUpperCase();
  if (name.length >= 4 && upper.startsWith(name) && raw.length > name.length) {
    const prefix = `${raw.slice(0, name.length)}*`;
    if (fitsOnly(prefix, raw, others)) return prefix;
  }
  return literal(raw);
}

/** A value matched as written: a regex when it holds a `*` or looks like one. */
export function literal(value: string): string {
  const v = value.trim();
  if (!v.includes('*') && !/^\/.*\/[a-z]*$/s.test(v)) return v;
  return `/^${v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$/i`;
}


/** Text from the exports (a file name) in a YAML comment: one line, or it would write config of its own. */
export const comment = (s: string) => s.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
