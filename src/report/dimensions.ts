/** The ways spend can be grouped (`--by`), with stable keys for machines and names for people. */
import type { Config } from '../config/config.js';
import type { Fact } from '../analysis/ledger.js';

export type Dimension = 'category' | 'function' | 'pool' | 'vendor' | 'investment';
export const DIMENSIONS: readonly Dimension[] = ['category', 'function', 'pool', 'vendor', 'investment'];

export const DIMENSION_LABELS: Record<Dimension, string> = {
  category: 'Category',
  function: 'Business function',
  pool: 'Finance cost pool',
  vendor: 'Vendor',
  investment: 'Run / grow / transform',
};

/** Machine key of a fact along a dimension. */
export function keyOf(fact: Pick<Fact, 'category' | 'pool' | 'vendor'> & { fn?: string }, dim: Dimension, config: Config): string {
  switch (dim) {
    case 'category':
      return fact.category;
    case 'function':
      // fn: the function a shared cost was allocated to (analysis/allocation)
      return fact.fn ?? config.categoryById.get(fact.category)?.function ?? 'Unassigned';
    case 'pool':
      return fact.pool;
    case 'vendor':
      return fact.vendor;
    case 'investment':
      return config.categoryById.get(fact.category)?.investment ?? 'unclassified';
  }
}

/** Display name of a key. */
export function labelOf(key: string, dim: Dimension, config: Config): string {
  if (dim === 'category') return config.categoryById.get(key)?.name ?? key;
  return key;
}
