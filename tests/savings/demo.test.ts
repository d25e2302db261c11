/** On the demo company, savings finds every opportunity planted in fixtures/demo/PLANTED.md, with its evidence lines, and none of the near misses. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { runCliOnce } from '../cli/run-cli.js';

/** Each demo run made once for the cases that read it. */
const runCli = runCliOnce();

const cwd = process.cwd();

async function candidates(args: string[] = []): Promise<Record<string, string>[]> {
  const r = await runCli(['savings', '--demo', '--format', 'csv', '-q', ...args], cwd);
  expect(r.code).toBe(0);
  return parse(r.stdout, { columns: true }) as Record<string, string>[];
}

describe('savings on the demo company', () => {
  it('has exactly the SPEC columns', async () => {
    const r = await runCli(['savings', '--demo', '--format', 'csv', '-q'], cwd);
    expect(r.stdout.split('\n')[0]).toBe('kind,vendor,category,annualized_saving,confidence,evidence');
  });

  it('finds each planted opportunity with its evidence and figures', async () => {
    const rows = await candidates();
    const find = (kind: string, vendor: string) => rows.find((r) => r.kind === kind && r.vendor === vendor);
    expect(find('overlap', 'Zoom')).toMatchObject({ annualized_saving: '15388.80', category: 'collaboration' });
    expect(find('overlap', 'Zoom')!.evidence!.split(' ')).toEqual(['demo/gl-detail.csv:751', 'demo/gl-detail.csv:755', 'demo/gl-detail.csv:794', 'demo/gl-detail.csv:797', 'demo/gl-detail.csv:838', 'demo/gl-detail.csv:842']);
    expect(find('overlap', 'LastPass')).toMatchObject({ annualized_saving: '5544.00', category: 'security' });
    expect(find('overlap', 'LastPass')!.evidence!.split(' ')).toEqual(['demo/gl-detail.csv:758', 'demo/gl-detail.csv:774', 'demo/gl-detail.csv:801', 'demo/gl-detail.csv:820', 'demo/gl-detail.csv:846', 'demo/gl-detail.csv:861']);
    expect(find('price-increase', 'Slack')).toMatchObject({ annualized_saving: '10800.00', evidence: 'demo/gl-detail.csv:661 demo/gl-detail.csv:702' });
    expect(find('duplicate-charge', 'GitHub')).toMatchObject({ annualized_saving: '2373.00', confidence: 'high', evidence: 'demo/gl-detail.csv:762 demo/gl-detail.csv:763' });
    expect(find('duplicate-charge', 'Vercel')).toMatchObject({ annualized_saving: '2400.00', evidence: 'demo/card-eu.csv:145 demo/gl-detail.csv:792' });
    expect(find('unused', 'Salesforce')).toMatchObject({ annualized_saving: '43560.00', evidence: 'demo/saas-seats.csv:26 demo/saas-seats.csv:34 demo/saas-seats.csv:42' });
    const notion = find('annual-billing', 'Notion')!;
    expect(notion).toMatchObject({ confidence: 'low', annualized_saving: '2070.00' });
    expect(notion.evidence!.split(' ')).toHaveLength(12);
    expect(notion.evidence!.split(' ').at(-1)).toBe('demo/gl-detail.csv:843');
    expect(find('spike', 'Twilio')).toMatchObject({ annualized_saving: '16397.64', evidence: 'demo/gl-detail.csv:675' });
  });

  it('flags none of the near misses, and nothing unplanted', async () => {
    const rows = await candidates();
    // exactly the eight plants, and Sentry as the vendor to amortize (PLANTED.md: billed in lumps): nothing else
    expect(rows.map((r) => `${r.kind} ${r.vendor}`).sort()).toEqual(
      ['amortize Sentry', 'annual-billing Notion', 'duplicate-charge GitHub', 'duplicate-charge Vercel', 'overlap LastPass', 'overlap Zoom', 'price-increase Slack', 'spike Twilio', 'unused Salesforce'].sort(),
    );
    const text = JSON.stringify(rows);
    for (const miss of ['Webex', 'New Relic', 'Anthropic', 'Figma', 'Dell', 'Zendesk', 'Cloudflare', 'HubSpot', 'Atlassian']) expect(text).not.toContain(miss);
  });

  it('lists multi-vendor-by-design groups in a note, and counts them with --overlap-all', async () => {
    const md = await runCli(['savings', '--demo', '--format', 'markdown', '-q'], cwd);
    expect(md.stdout).toContain('Amazon Web Services, Google Cloud');
    const all = await candidates(['--overlap-all']);
    expect(all.filter((r) => r.kind === 'overlap' && r.confidence === 'low').map((r) => r.vendor).sort()).toEqual(['Apple', 'Vodafone']);
    // AWS and Google Cloud serve different business functions in the demo's categories: still not counted
    expect(all.some((r) => r.vendor === 'Google Cloud' || r.vendor === 'Amazon Web Services')).toBe(false);
  });

  it('shows the register, the redeployment summary and the fiscal-year clock', async () => {
    const r = await runCli(['savings', '--demo', '--format', 'markdown', '-q'], cwd);
    expect(r.stdout).toContain('FY2027 ends 2027-01-31: 92 days left as of 2026-10-31.');
    expect(r.stdout).toContain('| AI Features | 0.00 | 40,100.00 | 40,100.00 | SAV-002 |');
    expect(r.stdout).toContain('| SAV-005 | Right-size Salesforce to active users (60 -&gt; 40 seats) | Salesforce | idea | 39,600.00 |');
    // candidates not in the register get the next ids
    expect(r.stdout).toContain('- { id: SAV-008, title: "Investigate the Twilio spike in 2026-06", vendor: "Twilio", kind: spike, status: idea, annual: "16397.64", due: "2027-01-31" }');
    expect(r.stdout).toContain('SAV-003 (approved, 5,544.00 a year) is not realized yet');
  });
});
