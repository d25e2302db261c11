import { describe, expect, it } from 'vitest';
import { looksLikeData, resolveLayout } from '../../src/ingest/layout.js';

const layoutOf = (header: string[], rows: string[][] = [], options = {}) => {
  const r = resolveLayout(header, rows, options);
  if (r.layout === undefined) throw new Error(r.problems.join('; '));
  return r.layout;
};
const mapped = (l: ReturnType<typeof layoutOf>) => Object.fromEntries(Object.entries(l.columns).map(([f, i]) => [f, l.header[i!]]));

describe('format recognition', () => {
  it.each([
    [['BilledCost', 'ChargePeriodStart', 'ProviderName', 'BillingCurrency'], 'FinOps FOCUS 1.0'],
    [['BilledCost', 'ChargePeriodStart', 'ServiceSubcategory'], 'FinOps FOCUS 1.1'],
    [['BilledCost', 'ChargePeriodStart', 'InvoiceId', 'PricingCurrency'], 'FinOps FOCUS 1.2'],
    [['BilledCost', 'ChargePeriodStart', 'ServiceProviderName', 'HostProviderName'], 'FinOps FOCUS 1.3'],
    [['lineItem/UnblendedCost', 'lineItem/UsageStartDate'], 'AWS Cost and Usage Report (legacy)'],
    [['line_item_unblended_cost', 'line_item_usage_start_date'], 'AWS Cost and Usage Report (snake_case)'],
    [['cost', 'usage_start_time', 'service.description'], 'Google Cloud billing export'],
    [['Date', 'Cost', 'SubscriptionName', 'MeterCategory'], 'Azure cost export (EA legacy layout)'],
    [['date', 'costInBillingCurrency', 'subscriptionName', 'billingProfileId'], 'Azure cost export (EA/MCA current layout, camelCase)'],
    [['UsageDateTime', 'PreTaxCost', 'SubscriptionGuid'], 'Azure cost export (legacy usage details)'],
    [['cost/myCost', 'lineItem/intervalUsageStart'], 'Oracle Cloud (OCI) cost report'],
    [['Transaction Date', 'Posted Date', 'Card No.', 'Description', 'Category', 'Debit', 'Credit'], 'Capital One card export'],
    [['Txn Date', 'Name', 'Memo', 'Amount'], 'generic CSV'],
  ])('%j is %s', (header, name) => {
    expect(layoutOf(header).format).toBe(name);
  });
  it('FOCUS 1.3 reads the provider from ServiceProviderName, and NULL is empty', () => {
    const l = layoutOf(['ChargePeriodStart', 'BilledCost', 'ServiceProviderName', 'BillingCurrency']);
    expect(mapped(l).vendor).toBe('ServiceProviderName');
    expect(l.nulls.has('NULL')).toBe(true);
  });
  it('--preset and a sources entry decide over detection', () => {
    expect(layoutOf(['Date', 'Cost', 'SubscriptionName'], [], { preset: 'azure' }).format).toMatch(/^Azure/);
    const r = resolveLayout(['Date', 'Amount'], [], { preset: 'nope' });
    expect(r.problems[0]).toMatch(/unknown preset "nope"; presets are: focus, aws-cur/);
  });
  it('generic names: case, underscores, a leading # and accents', () => {
    expect(mapped(layoutOf(['#', 'transaction_date', 'AMOUNT']))).toMatchObject({ date: 'transaction_date', amount: 'AMOUNT' });
    expect(mapped(layoutOf(['Date de valeur', 'Débit', 'Crédit']))).toMatchObject({ debit: 'Débit', credit: 'Crédit' });
  });
  it('a guessed debit/credit indicator column is used only when it holds debit/credit words', () => {
    expect(mapped(layoutOf(['Date', 'Amount', 'Transaction Type'], [['2026-01-01', '5', 'debit'], ['2026-01-02', '6', 'credit']])).direction).toBe('Transaction Type');
    expect(mapped(layoutOf(['Date', 'Amount', 'Transaction Type'], [['2026-01-01', '5', 'POS'], ['2026-01-02', '6', 'ATM']])).direction).toBeUndefined();
  });
  it('day-first is chosen for ambiguous dates in a decimal-comma file, and the choice is noted', () => {
    const l = layoutOf(['Datum', 'Betrag'], [['05/03/2021', '-1,50']]);
    expect(l.dateFormat).toBe('dd/MM/yyyy');
    expect(l.dateNote).toMatch(/dates read as dd\/MM\/yyyy .* also fit MM\/dd\/yyyy/);
  });
  it('headerless: configured by position (1-based, or %n)', () => {
    const l = layoutOf(['x', 'y', 'z'], [['2026-01-01', 'Zoom', '12.00']], { headerless: true, source: { files: [], where: 'sources[0]', header: false, columns: { date: '1', vendor: '%2', amount: '3' } } });
    expect(l.columns).toMatchObject({ date: 0, vendor: 1, amount: 2 });
    expect(l.format).toBe('sources[0] (headerless)');
  });
  it('headerless: guessed from content when not configured, and said so', () => {
    const l = layoutOf(['1', '2', '3'], [['2025-01-01', ' éclair', ' 1.00'], ['2025-01-02', 'tarte', '2.50']], { headerless: true });
    expect(l.columns).toMatchObject({ date: 0, description: 1, amount: 2 });
    expect(l.dateNote).toMatch(/no header row/);
  });
  it('tells a data row from a header row', () => {
    expect(looksLikeData(['6/12/15', 'Transfer', '1,000.00', 'debit'])).toBe(true);
    expect(looksLikeData(['MEC-0072', '', '000013', '', '1', '4.39'])).toBe(true);
    expect(looksLikeData(['Date', 'Description', 'Amount'])).toBe(false);
    expect(looksLikeData(['Transaction Date', 'Posted Date', 'Card No.', 'Debit', 'Credit'])).toBe(false);
  });
});
