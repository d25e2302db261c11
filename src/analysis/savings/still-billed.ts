/**
 * A realized or redeployed register item is money the company says it no longer spends: if the
 * vendor is still billed after the item's date, the saving is not (or not yet) real, and the
 * finance partner needs the lines that say so.
 */
import type { SourceRef } from '../../ingest/line.js';
import { lookupVendor, normalizeVendorName } from '../../catalog/catalog.js';
import type { RecordCollector } from './record.js';
import type { SavingsItem } from './register.js';

export interface StillBilled {
  item: SavingsItem;
  lines: SourceRef[];
  /** the latest date billed */
  last: string;
}

interface Watch {
  item: SavingsItem;
  key: string | undefined;
  name: string;
  since: string;
  lines: SourceRef[];
  last: string;
}

/** Watches lines for vendors of realized / redeployed items billed after the item's date (`due`). */
/**
 * The date after which each vendor key's lines are watched (the earliest item's), for an engine
 * that hands node only the lines a check reads; undefined: not watched.
 */
export function watchedSince(items: readonly SavingsItem[]): (vendorKey: string) => string | undefined {
  const watches = new StillBilledCheck(items).watching();
  return (key) => {
    let since: string | undefined;
    for (const w of watches) if (matches(w, key) && (since === undefined || w.since < since)) since = w.since;
    return since;
  };
}

function matches(w: Pick<Watch, 'key' | 'name'>, key: string): boolean {
  return w.key !== undefined ? key === w.key : key === `name:${w.name}` || key.startsWith(`name:${w.name} `);
}

export class StillBilledCheck {
  private readonly watches: Watch[] = [];

  constructor(items: readonly SavingsItem[]) {
    for (const item of items) {
      if ((item.status !== 'realized' && item.status !== 'redeployed') || item.vendor === undefined || item.due === undefined) continue;
      const catalog = lookupVendor(item.vendor);
      const name = normalizeVendorName(item.vendor);
      this.watches.push({ item, key: catalog ? `catalog:${catalog.id}` : undefined, name, since: item.due, lines: [], last: '' });
    }
  }

  /** Look at a store's lines (every line is seen once over all stores). */
  visit(store: RecordCollector): void {
    if (this.watches.length === 0) return;
    for (let i = 0; i < store.size; i++) {
      if (store.amount(i).units <= 0n) continue;
      const key = store.vendorKey(i);
      for (const w of this.watches) {
        if (!matches(w, key)) continue;
        const r = store.record(i);
        if (r.date <= w.since) continue;
        w.lines.push({ source: r.source, line: r.line });
        if (r.date > w.last) w.last = r.date;
      }
    }
  }

  /** what is watched: each item's vendor and date */
  watching(): readonly Pick<Watch, 'key' | 'name' | 'since'>[] {
    return this.watches;
  }

  results(): StillBilled[] {
    return this.watches
      .filter((w) => w.lines.length > 0)
      .map((w) => ({ item: w.item, last: w.last, lines: w.lines.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.line - b.line)) }));
  }
}
