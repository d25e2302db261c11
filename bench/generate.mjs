// Seeded generator of realistic technology expense exports and rule sets in techspend's config
// form. Same seed, same bytes: benchmarks compare like with like across machines and runs.
//
//   node bench/generate.mjs lines <count> <out.csv> [seed]
//   node bench/generate.mjs rules <count> <out.yaml> [seed]
import { createWriteStream, writeFileSync } from 'node:fs';

/** mulberry32: small, fast, seeded. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REAL = [
  'Amazon Web Services', 'Google Cloud', 'Microsoft Azure', 'Datadog', 'Snowflake', 'GitHub', 'Atlassian', 'Slack',
  'Zoom', 'Okta', 'CrowdStrike', 'PagerDuty', 'Salesforce', 'HubSpot', 'Figma', 'Notion', 'Cloudflare', 'Twilio',
  'SendGrid', 'MongoDB', 'Elastic', 'New Relic', 'Sentry', 'Vercel', 'Netlify', 'DigitalOcean', 'Heroku', 'Stripe',
  'Zendesk', 'Intercom', 'Asana', 'Miro', 'Dropbox', 'Box', 'DocuSign', '1Password', 'LastPass', 'JetBrains',
  'Postman', 'CircleCI', 'LaunchDarkly', 'Segment', 'Mixpanel', 'Amplitude', 'Looker', 'Tableau', 'Fivetran',
  'dbt Labs', 'Confluent', 'HashiCorp', 'Docker', 'Grafana Labs', 'Splunk', 'Sumo Logic', 'Auth0', 'Workday',
  'BambooHR', 'Gusto', 'Rippling', 'Dell', 'Apple', 'Lenovo', 'Cisco', 'Verizon', 'AT&T', 'Comcast Business',
];
const SYL = ['ax', 'bri', 'cor', 'dyn', 'el', 'flux', 'gra', 'hex', 'io', 'jet', 'kin', 'lum', 'mer', 'nov', 'or', 'pix', 'qua', 'ril', 'syn', 'tek', 'ul', 'vex', 'wav', 'xen', 'yo', 'zen'];
const SUFFIX = ['', ' Inc', ' Inc.', ', Inc.', ' LLC', ' Ltd', ' GmbH', ' Corp', ' Technologies', ' Software', ' Labs', ' Cloud', ' Systems'];
const PRODUCTS = ['compute', 'storage', 'seats', 'license', 'support', 'subscription', 'usage', 'data transfer', 'api calls', 'enterprise plan', 'team plan', 'renewal', 'overage', 'consulting', 'training', 'hardware', 'laptop', 'monitor', 'phone plan', 'backup', 'observability', 'logging', 'security', 'checkout', 'payments', 'analytics', 'warehouse', 'ci minutes', 'build', 'hosting'];
const DEPTS = ['Engineering', 'Platform', 'Data', 'Security', 'Sales', 'Marketing', 'Support', 'Finance', 'People', 'Operations'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CATEGORIES = ['cloud-infra', 'dev-tools', 'observability', 'security', 'collaboration', 'data-platform', 'sales-tools', 'support-tools', 'people-systems', 'hardware', 'telecom', 'checkout'];
const POOLS = ['cloud', 'software', 'software', 'software', 'software', 'cloud', 'software', 'software', 'software', 'hardware', 'telecom', 'cloud'];

/** The vendor universe: a fixed list of names, each with the spellings exports use. */
export function vendors(seed = 7) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const names = [...REAL];
  const seen = new Set(names.map((n) => n.toLowerCase()));
  while (names.length < 900) {
    const n = 2 + Math.floor(r() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(SYL);
    const name = s[0].toUpperCase() + s.slice(1) + (r() < 0.3 ? ' ' + pick(['Data', 'Cloud', 'Labs', 'AI', 'Works', 'Soft']) : '');
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names.map((name) => {
    const variants = [name];
    const k = 1 + Math.floor(r() * 3);
    for (let i = 0; i < k; i++) {
      const kind = r();
      if (kind < 0.35) variants.push(name.toUpperCase() + pick(SUFFIX).toUpperCase());
      else if (kind < 0.7) variants.push(name + pick(SUFFIX));
      else variants.push(`${name.toUpperCase().replace(/[^A-Z0-9]+/g, '')}*${Math.floor(r() * 1e6).toString(36).toUpperCase()}`);
    }
    return { name, variants: [...new Set(variants)] };
  });
}

// the symbol of the line's own currency: a "$" on a EUR line is a contradiction techspend rejects
const SYMBOL = { USD: '$', CAD: '$', EUR: '€', GBP: '£' };

function money(r, cents, currency) {
  const v = (cents / 100).toFixed(2);
  const kind = r();
  if (kind < 0.55) return v;
  if (kind < 0.85) return `"${SYMBOL[currency]}${v.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}"`;
  if (kind < 0.95) return `(${(cents / 100).toFixed(2)})`;
  return `-${v}`;
}

export function writeLines(count, path, seed = 42) {
  const r = rng(seed);
  const vs = vendors();
  const pick = (a) => a[Math.floor(r() * a.length)];
  // Zipf-like vendor popularity: a few vendors carry most lines
  const zipf = () => Math.min(vs.length - 1, Math.floor(Math.pow(r(), 2.2) * vs.length));
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  out.write('Date,Vendor,Description,Account,Department,Cost Center,Currency,Amount\n');
  let buf = '';
  let written = 0;
  return new Promise((resolve, reject) => {
    out.on('error', reject);
    const step = () => {
      while (written < count) {
        const v = vs[zipf()];
        const vendor = pick(v.variants);
        const month = 1 + Math.floor(r() * 12);
        const day = 1 + Math.floor(r() * 28);
        const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const product = pick(PRODUCTS);
        const kind = r();
        let desc;
        if (kind < 0.55) desc = `${v.name} ${product} ${MONTHS[month - 1]} 2025`;
        else if (kind < 0.8) desc = `Invoice INV-${Math.floor(r() * 900000 + 100000)} ${product}`;
        else if (kind < 0.93) desc = `"${product}, ${pick(DEPTS).toLowerCase()} team, ref ${Math.floor(r() * 99999)}"`;
        else if (kind < 0.98) desc = `"${v.name} ${product}\nsee attached ""PO ${Math.floor(r() * 9999)}"""`;
        else desc = `${product} credit`;
        const account = pick(['6400', '6410', '6420', '6450', '6500', '6510', '6600', '6700', '6900']);
        const dept = pick(DEPTS);
        const cc = `CC-${100 + Math.floor(r() * 40)}`;
        const cr = r();
        const currency = cr < 0.85 ? 'USD' : cr < 0.93 ? 'EUR' : cr < 0.98 ? 'GBP' : 'CAD';
        const cents = Math.floor(Math.exp(r() * 11) * 100) + 1;
        const vendorCell = vendor.includes(',') ? `"${vendor}"` : vendor;
        buf += `${date},${vendorCell},${desc},${account},${dept},${cc},${currency},${money(r, cents, currency)}\n`;
        written++;
        if (buf.length > 1 << 20) {
          const ok = out.write(buf);
          buf = '';
          if (!ok) return out.once('drain', step);
        }
      }
      out.end(buf, () => resolve());
    };
    step();
  });
}

const yamlString = (s) => JSON.stringify(s);

/** A rule set in techspend's config form: exact vendors, wildcards, regexes on description, a few compounds and splits. */
export function rulesYaml(count, seed = 99) {
  const r = rng(seed);
  const vs = vendors();
  const pick = (a) => a[Math.floor(r() * a.length)];
  const lines = ['currency: USD', 'rates: { EUR: 1.08, GBP: 1.27, CAD: 0.73 }', 'categories:'];
  CATEGORIES.forEach((c, i) => {
    lines.push(`  - id: ${c}`, `    name: ${yamlString(c)}`, `    function: ${['Technology', 'Sales', 'Operations', 'Support'][i % 4]}`, `    pool: ${POOLS[i]}`);
    if (c === 'dev-tools') lines.push('    shared: true');
  });
  lines.push('  - id: unassigned', '    name: Unassigned', '    function: Technology', 'uncategorized: unassigned', 'rules:');
  // spread the rules over the vendor universe so that a larger set covers more vendors
  const order = vs.map((_, i) => i).sort(() => r() - 0.5);
  for (let i = 0; i < count; i++) {
    const v = vs[order[i % order.length]];
    const cat = pick(CATEGORIES);
    const kind = r();
    lines.push(`  - id: r${i + 1}`);
    if (kind < 0.04) {
      lines.push('    split: { dev-tools: 70, security: 30 }');
    } else lines.push(`    category: ${cat}`);
    lines.push('    match:');
    if (kind < 0.45) {
      const vv = v.variants.filter((x) => !x.includes('*'));
      lines.push(`      vendor: [${vv.map(yamlString).join(', ')}]`);
    } else if (kind < 0.7) {
      const stem = v.name.split(' ')[0];
      lines.push(`      vendor: ${yamlString(r() < 0.5 ? `${stem}*` : `*${stem.toLowerCase()}*`)}`);
    } else if (kind < 0.9) {
      const words = [v.name.split(' ')[0].toLowerCase(), pick(PRODUCTS)];
      lines.push(`      description: ${yamlString(r() < 0.5 ? `/\\b${words[0]}\\b.*${words[1]}/i` : `/^${words[0]}|${words[0]} ${words[1]}/i`)}`);
    } else if (kind < 0.95) {
      lines.push(`      vendor: ${yamlString(`${v.name.split(' ')[0]}*`)}`, `      amount: ">= ${Math.floor(r() * 5000)}"`);
    } else {
      lines.push(`      account: "64*"`, `      description: ${yamlString(`/${pick(PRODUCTS)}/i`)}`, `      date: ">= 2025-0${1 + Math.floor(r() * 9)}-01"`);
    }
  }
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [what, n, out, seed] = process.argv.slice(2);
  if (what === 'lines') await writeLines(Number(n), out, seed ? Number(seed) : undefined);
  else if (what === 'rules') writeFileSync(out, rulesYaml(Number(n), seed ? Number(seed) : undefined));
  else {
    process.stderr.write('usage: node bench/generate.mjs lines|rules <count> <out> [seed]\n');
    process.exit(2);
  }
}
