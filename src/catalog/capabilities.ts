/**
 * Capabilities and the business-aligned category each suggests to `techspend init`.
 * Functions are business functions, not IT towers, so the drafted tree answers "what does this
 * money serve?". Technology spend that serves every function is `shared` (allocated later).
 */
import type { Capability, CapabilityId, FinancePool } from './types.js';

export const CAPABILITIES: readonly Capability[] = [
  { id: 'cloud-infrastructure', name: 'Cloud Infrastructure', function: 'Technology', pool: 'cloud', shared: true, investment: 'run' },
  { id: 'edge-network', name: 'CDN, DNS & Edge', function: 'Technology', pool: 'cloud', shared: true, investment: 'run' },
  { id: 'data-platform', name: 'Data Platform', function: 'Technology', pool: 'cloud', shared: true, investment: 'grow' },
  { id: 'analytics', name: 'Analytics & BI', function: 'Operations', pool: 'software', investment: 'grow' },
  { id: 'product-analytics', name: 'Product Analytics', function: 'Product & Engineering', pool: 'software', investment: 'grow' },
  { id: 'observability', name: 'Observability & Reliability', function: 'Technology', pool: 'software', shared: true, investment: 'run' },
  { id: 'developer-tools', name: 'Developer Tools & Platform', function: 'Technology', pool: 'software', shared: true, investment: 'run' },
  { id: 'ai-ml', name: 'AI & Machine Learning', function: 'Product & Engineering', pool: 'cloud', investment: 'transform' },
  { id: 'security', name: 'Security & Risk', function: 'Technology', pool: 'software', shared: true, investment: 'run' },
  { id: 'identity-access', name: 'Identity & Access', function: 'Technology', pool: 'software', shared: true, investment: 'run' },
  { id: 'collaboration', name: 'Collaboration & Communication', function: 'Technology', pool: 'software', shared: true, investment: 'run' },
  { id: 'productivity-suite', name: 'Email & Office Suite', function: 'Technology', pool: 'software', shared: true, investment: 'run' },
  { id: 'project-management', name: 'Project & Work Management', function: 'Product & Engineering', pool: 'software', investment: 'run' },
  { id: 'design', name: 'Product Design & Research', function: 'Product & Engineering', pool: 'software', investment: 'grow' },
  { id: 'product-apis', name: 'Product APIs & Communications', function: 'Product & Engineering', pool: 'cloud', investment: 'run' },
  { id: 'sales', name: 'Sales & CRM', function: 'Sales', pool: 'software', revenueGenerating: true, investment: 'run' },
  { id: 'marketing', name: 'Marketing Technology', function: 'Marketing', pool: 'software', revenueGenerating: true, investment: 'grow' },
  { id: 'customer-support', name: 'Customer Support & Success', function: 'Customer Support', pool: 'software', investment: 'run' },
  { id: 'finance-systems', name: 'Finance Systems', function: 'Finance', pool: 'software', investment: 'run' },
  { id: 'business-applications', name: 'Business Applications (ERP & Line of Business)', function: 'Operations', pool: 'software', investment: 'run' },
  { id: 'people-systems', name: 'People Systems', function: 'People', pool: 'software', investment: 'run' },
  { id: 'legal-contracts', name: 'Contracts & E-Signature', function: 'Operations', pool: 'software', investment: 'run' },
  { id: 'it-management', name: 'IT & Device Management', function: 'Technology', pool: 'software', shared: true, investment: 'run' },
  { id: 'automation', name: 'Automation & Integration', function: 'Operations', pool: 'software', investment: 'grow' },
  { id: 'telecom', name: 'Telecom & Connectivity', function: 'Technology', pool: 'telecom', shared: true, investment: 'run' },
  { id: 'hardware', name: 'Hardware & Devices', function: 'Technology', pool: 'hardware', shared: true, investment: 'run' },
  { id: 'professional-services', name: 'Contractors & Professional Services', function: 'Product & Engineering', pool: 'outside-services', investment: 'grow' },
  { id: 'training', name: 'Training & Learning', function: 'People', pool: 'training', investment: 'run' },
  { id: 'workspace', name: 'Workspace & Facilities', function: 'Operations', pool: 'facilities', investment: 'run' },
  { id: 'travel', name: 'Business Travel', function: 'Operations', pool: 'travel', investment: 'run' },
];

const byId = new Map<CapabilityId, Capability>(CAPABILITIES.map((c) => [c.id, c]));

export function capabilityById(id: CapabilityId): Capability | undefined {
  return byId.get(id);
}

/** The capability's pool: the default pool of its vendors unless a vendor says otherwise. */
export function capabilityPool(id: CapabilityId): FinancePool {
  const capability = byId.get(id);
  if (capability === undefined) throw new Error(`catalog: unknown capability "${id}"`);
  return capability.pool;
}
