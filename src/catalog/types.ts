/**
 * Types of the built-in vendor catalog. Kept apart from the data so the data module, the index
 * and the public facade can all import them without a runtime cycle.
 */
import type { OverlapGroupId } from './overlap-groups.js';

/** The standard finance cost pools (same values as `POOLS` in config/schema.ts; a test pins it). */
export const FINANCE_POOLS = [
  'labor',
  'software',
  'cloud',
  'hardware',
  'outside-services',
  'telecom',
  'travel',
  'training',
  'facilities',
  'other',
] as const;
export type FinancePool = (typeof FINANCE_POOLS)[number];

export type Investment = 'run' | 'grow' | 'transform';

/**
 * What a vendor is bought for. Each capability suggests one business-aligned category that
 * `techspend init` drafts; a union type so a typo in the vendor data fails to compile.
 */
export const CAPABILITY_IDS = [
  'cloud-infrastructure',
  'edge-network',
  'data-platform',
  'analytics',
  'product-analytics',
  'observability',
  'developer-tools',
  'ai-ml',
  'security',
  'identity-access',
  'collaboration',
  'productivity-suite',
  'project-management',
  'design',
  'product-apis',
  'sales',
  'marketing',
  'customer-support',
  'finance-systems',
  'business-applications',
  'people-systems',
  'legal-contracts',
  'it-management',
  'automation',
  'telecom',
  'hardware',
  'professional-services',
  'training',
  'workspace',
  'travel',
] as const;
export type CapabilityId = (typeof CAPABILITY_IDS)[number];

/** A capability and the category `init` suggests for it (fields mirror a config category). */
export interface Capability {
  readonly id: CapabilityId;
  readonly name: string;
  /** Business function the suggested category rolls up to. */
  readonly function: string;
  readonly pool: FinancePool;
  readonly revenueGenerating?: boolean;
  /** Shared technology spend, to be allocated over business functions. */
  readonly shared?: boolean;
  readonly investment?: Investment;
}

export interface CatalogVendor {
  /** kebab-case, unique. */
  readonly id: string;
  /** Canonical display name; also looked up as an exact variant. */
  readonly name: string;
  /**
   * How the vendor appears on GL, card and bank statements and billing exports. Matched after
   * `normalizeVendorName`; a trailing `*` makes a prefix (a separator before the `*`, as in
   * `"AWS *"`, requires the prefix to end at a word boundary).
   */
  readonly variants: readonly string[];
  readonly capability: CapabilityId;
  /** Default finance cost pool of the vendor's lines. */
  readonly pool: FinancePool;
  /** Vendors in the same group do the same job: several in use is a savings candidate. */
  readonly overlapGroup?: OverlapGroupId;
}
