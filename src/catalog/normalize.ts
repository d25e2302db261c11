/**
 * Vendor-name normalization: the same vendor is written many ways across a GL, a card statement
 * and a billing export ("GITHUB, INC.", "GitHub", "PAYPAL *GITHUB"). Both the catalog variants
 * and the input go through the same functions, so what matters is consistency, and not eating
 * real names: the first token is never dropped ("1PASSWORD", "8X8", "G2"), and short numbers
 * that are part of a product name survive ("MICROSOFT 365", "ROUTE 53").
 */

/**
 * Payment facilitators that put the real merchant after a star ("PAYPAL *GITHUB",
 * "FS *SKETCH", "DRI*NORTON", "PADDLE.NET* N8N"): the facilitator is not the vendor.
 */
const PROCESSOR_PREFIX = /^(?:PAYPAL|PP|SQ|SP|FS|DRI|PADDLE(?:\.NET|\.COM)?|2CO(?:\.COM)?)\s*\*\s*(?=\S)/u;

/** North-American phone numbers printed on card descriptors ("ZOOM.US 888-799-9666"). */
const PHONE = /(?<![\p{L}\p{N}])(?:1 )?\d{3} \d{3} \d{4}(?![\p{L}\p{N}])/gu;

/** Legal-form suffixes, single tokens (after punctuation became spaces). */
const LEGAL_SUFFIXES = new Set([
  'INC', 'INCORPORATED', 'LLC', 'LLP', 'LP', 'LTD', 'LIMITED', 'GMBH', 'KG', 'SARL', 'SAS', 'SA', 'BV', 'NV',
  'CO', 'CORP', 'CORPORATION', 'PLC', 'AG', 'PTY', 'PTE', 'ULC', 'PBC', 'SRL', 'SPA', 'AB', 'OY', 'KK',
]);

/** Legal forms written with dots ("S.A.R.L.", "B.V.") arrive as runs of one-letter tokens. */
const LEGAL_SUFFIX_RUNS: readonly (readonly string[])[] = [
  ['S', 'A', 'R', 'L'],
  ['S', 'A', 'S'],
  ['L', 'L', 'C'],
  ['P', 'L', 'C'],
  ['S', 'A'],
  ['B', 'V'],
  ['N', 'V'],
];

/**
 * Web and country suffixes that descriptors append ("ZOOM.US", "GITHUB.COM", "... CA").
 * Brand-bearing TLDs (IO, AI) are kept: "fly.io" and "incident.io" are names.
 */
const PLACE_SUFFIXES = new Set(['COM', 'NET', 'ORG', 'US', 'USA', 'UK', 'GB', 'IE', 'CA', 'AU', 'DE', 'NL', 'FR']);

/**
 * Tokens of a vendor string without the trailing clean-up: uppercase, punctuation as spaces,
 * facilitator prefix, phone numbers, "X DBA Y" (keep Y) and a leading "WWW" removed.
 * Prefix variants are matched against this form, so "SLACK T*" still sees "T0123ABC".
 */
export function vendorTokens(raw: string): string[] {
  let text = raw.normalize('NFC').trim().toUpperCase().replace(PROCESSOR_PREFIX, '');
  // "O'REILLY" is written "OREILLY" on statements: join, do not split.
  text = text.replace(/['’`]/gu, '');
  text = text.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
  text = text.replace(PHONE, ' ');
  let tokens = text.split(' ').filter((t) => t !== '');
  const dba = tokens.lastIndexOf('DBA');
  if (dba >= 0 && dba < tokens.length - 1) tokens = tokens.slice(dba + 1);
  if (tokens[0] === 'WWW' && tokens.length > 1) tokens = tokens.slice(1);
  return tokens;
}

function endsWithRun(tokens: readonly string[], run: readonly string[]): boolean {
  if (tokens.length <= run.length) return false; // keep at least one token
  const offset = tokens.length - run.length;
  return run.every((t, i) => tokens[offset + i] === t);
}

/**
 * A reference code or number rather than a name: card references ("T0123ABC", "E0300ABCD"),
 * invoice numbers, years. Three characters or fewer are kept ("365", "O2", "8X8").
 */
function isReferenceToken(token: string): boolean {
  return token.length >= 4 && /\p{N}/u.test(token);
}

/** Drops trailing legal forms, web/country suffixes and reference codes; never the first token. */
export function stripTrailingNoise(tokens: readonly string[]): string[] {
  const out = [...tokens];
  for (;;) {
    if (out.length <= 1) return out;
    const last = out[out.length - 1] as string;
    if (LEGAL_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || isReferenceToken(last)) {
      out.pop();
      continue;
    }
    const run = LEGAL_SUFFIX_RUNS.find((r) => endsWithRun(out, r));
    if (run === undefined) return out;
    out.length -= run.length;
  }
}

/**
 * The comparison key of a vendor string: "GITHUB, INC." → "GITHUB", "AWS EMEA SARL" →
 * "AWS EMEA", "SLACK T0123ABC" → "SLACK", "ZOOM.US 888-799-9666" → "ZOOM". Idempotent.
 */
export function normalizeVendorName(raw: string): string {
  return stripTrailingNoise(vendorTokens(raw)).join(' ');
}
