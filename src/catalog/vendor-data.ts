/**
 * The built-in vendor catalog data: real technology vendors (and the few travel and workspace
 * vendors a technology team's card statements carry), each with the strings it appears under on
 * GL exports, card and bank statements and cloud billing exports.
 *
 * Conventions (checked by tests/catalog/catalog.test.ts):
 * - `id` is kebab-case and unique; `name` is the canonical brand and is looked up as a variant.
 * - Variants are matched after `normalizeVendorName`, so legal forms ("Inc.", "GmbH", "SARL"),
 *   ".com"/".us" suffixes, phone numbers and reference codes ("T0123ABC") need not be spelled
 *   out: "DATADOG INC" already matches the name "Datadog".
 * - A trailing `*` makes a prefix; write it after a space ("DATADOG *") so the prefix ends at a
 *   word boundary and "INTERCOM *" does not catch "INTERCOMPANY". Only distinctive words get a
 *   prefix: a dictionary word or a surname ("Linear", "Gusto", "Lever", "O'Reilly") is matched
 *   exactly, or through a distinctive longer form ("OREILLY MEDIA *"), never as a bare prefix.
 * - No two vendors may claim the same normalized variant (the index throws).
 * - `overlapGroup` is set only where the vendor is a real substitute for the others in the
 *   group; every group used has at least two vendors.
 *
 * Known ambiguities, resolved on purpose:
 * - "Microsoft" / "MSFT *" is Microsoft 365 (the usual subscription); Azure is matched by its
 *   own descriptors ("MICROSOFT*AZURE", "MSFT*AZURE") and its billing-export names.
 * - "Freshworks" is Freshdesk, "Intuit" is QuickBooks, "Atlassian" is the Atlassian suite (Jira
 *   and Confluence have their own entries for statements that name the product).
 */
import type { CatalogVendor } from './types.js';

