/**
 * One vendor, one key: a supplier outside the catalog is written many ways in one register
 * ("ISS MEDICLEAN LTD", "ISS Mediclean Ltd", "ISS Mediclean Limited:03529700"). Reports, variance,
 * savings and explain group such spellings under one key and show the most frequent spelling, so
 * a change of case in the payment system is not "new capability" plus "discontinued".
 */
import { normalizeVendorName } from './normalize.js';

/**
 * The grouping key of a vendor as written: case, white space, punctuation, legal forms
 * (Ltd, Limited, LLC, Inc, PLC, GmbH, Corp, Co...), trailing company or reference numbers
 * (":03529700") and `&` against "and" do not matter. '' for an empty vendor.
 */
export function vendorIdentity(raw: string): string {
  // "&" is a word ("Marks & Spencer" = "Marks and Spencer"); normalizeVendorName would make it a space
  return normalizeVendorName(raw.includes('&') ? raw.replace(/&/g, ' AND ') : raw);
}

/**
 * The spelling to show for a group: the one on most lines; ties go to the spelling that sorts
 * first (code unit order), so the choice never depends on input order.
 */
export function mostFrequentSpelling(counts: Iterable<readonly [spelling: string, lines: number]>): string | undefined {
  let best: string | undefined;
  let bestLines = -1;
  for (const [spelling, lines] of counts) {
    if (lines > bestLines || (lines === bestLines && best !== undefined && spelling < best)) {
      best = spelling;
      bestLines = lines;
    }
  }
  return best;
}

/**
 * Each spelling's display name: spellings that share a key (`keyOf`; undefined keeps a spelling
 * apart, as a catalog name is) are shown as the most frequent of them.
 */
export function spellingDisplay(counts: ReadonlyMap<string, number>, keyOf: (spelling: string) => string | undefined): Map<string, string> {
  const groups = new Map<string, Map<string, number>>();
  const display = new Map<string, string>();
  for (const [spelling, lines] of counts) {
    const key = keyOf(spelling);
    if (key === undefined || key === '') {
      display.set(spelling, spelling);
      continue;
    }
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = new Map()));
    group.set(spelling, (group.get(spelling) ?? 0) + lines);
  }
  for (const group of groups.values()) {
    const shown = mostFrequentSpelling(group)!;
    for (const spelling of group.keys()) display.set(spelling, shown);
  }
  return display;
}
