import { describe, expect, it } from 'vitest';
import {
  CAPABILITIES,
  CAPABILITY_IDS,
  FINANCE_POOLS,
  OVERLAP_GROUPS,
  VENDORS,
  capabilityById,
  createVendorIndex,
  findVariantConflicts,
  lookupVendor,
  matchVendor,
  normalizeVendorName,
  overlapGroupName,
  overlapGroups,
  vendorById,
} from '../../src/catalog/catalog.js';
import { compileVariant } from '../../src/catalog/vendor-index.js';
import { POOLS } from '../../src/config/schema.js';

/** What a prefix variant's own text looks like on a statement: the variant without its `*`. */
function variantAsText(variant: string): string {
  return variant.endsWith('*') ? variant.slice(0, -1) : variant;
}

describe('catalog data', () => {
  it('has at least 300 vendors', () => {
    expect(VENDORS.length).toBeGreaterThanOrEqual(300);
  });

  it('uses unique kebab-case ids and unique names', () => {
    const ids = VENDORS.map((v) => v.id);
    for (const id of ids) expect(id, id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
    const names = VENDORS.map((v) => v.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('has no variant claimed by two vendors', () => {
    expect(findVariantConflicts(VENDORS)).toEqual([]);
    expect(() => createVendorIndex(VENDORS)).not.toThrow();
  });

  it('has no empty or duplicate variants within a vendor', () => {
    for (const v of VENDORS) {
      expect(v.variants.length, v.id).toBeGreaterThan(0);
      for (const variant of v.variants) expect(variant.trim(), v.id).not.toBe('');
      expect(new Set(v.variants).size, v.id).toBe(v.variants.length);
    }
  });

  it('looks every name and variant up to its own vendor', () => {
    const wrong: string[] = [];
    for (const v of VENDORS) {
      for (const variant of [v.name, ...v.variants]) {
        const found = lookupVendor(variantAsText(variant));
        if (found?.id !== v.id) wrong.push(`${v.id}: "${variant}" -> ${found?.id ?? 'nothing'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps prefix variants specific (at least 3 characters of text)', () => {
    for (const v of VENDORS) {
      for (const variant of v.variants) {
        const { kind, key } = compileVariant(variant);
        if (kind === 'prefix') expect(key.trim().length, `${v.id}: ${variant}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('uses valid capabilities and pools', () => {
    const capabilities = new Set<string>(CAPABILITY_IDS);
    const pools = new Set<string>(FINANCE_POOLS);
    for (const v of VENDORS) {
      expect(capabilities.has(v.capability), `${v.id}: ${v.capability}`).toBe(true);
      expect(capabilityById(v.capability), v.id).toBeDefined();
      expect(pools.has(v.pool), `${v.id}: ${v.pool}`).toBe(true);
    }
  });

  it('has a capability entry per capability id, and a vendor for every capability', () => {
    expect(CAPABILITIES.map((c) => c.id)).toEqual([...CAPABILITY_IDS]);
    const used = new Set(VENDORS.map((v) => v.capability));
    for (const id of CAPABILITY_IDS) expect(used.has(id), id).toBe(true);
  });

  it('uses only declared overlap groups, each with two vendors or more', () => {
    const declared = new Set<string>(OVERLAP_GROUPS.map((g) => g.id));
    const counts = new Map<string, number>();
    for (const v of VENDORS) {
      if (v.overlapGroup === undefined) continue;
      expect(declared.has(v.overlapGroup), `${v.id}: ${v.overlapGroup}`).toBe(true);
      counts.set(v.overlapGroup, (counts.get(v.overlapGroup) ?? 0) + 1);
    }
    const lonely = [...counts].filter(([, n]) => n < 2).map(([g]) => g);
    expect(lonely).toEqual([]);
    const groups = overlapGroups();
    expect([...groups.keys()].sort()).toEqual([...counts.keys()].sort());
    for (const [id, members] of groups) {
      expect(members.length, id).toBeGreaterThanOrEqual(2);
      expect(overlapGroupName(id)).not.toBe('');
    }
  });

  it('declares overlap group ids once', () => {
    const ids = OVERLAP_GROUPS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pins FINANCE_POOLS to the config POOLS', () => {
    expect([...FINANCE_POOLS]).toEqual([...POOLS]);
  });

  it('finds vendors by id', () => {
    for (const v of VENDORS) expect(vendorById(v.id)).toBe(v);
    expect(vendorById('no-such-vendor')).toBeUndefined();
  });
});

describe('statement strings', () => {
  const cases: readonly (readonly [string, string])[] = [
    // cloud
    ['AWS', 'aws'],
    ['AWS EMEA SARL', 'aws'],
    ['AMZN WEB SERVICES AWS.AMAZON.CO', 'aws'],
    ['Amazon Web Services, Inc.', 'aws'],
    ['Amazon Web Services Canada, Inc.', 'aws'],
    ['AWS *MARKETPLACE', 'aws'],
    ['aws.amazon.com', 'aws'],
    ['Amazon Elastic Compute Cloud', 'aws'],
    ['Amazon Relational Database Service', 'aws'],
    ['Elastic Load Balancing', 'aws'],
    ['Google Cloud', 'google-cloud'],
    ['GOOGLE *CLOUD 8DK2LA', 'google-cloud'],
    ['Google Cloud EMEA Limited', 'google-cloud'],
    ['BigQuery', 'google-cloud'],
    ['MICROSOFT*AZURE', 'microsoft-azure'],
    ['MSFT*AZURE 0123', 'microsoft-azure'],
    ['Hetzner Online GmbH', 'hetzner'],
    ['OVHcloud', 'ovhcloud'],
    ['OVH SAS', 'ovhcloud'],
    ['DIGITALOCEAN.COM', 'digitalocean'],
    ['Vercel Inc.', 'vercel'],
    ['FLY.IO 123456', 'fly-io'],
    ['CLOUDFLARE, INC.', 'cloudflare'],
    // data, observability, dev tools
    ['Snowflake Inc', 'snowflake'],
    ['SNOWFLAKE INC SAN MATEO CA', 'snowflake'],
    ['DATADOG INC', 'datadog'],
    ['DATADOG INC NEW YORK NY', 'datadog'],
    ['FUNCTIONAL SOFTWARE INC', 'sentry'],
    ['PAGERDUTY, INC.', 'pagerduty'],
    ['GITHUB, INC.', 'github'],
    ['PAYPAL *GITHUB', 'github'],
    ['GitHub Copilot Business', 'github-copilot'],
    ['CIRCLE INTERNET SERVICES', 'circleci'],
    ['JetBrains s.r.o.', 'jetbrains'],
    ['Catamorphic Co', 'launchdarkly'],
    ['PADDLE.NET* N8N', 'n8n'],
    // AI
    ['OPENAI *CHATGPT SUBSCR', 'openai'],
    ['OpenAI, LLC', 'openai'],
    ['Anthropic PBC', 'anthropic'],
    ['CLAUDE.AI SUBSCRIPTION', 'anthropic'],
    ['Mistral AI', 'mistral-ai'],
    // collaboration
    ['SLACK T0123ABC', 'slack'],
    ['ZOOM.US 888-799-9666', 'zoom'],
    ['Microsoft Teams', 'microsoft-teams'],
    ['Webex by Cisco', 'webex'],
    ['GOOGLE*GSUITE', 'google-workspace'],
    ['GOOGLE*GSUITE_ACME.IO', 'google-workspace'],
    ['MSFT * E0300ABCD', 'microsoft-365'],
    ['Notion Labs', 'notion'],
    ['NOTION LABS, INC.', 'notion'],
    ['Intercom R&D Unlimited Company', 'intercom'],
    ['FS *SKETCH', 'sketch'],
    ['HELLOSIGN', 'dropbox-sign'],
    ['Twilio SendGrid', 'sendgrid'],
    ['TWILIO INC', 'twilio'],
    // identity
    ['1Password', '1password'],
    ['AgileBits Inc. dba 1Password', '1password'],
    ['LastPass', 'lastpass'],
    // sales & marketing
    ['Salesforce.com', 'salesforce'],
    ['LINKEDIN *SALES NAV', 'linkedin-sales-navigator'],
    ['DNH*GODADDY.COM', 'godaddy'],
    ['ADOBE *CREATIVE CLOUD', 'adobe'],
    ['ADOBE *ACROPRO SUBS', 'adobe'],
    // finance & people
    ['INTUIT *QBOOKS ONLINE', 'quickbooks'],
    ['INTUIT *MAILCHIMP', 'mailchimp'],
    ['Personio', 'personio'],
    ['Personio SE & Co. KG', 'personio'],
    ['People Center Inc', 'rippling'],
    // telecom & hardware
    ['Verizon Wireless', 'verizon'],
    ['VZWRLSS*APOCC VISB', 'verizon'],
    ['AT&T MOBILITY', 'att'],
    ['T-MOBILE USA', 't-mobile'],
    ['Dell Marketing LP', 'dell'],
    ['Dell Marketing L.P.', 'dell'],
    ['APPLE STORE R123', 'apple'],
    ['APPLE.COM/BILL 866-712-7753', 'apple-app-store'],
    ['CDW DIRECT', 'cdw'],
    // services, training, travel
    ['Toptal LLC', 'toptal'],
    ['Udemy Business', 'udemy'],
    ["O'Reilly Media", 'oreilly'],
    ['Deutsche Bahn', 'deutsche-bahn'],
    ['DB Vertrieb GmbH', 'deutsche-bahn'],
    ['UBER *TRIP HELP.UBER.COM', 'uber'],
    ['UNITED 0162312345678', 'united-airlines'],
    ['WEWORK 123 MAIN ST', 'wework'],
  ];

  it.each(cases)('%s -> %s', (raw, id) => {
    expect(lookupVendor(raw)?.id).toBe(id);
  });

  const unrelated = [
    'Starbucks',
    'Office Depot',
    'Corner Deli',
    'APPLEBEES',
    'APPLEBEES GRILL 1234',
    "O'REILLY AUTO PARTS 1234",
    "O'REILLY 1234",
    'INTERCOMPANY TRANSFER',
    'UBER *EATS',
    'AMAZON.COM',
    'AMAZON MKTPL*2K3',
    'GOOGLE *ADS1234',
    'DELTA DENTAL',
    'PALO ALTO CREAMERY',
    'ZOOM CAR WASH',
    'ADOBE GRILL',
    'AWSOME CAFE',
    '',
    '   ',
    '***',
  ];

  it.each(unrelated)('%j matches no vendor', (raw) => {
    expect(lookupVendor(raw)).toBeUndefined();
  });

  it('reports the kind of match', () => {
    expect(matchVendor('DATADOG INC')).toMatchObject({ kind: 'exact', key: 'DATADOG' });
    expect(matchVendor('AWS EMEA SARL')?.vendor.id).toBe('aws');
    expect(matchVendor('SLACK T0123ABC')?.vendor.id).toBe('slack');
    expect(matchVendor('AMZN WEB SERVICES AWS.AMAZON.CO')).toMatchObject({ kind: 'prefix', key: 'AMZN WEB SERVICES ' });
  });

  it('normalizes the documented examples', () => {
    expect(normalizeVendorName('GITHUB, INC.')).toBe('GITHUB');
    expect(normalizeVendorName('AWS EMEA SARL')).toBe('AWS EMEA');
    expect(normalizeVendorName('SLACK T0123ABC')).toBe('SLACK');
    expect(normalizeVendorName('ZOOM.US 888-799-9666')).toBe('ZOOM');
  });
});