export const VENDORS: readonly CatalogVendor[] = [
  // ── Cloud infrastructure ────────────────────────────────────────────────────────────────
  {
    id: 'aws', name: 'Amazon Web Services', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'cloud-iaas',
    variants: [
      'AWS', 'AWS *', 'Amazon Web Services, Inc.', 'AMAZON WEB SERVICES *', 'AWS EMEA SARL', 'AWS EMEA *', 'AMZN WEB SERVICES',
      'AMZN WEB SERVICES *', 'Amazon Web Services Canada, Inc.', 'Amazon Web Services EMEA SARL', 'Amazon Web Services Australia Pty Ltd',
      'Amazon Web Services Japan G.K.', 'Amazon AWS', 'AWS.AMAZON.COM', 'AMAZON ELASTIC *', 'AMAZON SIMPLE *',
      'Amazon Relational Database Service', 'Amazon DynamoDB', 'Amazon CloudFront', 'Amazon Route 53', 'Amazon Virtual Private Cloud',
      'AmazonCloudWatch', 'Amazon CloudWatch', 'Amazon Redshift', 'Amazon SageMaker', 'Amazon Bedrock', 'Amazon ElastiCache',
      'Amazon OpenSearch Service', 'Amazon Lightsail', 'Elastic Load Balancing', 'Amazon EC2', 'Amazon S3', 'Amazon RDS',
    ],
  },
  {
    id: 'google-cloud', name: 'Google Cloud', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'cloud-iaas',
    variants: [
      'Google Cloud Platform', 'GCP', 'GOOGLE *CLOUD', 'GOOGLE CLOUD *', 'Google Cloud EMEA Limited', 'Google Cloud Canada Corporation',
      'Google Cloud Australia Pty Ltd', 'GOOGLE *GCP', 'BigQuery', 'Google BigQuery', 'Compute Engine', 'Google Compute Engine',
      'Google Kubernetes Engine', 'Cloud SQL', 'Vertex AI', 'Google Cloud Storage',
    ],
  },
  {
    id: 'microsoft-azure', name: 'Microsoft Azure', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'cloud-iaas',
    variants: [
      'Azure', 'MICROSOFT*AZURE', 'MICROSOFT AZURE *', 'MSFT*AZURE', 'MSFT * AZURE *', 'Microsoft Azure Marketplace', 'Azure subscription',
      'Windows Azure', 'Virtual Machines', 'Azure Cosmos DB', 'Azure App Service', 'Azure Kubernetes Service', 'Azure Monitor',
    ],
  },
  {
    id: 'oracle-cloud', name: 'Oracle Cloud Infrastructure', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'cloud-iaas',
    variants: ['OCI', 'Oracle Cloud', 'ORACLE*CLOUD', 'ORACLE CLOUD *', 'Oracle', 'Oracle America, Inc.', 'Oracle Corporation', 'ORACLE *OCI'],
  },
  {
    id: 'ibm-cloud', name: 'IBM Cloud', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'cloud-iaas',
    variants: ['IBM CLOUD *', 'IBM*CLOUD', 'IBM SoftLayer', 'SoftLayer Technologies'],
  },
  {
    id: 'alibaba-cloud', name: 'Alibaba Cloud', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'cloud-iaas',
    variants: ['ALIBABA CLOUD *', 'Aliyun', 'Alibaba Cloud (Singapore) Private Limited'],
  },
  {
    id: 'digitalocean', name: 'DigitalOcean', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'vps-hosting',
    variants: ['DIGITALOCEAN *', 'DigitalOcean LLC', 'DIGITALOCEAN.COM', 'Digital Ocean', 'DIGITAL OCEAN *'],
  },
  {
    id: 'hetzner', name: 'Hetzner', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'vps-hosting',
    variants: ['HETZNER *', 'Hetzner Online GmbH', 'Hetzner Cloud', 'HETZNER.COM'],
  },
  {
    id: 'ovhcloud', name: 'OVHcloud', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'vps-hosting',
    variants: ['OVH', 'OVH *', 'OVHCLOUD *', 'OVH SAS', 'OVH US LLC', 'OVH Hosting', 'OVH.COM', 'OVH GmbH'],
  },
  {
    id: 'linode', name: 'Linode', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'vps-hosting',
    variants: ['LINODE *', 'Linode LLC', 'LINODE.COM', 'Akamai Linode', 'Linode . Akamai'],
  },
  {
    id: 'vultr', name: 'Vultr', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'vps-hosting',
    variants: ['VULTR *', 'Vultr Holdings', 'VULTR.COM', 'The Constant Company'],
  },
  {
    id: 'scaleway', name: 'Scaleway', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'vps-hosting',
    variants: ['SCALEWAY *', 'Scaleway SAS'],
  },
  {
    id: 'contabo', name: 'Contabo', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'vps-hosting',
    variants: ['CONTABO *', 'Contabo GmbH'],
  },
  {
    id: 'vercel', name: 'Vercel', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'app-hosting',
    variants: ['VERCEL *', 'Vercel Inc.', 'VERCEL.COM', 'ZEIT Inc'],
  },
  {
    id: 'netlify', name: 'Netlify', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'app-hosting',
    variants: ['NETLIFY *', 'Netlify Inc', 'NETLIFY.COM'],
  },
  {
    id: 'heroku', name: 'Heroku', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'app-hosting',
    variants: ['HEROKU *', 'Heroku Inc', 'Salesforce Heroku', 'HEROKU.COM'],
  },
  {
    id: 'render', name: 'Render', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'app-hosting',
    variants: ['Render Services, Inc.', 'RENDER.COM', 'RENDER SERVICES *'],
  },
  {
    id: 'fly-io', name: 'Fly.io', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'app-hosting',
    variants: ['FLY.IO *', 'Fly.io, Inc.', 'FLYIO'],
  },
  {
    id: 'railway', name: 'Railway.app', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'app-hosting',
    variants: ['RAILWAY.APP *', 'RAILWAY APP'],
  },
  {
    id: 'platform-sh', name: 'Platform.sh', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'app-hosting',
    variants: ['PLATFORM.SH *', 'Platform.sh SAS', 'Upsun'],
  },
  {
    id: 'equinix', name: 'Equinix', capability: 'cloud-infrastructure', pool: 'facilities', overlapGroup: 'colocation',
    variants: ['EQUINIX *', 'Equinix Inc', 'Equinix Metal'],
  },
  {
    id: 'digital-realty', name: 'Digital Realty', capability: 'cloud-infrastructure', pool: 'facilities', overlapGroup: 'colocation',
    variants: ['DIGITAL REALTY *', 'Digital Realty Trust', 'Interxion'],
  },
  // Managed databases and vector databases.
  {
    id: 'mongodb', name: 'MongoDB Atlas', capability: 'data-platform', pool: 'cloud', overlapGroup: 'managed-database',
    variants: ['MongoDB', 'MONGODB *', 'MongoDB, Inc.', 'MongoDB Cloud', 'MONGODB CLOUD *'],
  },
  {
    id: 'redis', name: 'Redis', capability: 'data-platform', pool: 'cloud', overlapGroup: 'managed-database',
    variants: ['Redis Ltd', 'Redis Labs', 'REDIS LABS *', 'REDISLABS', 'Redis Cloud', 'REDIS.COM', 'REDIS INC *'],
  },
  {
    id: 'supabase', name: 'Supabase', capability: 'data-platform', pool: 'cloud', overlapGroup: 'managed-database',
    variants: ['SUPABASE *', 'Supabase Inc'],
  },
  {
    id: 'planetscale', name: 'PlanetScale', capability: 'data-platform', pool: 'cloud', overlapGroup: 'managed-database',
    variants: ['PLANETSCALE *', 'PlanetScale Inc'],
  },
  {
    id: 'cockroach-labs', name: 'Cockroach Labs', capability: 'data-platform', pool: 'cloud', overlapGroup: 'managed-database',
    variants: ['COCKROACH LABS *', 'CockroachDB', 'Cockroach Labs Inc'],
  },
  {
    id: 'aiven', name: 'Aiven', capability: 'data-platform', pool: 'cloud', overlapGroup: 'managed-database',
    variants: ['AIVEN *', 'Aiven Oy', 'AIVEN.IO'],
  },
  {
    id: 'pinecone', name: 'Pinecone', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'vector-database',
    variants: ['PINECONE *', 'Pinecone Systems', 'PINECONE.IO'],
  },
  {
    id: 'weaviate', name: 'Weaviate', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'vector-database',
    variants: ['WEAVIATE *', 'SeMI Technologies'],
  },
  {
    id: 'zilliz', name: 'Zilliz', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'vector-database',
    variants: ['ZILLIZ *', 'Zilliz Cloud'],
  },
  // ── CDN, DNS & edge ─────────────────────────────────────────────────────────────────────
  {
    id: 'cloudflare', name: 'Cloudflare', capability: 'edge-network', pool: 'cloud', overlapGroup: 'cdn',
    variants: ['CLOUDFLARE *', 'Cloudflare, Inc.', 'CLOUDFLARE.COM', 'Cloudflare Zero Trust'],
  },
  {
    id: 'fastly', name: 'Fastly', capability: 'edge-network', pool: 'cloud', overlapGroup: 'cdn',
    variants: ['FASTLY *', 'Fastly Inc'],
  },
  {
    id: 'akamai', name: 'Akamai', capability: 'edge-network', pool: 'cloud', overlapGroup: 'cdn',
    variants: ['AKAMAI *', 'Akamai Technologies', 'Akamai Technologies, Inc.'],
  },
  {
    id: 'bunny-net', name: 'Bunny.net', capability: 'edge-network', pool: 'cloud', overlapGroup: 'cdn',
    variants: ['BUNNY.NET *', 'BunnyWay d.o.o.', 'BUNNYCDN'],
  },
  {
    id: 'dnsimple', name: 'DNSimple', capability: 'edge-network', pool: 'cloud', overlapGroup: 'dns',
    variants: ['DNSIMPLE *', 'DNSimple Corporation'],
  },
  {
    id: 'ns1', name: 'NS1', capability: 'edge-network', pool: 'cloud', overlapGroup: 'dns',
    variants: ['NSONE', 'NSONE Inc', 'IBM NS1 Connect'],
  },
  {
    id: 'godaddy', name: 'GoDaddy', capability: 'edge-network', pool: 'cloud', overlapGroup: 'domain-registrar',
    variants: ['GODADDY *', 'GODADDY.COM', 'DNH*GODADDY*', 'GoDaddy.com, LLC', 'GoDaddy Operating Company'],
  },
  {
    id: 'namecheap', name: 'Namecheap', capability: 'edge-network', pool: 'cloud', overlapGroup: 'domain-registrar',
    variants: ['NAMECHEAP *', 'NMC*NAMECHEAP*', 'Namecheap Inc', 'NAMECHEAP.COM'],
  },
  {
    id: 'gandi', name: 'Gandi', capability: 'edge-network', pool: 'cloud', overlapGroup: 'domain-registrar',
    variants: ['GANDI *', 'Gandi SAS', 'GANDI.NET'],
  },
  {
    id: 'digicert', name: 'DigiCert', capability: 'edge-network', pool: 'cloud', overlapGroup: 'ssl-certificates',
    variants: ['DIGICERT *', 'DigiCert Inc'],
  },
  {
    id: 'sectigo', name: 'Sectigo', capability: 'edge-network', pool: 'cloud', overlapGroup: 'ssl-certificates',
    variants: ['SECTIGO *', 'Sectigo Limited', 'Comodo CA'],
  },
  // ── Data platform ───────────────────────────────────────────────────────────────────────
  {
    id: 'snowflake', name: 'Snowflake', capability: 'data-platform', pool: 'cloud', overlapGroup: 'data-warehouse',
    variants: ['SNOWFLAKE *', 'Snowflake Inc', 'Snowflake Computing', 'SNOWFLAKE.COM'],
  },
  {
    id: 'databricks', name: 'Databricks', capability: 'data-platform', pool: 'cloud', overlapGroup: 'data-warehouse',
    variants: ['DATABRICKS *', 'Databricks Inc', 'Databricks, Inc.'],
  },
  {
    id: 'clickhouse', name: 'ClickHouse', capability: 'data-platform', pool: 'cloud', overlapGroup: 'data-warehouse',
    variants: ['CLICKHOUSE *', 'ClickHouse Inc', 'ClickHouse Cloud'],
  },
  {
    id: 'motherduck', name: 'MotherDuck', capability: 'data-platform', pool: 'cloud', overlapGroup: 'data-warehouse',
    variants: ['MOTHERDUCK *', 'MotherDuck Corporation'],
  },
  {
    id: 'fivetran', name: 'Fivetran', capability: 'data-platform', pool: 'software', overlapGroup: 'data-integration',
    variants: ['FIVETRAN *', 'Fivetran Inc'],
  },
  {
    id: 'airbyte', name: 'Airbyte', capability: 'data-platform', pool: 'software', overlapGroup: 'data-integration',
    variants: ['AIRBYTE *', 'Airbyte Inc'],
  },
  {
    id: 'hevo-data', name: 'Hevo Data', capability: 'data-platform', pool: 'software', overlapGroup: 'data-integration',
    variants: ['HEVO DATA *', 'HEVODATA'],
  },
  {
    id: 'matillion', name: 'Matillion', capability: 'data-platform', pool: 'software', overlapGroup: 'data-integration',
    variants: ['MATILLION *', 'Matillion Ltd'],
  },
  {
    id: 'dbt-labs', name: 'dbt Labs', capability: 'data-platform', pool: 'software', overlapGroup: 'data-transformation',
    variants: ['DBT LABS *', 'dbt Labs, Inc.', 'dbt Cloud', 'Fishtown Analytics', 'GETDBT.COM'],
  },
  {
    id: 'coalesce', name: 'Coalesce.io', capability: 'data-platform', pool: 'software', overlapGroup: 'data-transformation',
    variants: ['COALESCE.IO *', 'Coalesce Automation'],
  },
  {
    id: 'confluent', name: 'Confluent', capability: 'data-platform', pool: 'cloud', overlapGroup: 'event-streaming',
    variants: ['CONFLUENT *', 'Confluent Inc', 'Confluent Cloud'],
  },
  {
    id: 'redpanda', name: 'Redpanda', capability: 'data-platform', pool: 'cloud', overlapGroup: 'event-streaming',
    variants: ['REDPANDA *', 'Redpanda Data', 'Vectorized Inc'],
  },
  {
    id: 'segment', name: 'Segment', capability: 'data-platform', pool: 'software', overlapGroup: 'cdp',
    variants: ['Twilio Segment', 'TWILIO SEGMENT *', 'SEGMENT.IO', 'SEGMENT.IO *', 'Segment.io, Inc.', 'SEGMENT.COM'],
  },
  {
    id: 'rudderstack', name: 'RudderStack', capability: 'data-platform', pool: 'software', overlapGroup: 'cdp',
    variants: ['RUDDERSTACK *', 'RudderLabs'],
  },
  {
    id: 'mparticle', name: 'mParticle', capability: 'data-platform', pool: 'software', overlapGroup: 'cdp',
    variants: ['MPARTICLE *', 'mParticle Inc'],
  },
  {
    id: 'hightouch', name: 'Hightouch', capability: 'data-platform', pool: 'software', overlapGroup: 'cdp',
    variants: ['HIGHTOUCH *', 'Carry Technologies'],
  },
  {
    id: 'astronomer', name: 'Astronomer', capability: 'data-platform', pool: 'software', overlapGroup: 'data-orchestration',
    variants: ['ASTRONOMER.IO', 'ASTRONOMER.IO *', 'Astronomer Inc'],
  },
  {
    id: 'prefect', name: 'Prefect', capability: 'data-platform', pool: 'software', overlapGroup: 'data-orchestration',
    variants: ['Prefect Technologies', 'PREFECT TECHNOLOGIES *', 'PREFECT.IO'],
  },
  {
    id: 'dagster-labs', name: 'Dagster Labs', capability: 'data-platform', pool: 'software', overlapGroup: 'data-orchestration',
    variants: ['DAGSTER *', 'Elementl', 'Dagster Cloud'],
  },
  {
    id: 'monte-carlo', name: 'Monte Carlo Data', capability: 'data-platform', pool: 'software', overlapGroup: 'data-observability',
    variants: ['MONTE CARLO DATA *', 'MONTECARLODATA'],
  },
  {
    id: 'bigeye', name: 'Bigeye', capability: 'data-platform', pool: 'software', overlapGroup: 'data-observability',
    variants: ['BIGEYE *', 'Bigeye Inc', 'Toro Data Labs'],
  },
  // ── Analytics & BI ──────────────────────────────────────────────────────────────────────
  {
    id: 'looker', name: 'Looker', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['LOOKER *', 'Looker Data Sciences', 'Google Looker', 'GOOGLE *LOOKER'],
  },
  {
    id: 'tableau', name: 'Tableau', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['TABLEAU *', 'Tableau Software', 'Salesforce Tableau'],
  },
  {
    id: 'power-bi', name: 'Power BI', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['Microsoft Power BI', 'MSFT * POWER BI*', 'MICROSOFT*POWER BI*', 'Power BI Pro', 'Power BI Premium'],
  },
  {
    id: 'metabase', name: 'Metabase', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['METABASE *', 'Metabase Inc'],
  },
  {
    id: 'mode', name: 'Mode Analytics', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['MODE ANALYTICS *', 'MODE.COM'],
  },
  {
    id: 'hex', name: 'Hex', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['Hex Technologies', 'HEX TECHNOLOGIES *', 'HEX.TECH'],
  },
  {
    id: 'sigma-computing', name: 'Sigma Computing', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['SIGMA COMPUTING *', 'SIGMACOMPUTING'],
  },
  {
    id: 'domo', name: 'Domo', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['DOMO *', 'Domo Inc'],
  },
  {
    id: 'qlik', name: 'Qlik', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['QLIK *', 'QlikTech', 'QlikTech Inc', 'Qlik Sense'],
  },
  {
    id: 'thoughtspot', name: 'ThoughtSpot', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['THOUGHTSPOT *', 'ThoughtSpot Inc'],
  },
  {
    id: 'preset', name: 'Preset', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['PRESET.IO', 'PRESET.IO *', 'Preset Inc'],
  },
  // ── Product analytics, session replay, experimentation ─────────────────────────────────
  {
    id: 'amplitude', name: 'Amplitude', capability: 'product-analytics', pool: 'software', overlapGroup: 'product-analytics',
    variants: ['AMPLITUDE *', 'Amplitude Inc'],
  },
  {
    id: 'mixpanel', name: 'Mixpanel', capability: 'product-analytics', pool: 'software', overlapGroup: 'product-analytics',
    variants: ['MIXPANEL *', 'Mixpanel Inc'],
  },
  {
    id: 'heap', name: 'Heap Analytics', capability: 'product-analytics', pool: 'software', overlapGroup: 'product-analytics',
    variants: ['HEAP ANALYTICS *', 'HEAP.IO', 'HEAPANALYTICS'],
  },
  {
    id: 'posthog', name: 'PostHog', capability: 'product-analytics', pool: 'software', overlapGroup: 'product-analytics',
    variants: ['POSTHOG *', 'PostHog Inc'],
  },
  {
    id: 'pendo', name: 'Pendo', capability: 'product-analytics', pool: 'software', overlapGroup: 'product-analytics',
    variants: ['PENDO *', 'Pendo.io', 'Pendo.io, Inc.'],
  },
  {
    id: 'fullstory', name: 'FullStory', capability: 'product-analytics', pool: 'software', overlapGroup: 'session-replay',
    variants: ['FULLSTORY *', 'FullStory Inc'],
  },
  {
    id: 'hotjar', name: 'Hotjar', capability: 'product-analytics', pool: 'software', overlapGroup: 'session-replay',
    variants: ['HOTJAR *', 'Hotjar Ltd'],
  },
  {
    id: 'contentsquare', name: 'Contentsquare', capability: 'product-analytics', pool: 'software', overlapGroup: 'session-replay',
    variants: ['CONTENTSQUARE *', 'Contentsquare SAS'],
  },
  {
    id: 'optimizely', name: 'Optimizely', capability: 'product-analytics', pool: 'software', overlapGroup: 'ab-testing',
    variants: ['OPTIMIZELY *', 'Optimizely Inc', 'Episerver'],
  },
  {
    id: 'vwo', name: 'VWO', capability: 'product-analytics', pool: 'software', overlapGroup: 'ab-testing',
    variants: ['Wingify', 'WINGIFY *', 'Visual Website Optimizer'],
  },
  {
    id: 'ab-tasty', name: 'AB Tasty', capability: 'product-analytics', pool: 'software', overlapGroup: 'ab-testing',
    variants: ['ABTASTY', 'AB TASTY *'],
  },
  {
    id: 'eppo', name: 'Eppo', capability: 'product-analytics', pool: 'software', overlapGroup: 'ab-testing',
    variants: ['GETEPPO', 'Eppo Data'],
  },
  // ── Observability & reliability ─────────────────────────────────────────────────────────
  {
    id: 'datadog', name: 'Datadog', capability: 'observability', pool: 'software', overlapGroup: 'observability',
    variants: ['DATADOG *', 'Datadog Inc', 'Datadog, Inc.', 'DATADOGHQ'],
  },
  {
    id: 'new-relic', name: 'New Relic', capability: 'observability', pool: 'software', overlapGroup: 'observability',
    variants: ['NEW RELIC *', 'New Relic Inc', 'NEWRELIC'],
  },
  {
    id: 'dynatrace', name: 'Dynatrace', capability: 'observability', pool: 'software', overlapGroup: 'observability',
    variants: ['DYNATRACE *', 'Dynatrace LLC'],
  },
  {
    id: 'grafana-labs', name: 'Grafana Labs', capability: 'observability', pool: 'software', overlapGroup: 'observability',
    variants: ['GRAFANA *', 'Raintank', 'Grafana Cloud'],
  },
  {
    id: 'honeycomb', name: 'Honeycomb', capability: 'observability', pool: 'software', overlapGroup: 'observability',
    variants: ['HONEYCOMB.IO', 'HONEYCOMB.IO *', 'Hound Technology'],
  },
  {
    id: 'appdynamics', name: 'AppDynamics', capability: 'observability', pool: 'software', overlapGroup: 'observability',
    variants: ['APPDYNAMICS *', 'Cisco AppDynamics'],
  },
  {
    id: 'chronosphere', name: 'Chronosphere', capability: 'observability', pool: 'software', overlapGroup: 'observability',
    variants: ['CHRONOSPHERE *', 'Chronosphere Inc'],
  },
  {
    id: 'splunk', name: 'Splunk', capability: 'observability', pool: 'software', overlapGroup: 'log-management',
    variants: ['SPLUNK *', 'Splunk Inc', 'Splunk Cloud'],
  },
  {
    id: 'elastic', name: 'Elastic', capability: 'observability', pool: 'software', overlapGroup: 'log-management',
    variants: ['Elastic N.V.', 'Elasticsearch', 'ELASTICSEARCH *', 'Elastic Cloud', 'ELASTIC CLOUD *', 'Elasticsearch B.V.', 'ELASTIC.CO'],
  },
  {
    id: 'sumo-logic', name: 'Sumo Logic', capability: 'observability', pool: 'software', overlapGroup: 'log-management',
    variants: ['SUMO LOGIC *', 'SUMOLOGIC'],
  },
  {
    id: 'coralogix', name: 'Coralogix', capability: 'observability', pool: 'software', overlapGroup: 'log-management',
    variants: ['CORALOGIX *', 'Coralogix Ltd'],
  },
  {
    id: 'logz-io', name: 'Logz.io', capability: 'observability', pool: 'software', overlapGroup: 'log-management',
    variants: ['LOGZ.IO *', 'LOGZIO'],
  },
  {
    id: 'papertrail', name: 'Papertrail', capability: 'observability', pool: 'software', overlapGroup: 'log-management',
    variants: ['PAPERTRAIL *', 'PAPERTRAILAPP'],
  },
  {
    id: 'sentry', name: 'Sentry', capability: 'observability', pool: 'software', overlapGroup: 'error-tracking',
    variants: ['SENTRY.IO', 'SENTRY.IO *', 'Functional Software', 'Functional Software, Inc.', 'FUNCTIONAL SOFTWARE *'],
  },
  {
    id: 'bugsnag', name: 'Bugsnag', capability: 'observability', pool: 'software', overlapGroup: 'error-tracking',
    variants: ['BUGSNAG *', 'Bugsnag Inc'],
  },
  {
    id: 'rollbar', name: 'Rollbar', capability: 'observability', pool: 'software', overlapGroup: 'error-tracking',
    variants: ['ROLLBAR *', 'Rollbar Inc'],
  },
  {
    id: 'raygun', name: 'Raygun', capability: 'observability', pool: 'software', overlapGroup: 'error-tracking',
    variants: ['RAYGUN.COM', 'Raygun Limited', 'RAYGUN.IO'],
  },
  {
    id: 'logrocket', name: 'LogRocket', capability: 'observability', pool: 'software', overlapGroup: 'session-replay',
    variants: ['LOGROCKET *', 'LogRocket Inc'],
  },
  {
    id: 'pingdom', name: 'Pingdom', capability: 'observability', pool: 'software', overlapGroup: 'uptime-monitoring',
    variants: ['PINGDOM *', 'SolarWinds Pingdom', 'Pingdom AB'],
  },
  {
    id: 'uptimerobot', name: 'UptimeRobot', capability: 'observability', pool: 'software', overlapGroup: 'uptime-monitoring',
    variants: ['UPTIMEROBOT *', 'Uptime Robot'],
  },
  {
    id: 'better-stack', name: 'Better Stack', capability: 'observability', pool: 'software', overlapGroup: 'uptime-monitoring',
    variants: ['BETTER STACK *', 'BETTERSTACK', 'Better Uptime', 'BETTERUPTIME'],
  },
  {
    id: 'checkly', name: 'Checkly', capability: 'observability', pool: 'software', overlapGroup: 'uptime-monitoring',
    variants: ['CHECKLY *', 'Checkly GmbH', 'CHECKLYHQ'],
  },
  {
    id: 'statuspage', name: 'Statuspage', capability: 'observability', pool: 'software', overlapGroup: 'status-page',
    variants: ['STATUSPAGE.IO', 'STATUSPAGE *', 'Atlassian Statuspage'],
  },
  {
    id: 'instatus', name: 'Instatus', capability: 'observability', pool: 'software', overlapGroup: 'status-page',
    variants: ['INSTATUS *'],
  },
  {
    id: 'pagerduty', name: 'PagerDuty', capability: 'observability', pool: 'software', overlapGroup: 'incident-management',
    variants: ['PAGERDUTY *', 'PagerDuty Inc', 'PagerDuty, Inc.'],
  },
  {
    id: 'opsgenie', name: 'Opsgenie', capability: 'observability', pool: 'software', overlapGroup: 'incident-management',
    variants: ['OPSGENIE *', 'Atlassian Opsgenie'],
  },
  {
    id: 'incident-io', name: 'incident.io', capability: 'observability', pool: 'software', overlapGroup: 'incident-management',
    variants: ['INCIDENT.IO *', 'Incident Industries', 'INCIDENTIO'],
  },
  {
    id: 'firehydrant', name: 'FireHydrant', capability: 'observability', pool: 'software', overlapGroup: 'incident-management',
    variants: ['FIREHYDRANT *', 'FireHydrant Inc'],
  },
  {
    id: 'rootly', name: 'Rootly', capability: 'observability', pool: 'software', overlapGroup: 'incident-management',
    variants: ['ROOTLY *', 'Rootly Inc'],
  },
  {
    id: 'splunk-on-call', name: 'Splunk On-Call', capability: 'observability', pool: 'software', overlapGroup: 'incident-management',
    variants: ['VictorOps', 'VICTOROPS *'],
  },
