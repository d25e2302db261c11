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
  | 'usage'
  /** a column that says debit or credit (Mint's `Transaction Type`) for an unsigned amount */
  | 'direction'
  /** the invoice, document or transaction number (shown by validate; a rule reads it as `column.<header>`) */
  | 'reference';

export const FIELDS: readonly Field[] = ['date', 'amount', 'debit', 'credit', 'vendor', 'description', 'account', 'department', 'costCenter', 'currency', 'quantity', 'unitPrice', 'usage', 'direction', 'reference'];

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
  /** a more precise name from the header (version, layout) */
  variant?: (header: ReadonlySet<string>) => string;
  /** a named bank/card/GL layout: fields not in `columns` are found by their common names */
  generic?: boolean;
}

/** A named bank, card, payment or accounting-tool layout, read with the common column names. */
const named = (id: string, name: string, headers: string[], columns: Preset['columns'] = {}): Preset => ({ id, name, detect: has(...headers), columns, generic: true });

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
    // columns each version added (FOCUS 1.1: ServiceSubcategory, SkuMeter, ...; 1.2: InvoiceId,
    // PricingCurrency, ...; 1.3: ServiceProviderName, HostProviderName)
    variant: (h) =>
      ['ServiceProviderName', 'HostProviderName'].some((c) => h.has(c))
        ? 'FinOps FOCUS 1.3'
        : ['InvoiceId', 'PricingCurrency', 'BillingAccountType', 'SubAccountType'].some((c) => h.has(c))
          ? 'FinOps FOCUS 1.2'
          : ['ServiceSubcategory', 'SkuMeter', 'CapacityReservationId', 'CommitmentDiscountQuantity'].some((c) => h.has(c))
            ? 'FinOps FOCUS 1.1'
            : 'FinOps FOCUS 1.0',
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
      // ExtendedCost / Extended Cost: the EA enrollment's detail usage report (the EA portal's CSV)
      ['CostInBillingCurrency', 'costInBillingCurrency', 'PreTaxCost', 'preTaxCost', 'Cost', 'CostInUsd', 'ExtendedCost', 'Extended Cost'].some((c) => h.has(c)) &&
      ['Date', 'date', 'UsageDateTime', 'usageDateTime', 'UsageDate', 'usageDate'].some((c) => h.has(c)) &&
      ['SubscriptionName', 'subscriptionName', 'SubscriptionGuid', 'subscriptionGuid', 'SubscriptionId', 'subscriptionId', 'MeterCategory', 'meterCategory', 'Subscription Name', 'Meter Category'].some((c) => h.has(c)),
    columns: {
      date: ['Date', 'date', 'UsageDateTime', 'usageDateTime', 'UsageDate', 'usageDate'],
      amount: ['CostInBillingCurrency', 'costInBillingCurrency', 'PreTaxCost', 'preTaxCost', 'Cost', 'cost', 'ExtendedCost', 'Extended Cost'],
      currency: ['BillingCurrency', 'billingCurrency', 'BillingCurrencyCode', 'billingCurrencyCode', 'Currency', 'currency'],
      vendor: ['PublisherName', 'publisherName'],
      description: ['MeterName', 'meterName', 'ProductName', 'productName', 'MeterCategory', 'meterCategory'],
      account: ['SubscriptionName', 'subscriptionName', 'Subscription Name', 'SubscriptionGuid', 'subscriptionGuid', 'SubscriptionId'],
      department: ['DepartmentName', 'Department Name'],
      costCenter: ['CostCenter', 'costCenter', 'Cost Center'],
      quantity: ['Quantity', 'quantity', 'UsageQuantity', 'usageQuantity'],
    },
    vendor: 'Microsoft Azure',
    variant: (h) => {
      const camel = h.has('date') || h.has('usageDateTime');
      const current = h.has('billingProfileId') || h.has('BillingProfileId') || h.has('invoiceSectionId') || h.has('InvoiceSectionId') ? 'EA/MCA current layout' : 'EA current layout';
      const kind = h.has('PreTaxCost') || h.has('preTaxCost')
        ? 'legacy usage details'
        : h.has('ExtendedCost') || h.has('Extended Cost')
          ? 'EA detail usage report'
          : h.has('CostInBillingCurrency') || h.has('costInBillingCurrency')
            ? current
            : 'EA legacy layout';
      return `Azure cost export (${kind}${camel ? ', camelCase' : ''})`;
    },
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
  named('capitalone', 'Capital One card export', ['Transaction Date', 'Posted Date', 'Card No.', 'Debit', 'Credit']),
  named('schwab', 'Charles Schwab bank export', ['Date', 'Status', 'Type', 'CheckNumber', 'Withdrawal', 'Deposit', 'RunningBalance']),
  named('venmo', 'Venmo statement', ['ID', 'Datetime', 'Type', 'Status', 'Amount (total)'], { vendor: ['To'], description: ['Note'] }),
  named('xero', 'Xero journal export (general ledger)', ['JournalNumber', 'JournalDate', 'AccountName', 'NetAmount'], { account: ['AccountName'], description: ['Description', 'Reference'] }),
  named('stripe-payments', 'Stripe payments export', ['id', 'created', 'amount', 'amount_refunded', 'currency', 'fee'], { vendor: ['customer_description'], description: ['description'] }),
  named('stripe-balance', 'Stripe balance history', ['balance_transaction_id', 'created_utc', 'gross', 'fee', 'net']),
  named('paypal', 'PayPal activity download', ['Date', 'Time', 'TimeZone', 'Name', 'Type', 'Status', 'Gross', 'Fee', 'Net']),
  named('amazon-orders', 'Amazon order history', ['order id', 'order url', 'items', 'date', 'total']),
  named('n26', 'N26 bank export', ['Booking Date', 'Value Date', 'Partner Name', 'Amount (EUR)']),
  named('dbs', 'DBS bank statement', ['Transaction Date', 'Reference', 'Debit Amount', 'Credit Amount', 'Transaction Ref1'], { description: ['Transaction Ref1'] }),
  named('gls', 'GLS Bank export', ['Buchungstag', 'Wertstellung', 'Auftraggeber/Empfänger', 'Buchungstext', 'VWZ1', 'Betrag'], { description: ['VWZ1', 'Buchungstext'] }),
  named('sparkasse', 'Sparkasse CSV-MT940 export', ['Auftragskonto', 'Buchungstag', 'Valutadatum', 'Buchungstext', 'Verwendungszweck', 'Betrag']),
  named('c24', 'C24 Bank export', ['Transaktionstyp', 'Buchungsdatum', 'Karteneinsatz', 'Betrag']),
  named('sumup', 'SumUp account export', ['Datum der Transaktion', 'Transaktions-ID', 'Zahlungsbetrag ausgehend', 'Zahlungsbetrag eingehend'], { vendor: ['Referenz'], description: ['Art der Transaktion'] }),
  named('ubs', 'UBS account export', ['Produit', 'Monn.', 'Date de valeur', 'Débit', 'Crédit', 'Solde'], { description: ['Description 1', 'Description'] }),
  named('outbank', 'Outbank export', ['#', 'Account', 'Date', 'Value Date', 'Amount', 'Currency', 'Name', 'Posting Text'], { description: ['Reason'], account: ['Category'] }),
  named('payoneer', 'Payoneer transactions', ['Transaction Date', 'Transaction Time', 'Time Zone', 'Transaction ID', 'Credit Amount', 'Debit Amount']),
  named('pc-mastercard', 'PC Financial Mastercard export', ['Merchant Name', 'Card Used For Transaction', 'Date', 'Time', 'Amount']),
  named('ing-es', 'ING España export', ['date', 'class', 'subcategory', 'desc', 'amount', 'balance'], { description: ['desc'], account: ['subcategory'] }),
  named('ynab4', 'YNAB 4 register', ['Account', 'Flag', 'Check Number', 'Date', 'Payee', 'Outflow', 'Inflow']),
  named('monefy', 'Monefy export', ['date', 'account', 'category', 'amount', 'currency', 'converted amount', 'description']),
  named('csb43', 'CSB43 bank statement (csb2format)', ['bank_code', 'branch_code', 'account_key', 'transaction_date', 'amount'], { description: ['item1', 'item2'] }),
  named('coinbase', 'Coinbase transactions', ['Timestamp', 'Balance', 'Amount', 'Currency', 'To', 'Notes', 'Transfer Total']),
  named('hledger-csv', 'hledger print CSV (one row per posting)', ['txnidx', 'date', 'date2', 'status', 'description', 'account', 'amount', 'commodity'], { currency: [] }),
  {
    id: 'mint',
    name: 'Mint transactions export',
    detect: has('Date', 'Amount', 'Transaction Type', 'Original Description'),
    columns: {
      date: ['Date'],
      amount: ['Amount'],
      direction: ['Transaction Type'],
      vendor: ['Description'],
      description: ['Original Description'],
      account: ['Account Name'],
    },
  },
];

