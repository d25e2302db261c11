/**
 * Known export shapes, recognized from their header without configuration. Each preset names
 * candidate header names per normalized field; the first present header wins.
 */
export type Field =
  | 'date'
  | 'amount'
  | 'debit'
  | 'credit'
  | 'vendor'
  | 'description'
  | 'account'
  | 'department'
  | 'costCenter'
  | 'currency'
  | 'quantity'
  | 'unitPrice'
  | 'usage';

export const FIELDS: readonly Field[] = ['date', 'amount', 'debit', 'credit', 'vendor', 'description', 'account', 'department', 'costCenter', 'currency', 'quantity', 'unitPrice', 'usage'];

export interface Preset {
  id: string;
  name: string;
  /** true when the header (as given, trimmed) is this shape */
  detect: (header: ReadonlySet<string>) => boolean;
  columns: Partial<Record<Field, readonly string[]>>;
  /** cell values that mean "empty" (FOCUS writes NULL) */
  nulls?: readonly string[];
  /** a vendor for every line when the export has no vendor column (one provider per file) */
  vendor?: string;
  sign?: 'expense-positive' | 'expense-negative';
}

const has = (...names: string[]) => (h: ReadonlySet<string>) => names.every((n) => h.has(n));

export const PRESETS: readonly Preset[] = [
  {
    id: 'focus',
    name: 'FinOps FOCUS 1.x',
    detect: has('BilledCost', 'ChargePeriodStart'),
    columns: {
      date: ['ChargePeriodStart'],
      amount: ['BilledCost'],
      currency: ['BillingCurrency'],
      vendor: ['ProviderName', 'ServiceProviderName', 'PublisherName', 'InvoiceIssuerName'],
      description: ['ChargeDescription', 'ServiceName'],
      account: ['SubAccountName', 'SubAccountId', 'BillingAccountName'],
      quantity: ['PricingQuantity', 'ConsumedQuantity'],
      unitPrice: ['ListUnitPrice', 'ContractedUnitPrice'],
    },
    nulls: ['NULL', 'null'],
  },
  {
    id: 'aws-cur',
    name: 'AWS Cost and Usage Report (legacy)',
    detect: has('lineItem/UnblendedCost', 'lineItem/UsageStartDate'),
    columns: {
      date: ['lineItem/UsageStartDate'],
      amount: ['lineItem/UnblendedCost'],
      currency: ['lineItem/CurrencyCode'],
      vendor: ['bill/BillingEntity', 'lineItem/LegalEntity'],
      description: ['lineItem/LineItemDescription', 'product/ProductName'],
      account: ['lineItem/UsageAccountId', 'bill/PayerAccountId'],
      quantity: ['lineItem/UsageAmount'],
    },
    vendor: 'Amazon Web Services',
  },
  {
    id: 'aws-cur2',
    name: 'AWS Cost and Usage Report (snake_case)',
    detect: has('line_item_unblended_cost', 'line_item_usage_start_date'),
    columns: {
      date: ['line_item_usage_start_date'],
      amount: ['line_item_unblended_cost'],
      currency: ['line_item_currency_code'],
      vendor: ['bill_billing_entity', 'line_item_legal_entity'],
      description: ['line_item_line_item_description', 'product_product_name'],
      account: ['line_item_usage_account_id', 'bill_payer_account_id'],
      quantity: ['line_item_usage_amount'],
    },
    vendor: 'Amazon Web Services',
  },
  {
    id: 'gcp',
    name: 'Google Cloud billing export',
    detect: (h) => h.has('cost') && (h.has('usage_start_time') || h.has('service.description')),
    columns: {
      date: ['usage_start_time', 'export_time'],
      amount: ['cost'],
      currency: ['currency'],
      description: ['sku.description', 'service.description'],
      account: ['project.name', 'project.id', 'billing_account_id'],
      quantity: ['usage.amount'],
    },
    vendor: 'Google Cloud',
  },
  {
    id: 'azure',
    name: 'Azure cost export',
    detect: (h) =>
      ['CostInBillingCurrency', 'costInBillingCurrency', 'PreTaxCost', 'preTaxCost', 'Cost', 'CostInUsd'].some((c) => h.has(c)) &&
      ['Date', 'date', 'UsageDateTime', 'usageDateTime'].some((c) => h.has(c)) &&
      ['SubscriptionName', 'subscriptionName', 'SubscriptionGuid', 'subscriptionGuid', 'SubscriptionId', 'subscriptionId', 'MeterCategory', 'meterCategory'].some((c) => h.has(c)),
    columns: {
      date: ['Date', 'date', 'UsageDateTime', 'usageDateTime'],
      amount: ['CostInBillingCurrency', 'costInBillingCurrency', 'PreTaxCost', 'preTaxCost', 'Cost', 'cost'],
      currency: ['BillingCurrency', 'billingCurrency', 'BillingCurrencyCode', 'billingCurrencyCode', 'Currency', 'currency'],
      vendor: ['PublisherName', 'publisherName'],
      description: ['MeterName', 'meterName', 'ProductName', 'productName', 'MeterCategory', 'meterCategory'],
      account: ['SubscriptionName', 'subscriptionName', 'SubscriptionGuid', 'subscriptionGuid', 'SubscriptionId'],
      costCenter: ['CostCenter', 'costCenter'],
      quantity: ['Quantity', 'quantity', 'UsageQuantity', 'usageQuantity'],
    },
    vendor: 'Microsoft Azure',
  },
  {
    id: 'oci',
    name: 'Oracle Cloud (OCI) cost report',
    detect: has('cost/myCost', 'lineItem/intervalUsageStart'),
    columns: {
      date: ['lineItem/intervalUsageStart'],
      amount: ['cost/myCost'],
      currency: ['cost/currencyCode'],
      description: ['product/Description', 'product/service'],
      account: ['product/compartmentName', 'lineItem/tenantId'],
      quantity: ['usage/billedQuantity'],
    },
    vendor: 'Oracle Cloud Infrastructure',
  },
];

