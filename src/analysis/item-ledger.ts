/**
 * The ledger at the grain price and volume need: lines that carry a quantity are kept apart per
 * item (account + description: one FOCUS service of one sub-account, one seat plan), so a unit
 * price means something; every other line aggregates as in the Ledger, under item ''. Memory
 * stays bounded by the number of priced items, not by lines.
 */
import { Ledger, type SpellingKey, type VendorKey } from './ledger.js';
import type { ItemFact } from './variance.js';

export class ItemLedger extends Ledger {
  constructor(vendorKey: VendorKey = (v) => v, spellingKey?: SpellingKey) {
    super(vendorKey, true, undefined, spellingKey);
  }

  override all(months?: ReadonlySet<string>): ItemFact[] {
    return super.all(months) as ItemFact[];
  }
}
