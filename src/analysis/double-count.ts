/**
 * Cross-source double-count guard: the same spend seen in two files — a GL invoice line and the
 * card charge or cloud billing export behind it. Lines are aggregated per canonical vendor ×
 * month × source (streaming: totals and a few line references, never the rows); two sources
 * whose totals for one vendor and month agree within a tolerance are a likely double count.
 * The more detailed source (more lines, then more columns) is the one `--dedupe` keeps.
 */
import { detach } from '../ingest/detach.js';
import type { ExpenseLine, SourceRef } from '../ingest/line.js';
import { abs, compare, type Decimal, DecimalSum, sub, toFixed, ZERO } from '../money/decimal.js';

export interface DoubleCountSide {
  source: string;
  total: Decimal;
  lines: number;
  /** the first lines of this source in the group (at most MAX_REFS) */
  refs: SourceRef[];
}

export interface DoubleCount {
  vendor: string;
  month: string;
  /** the more detailed source: kept by --dedupe */
  kept: DoubleCountSide;
  /** the other source: dropped by --dedupe */
  dropped: DoubleCountSide;
}

interface Side {
  source: string;
  sum: DecimalSum;
  total: Decimal;
  lines: number;
  refs: SourceRef[];
  columns: number;
}

interface Group {
  name: string;
  months: Map<string, Map<string, Side>>;
}

const MAX_REFS = 5;
/** Totals within max(1.00, 1%) of each other are "the same spend" (fees, FX and rounding differ). */
const ABSOLUTE = { units: 100n, scale: 2 } as const;
const PERCENT = 100n;

export type VendorKey = (vendor: string) => { key: string; name: string } | undefined;

type Catalog = { lookupVendor(raw: string): { id: string; name: string } | undefined; normalizeVendorName(raw: string): string };

/**
 * The vendor catalog, loaded on first use. If it cannot be loaded, names are compared after a
 * plain normalization (case, punctuation, legal suffixes) so the guard still works.
 */
export async function loadVendorKey(): Promise<VendorKey> {
  try {
    const catalog = (await import('../catalog/catalog.js')) as unknown as Catalog;
    return catalogVendorKey(catalog);
  } catch {
    return catalogVendorKey({ lookupVendor: () => undefined, normalizeVendorName: plainVendorName });
  }
}

const LEGAL = /\b(inc|incorporated|llc|ltd|limited|corp|corporation|co|gmbh|ag|sa|sarl|bv|plc|pty)\b\.?/g;

function plainVendorName(raw: string): string {
  return raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').replace(LEGAL, ' ').replace(/\s+/g, ' ').trim();
}

/** Canonical vendor: the catalog's id when it knows the name, else the normalized name. */
export function catalogVendorKey(catalog: Catalog = { lookupVendor: () => undefined, normalizeVendorName: plainVendorName }): VendorKey {
  const memo = new Map<string, { key: string; name: string } | null>();
  return (vendor) => {
    let hit = memo.get(vendor);
    if (hit === undefined) {
      const known = catalog.lookupVendor(vendor);
      const normalized = known ? undefined : catalog.normalizeVendorName(vendor);
      hit = known ? { key: `catalog:${known.id}`, name: known.name } : normalized ? { key: `name:${normalized}`, name: vendor.trim() } : null;
      if (memo.size < 100_000) memo.set(vendor, hit);
    }
    return hit ?? undefined;
  };
}

/** One source's spend for one vendor and month, as plain data (to carry between threads). */
export interface GuardSide {
  key: string;
  name: string;
  month: string;
  source: string;
  total: Decimal;
  lines: number;
  refs: SourceRef[];
  columns: number;
}

export interface DoubleCountGuard {
  add(line: ExpenseLine, booked: Decimal): void;
  /** what the guard holds, group by group in the order first seen */
  sides(): GuardSide[];
  /** take in another guard's sides (from a file scanned elsewhere), as if its lines were added here */
  absorb(sides: readonly GuardSide[]): void;
  /** likely double counts, in a stable order (month, vendor, sources) */
  result(): DoubleCount[];
  /** for --dedupe: true for a line of the dropped side of a double count */
  dropper(): (line: ExpenseLine) => boolean;
}