/** Header names that commonly hold each field in GL, card, bank and expense-tool exports. */
export const GENERIC_COLUMNS: Partial<Record<Field, readonly string[]>> = {
  date: ['date', 'txn date', 'transaction date', 'posting date', 'posted date', 'post date', 'booking date', 'invoice date', 'value date', 'charge date', 'datetime', 'created', 'journaldate', 'journal date', 'buchungstag', 'datum', 'fecha', 'usage date'],
  amount: ['amount', 'amount (usd)', 'amount (eur)', 'net amount', 'netamount', 'net', 'total', 'total amount', 'cost', 'value', 'betrag', 'montant', 'importe', 'extended amount', 'line amount'],
  debit: ['debit', 'debit amount', 'withdrawal', 'withdrawals', 'outflow', 'paid out', 'money out'],
  credit: ['credit', 'credit amount', 'deposit', 'deposits', 'inflow', 'paid in', 'money in'],
  vendor: ['vendor', 'vendor name', 'supplier', 'supplier name', 'merchant', 'merchant name', 'payee', 'name', 'counterparty', 'provider', 'beneficiary', 'empfänger', 'to'],
  description: ['description', 'memo', 'details', 'narrative', 'notes', 'note', 'line description', 'transaction description', 'product', 'item', 'reference', 'purpose', 'verwendungszweck', 'libellé', 'libelle'],
  account: ['account', 'gl account', 'account name', 'account code', 'ledger account', 'expense account', 'category'],
  department: ['department', 'dept', 'team'],
  costCenter: ['cost center', 'cost centre', 'costcenter', 'cost_center', 'class'],
  currency: ['currency', 'currency code', 'ccy', 'waehrung', 'währung', 'devise', 'moneda'],
  quantity: ['quantity', 'qty', 'seats', 'licenses', 'units'],
  unitPrice: ['unit price', 'unit cost', 'price'],
  usage: ['active users', 'active seats', 'usage', 'used seats'],
};