/** Header names that commonly hold each field in GL, card, bank and expense-tool exports. */
export const GENERIC_COLUMNS: Partial<Record<Field, readonly string[]>> = {
  date: ['date', 'txn date', 'transaction date', 'posting date', 'posted date', 'post date', 'booking date', 'invoice date', 'value date', 'charge date', 'datetime', 'created', 'journaldate', 'journal date', 'buchungstag', 'buchungsdatum', 'datum', 'datum der transaktion', 'fecha', 'usage date', 'timestamp', 'created utc', 'created (utc)', 'date de valeur', 'date opération', 'valutadatum', 'wertstellung'],
  amount: ['amount', 'amount (usd)', 'amount (eur)', 'net amount', 'netamount', 'net', 'total', 'total amount', 'cost', 'value', 'betrag', 'montant', 'importe', 'extended amount', 'line amount', 'amount (total)', 'amount (gbp)', 'amount (chf)', 'umsatz', 'charge amount', 'transaction amount', 'billed amount', 'total cost'],
  debit: ['debit', 'debit amount', 'withdrawal', 'withdrawals', 'withdrawal amount', 'outflow', 'paid out', 'money out', 'débit', 'soll', 'zahlungsbetrag ausgehend', 'ausgang'],
  credit: ['credit', 'credit amount', 'deposit', 'deposits', 'deposit amount', 'inflow', 'paid in', 'money in', 'crédit', 'haben', 'zahlungsbetrag eingehend', 'eingang'],
  vendor: ['vendor', 'vendor name', 'supplier', 'supplier name', 'merchant', 'merchant name', 'payee', 'name', 'counterparty', 'provider', 'beneficiary', 'empfänger', 'zahlungsempfänger', 'auftraggeber/empfänger', 'beguenstigter/zahlungspflichtiger', 'partner name', 'to'],
  description: ['description', 'memo', 'details', 'narrative', 'notes', 'note', 'line description', 'transaction description', 'product', 'item', 'reference', 'purpose', 'verwendungszweck', 'libellé', 'libelle', 'remarque', 'concepto', 'bezeichnung', 'buchungstext', 'items', 'payment reference', 'desc'],
  account: ['account', 'gl account', 'account name', 'account code', 'ledger account', 'expense account', 'category'],
  department: ['department', 'dept', 'team'],
  costCenter: ['cost center', 'cost centre', 'costcenter', 'cost_center', 'class'],
  currency: ['currency', 'currency code', 'ccy', 'waehrung', 'währung', 'devise', 'moneda', 'monn.', 'monnaie'],
  quantity: ['quantity', 'qty', 'seats', 'licenses', 'units'],
  unitPrice: ['unit price', 'unit cost', 'price'],
  usage: ['active users', 'active seats', 'usage', 'used seats'],
  direction: ['transaction type', 'debit/credit', 'dr/cr', 'credit/debit'],
};

/** How generic header names are compared: case, `_`, repeated spaces and a leading `#` do not matter. */
export function normalizeHeaderName(name: string): string {
  return name.trim().toLowerCase().replace(/[_\s]+/g, ' ');
}
