/**
 * Enterprise and public-sector IT in the catalog (issue 19): resellers, carriers, business
 * applications and card descriptors, as the public registers in ../shared/public-spend write them,
 * and the names they must not catch (short names are whole names, never prefixes).
 */
import { describe, expect, it } from 'vitest';
import { lookupVendor } from '../../src/catalog/catalog.js';
import { cloudBillingVendor } from '../../src/catalog/cloud-vendor.js';

describe('enterprise and public-sector vendors', () => {
  const cases: readonly (readonly [string, string])[] = [
    // resellers and integrators
    ['COMPUTACENTER UK LTD', 'computacenter'],
    ['Computacenter (UK) Limited', 'computacenter'],
    ['SOFTCAT LTD', 'softcat'],
    ['SOFTCAT LIMITED', 'softcat'],
    ['Softcat plc', 'softcat'],
    ['BYTES SOFTWARE SERVICES LTD', 'bytes'],
    ['Bytes Technology Group plc', 'bytes'],
    ['SCC PLC)SPECIALIST COMPUTER CENTRES', 'scc'],
    ['Specialist Computer Centers Plc', 'scc'],
    ['SCC', 'scc'],
    ['SCC Ltd', 'scc'],
    ['XMA LTD', 'xma'],
    ['XMA Limited', 'xma'],
    ['CDW GOVERNMENT INC', 'cdw'],
    ['CDW Ltd', 'cdw'],
    ['SHI INTERNATIONAL CORP', 'shi'],
    ['SOFTWARE HOUSE INTL', 'shi'],
    ['SHI', 'shi'],
    ['INSIGHT DIRECT (UK) LTD', 'insight'],
    ['INSIGHT PUBLIC SECTOR', 'insight'],
    ['www.uk.insight.com', 'insight'],
    ['Logicalis UK Ltd', 'logicalis'],
    // telecom
    ['BT', 'bt'],
    ['BT PLC', 'bt'],
    ['British Telecommunications plc', 'bt'],
    ['BRITISH TELECOM (BILL PAYMNTS)', 'bt'],
    ['BT BILL PAYMENT 1', 'bt'],
    ['bt bill payment 2', 'bt'],
    ['BT PAY BY PHONE', 'bt'],
    ['bt business direct ltd', 'bt'],
    ['BT Global Services', 'bt'],
    ['B T REDCARE', 'bt'],
    ['BT Conferencing', 'bt'],
    ['O2', 'o2'],
    ['O2 UK LIMITED', 'o2'],
    ['o2 uk payment', 'o2'],
    ['o2 uk cca payment', 'o2'],
    ['O2 TELEFONICA UK LTD', 'o2'],
    ['O2 Czech Republic a.s.', 'o2'],
    ['CENTURYLINK COMMUNICATIONS LLC', 'lumen'],
    ['Cox Communications Inc', 'cox-business'],
    ['COX COMMUNICATIONS LAS VEGAS', 'cox-business'],
    ['VODAFONE LTD', 'vodafone'],
    ['vesta vodafone', 'vodafone'],
    ['Virgin Media Business', 'virgin-media'],
    ['virgin media pymts', 'virgin-media'],
    ['VIRGIN MOBILE', 'virgin-media'],
    ['VERIZON WIRELESS SERVICES LLC', 'verizon'],
    ['CELLCO PARTNERSHIP', 'verizon'],
    ['AT&T MOBILITY II LLC', 'att'],
    ['AT & T', 'att'],
    // business applications
    ['SAP (UK) Ltd', 'sap'],
    ['SAP SE', 'sap'],
    ['SAP ČR, spol. s r. o.', 'sap'],
    ['SAP Concur', 'sap-concur'],
    ['ORACLE', 'oracle'],
    ['Oracle Corporation Uk Ltd', 'oracle'],
    ['ORACLE Czech sro.', 'oracle'],
    ['Oracle America, Inc.', 'oracle'],
    ['ORACLE CLOUD INFRASTRUCTURE', 'oracle-cloud'],
    ['Oracle Cloud', 'oracle-cloud'],
    ['ORACLE *NETSUITE', 'netsuite'],
    ['TYLER TECHNOLOGIES INC', 'tyler-technologies'],
    ['INFOR INC', 'infor'],
    ['Infor (US), Inc.', 'infor'],
    ['Northgate Information Solutions Uk Ltd', 'northgate'],
    ['Northgate Public Services', 'northgate'],
    ['IDOX SOFTWARE LIMITED', 'idox'],
    ['Idox Software Ltd', 'idox'],
    ['Idox plc', 'idox'],
    ['CAPITA BUSINESS SERVICES LTD', 'capita'],
    ['CAPITA BUSINESS SER', 'capita'],
    ['CAPITA IT SERVICES ***ONEBILL***', 'capita'],
    ['CAPITA BUS SVS-MOTO', 'capita'],
    ['CIVICA UK LIMITED', 'civica'],
    // card descriptors of common SaaS
    ['ADOBE *CREATIVE CLD', 'adobe'],
    ['ADOBE  CREATIVE CLOUD', 'adobe'],
    ['ADOBE  CREATIVE CLO', 'adobe'],
    ['adobe  exportpdf sub', 'adobe'],
    ['MSFT *E0300ABCD', 'microsoft-365'],
    ['MSFT*AZURE', 'microsoft-azure'],
    ['GOOGLE *GSUITE_example.com', 'google-workspace'],
    ['GOOGLE*GSUITE ABC', 'google-workspace'],
    ['google svcsapps_stirc', 'google-workspace'],
    ['ZOOM.US 888-799-9666', 'zoom'],
    ['ZOOM.US', 'zoom'],
    ['DROPBOX*1234ABCD', 'dropbox'],
    ['DROPBOX BQ96N4D12K35', 'dropbox'],
    ['LINKEDIN*JOBS', 'linkedin'],
    ['LINKEDIN PRE*1234567', 'linkedin'],
  ];

  it.each(cases)('%s -> %s', (raw, id) => {
    expect(lookupVendor(raw)?.id).toBe(id);
  });

  const notThem = [
    // short names are whole names: these begin with them, or hold them, and are someone else
    'BTW Catering',
    'BT Cleaning Services', // not a BT name: BT's own descriptors only
    'BTCC Ltd',
    'O2 ARENA',
    'THE O2',
    'SCCI Alliance',
    'SCC Catering Supplies',
    'SHIELD SECURITY',
    'SHI-TECH FOODS',
    'COX AUTO SUPPLY INC',
    'MARTYN COX',
    'Cox',
    'BYTES CAFE',
    'Bytes',
    'INSIGHT EXECUTIVE GROUP LTD',
    'INSIGHT DYNAMICS LTD',
    'INSIGHT Wellbeing Services Ltd',
    'Insight',
    'INFORMATION & DATA NETWORK SUPPL',
    'Informa UK',
    'TYLER BUILDINGS LLC',
    'Northgate Vehicle Hire',
    'NORTHGATE',
    'CAPITA RESOURCING LTD',
    'Capita Health & Wellbeing Ltd',
    'CAPITA PROPERTY & INFRASTRUCTURE LTD',
    'Uk Oracle User Group',
    'SAPPHIRE CLEANING',
    'virgin trains',
    'VIRGIN MONEY GIVING',
    'VIRGIN CARE LTD - DEVON ICS',
    // Amazon's marketplace is not technology by default
    'AMZN Mktp US*2K4AB1234',
    'AMZN MKTP UK*AB12CD',
    'Amazon Mktplce EU-U',
    'AMAZON UK MARKETPLACE',
    'amazon uk retail amazon.c',
    'Amazon.co.uk',
    'AMAZON EU',
    'ADOBE GRILL',
    'ADOBE HOMES LTD',
  ];

  it.each(notThem)('%j is none of them', (raw) => {
    expect(lookupVendor(raw)?.id).toBeUndefined();
  });
});

describe('a cloud billing export names its provider bare', () => {
  it('reads the provider as its cloud', () => {
    expect(cloudBillingVendor('Microsoft')).toBe('Microsoft Azure');
    expect(cloudBillingVendor('Microsoft Corporation')).toBe('Microsoft Azure');
    expect(cloudBillingVendor('Oracle')).toBe('Oracle Cloud Infrastructure');
    expect(cloudBillingVendor('Google')).toBe('Google Cloud');
    expect(lookupVendor(cloudBillingVendor('Microsoft'))?.id).toBe('microsoft-azure');
    expect(lookupVendor(cloudBillingVendor('Oracle'))?.id).toBe('oracle-cloud');
  });

  it('leaves other names alone (marketplace publishers, AWS)', () => {
    for (const v of ['Amazon Web Services', 'AWS', 'Datadog', 'Canonical', 'Microsoft Azure', '']) expect(cloudBillingVendor(v)).toBe(v);
  });
});