export function createDoubleCountGuard(vendorKey: VendorKey = catalogVendorKey()): DoubleCountGuard {
  // vendor key → month → source → side
  const groups = new Map<string, Group>();
  // the vendor as written → its group (null: no vendor), so a line costs one lookup
  const groupOfVendor = new Map<string, Group | null>();
  // date → month (dates repeat, and the date reader hands out one string per date)
  const monthOfDate = new Map<string, string>();
  let cached: DoubleCount[] | undefined;
  // vendor key → "month\0source" of the dropped side, filled by result()
  const flagged = new Map<string, Set<string>>();
  const groupOf = (vendor: string): Group | null => {
    let g = groupOfVendor.get(vendor);
    if (g !== undefined) return g;
    const v = vendorKey(vendor);
    if (v === undefined) g = null;
    else {
      g = groups.get(v.key);
      if (g === undefined) {
        g = { name: v.name, months: new Map() };
        groups.set(v.key, g);
      }
    }
    if (groupOfVendor.size < 100_000) groupOfVendor.set(detach(vendor), g);
    return g;
  };
  return {
    add(line, booked) {
      const g = groupOf(line.vendor);
      if (g === null) return;
      cached = undefined;
      let month = monthOfDate.get(line.date);
      if (month === undefined) {
        month = line.date.slice(0, 7);
        if (monthOfDate.size < 100_000) monthOfDate.set(line.date, month);
      }
      let sources = g.months.get(month);
      if (sources === undefined) {
        sources = new Map();
        g.months.set(month, sources);
      }
      let side = sources.get(line.source);
      if (side === undefined) {
        side = { source: line.source, sum: new DecimalSum(), total: ZERO, lines: 0, refs: [], columns: line.header.size };
        sources.set(line.source, side);
      }
      side.sum.add(booked);
      side.lines++;
      if (side.refs.length < MAX_REFS) side.refs.push({ source: line.source, line: line.line });
    },
    sides() {
      const out: GuardSide[] = [];
      for (const [key, g] of groups) {
        for (const [month, sources] of g.months) {
          for (const side of sources.values()) out.push({ key, name: g.name, month, source: side.source, total: side.sum.value(), lines: side.lines, refs: side.refs, columns: side.columns });
        }
      }
      return out;
    },
    absorb(sides) {
      cached = undefined;
      for (const s of sides) {
        let g = groups.get(s.key);
        if (g === undefined) groups.set(s.key, (g = { name: s.name, months: new Map() }));
        let sources = g.months.get(s.month);
        if (sources === undefined) g.months.set(s.month, (sources = new Map()));
        let side = sources.get(s.source);
        if (side === undefined) sources.set(s.source, (side = { source: s.source, sum: new DecimalSum(), total: ZERO, lines: 0, refs: [], columns: s.columns }));
        side.sum.add(s.total);
        side.lines += s.lines;
        for (const r of s.refs) if (side.refs.length < MAX_REFS) side.refs.push(r);
      }
    },
    result() {
      if (cached) return cached;
      const out: DoubleCount[] = [];
      flagged.clear();
      for (const [key, g] of groups) {
        for (const [month, sources] of g.months) {
          if (sources.size < 2) continue;
          for (const s of sources.values()) s.total = s.sum.value();
          const sides = [...sources.values()].filter((s) => s.total.units > 0n);
          for (let i = 0; i < sides.length; i++) {
            for (let j = i + 1; j < sides.length; j++) {
              const a = sides[i]!;
              const b = sides[j]!;
              if (!sameSpend(a.total, b.total)) continue;
              const aKept = a.lines > b.lines || (a.lines === b.lines && a.columns >= b.columns);
              const [kept, dropped] = aKept ? [a, b] : [b, a];
              out.push({ vendor: g.name, month, kept: strip(kept), dropped: strip(dropped) });
              let f = flagged.get(key);
              if (f === undefined) flagged.set(key, (f = new Set()));
              f.add(`${month}\u0000${dropped.source}`);
            }
          }
        }
      }
      out.sort((x, y) => cmp(x.month, y.month) || cmp(x.vendor, y.vendor) || cmp(x.dropped.source, y.dropped.source) || cmp(x.kept.source, y.kept.source));
      cached = out;
      return out;
    },
    dropper() {
      this.result();
      return (line) => {
        if (flagged.size === 0) return false;
        const v = vendorKey(line.vendor);
        if (v === undefined) return false;
        return flagged.get(v.key)?.has(`${line.date.slice(0, 7)}\u0000${line.source}`) ?? false;
      };
    },
  };
}

/** One line: `AWS 2026-01: card.csv (3 lines, 1200.00, card.csv:4 …) and gl.csv (1 line, 1200.00, gl.csv:9) look like the same spend`. */
export function describeDoubleCount(d: DoubleCount, deduped: boolean): string {
  const side = (s: DoubleCountSide) => `${s.source} (${s.lines} line${s.lines === 1 ? '' : 's'}, ${toFixed(s.total, 2)}, ${s.refs.map((r) => `${r.source}:${r.line}`).join(' ')}${s.lines > s.refs.length ? ' …' : ''})`;
  const verdict = deduped ? `--dedupe kept ${d.kept.source}` : `likely double count; --dedupe keeps ${d.kept.source}`;
  return `${d.vendor} ${d.month}: ${side(d.kept)} and ${side(d.dropped)} look like the same spend (${verdict})`;
}

function sameSpend(a: Decimal, b: Decimal): boolean {
  const diff = abs(sub(a, b));
  if (compare(diff, ABSOLUTE) <= 0) return true;
  const larger = compare(a, b) >= 0 ? a : b;
  // diff × 100 <= larger  ⇔  diff <= 1% of larger
  return compare({ units: diff.units * PERCENT, scale: diff.scale }, larger) <= 0;
}

function strip(s: Side): DoubleCountSide {
  return { source: s.source, total: s.total, lines: s.lines, refs: s.refs };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
