/**
 * A cloud billing export names its provider bare: FOCUS `ProviderName` and the Azure export's
 * `PublisherName` say "Microsoft" for Azure, FOCUS says "Oracle" for OCI and "Google" for Google
 * Cloud. On a GL or a card statement those names mean the office suite, the database licence or
 * Workspace; on the provider's own bill they mean its cloud.
 */
import { normalizeVendorName } from './normalize.js';

const CLOUD_OF_PROVIDER = new Map<string, string>([
  ['MICROSOFT', 'Microsoft Azure'],
  ['MICROSOFT CORPORATION', 'Microsoft Azure'],
  ['MICROSOFT IRELAND OPERATIONS', 'Microsoft Azure'],
  ['ORACLE', 'Oracle Cloud Infrastructure'],
  ['ORACLE CORPORATION', 'Oracle Cloud Infrastructure'],
  ['ORACLE AMERICA', 'Oracle Cloud Infrastructure'],
  ['GOOGLE', 'Google Cloud'],
  ['IBM', 'IBM Cloud'],
  ['ALIBABA', 'Alibaba Cloud'],
]);

/** The cloud a provider name on a cloud billing export stands for; the name itself otherwise. */
export function cloudBillingVendor(vendor: string): string {
  if (vendor === '') return vendor;
  return CLOUD_OF_PROVIDER.get(normalizeVendorName(vendor)) ?? vendor;
}
