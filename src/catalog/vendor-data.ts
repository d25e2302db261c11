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
      'Windows Azure', 'Azure Cosmos DB', 'Azure App Service', 'Azure Kubernetes Service', 'Azure Monitor',
    ],
  },
  {
    id: 'oracle-cloud', name: 'Oracle Cloud Infrastructure', capability: 'cloud-infrastructure', pool: 'cloud', overlapGroup: 'cloud-iaas',
    variants: ['OCI', 'Oracle Cloud', 'ORACLE*CLOUD', 'ORACLE CLOUD *', 'ORACLE *OCI', 'Oracle Cloud Infrastructure *'],
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
    variants: ['LINODE *', 'Linode LLC', 'LINODE.COM', 'Akamai Linode'],
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
    variants: ['Pinecone Systems', 'PINECONE SYSTEMS *', 'PINECONE.IO'],
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
    variants: ['Snowflake Inc', 'SNOWFLAKE INC *', 'Snowflake Computing', 'SNOWFLAKE COMPUTING *', 'SNOWFLAKE.COM'],
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
    variants: ['COALESCE.IO *'],
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
    variants: ['Bigeye Inc', 'BIGEYE INC *', 'Toro Data Labs'],
  },
  // ── Analytics & BI ──────────────────────────────────────────────────────────────────────
  {
    id: 'looker', name: 'Looker', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['LOOKER *', 'Looker Data Sciences', 'Google Looker', 'GOOGLE *LOOKER'],
  },
  {
    id: 'tableau', name: 'Tableau', capability: 'analytics', pool: 'software', overlapGroup: 'bi-dashboards',
    variants: ['Tableau Software', 'TABLEAU SOFTWARE *', 'Salesforce Tableau', 'TABLEAU.COM'],
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
    variants: ['Domo Inc', 'DOMO INC *', 'DOMO.COM'],
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
    variants: ['Amplitude Inc', 'AMPLITUDE INC *', 'AMPLITUDE.COM'],
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
  // ── Developer tools & platform ──────────────────────────────────────────────────────────
  {
    id: 'github', name: 'GitHub', capability: 'developer-tools', pool: 'software', overlapGroup: 'code-hosting',
    variants: ['GITHUB *', 'GITHUB, INC.', 'GitHub Inc', 'GITHUB.COM', 'GitHub Enterprise', 'GitHub Sponsors'],
  },
  {
    id: 'gitlab', name: 'GitLab', capability: 'developer-tools', pool: 'software', overlapGroup: 'code-hosting',
    variants: ['GITLAB *', 'GitLab Inc', 'GitLab B.V.', 'GITLAB.COM'],
  },
  {
    id: 'bitbucket', name: 'Bitbucket', capability: 'developer-tools', pool: 'software', overlapGroup: 'code-hosting',
    variants: ['BITBUCKET *', 'Atlassian Bitbucket', 'BITBUCKET.ORG'],
  },
  {
    id: 'atlassian', name: 'Atlassian', capability: 'project-management', pool: 'software',
    variants: ['ATLASSIAN *', 'Atlassian Pty Ltd', 'Atlassian US, Inc.', 'Atlassian Corporation', 'Atlassian Network Services'],
  },
  {
    id: 'jira', name: 'Jira', capability: 'project-management', pool: 'software', overlapGroup: 'issue-tracking',
    variants: ['Jira Software', 'Atlassian Jira', 'ATLASSIAN *JIRA*', 'JIRA SOFTWARE *', 'Jira Cloud'],
  },
  {
    id: 'confluence', name: 'Confluence', capability: 'collaboration', pool: 'software', overlapGroup: 'docs-wiki',
    variants: ['Atlassian Confluence', 'ATLASSIAN *CONFLUENCE*', 'Confluence Cloud'],
  },
  {
    id: 'circleci', name: 'CircleCI', capability: 'developer-tools', pool: 'software', overlapGroup: 'ci-cd',
    variants: ['CIRCLECI *', 'Circle Internet Services', 'CIRCLE INTERNET SERVICES *', 'CIRCLECI.COM'],
  },
  {
    id: 'travis-ci', name: 'Travis CI', capability: 'developer-tools', pool: 'software', overlapGroup: 'ci-cd',
    variants: ['TRAVIS CI *', 'TRAVIS-CI.COM', 'Travis CI GmbH', 'TRAVISCI'],
  },
  {
    id: 'buildkite', name: 'Buildkite', capability: 'developer-tools', pool: 'software', overlapGroup: 'ci-cd',
    variants: ['BUILDKITE *', 'Buildkite Pty Ltd'],
  },
  {
    id: 'harness', name: 'Harness', capability: 'developer-tools', pool: 'software', overlapGroup: 'ci-cd',
    variants: ['HARNESS.IO', 'HARNESS.IO *', 'Harness Inc'],
  },
  {
    id: 'semaphore', name: 'Semaphore CI', capability: 'developer-tools', pool: 'software', overlapGroup: 'ci-cd',
    variants: ['SEMAPHORECI', 'Rendered Text', 'SEMAPHORE CI *'],
  },
  {
    id: 'bitrise', name: 'Bitrise', capability: 'developer-tools', pool: 'software', overlapGroup: 'ci-cd',
    variants: ['BITRISE *', 'Bitrise Ltd'],
  },
  {
    id: 'depot', name: 'Depot.dev', capability: 'developer-tools', pool: 'software', overlapGroup: 'ci-cd',
    variants: ['DEPOT.DEV *'],
  },
  {
    id: 'jetbrains', name: 'JetBrains', capability: 'developer-tools', pool: 'software',
    variants: ['JETBRAINS *', 'JetBrains s.r.o.', 'JetBrains Americas', 'JETBRAINS.COM'],
  },
  {
    id: 'postman', name: 'Postman', capability: 'developer-tools', pool: 'software',
    variants: ['Postman, Inc.', 'POSTMAN INC *', 'GETPOSTMAN', 'POSTMAN.COM'],
  },
  {
    id: 'docker', name: 'Docker', capability: 'developer-tools', pool: 'software',
    variants: ['DOCKER *', 'Docker Inc', 'DOCKER.COM', 'Docker Hub'],
  },
  {
    id: 'hashicorp', name: 'HashiCorp', capability: 'developer-tools', pool: 'software', overlapGroup: 'infrastructure-as-code',
    variants: ['HASHICORP *', 'HashiCorp Inc', 'Terraform Cloud', 'HCP Terraform'],
  },
  {
    id: 'spacelift', name: 'Spacelift', capability: 'developer-tools', pool: 'software', overlapGroup: 'infrastructure-as-code',
    variants: ['SPACELIFT *', 'Spacelift Inc'],
  },
  {
    id: 'env0', name: 'env0', capability: 'developer-tools', pool: 'software', overlapGroup: 'infrastructure-as-code',
    variants: ['ENV0 *', 'env zero'],
  },
  {
    id: 'pulumi', name: 'Pulumi', capability: 'developer-tools', pool: 'software', overlapGroup: 'infrastructure-as-code',
    variants: ['PULUMI *', 'Pulumi Corporation'],
  },
  {
    id: 'sonarsource', name: 'SonarSource', capability: 'developer-tools', pool: 'software', overlapGroup: 'code-quality',
    variants: ['SONARSOURCE *', 'SonarSource SA', 'SonarCloud', 'SonarQube'],
  },
  {
    id: 'codacy', name: 'Codacy', capability: 'developer-tools', pool: 'software', overlapGroup: 'code-quality',
    variants: ['CODACY *', 'Qamine'],
  },
  {
    id: 'code-climate', name: 'Code Climate', capability: 'developer-tools', pool: 'software', overlapGroup: 'code-quality',
    variants: ['CODE CLIMATE *', 'CODECLIMATE', 'Qlty'],
  },
  {
    id: 'launchdarkly', name: 'LaunchDarkly', capability: 'developer-tools', pool: 'software', overlapGroup: 'feature-flags',
    variants: ['LAUNCHDARKLY *', 'Catamorphic Co', 'CATAMORPHIC *'],
  },
  {
    id: 'statsig', name: 'Statsig', capability: 'developer-tools', pool: 'software', overlapGroup: 'feature-flags',
    variants: ['STATSIG *', 'Statsig Inc'],
  },
  {
    id: 'split', name: 'Split.io', capability: 'developer-tools', pool: 'software', overlapGroup: 'feature-flags',
    variants: ['SPLIT.IO *', 'Split Software', 'SPLIT SOFTWARE *'],
  },
  {
    id: 'configcat', name: 'ConfigCat', capability: 'developer-tools', pool: 'software', overlapGroup: 'feature-flags',
    variants: ['CONFIGCAT *', 'ConfigCat Kft'],
  },
  {
    id: 'kong', name: 'Kong', capability: 'developer-tools', pool: 'software', overlapGroup: 'api-gateway',
    variants: ['Kong Inc', 'KONG INC *', 'KONGHQ', 'Kong Konnect'],
  },
  {
    id: 'tyk', name: 'Tyk', capability: 'developer-tools', pool: 'software', overlapGroup: 'api-gateway',
    variants: ['Tyk Technologies', 'TYK TECHNOLOGIES *', 'TYK.IO'],
  },
  {
    id: 'npm', name: 'npm', capability: 'developer-tools', pool: 'software', overlapGroup: 'artifact-registry',
    variants: ['npm, Inc.', 'NPMJS', 'NPMJS.COM', 'NPM *'],
  },
  {
    id: 'jfrog', name: 'JFrog', capability: 'developer-tools', pool: 'software', overlapGroup: 'artifact-registry',
    variants: ['JFROG *', 'JFrog Ltd', 'Artifactory'],
  },
  {
    id: 'cloudsmith', name: 'Cloudsmith', capability: 'developer-tools', pool: 'software', overlapGroup: 'artifact-registry',
    variants: ['CLOUDSMITH *', 'Cloudsmith Ltd'],
  },
  {
    id: 'browserstack', name: 'BrowserStack', capability: 'developer-tools', pool: 'software', overlapGroup: 'browser-testing',
    variants: ['BROWSERSTACK *', 'BrowserStack Inc', 'BrowserStack Limited'],
  },
  {
    id: 'sauce-labs', name: 'Sauce Labs', capability: 'developer-tools', pool: 'software', overlapGroup: 'browser-testing',
    variants: ['SAUCE LABS *', 'SAUCELABS'],
  },
  {
    id: 'lambdatest', name: 'LambdaTest', capability: 'developer-tools', pool: 'software', overlapGroup: 'browser-testing',
    variants: ['LAMBDATEST *', 'LambdaTest Inc'],
  },
  {
    id: 'doppler', name: 'Doppler', capability: 'developer-tools', pool: 'software', overlapGroup: 'secrets-management',
    variants: ['DOPPLER.COM', 'Doppler Inc', 'DOPPLERHQ'],
  },
  {
    id: 'infisical', name: 'Infisical', capability: 'developer-tools', pool: 'software', overlapGroup: 'secrets-management',
    variants: ['INFISICAL *', 'Infisical Inc'],
  },
  {
    id: 'retool', name: 'Retool', capability: 'developer-tools', pool: 'software', overlapGroup: 'internal-tools',
    variants: ['RETOOL *', 'Retool Inc'],
  },
  {
    id: 'appsmith', name: 'Appsmith', capability: 'developer-tools', pool: 'software', overlapGroup: 'internal-tools',
    variants: ['APPSMITH *', 'Appsmith Inc'],
  },
  {
    id: 'lokalise', name: 'Lokalise', capability: 'developer-tools', pool: 'software', overlapGroup: 'localization',
    variants: ['LOKALISE *', 'Lokalise Inc'],
  },
  {
    id: 'phrase', name: 'Phrase', capability: 'developer-tools', pool: 'software', overlapGroup: 'localization',
    variants: ['PHRASE.COM', 'Phrase GmbH', 'Memsource'],
  },
  {
    id: 'crowdin', name: 'Crowdin', capability: 'developer-tools', pool: 'software', overlapGroup: 'localization',
    variants: ['CROWDIN *', 'Crowdin OU'],
  },
  {
    id: 'smartling', name: 'Smartling', capability: 'developer-tools', pool: 'software', overlapGroup: 'localization',
    variants: ['SMARTLING *', 'Smartling Inc'],
  },
  {
    id: 'readme', name: 'ReadMe', capability: 'developer-tools', pool: 'software', overlapGroup: 'developer-docs',
    variants: ['README.COM', 'README.IO', 'README.IO *'],
  },
  {
    id: 'mintlify', name: 'Mintlify', capability: 'developer-tools', pool: 'software', overlapGroup: 'developer-docs',
    variants: ['MINTLIFY *', 'Mintlify Inc'],
  },
  {
    id: 'apple-app-store', name: 'Apple App Store', capability: 'developer-tools', pool: 'software', overlapGroup: 'app-stores',
    variants: ['APPLE.COM/BILL', 'APPLE.COM/BILL*', 'ITUNES.COM/BILL', 'ITUNES.COM/BILL*', 'Apple Developer Program', 'APPLE DEVELOPER *'],
  },
  {
    id: 'google-play', name: 'Google Play', capability: 'developer-tools', pool: 'software', overlapGroup: 'app-stores',
    variants: ['GOOGLE *GOOGLE PLAY', 'GOOGLE *GOOGLE PLAY *', 'GOOGLE PLAY *', 'Google Play Console', 'GOOGLE *PLAY *'],
  },
  {
    id: 'stack-overflow', name: 'Stack Overflow for Teams', capability: 'developer-tools', pool: 'software', overlapGroup: 'knowledge-base',
    variants: ['Stack Overflow', 'STACK OVERFLOW *', 'Stack Exchange', 'STACKOVERFLOW'],
  },
  {
    id: 'guru', name: 'Guru', capability: 'collaboration', pool: 'software', overlapGroup: 'knowledge-base',
    variants: ['Guru Technologies', 'GURU TECHNOLOGIES *', 'GETGURU'],
  },
  // AI coding assistants.
  {
    id: 'github-copilot', name: 'GitHub Copilot', capability: 'ai-ml', pool: 'software', overlapGroup: 'ai-coding',
    variants: ['GITHUB COPILOT *', 'GITHUB *COPILOT', 'Copilot Business', 'Copilot Enterprise'],
  },
  {
    id: 'cursor', name: 'Cursor', capability: 'ai-ml', pool: 'software', overlapGroup: 'ai-coding',
    variants: ['Anysphere', 'ANYSPHERE *', 'CURSOR AI *', 'CURSOR USAGE *', 'CURSOR.SH', 'CURSOR.COM', 'CURSOR, AI POWERED IDE'],
  },
  {
    id: 'windsurf', name: 'Windsurf', capability: 'ai-ml', pool: 'software', overlapGroup: 'ai-coding',
    variants: ['Codeium', 'CODEIUM *', 'Exafunction', 'WINDSURF.COM'],
  },
  {
    id: 'tabnine', name: 'Tabnine', capability: 'ai-ml', pool: 'software', overlapGroup: 'ai-coding',
    variants: ['TABNINE *', 'Tabnine Ltd', 'Codota'],
  },
  {
    id: 'sourcegraph', name: 'Sourcegraph', capability: 'ai-ml', pool: 'software', overlapGroup: 'ai-coding',
    variants: ['SOURCEGRAPH *', 'Sourcegraph Inc', 'Sourcegraph Cody'],
  },
  {
    id: 'replit', name: 'Replit', capability: 'ai-ml', pool: 'software', overlapGroup: 'ai-coding',
    variants: ['REPLIT *', 'Replit Inc', 'REPL.IT'],
  },
  // ── AI & machine learning ───────────────────────────────────────────────────────────────
  {
    id: 'openai', name: 'OpenAI', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'llm-api',
    variants: ['OPENAI *', 'OpenAI, LLC', 'OpenAI OpCo', 'OpenAI Ireland Ltd', 'ChatGPT', 'CHATGPT *', 'OPENAI *CHATGPT SUBSCR'],
  },
  {
    id: 'anthropic', name: 'Anthropic', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'llm-api',
    variants: ['ANTHROPIC *', 'Anthropic PBC', 'Anthropic, PBC', 'CLAUDE.AI *', 'CLAUDE.AI SUBSCRIPTION', 'Claude Pro', 'Claude Team'],
  },
  {
    id: 'cohere', name: 'Cohere', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'llm-api',
    variants: ['COHERE.COM', 'COHERE.AI', 'Cohere Inc', 'COHERE INC *'],
  },
  {
    id: 'mistral-ai', name: 'Mistral AI', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'llm-api',
    variants: ['MISTRAL AI *', 'MISTRAL.AI', 'Mistral AI SAS'],
  },
  {
    id: 'perplexity', name: 'Perplexity', capability: 'ai-ml', pool: 'software', overlapGroup: 'llm-api',
    variants: ['PERPLEXITY *', 'Perplexity AI', 'PERPLEXITY.AI'],
  },
  {
    id: 'xai', name: 'xAI', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'llm-api',
    variants: ['X.AI', 'X.AI LLC', 'X.AI *', 'X AI CORP'],
  },
  {
    id: 'groq', name: 'Groq', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'llm-api',
    variants: ['Groq Inc', 'GROQ INC *', 'GROQCLOUD'],
  },
  {
    id: 'ai21-labs', name: 'AI21 Labs', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'llm-api',
    variants: ['AI21 LABS *', 'AI21'],
  },
  {
    id: 'replicate', name: 'Replicate', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'gpu-cloud',
    variants: ['REPLICATE.COM', 'Replicate Inc', 'REPLICATE INC *'],
  },
  {
    id: 'together-ai', name: 'Together AI', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'gpu-cloud',
    variants: ['TOGETHER AI *', 'TOGETHER.AI', 'Together Computer'],
  },
  {
    id: 'fireworks-ai', name: 'Fireworks AI', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'gpu-cloud',
    variants: ['FIREWORKS AI *', 'FIREWORKS.AI'],
  },
  {
    id: 'lambda-labs', name: 'Lambda Labs', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'gpu-cloud',
    variants: ['LAMBDA LABS *', 'Lambda Cloud', 'LAMBDALABS'],
  },
  {
    id: 'coreweave', name: 'CoreWeave', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'gpu-cloud',
    variants: ['COREWEAVE *', 'CoreWeave Inc'],
  },
  {
    id: 'runpod', name: 'RunPod', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'gpu-cloud',
    variants: ['RUNPOD *', 'RUNPOD.IO'],
  },
  {
    id: 'modal', name: 'Modal Labs', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'gpu-cloud',
    variants: ['MODAL LABS *', 'MODAL.COM'],
  },
  {
    id: 'baseten', name: 'Baseten', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'gpu-cloud',
    variants: ['BASETEN *', 'Baseten Labs'],
  },
  {
    id: 'hugging-face', name: 'Hugging Face', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'ml-platform',
    variants: ['HUGGING FACE *', 'HUGGINGFACE', 'HUGGINGFACE.CO', 'Hugging Face, Inc.'],
  },
  {
    id: 'weights-and-biases', name: 'Weights & Biases', capability: 'ai-ml', pool: 'software', overlapGroup: 'ml-platform',
    variants: ['WEIGHTS & BIASES *', 'WEIGHTS AND BIASES', 'WANDB', 'WANDB.AI'],
  },
  {
    id: 'comet-ml', name: 'Comet ML', capability: 'ai-ml', pool: 'software', overlapGroup: 'ml-platform',
    variants: ['COMET ML *', 'COMET.COM', 'COMET.ML'],
  },
  {
    id: 'scale-ai', name: 'Scale AI', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'data-labeling',
    variants: ['SCALE AI *', 'SCALE.COM', 'Scale AI, Inc.'],
  },
  {
    id: 'labelbox', name: 'Labelbox', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'data-labeling',
    variants: ['LABELBOX *', 'Labelbox Inc'],
  },
  {
    id: 'deepgram', name: 'Deepgram', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'speech-ai',
    variants: ['DEEPGRAM *', 'Deepgram Inc'],
  },
  {
    id: 'assemblyai', name: 'AssemblyAI', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'speech-ai',
    variants: ['ASSEMBLYAI *', 'Assembly AI', 'ASSEMBLYAI.COM'],
  },
  {
    id: 'elevenlabs', name: 'ElevenLabs', capability: 'ai-ml', pool: 'cloud', overlapGroup: 'speech-ai',
    variants: ['ELEVENLABS *', 'ELEVENLABS.IO', 'Eleven Labs'],
  },
  {
    id: 'midjourney', name: 'Midjourney', capability: 'ai-ml', pool: 'software', overlapGroup: 'image-generation',
    variants: ['MIDJOURNEY *', 'Midjourney Inc'],
  },
  {
    id: 'stability-ai', name: 'Stability AI', capability: 'ai-ml', pool: 'software', overlapGroup: 'image-generation',
    variants: ['STABILITY AI *', 'Stability AI Ltd', 'DreamStudio'],
  },
  {
    id: 'runway', name: 'Runway', capability: 'ai-ml', pool: 'software', overlapGroup: 'image-generation',
    variants: ['RUNWAYML', 'RUNWAYML *', 'Runway AI', 'RUNWAY AI *'],
  },
  {
    id: 'otter-ai', name: 'Otter.ai', capability: 'ai-ml', pool: 'software', overlapGroup: 'meeting-notes',
    variants: ['OTTER.AI *', 'OTTER AI', 'AISense'],
  },
  {
    id: 'fireflies-ai', name: 'Fireflies.ai', capability: 'ai-ml', pool: 'software', overlapGroup: 'meeting-notes',
    variants: ['FIREFLIES.AI *', 'FIREFLIES AI'],
  },
  {
    id: 'fathom', name: 'Fathom', capability: 'ai-ml', pool: 'software', overlapGroup: 'meeting-notes',
    variants: ['Fathom Video', 'FATHOM VIDEO *', 'FATHOM.VIDEO'],
  },
  {
    id: 'grammarly', name: 'Grammarly', capability: 'collaboration', pool: 'software', overlapGroup: 'writing-assistant',
    variants: ['GRAMMARLY *', 'Grammarly Inc', 'GRAMMARLY.COM'],
  },
  {
    id: 'jasper', name: 'Jasper', capability: 'collaboration', pool: 'software', overlapGroup: 'writing-assistant',
    variants: ['JASPER.AI', 'JASPER.AI *', 'Jasper AI'],
  },
  {
    id: 'quillbot', name: 'QuillBot', capability: 'collaboration', pool: 'software', overlapGroup: 'writing-assistant',
    variants: ['QUILLBOT *', 'QUILLBOT.COM'],
  },
  {
    id: 'deepl', name: 'DeepL', capability: 'collaboration', pool: 'software',
    variants: ['DEEPL *', 'DeepL SE', 'DEEPL.COM', 'DeepL Pro'],
  },
  // ── Security & risk ─────────────────────────────────────────────────────────────────────
  {
    id: 'crowdstrike', name: 'CrowdStrike', capability: 'security', pool: 'software', overlapGroup: 'endpoint-security',
    variants: ['CROWDSTRIKE *', 'CrowdStrike Inc', 'CrowdStrike Falcon'],
  },
  {
    id: 'sentinelone', name: 'SentinelOne', capability: 'security', pool: 'software', overlapGroup: 'endpoint-security',
    variants: ['SENTINELONE *', 'Sentinel Labs', 'SENTINEL LABS *'],
  },
  {
    id: 'sophos', name: 'Sophos', capability: 'security', pool: 'software', overlapGroup: 'endpoint-security',
    variants: ['SOPHOS *', 'Sophos Ltd', 'Sophos Inc'],
  },
  {
    id: 'malwarebytes', name: 'Malwarebytes', capability: 'security', pool: 'software', overlapGroup: 'endpoint-security',
    variants: ['MALWAREBYTES *', 'Malwarebytes Inc'],
  },
  {
    id: 'bitdefender', name: 'Bitdefender', capability: 'security', pool: 'software', overlapGroup: 'endpoint-security',
    variants: ['BITDEFENDER *', 'Bitdefender SRL', 'Bitdefender LLC'],
  },
  {
    id: 'eset', name: 'ESET', capability: 'security', pool: 'software', overlapGroup: 'endpoint-security',
    variants: ['ESET, spol. s r.o.', 'ESET LLC', 'ESET NORTH AMERICA'],
  },
  {
    id: 'zscaler', name: 'Zscaler', capability: 'security', pool: 'software', overlapGroup: 'vpn-zero-trust',
    variants: ['ZSCALER *', 'Zscaler Inc'],
  },
  {
    id: 'tailscale', name: 'Tailscale', capability: 'security', pool: 'software', overlapGroup: 'vpn-zero-trust',
    variants: ['TAILSCALE *', 'Tailscale Inc', 'TAILSCALE.COM'],
  },
  {
    id: 'twingate', name: 'Twingate', capability: 'security', pool: 'software', overlapGroup: 'vpn-zero-trust',
    variants: ['TWINGATE *', 'Twingate Inc'],
  },
  {
    id: 'nordlayer', name: 'NordLayer', capability: 'security', pool: 'software', overlapGroup: 'vpn-zero-trust',
    variants: ['NORDLAYER *', 'NordLayer Teams', 'NORDVPN TEAMS'],
  },
  {
    id: 'palo-alto-networks', name: 'Palo Alto Networks', capability: 'security', pool: 'software', overlapGroup: 'network-security',
    variants: ['PALO ALTO NETWORKS *', 'Palo Alto Networks, Inc.', 'PANW', 'Prisma Access'],
  },
  {
    id: 'fortinet', name: 'Fortinet', capability: 'security', pool: 'software', overlapGroup: 'network-security',
    variants: ['FORTINET *', 'Fortinet Inc', 'FortiGate'],
  },
  {
    id: 'check-point', name: 'Check Point Software', capability: 'security', pool: 'software', overlapGroup: 'network-security',
    variants: ['CHECK POINT SOFTWARE *', 'Check Point Software Technologies', 'CHECKPOINT SOFTWARE', 'Perimeter 81'],
  },
  {
    id: 'snyk', name: 'Snyk', capability: 'security', pool: 'software', overlapGroup: 'application-security',
    variants: ['SNYK *', 'Snyk Ltd', 'Snyk Inc', 'SNYK.IO'],
  },
  {
    id: 'semgrep', name: 'Semgrep', capability: 'security', pool: 'software', overlapGroup: 'application-security',
    variants: ['SEMGREP *', 'Return To Corp'],
  },
  {
    id: 'veracode', name: 'Veracode', capability: 'security', pool: 'software', overlapGroup: 'application-security',
    variants: ['VERACODE *', 'Veracode Inc'],
  },
  {
    id: 'checkmarx', name: 'Checkmarx', capability: 'security', pool: 'software', overlapGroup: 'application-security',
    variants: ['CHECKMARX *', 'Checkmarx Ltd'],
  },
  {
    id: 'wiz', name: 'Wiz', capability: 'security', pool: 'software', overlapGroup: 'cloud-security',
    variants: ['Wiz, Inc.', 'WIZ.IO', 'WIZ INC *'],
  },
  {
    id: 'orca-security', name: 'Orca Security', capability: 'security', pool: 'software', overlapGroup: 'cloud-security',
    variants: ['ORCA SECURITY *', 'ORCASECURITY'],
  },
  {
    id: 'lacework', name: 'Lacework', capability: 'security', pool: 'software', overlapGroup: 'cloud-security',
    variants: ['LACEWORK *', 'Lacework Inc'],
  },
  {
    id: 'vanta', name: 'Vanta', capability: 'security', pool: 'software', overlapGroup: 'compliance-automation',
    variants: ['VANTA *', 'Vanta Inc'],
  },
  {
    id: 'drata', name: 'Drata', capability: 'security', pool: 'software', overlapGroup: 'compliance-automation',
    variants: ['DRATA *', 'Drata Inc'],
  },
  {
    id: 'secureframe', name: 'Secureframe', capability: 'security', pool: 'software', overlapGroup: 'compliance-automation',
    variants: ['SECUREFRAME *', 'Secureframe Inc'],
  },
  {
    id: 'knowbe4', name: 'KnowBe4', capability: 'security', pool: 'software', overlapGroup: 'security-awareness',
    variants: ['KNOWBE4 *', 'KnowBe4 Inc', 'KNOW BE4'],
  },
  {
    id: 'hoxhunt', name: 'Hoxhunt', capability: 'security', pool: 'software', overlapGroup: 'security-awareness',
    variants: ['HOXHUNT *', 'Hoxhunt Oy'],
  },
  {
    id: 'proofpoint', name: 'Proofpoint', capability: 'security', pool: 'software', overlapGroup: 'email-security',
    variants: ['PROOFPOINT *', 'Proofpoint Inc'],
  },
  {
    id: 'mimecast', name: 'Mimecast', capability: 'security', pool: 'software', overlapGroup: 'email-security',
    variants: ['MIMECAST *', 'Mimecast Ltd'],
  },
  {
    id: 'abnormal-security', name: 'Abnormal Security', capability: 'security', pool: 'software', overlapGroup: 'email-security',
    variants: ['ABNORMAL SECURITY *', 'Abnormal AI'],
  },
  {
    id: 'tenable', name: 'Tenable', capability: 'security', pool: 'software', overlapGroup: 'vulnerability-management',
    variants: ['TENABLE *', 'Tenable Inc', 'Tenable Network Security', 'Nessus'],
  },
  {
    id: 'rapid7', name: 'Rapid7', capability: 'security', pool: 'software', overlapGroup: 'vulnerability-management',
    variants: ['RAPID7 *', 'Rapid7 Inc', 'RAPID 7'],
  },
  {
    id: 'qualys', name: 'Qualys', capability: 'security', pool: 'software', overlapGroup: 'vulnerability-management',
    variants: ['QUALYS *', 'Qualys Inc'],
  },
  {
    id: 'hackerone', name: 'HackerOne', capability: 'security', pool: 'outside-services', overlapGroup: 'offensive-security',
    variants: ['HACKERONE *', 'HackerOne Inc'],
  },
  {
    id: 'bugcrowd', name: 'Bugcrowd', capability: 'security', pool: 'outside-services', overlapGroup: 'offensive-security',
    variants: ['BUGCROWD *', 'Bugcrowd Inc'],
  },
  {
    id: 'cobalt', name: 'Cobalt.io', capability: 'security', pool: 'outside-services', overlapGroup: 'offensive-security',
    variants: ['COBALT.IO *', 'Cobalt Labs'],
  },
  {
    id: 'arctic-wolf', name: 'Arctic Wolf', capability: 'security', pool: 'outside-services', overlapGroup: 'managed-detection',
    variants: ['ARCTIC WOLF *', 'Arctic Wolf Networks'],
  },
  {
    id: 'expel', name: 'Expel', capability: 'security', pool: 'outside-services', overlapGroup: 'managed-detection',
    variants: ['EXPEL.IO', 'Expel Inc', 'EXPEL INC *'],
  },
  {
    id: 'huntress', name: 'Huntress', capability: 'security', pool: 'outside-services', overlapGroup: 'managed-detection',
    variants: ['Huntress Labs', 'HUNTRESS LABS *'],
  },
  {
    id: 'red-canary', name: 'Red Canary', capability: 'security', pool: 'outside-services', overlapGroup: 'managed-detection',
    variants: ['RED CANARY *', 'REDCANARY'],
  },
  {
    id: 'panther', name: 'Panther Labs', capability: 'security', pool: 'software', overlapGroup: 'siem',
    variants: ['PANTHER LABS *', 'RUNPANTHER'],
  },
  {
    id: 'exabeam', name: 'Exabeam', capability: 'security', pool: 'software', overlapGroup: 'siem',
    variants: ['EXABEAM *', 'Exabeam Inc'],
  },
  {
    id: 'onetrust', name: 'OneTrust', capability: 'security', pool: 'software', overlapGroup: 'privacy-management',
    variants: ['ONETRUST *', 'OneTrust LLC'],
  },
  {
    id: 'osano', name: 'Osano', capability: 'security', pool: 'software', overlapGroup: 'privacy-management',
    variants: ['OSANO *', 'Osano Inc'],
  },
  // ── Identity & access ───────────────────────────────────────────────────────────────────
  {
    id: 'okta', name: 'Okta', capability: 'identity-access', pool: 'software', overlapGroup: 'identity-provider',
    variants: ['OKTA *', 'Okta Inc', 'Okta, Inc.'],
  },
  {
    id: 'onelogin', name: 'OneLogin', capability: 'identity-access', pool: 'software', overlapGroup: 'identity-provider',
    variants: ['ONELOGIN *', 'OneLogin Inc'],
  },
  {
    id: 'jumpcloud', name: 'JumpCloud', capability: 'identity-access', pool: 'software', overlapGroup: 'identity-provider',
    variants: ['JUMPCLOUD *', 'JumpCloud Inc'],
  },
  {
    id: 'duo-security', name: 'Duo Security', capability: 'identity-access', pool: 'software', overlapGroup: 'identity-provider',
    variants: ['DUO SECURITY *', 'Cisco Duo', 'DUO.COM'],
  },
  {
    id: 'ping-identity', name: 'Ping Identity', capability: 'identity-access', pool: 'software', overlapGroup: 'identity-provider',
    variants: ['PING IDENTITY *', 'PINGIDENTITY'],
  },
  {
    id: 'auth0', name: 'Auth0', capability: 'identity-access', pool: 'software', overlapGroup: 'customer-identity',
    variants: ['AUTH0 *', 'Auth0 Inc', 'AUTH0.COM'],
  },
  {
    id: 'stytch', name: 'Stytch', capability: 'identity-access', pool: 'software', overlapGroup: 'customer-identity',
    variants: ['STYTCH *', 'Stytch Inc'],
  },
  {
    id: 'clerk', name: 'Clerk', capability: 'identity-access', pool: 'software', overlapGroup: 'customer-identity',
    variants: ['CLERK.COM', 'CLERK.DEV', 'CLERK.DEV *', 'Clerk Inc'],
  },
  {
    id: 'workos', name: 'WorkOS', capability: 'identity-access', pool: 'software', overlapGroup: 'customer-identity',
    variants: ['WORKOS *', 'WorkOS Inc'],
  },
  {
    id: '1password', name: '1Password', capability: 'identity-access', pool: 'software', overlapGroup: 'password-management',
    variants: ['1PASSWORD *', 'AgileBits', 'AgileBits Inc', 'AGILEBITS *', '1PASSWORD.COM'],
  },
  {
    id: 'lastpass', name: 'LastPass', capability: 'identity-access', pool: 'software', overlapGroup: 'password-management',
    variants: ['LASTPASS *', 'LastPass US LP', 'LASTPASS.COM'],
  },
  {
    id: 'bitwarden', name: 'Bitwarden', capability: 'identity-access', pool: 'software', overlapGroup: 'password-management',
    variants: ['BITWARDEN *', 'Bitwarden Inc'],
  },
  {
    id: 'dashlane', name: 'Dashlane', capability: 'identity-access', pool: 'software', overlapGroup: 'password-management',
    variants: ['DASHLANE *', 'Dashlane Inc'],
  },
  {
    id: 'keeper', name: 'Keeper Security', capability: 'identity-access', pool: 'software', overlapGroup: 'password-management',
    variants: ['KEEPER SECURITY *', 'KEEPERSECURITY', 'KEEPERSECURITY.COM'],
  },
  {
    id: 'cyberark', name: 'CyberArk', capability: 'identity-access', pool: 'software', overlapGroup: 'privileged-access',
    variants: ['CYBERARK *', 'CyberArk Software'],
  },
  {
    id: 'beyondtrust', name: 'BeyondTrust', capability: 'identity-access', pool: 'software', overlapGroup: 'privileged-access',
    variants: ['BEYONDTRUST *', 'BeyondTrust Corporation'],
  },
  {
    id: 'strongdm', name: 'StrongDM', capability: 'identity-access', pool: 'software', overlapGroup: 'privileged-access',
    variants: ['STRONGDM *', 'strongDM Inc'],
  },
  {
    id: 'teleport', name: 'Teleport', capability: 'identity-access', pool: 'software', overlapGroup: 'privileged-access',
    variants: ['GOTELEPORT', 'Gravitational Inc'],
  },
  // ── Collaboration & communication ───────────────────────────────────────────────────────
  {
    id: 'slack', name: 'Slack', capability: 'collaboration', pool: 'software', overlapGroup: 'team-chat',
    variants: ['SLACK T*', 'Slack Technologies', 'Slack Technologies, LLC', 'Slack Technologies Limited', 'SLACK.COM'],
  },
  {
    id: 'mattermost', name: 'Mattermost', capability: 'collaboration', pool: 'software', overlapGroup: 'team-chat',
    variants: ['MATTERMOST *', 'Mattermost Inc'],
  },
  {
    id: 'rocket-chat', name: 'Rocket.Chat', capability: 'collaboration', pool: 'software', overlapGroup: 'team-chat',
    variants: ['ROCKET.CHAT *', 'Rocket.Chat Technologies', 'ROCKETCHAT'],
  },
  {
    id: 'zoom', name: 'Zoom', capability: 'collaboration', pool: 'software', overlapGroup: 'video-meetings',
    variants: ['ZOOM.US', 'ZOOM.US *', 'ZOOM.US 888-799-9666', 'Zoom Video Communications', 'Zoom Video Communications, Inc.', 'ZOOM VIDEO *', 'Zoom Communications', 'ZOOM.COM'],
  },
  {
    id: 'microsoft-teams', name: 'Microsoft Teams', capability: 'collaboration', pool: 'software', overlapGroup: 'video-meetings',
    variants: ['MICROSOFT TEAMS *', 'MSFT * TEAMS *', 'Teams Essentials', 'Microsoft Teams Premium', 'Microsoft Teams Rooms'],
  },
  {
    id: 'webex', name: 'Webex', capability: 'collaboration', pool: 'software', overlapGroup: 'video-meetings',
    variants: ['WEBEX *', 'Webex by Cisco', 'Cisco Webex', 'CISCO WEBEX *', 'CISCO*WEBEX*', 'WEBEX.COM'],
  },
  {
    id: 'goto-meeting', name: 'GoTo Meeting', capability: 'collaboration', pool: 'software', overlapGroup: 'video-meetings',
    variants: ['GoToMeeting', 'GOTOMEETING *', 'LOGMEIN*GOTOMEETING*', 'GOTO.COM*GOTOMEETING*', 'GOTO MEETING *'],
  },
  {
    id: 'whereby', name: 'Whereby', capability: 'collaboration', pool: 'software', overlapGroup: 'video-meetings',
    variants: ['WHEREBY *', 'Whereby AS'],
  },
  {
    id: 'loom', name: 'Loom', capability: 'collaboration', pool: 'software', overlapGroup: 'async-video',
    variants: ['LOOM.COM', 'LOOM.COM *', 'Loom Inc', 'LOOM INC *', 'Atlassian Loom'],
  },
  {
    id: 'vidyard', name: 'Vidyard', capability: 'collaboration', pool: 'software', overlapGroup: 'async-video',
    variants: ['VIDYARD *', 'Vidyard Inc', 'BuildScale'],
  },
  {
    id: 'vimeo', name: 'Vimeo', capability: 'collaboration', pool: 'software', overlapGroup: 'video-hosting',
    variants: ['VIMEO *', 'Vimeo Inc', 'VIMEO.COM'],
  },
  {
    id: 'wistia', name: 'Wistia', capability: 'collaboration', pool: 'software', overlapGroup: 'video-hosting',
    variants: ['WISTIA *', 'Wistia Inc'],
  },
  {
    id: 'on24', name: 'ON24', capability: 'marketing', pool: 'software', overlapGroup: 'webinars',
    variants: ['ON24 *', 'ON24 Inc'],
  },
  {
    id: 'livestorm', name: 'Livestorm', capability: 'marketing', pool: 'software', overlapGroup: 'webinars',
    variants: ['LIVESTORM *', 'Livestorm SAS'],
  },
  {
    id: 'goto-webinar', name: 'GoTo Webinar', capability: 'marketing', pool: 'software', overlapGroup: 'webinars',
    variants: ['GoToWebinar', 'GOTOWEBINAR *', 'LOGMEIN*GOTOWEBINAR*', 'GOTO.COM*GOTOWEBINAR*'],
  },
  {
    id: 'notion', name: 'Notion', capability: 'collaboration', pool: 'software', overlapGroup: 'docs-wiki',
    variants: ['NOTION.SO *', 'Notion Labs', 'Notion Labs, Inc.', 'NOTION.SO', 'NOTION.COM', 'NOTION LABS *'],
  },
  {
    id: 'coda', name: 'Coda', capability: 'collaboration', pool: 'software', overlapGroup: 'docs-wiki',
    variants: ['CODA.IO', 'CODA.IO *', 'Coda Project', 'CODA PROJECT *'],
  },
  {
    id: 'slab', name: 'Slab', capability: 'collaboration', pool: 'software', overlapGroup: 'docs-wiki',
    variants: ['SLAB.COM', 'Slab Inc'],
  },
  {
    id: 'gitbook', name: 'GitBook', capability: 'collaboration', pool: 'software', overlapGroup: 'docs-wiki',
    variants: ['GITBOOK *', 'GitBook Inc', 'GITBOOK.COM'],
  },
  {
    id: 'miro', name: 'Miro', capability: 'collaboration', pool: 'software', overlapGroup: 'whiteboard',
    variants: ['MIRO.COM', 'MIRO.COM *', 'RealtimeBoard', 'REALTIMEBOARD *', 'Miro Inc', 'MIRO INC *'],
  },
  {
    id: 'mural', name: 'Mural', capability: 'collaboration', pool: 'software', overlapGroup: 'whiteboard',
    variants: ['MURAL.CO', 'Tactivos', 'TACTIVOS *', 'MURAL.CO *'],
  },
  {
    id: 'lucid', name: 'Lucid', capability: 'collaboration', pool: 'software', overlapGroup: 'diagramming',
    variants: ['Lucid Software', 'LUCID SOFTWARE *', 'Lucidchart', 'LUCIDCHART *', 'Lucidspark', 'LUCID.CO'],
  },
  {
    id: 'whimsical', name: 'Whimsical', capability: 'collaboration', pool: 'software', overlapGroup: 'diagramming',
    variants: ['Whimsical Inc', 'WHIMSICAL INC *', 'WHIMSICAL.COM'],
  },
  {
    id: 'dropbox', name: 'Dropbox', capability: 'collaboration', pool: 'software', overlapGroup: 'file-sharing',
    variants: ['DROPBOX *', 'Dropbox Inc', 'Dropbox International Unlimited Company', 'DROPBOX.COM'],
  },
  {
    id: 'box', name: 'Box', capability: 'collaboration', pool: 'software', overlapGroup: 'file-sharing',
    variants: ['Box, Inc.', 'BOX.COM', 'BOX.COM *', 'BOX INC *'],
  },
  {
    id: 'egnyte', name: 'Egnyte', capability: 'collaboration', pool: 'software', overlapGroup: 'file-sharing',
    variants: ['EGNYTE *', 'Egnyte Inc'],
  },
  {
    id: 'wetransfer', name: 'WeTransfer', capability: 'collaboration', pool: 'software', overlapGroup: 'file-sharing',
    variants: ['WETRANSFER *', 'WeTransfer BV'],
  },
  {
    id: 'calendly', name: 'Calendly', capability: 'collaboration', pool: 'software', overlapGroup: 'scheduling',
    variants: ['CALENDLY *', 'Calendly LLC', 'CALENDLY.COM'],
  },
  {
    id: 'chili-piper', name: 'Chili Piper', capability: 'collaboration', pool: 'software', overlapGroup: 'scheduling',
    variants: ['CHILI PIPER *', 'CHILIPIPER'],
  },
  {
    id: 'savvycal', name: 'SavvyCal', capability: 'collaboration', pool: 'software', overlapGroup: 'scheduling',
    variants: ['SAVVYCAL *', 'SAVVYCAL.COM'],
  },
  {
    id: 'google-workspace', name: 'Google Workspace', capability: 'productivity-suite', pool: 'software', overlapGroup: 'productivity-suite',
    variants: ['GOOGLE*GSUITE', 'GOOGLE*GSUITE*', 'GOOGLE *SVCSAPPS*', 'GOOGLE*SVCSAPPS', 'GOOGLE *G SUITE*', 'G Suite', 'GSUITE', 'GOOGLE *WORKSPACE*', 'GOOGLE *GOOGLE WORKSPACE*', 'GOOGLE WORKSPACE *', 'Google Apps for Work'],
  },
  {
    id: 'microsoft-365', name: 'Microsoft 365', capability: 'productivity-suite', pool: 'software', overlapGroup: 'productivity-suite',
    variants: [
      'Microsoft', 'Microsoft Corporation', 'MICROSOFT *', 'MSFT', 'MSFT *', 'MSFT * E0300ABCD', 'Office 365', 'Microsoft Office 365',
      'Microsoft 365 Business', 'MICROSOFT 365 *', 'Microsoft Ireland Operations Ltd', 'Microsoft Online', 'Microsoft Online Services',
    ],
  },
  {
    id: 'zoho', name: 'Zoho', capability: 'sales', pool: 'software', overlapGroup: 'crm',
    variants: ['ZOHO *', 'Zoho Corporation', 'Zoho Corp', 'ZOHO.COM', 'Zoho CRM'],
  },
  {
    id: 'proton', name: 'Proton', capability: 'productivity-suite', pool: 'software', overlapGroup: 'productivity-suite',
    variants: ['Proton AG', 'PROTON AG *', 'ProtonMail', 'PROTON.ME', 'Proton Technologies'],
  },
  {
    id: 'fastmail', name: 'Fastmail', capability: 'productivity-suite', pool: 'software', overlapGroup: 'productivity-suite',
    variants: ['FASTMAIL *', 'Fastmail Pty Ltd'],
  },
  // ── Project & work management ───────────────────────────────────────────────────────────
  {
    id: 'linear', name: 'Linear', capability: 'project-management', pool: 'software', overlapGroup: 'issue-tracking',
    variants: ['Linear Orbit', 'Linear Orbit, Inc.', 'LINEAR ORBIT *', 'LINEAR.APP', 'LINEAR.APP *'],
  },
  {
    id: 'shortcut', name: 'Shortcut', capability: 'project-management', pool: 'software', overlapGroup: 'issue-tracking',
    variants: ['Shortcut Software', 'SHORTCUT SOFTWARE *', 'Clubhouse.io'],
  },
  {
    id: 'asana', name: 'Asana', capability: 'project-management', pool: 'software', overlapGroup: 'project-management',
    variants: ['Asana Inc', 'ASANA INC *', 'ASANA.COM', 'ASANA.COM *'],
  },
  {
    id: 'monday', name: 'monday.com', capability: 'project-management', pool: 'software', overlapGroup: 'project-management',
    variants: ['MONDAY.COM *', 'monday.com Ltd.', 'MONDAY.COM LTD'],
  },
  {
    id: 'clickup', name: 'ClickUp', capability: 'project-management', pool: 'software', overlapGroup: 'project-management',
    variants: ['CLICKUP *', 'Mango Technologies', 'Mango Technologies dba ClickUp'],
  },
  {
    id: 'trello', name: 'Trello', capability: 'project-management', pool: 'software', overlapGroup: 'project-management',
    variants: ['TRELLO *', 'Atlassian Trello', 'TRELLO.COM'],
  },
  {
    id: 'smartsheet', name: 'Smartsheet', capability: 'project-management', pool: 'software', overlapGroup: 'project-management',
    variants: ['SMARTSHEET *', 'Smartsheet Inc'],
  },
  {
    id: 'airtable', name: 'Airtable', capability: 'project-management', pool: 'software', overlapGroup: 'project-management',
    variants: ['AIRTABLE *', 'Formagrid', 'AIRTABLE.COM'],
  },
  {
    id: 'wrike', name: 'Wrike', capability: 'project-management', pool: 'software', overlapGroup: 'project-management',
    variants: ['WRIKE *', 'Wrike Inc'],
  },
  {
    id: 'basecamp', name: 'Basecamp', capability: 'project-management', pool: 'software', overlapGroup: 'project-management',
    variants: ['BASECAMP.COM', '37signals', '37SIGNALS *'],
  },
  {
    id: 'toggl', name: 'Toggl', capability: 'project-management', pool: 'software', overlapGroup: 'time-tracking',
    variants: ['TOGGL *', 'Toggl OU', 'Toggl Track'],
  },
  {
    id: 'clockify', name: 'Clockify', capability: 'project-management', pool: 'software', overlapGroup: 'time-tracking',
    variants: ['CLOCKIFY *', 'COING'],
  },
  {
    id: 'everhour', name: 'Everhour', capability: 'project-management', pool: 'software', overlapGroup: 'time-tracking',
    variants: ['EVERHOUR *'],
  },
  {
    id: 'productboard', name: 'Productboard', capability: 'project-management', pool: 'software', overlapGroup: 'product-roadmapping',
    variants: ['PRODUCTBOARD *', 'Productboard Inc'],
  },
  {
    id: 'aha', name: 'Aha!', capability: 'project-management', pool: 'software', overlapGroup: 'product-roadmapping',
    variants: ['Aha! Labs', 'AHA LABS *', 'AHA.IO'],
  },
  {
    id: 'prodpad', name: 'ProdPad', capability: 'project-management', pool: 'software', overlapGroup: 'product-roadmapping',
    variants: ['PRODPAD *'],
  },
  // ── Product design & research ───────────────────────────────────────────────────────────
  {
    id: 'figma', name: 'Figma', capability: 'design', pool: 'software', overlapGroup: 'design',
    variants: ['FIGMA *', 'Figma Inc', 'Figma, Inc.', 'FIGMA.COM'],
  },
  {
    id: 'sketch', name: 'Sketch', capability: 'design', pool: 'software', overlapGroup: 'design',
    variants: ['Sketch B.V.', 'SKETCH.COM', 'Bohemian Coding', 'SKETCH B V *'],
  },
  {
    id: 'invision', name: 'InVision', capability: 'design', pool: 'software', overlapGroup: 'design',
    variants: ['InVisionApp', 'INVISIONAPP *', 'INVISION.COM'],
  },
  {
    id: 'axure', name: 'Axure', capability: 'design', pool: 'software', overlapGroup: 'design',
    variants: ['AXURE *', 'Axure Software Solutions'],
  },
  {
    id: 'adobe', name: 'Adobe', capability: 'design', pool: 'software', overlapGroup: 'creative-suite',
    variants: [
      'Adobe Inc', 'ADOBE INC *', 'Adobe Systems', 'ADOBE SYSTEMS *', 'Adobe Systems Software Ireland', 'ADOBE *CREATIVE CLOUD*', 'Adobe Creative Cloud',
      'ADOBE *ACROPRO*', 'ADOBE *ACROBAT*', 'ADOBE *PHOTOGPHY*', 'ADOBE *STOCK*', 'ADOBE *ADOBE*', 'ADOBE *ALL APPS*', 'ADOBE.COM', 'ADOBE.COM *',
      // card descriptors cut at 19-25 characters ("ADOBE *CREATIVE CLD", "ADOBE  EXPORTPDF SUB"); never a bare "ADOBE *" ("Adobe Grill")
      'ADOBE *CREATIVE*', 'ADOBE *EXPORTPDF*', 'ADOBE *PHOTOSHOP*', 'ADOBE *LIGHTROOM*', 'ADOBE *PDF*', 'ADOBE *INDESIGN*', 'ADOBE *ILLUSTRATOR*', 'ADOBE *PREMIERE*',
    ],
  },
  {
    id: 'canva', name: 'Canva', capability: 'design', pool: 'software', overlapGroup: 'creative-suite',
    variants: ['CANVA *', 'Canva Pty Ltd', 'CANVA.COM'],
  },
  {
    id: 'usertesting', name: 'UserTesting', capability: 'design', pool: 'software', overlapGroup: 'user-research',
    variants: ['USERTESTING *', 'UserTesting Inc'],
  },
  {
    id: 'maze', name: 'Maze', capability: 'design', pool: 'software', overlapGroup: 'user-research',
    variants: ['MAZE.CO', 'MAZE.CO *', 'MAZE.DESIGN'],
  },
  {
    id: 'dovetail', name: 'Dovetail', capability: 'design', pool: 'software', overlapGroup: 'user-research',
    variants: ['Dovetail Research', 'DOVETAIL RESEARCH *', 'DOVETAILAPP', 'DOVETAIL.COM'],
  },
  {
    id: 'user-interviews', name: 'User Interviews', capability: 'design', pool: 'software', overlapGroup: 'user-research',
    variants: ['USER INTERVIEWS *', 'USERINTERVIEWS'],
  },
  // ── Product APIs & communications ───────────────────────────────────────────────────────
  {
    id: 'twilio', name: 'Twilio', capability: 'product-apis', pool: 'cloud', overlapGroup: 'cpaas',
    variants: ['TWILIO *', 'Twilio Inc', 'TWILIO.COM'],
  },
  {
    id: 'vonage', name: 'Vonage', capability: 'product-apis', pool: 'cloud', overlapGroup: 'cpaas',
    variants: ['VONAGE *', 'Vonage Holdings', 'Nexmo', 'NEXMO *'],
  },
  {
    id: 'plivo', name: 'Plivo', capability: 'product-apis', pool: 'cloud', overlapGroup: 'cpaas',
    variants: ['PLIVO *', 'Plivo Inc'],
  },
  {
    id: 'sinch', name: 'Sinch', capability: 'product-apis', pool: 'cloud', overlapGroup: 'cpaas',
    variants: ['SINCH *', 'Sinch AB'],
  },
  {
    id: 'telnyx', name: 'Telnyx', capability: 'product-apis', pool: 'cloud', overlapGroup: 'cpaas',
    variants: ['TELNYX *', 'Telnyx LLC'],
  },
  {
    id: 'messagebird', name: 'MessageBird', capability: 'product-apis', pool: 'cloud', overlapGroup: 'cpaas',
    variants: ['MESSAGEBIRD *', 'MessageBird BV'],
  },
  {
    id: 'sendgrid', name: 'SendGrid', capability: 'product-apis', pool: 'cloud', overlapGroup: 'email-delivery',
    variants: ['SENDGRID *', 'Twilio SendGrid', 'TWILIO SENDGRID *', 'SendGrid Inc', 'TWILIO *SENDGRID'],
  },
  {
    id: 'mailgun', name: 'Mailgun', capability: 'product-apis', pool: 'cloud', overlapGroup: 'email-delivery',
    variants: ['MAILGUN *', 'Mailgun Technologies', 'Sinch Mailgun'],
  },
  {
    id: 'postmark', name: 'Postmark', capability: 'product-apis', pool: 'cloud', overlapGroup: 'email-delivery',
    variants: ['POSTMARKAPP', 'POSTMARKAPP.COM', 'Wildbit', 'ActiveCampaign Postmark'],
  },
  {
    id: 'mailjet', name: 'Mailjet', capability: 'product-apis', pool: 'cloud', overlapGroup: 'email-delivery',
    variants: ['MAILJET *', 'Mailjet SAS'],
  },
  {
    id: 'sparkpost', name: 'SparkPost', capability: 'product-apis', pool: 'cloud', overlapGroup: 'email-delivery',
    variants: ['SPARKPOST *', 'SparkPost LLC'],
  },
  {
    id: 'resend', name: 'Resend', capability: 'product-apis', pool: 'cloud', overlapGroup: 'email-delivery',
    variants: ['RESEND.COM', 'Resend Inc', 'RESEND INC *'],
  },
  {
    id: 'pusher', name: 'Pusher', capability: 'product-apis', pool: 'cloud', overlapGroup: 'realtime-messaging',
    variants: ['Pusher Ltd', 'PUSHER LTD *', 'PUSHER.COM'],
  },
  {
    id: 'ably', name: 'Ably', capability: 'product-apis', pool: 'cloud', overlapGroup: 'realtime-messaging',
    variants: ['ABLY.COM', 'ABLY.IO', 'Ably Realtime', 'ABLY REALTIME *'],
  },
  {
    id: 'pubnub', name: 'PubNub', capability: 'product-apis', pool: 'cloud', overlapGroup: 'realtime-messaging',
    variants: ['PUBNUB *', 'PubNub Inc'],
  },
  {
    id: 'stream', name: 'GetStream', capability: 'product-apis', pool: 'cloud', overlapGroup: 'realtime-messaging',
    variants: ['GETSTREAM.IO', 'Stream.io', 'STREAM.IO', 'Stream.io Inc'],
  },
  {
    id: 'algolia', name: 'Algolia', capability: 'product-apis', pool: 'cloud', overlapGroup: 'site-search',
    variants: ['ALGOLIA *', 'Algolia Inc', 'Algolia SAS'],
  },
  {
    id: 'coveo', name: 'Coveo', capability: 'product-apis', pool: 'cloud', overlapGroup: 'site-search',
    variants: ['COVEO *', 'Coveo Solutions'],
  },
  {
    id: 'meilisearch', name: 'Meilisearch', capability: 'product-apis', pool: 'cloud', overlapGroup: 'site-search',
    variants: ['MEILISEARCH *', 'Meili SAS'],
  },
  {
    id: 'mapbox', name: 'Mapbox', capability: 'product-apis', pool: 'cloud', overlapGroup: 'maps-api',
    variants: ['MAPBOX *', 'Mapbox Inc'],
  },
  {
    id: 'google-maps-platform', name: 'Google Maps Platform', capability: 'product-apis', pool: 'cloud', overlapGroup: 'maps-api',
    variants: ['Google Maps API', 'GOOGLE *MAPS *'],
  },
  {
    id: 'here-technologies', name: 'HERE Technologies', capability: 'product-apis', pool: 'cloud', overlapGroup: 'maps-api',
    variants: ['HERE TECHNOLOGIES *', 'HERE Global B.V.'],
  },
  {
    id: 'cloudinary', name: 'Cloudinary', capability: 'product-apis', pool: 'cloud', overlapGroup: 'media-infrastructure',
    variants: ['CLOUDINARY *', 'Cloudinary Ltd'],
  },
  {
    id: 'mux', name: 'Mux', capability: 'product-apis', pool: 'cloud', overlapGroup: 'media-infrastructure',
    variants: ['MUX.COM', 'Mux Inc', 'MUX INC *'],
  },
  {
    id: 'imgix', name: 'imgix', capability: 'product-apis', pool: 'cloud', overlapGroup: 'media-infrastructure',
    variants: ['IMGIX *', 'Zebrafish Labs'],
  },
  {
    id: 'onesignal', name: 'OneSignal', capability: 'product-apis', pool: 'cloud', overlapGroup: 'push-notifications',
    variants: ['ONESIGNAL *', 'OneSignal Inc'],
  },
  {
    id: 'airship', name: 'Airship', capability: 'product-apis', pool: 'cloud', overlapGroup: 'push-notifications',
    variants: ['Urban Airship', 'URBAN AIRSHIP *', 'AIRSHIP.COM'],
  },
  // ── Sales & CRM ─────────────────────────────────────────────────────────────────────────
  {
    id: 'salesforce', name: 'Salesforce', capability: 'sales', pool: 'software', overlapGroup: 'crm',
    variants: ['SALESFORCE *', 'Salesforce.com', 'Salesforce.com, Inc.', 'Salesforce Inc', 'SALESFORCE.COM *', 'SFDC', 'Salesforce.com Canada Corporation', 'Salesforce UK Ltd', 'Sales Cloud'],
  },
  {
    id: 'hubspot', name: 'HubSpot', capability: 'sales', pool: 'software', overlapGroup: 'crm',
    variants: ['HUBSPOT *', 'HubSpot Inc', 'HubSpot, Inc.', 'HubSpot Ireland Limited', 'HUBSPOT.COM'],
  },
  {
    id: 'pipedrive', name: 'Pipedrive', capability: 'sales', pool: 'software', overlapGroup: 'crm',
    variants: ['PIPEDRIVE *', 'Pipedrive OÜ', 'Pipedrive Inc'],
  },
  {
    id: 'copper', name: 'Copper CRM', capability: 'sales', pool: 'software', overlapGroup: 'crm',
    variants: ['COPPER CRM *', 'COPPER.COM', 'ProsperWorks'],
  },
  {
    id: 'attio', name: 'Attio', capability: 'sales', pool: 'software', overlapGroup: 'crm',
    variants: ['ATTIO *', 'Attio Ltd'],
  },
  {
    id: 'outreach', name: 'Outreach', capability: 'sales', pool: 'software', overlapGroup: 'sales-engagement',
    variants: ['OUTREACH.IO', 'OUTREACH.IO *', 'Outreach Corporation'],
  },
  {
    id: 'salesloft', name: 'Salesloft', capability: 'sales', pool: 'software', overlapGroup: 'sales-engagement',
    variants: ['SALESLOFT *', 'SalesLoft Inc'],
  },
  {
    id: 'mixmax', name: 'Mixmax', capability: 'sales', pool: 'software', overlapGroup: 'sales-engagement',
    variants: ['MIXMAX *', 'Mixmax Inc'],
  },
  {
    id: 'lemlist', name: 'lemlist', capability: 'sales', pool: 'software', overlapGroup: 'sales-engagement',
    variants: ['LEMLIST *', 'lemlist SAS'],
  },
  {
    id: 'zoominfo', name: 'ZoomInfo', capability: 'sales', pool: 'software', overlapGroup: 'sales-intelligence',
    variants: ['ZOOMINFO *', 'ZoomInfo Technologies', 'Zoom Information', 'ZOOM INFORMATION *', 'DiscoverOrg'],
  },
  {
    id: 'apollo-io', name: 'Apollo.io', capability: 'sales', pool: 'software', overlapGroup: 'sales-intelligence',
    variants: ['APOLLO.IO *', 'APOLLOIO', 'Apollo.io Inc', 'ZenLeads'],
  },
  {
    id: 'linkedin-sales-navigator', name: 'LinkedIn Sales Navigator', capability: 'sales', pool: 'software', overlapGroup: 'sales-intelligence',
    variants: ['LINKEDIN SALES NAV*', 'LINKEDIN *SALES NAV*', 'LNKD*SALES NAV*', 'Sales Navigator'],
  },
  {
    id: 'lusha', name: 'Lusha', capability: 'sales', pool: 'software', overlapGroup: 'sales-intelligence',
    variants: ['LUSHA *', 'Lusha Systems'],
  },
  {
    id: 'cognism', name: 'Cognism', capability: 'sales', pool: 'software', overlapGroup: 'sales-intelligence',
    variants: ['COGNISM *', 'Cognism Ltd'],
  },
  {
    id: 'seamless-ai', name: 'Seamless.AI', capability: 'sales', pool: 'software', overlapGroup: 'sales-intelligence',
    variants: ['SEAMLESS.AI *', 'SEAMLESSAI'],
  },
  {
    id: 'gong', name: 'Gong', capability: 'sales', pool: 'software', overlapGroup: 'conversation-intelligence',
    variants: ['GONG.IO', 'GONG.IO *', 'Gong.io Inc', 'Gong.io Ltd'],
  },
  {
    id: 'clari', name: 'Clari', capability: 'sales', pool: 'software', overlapGroup: 'conversation-intelligence',
    variants: ['CLARI *', 'Clari Inc'],
  },
  {
    id: 'avoma', name: 'Avoma', capability: 'sales', pool: 'software', overlapGroup: 'conversation-intelligence',
    variants: ['AVOMA *', 'Avoma Inc'],
  },
  // ── Contracts & e-signature ─────────────────────────────────────────────────────────────
  {
    id: 'docusign', name: 'DocuSign', capability: 'legal-contracts', pool: 'software', overlapGroup: 'e-signature',
    variants: ['DOCUSIGN *', 'DocuSign Inc', 'DocuSign, Inc.', 'DocuSign CLM', 'DOCUSIGN.COM'],
  },
  {
    id: 'pandadoc', name: 'PandaDoc', capability: 'legal-contracts', pool: 'software', overlapGroup: 'e-signature',
    variants: ['PANDADOC *', 'PandaDoc Inc'],
  },
  {
    id: 'dropbox-sign', name: 'Dropbox Sign', capability: 'legal-contracts', pool: 'software', overlapGroup: 'e-signature',
    variants: ['DROPBOX SIGN *', 'HelloSign', 'HELLOSIGN *', 'DROPBOX *HELLOSIGN*'],
  },
  {
    id: 'signnow', name: 'signNow', capability: 'legal-contracts', pool: 'software', overlapGroup: 'e-signature',
    variants: ['SIGNNOW *', 'airSlate', 'AIRSLATE *'],
  },
  {
    id: 'ironclad', name: 'Ironclad', capability: 'legal-contracts', pool: 'software', overlapGroup: 'contract-management',
    variants: ['Ironclad Inc', 'IRONCLAD INC *', 'IRONCLADAPP'],
  },
  {
    id: 'juro', name: 'Juro', capability: 'legal-contracts', pool: 'software', overlapGroup: 'contract-management',
    variants: ['JURO *', 'Juro Online'],
  },
  {
    id: 'linksquares', name: 'LinkSquares', capability: 'legal-contracts', pool: 'software', overlapGroup: 'contract-management',
    variants: ['LINKSQUARES *', 'LinkSquares Inc'],
  },
  {
    id: 'spotdraft', name: 'SpotDraft', capability: 'legal-contracts', pool: 'software', overlapGroup: 'contract-management',
    variants: ['SPOTDRAFT *', 'SpotDraft Inc'],
  },
  // ── Marketing technology ────────────────────────────────────────────────────────────────
  {
    id: 'mailchimp', name: 'Mailchimp', capability: 'marketing', pool: 'software', overlapGroup: 'email-marketing',
    variants: ['MAILCHIMP *', 'Intuit Mailchimp', 'INTUIT *MAILCHIMP*', 'The Rocket Science Group', 'MAILCHIMP.COM', 'Mandrill'],
  },
  {
    id: 'klaviyo', name: 'Klaviyo', capability: 'marketing', pool: 'software', overlapGroup: 'email-marketing',
    variants: ['KLAVIYO *', 'Klaviyo Inc'],
  },
  {
    id: 'constant-contact', name: 'Constant Contact', capability: 'marketing', pool: 'software', overlapGroup: 'email-marketing',
    variants: ['CONSTANT CONTACT *', 'CONSTANTCONTACT'],
  },
  {
    id: 'campaign-monitor', name: 'Campaign Monitor', capability: 'marketing', pool: 'software', overlapGroup: 'email-marketing',
    variants: ['CAMPAIGN MONITOR *', 'CAMPAIGNMONITOR'],
  },
  {
    id: 'brevo', name: 'Brevo', capability: 'marketing', pool: 'software', overlapGroup: 'email-marketing',
    variants: ['BREVO *', 'Sendinblue', 'SENDINBLUE *'],
  },
  {
    id: 'marketo', name: 'Marketo', capability: 'marketing', pool: 'software', overlapGroup: 'marketing-automation',
    variants: ['MARKETO *', 'Marketo Inc', 'Adobe Marketo', 'Marketo Engage'],
  },
  {
    id: 'activecampaign', name: 'ActiveCampaign', capability: 'marketing', pool: 'software', overlapGroup: 'marketing-automation',
    variants: ['ACTIVECAMPAIGN *', 'ActiveCampaign LLC'],
  },
  {
    id: 'pardot', name: 'Pardot', capability: 'marketing', pool: 'software', overlapGroup: 'marketing-automation',
    variants: ['Salesforce Pardot', 'Marketing Cloud Account Engagement'],
  },
  {
    id: 'braze', name: 'Braze', capability: 'marketing', pool: 'software', overlapGroup: 'customer-engagement',
    variants: ['BRAZE *', 'Braze Inc', 'Appboy'],
  },
  {
    id: 'iterable', name: 'Iterable', capability: 'marketing', pool: 'software', overlapGroup: 'customer-engagement',
    variants: ['ITERABLE *', 'Iterable Inc'],
  },
  {
    id: 'customer-io', name: 'Customer.io', capability: 'marketing', pool: 'software', overlapGroup: 'customer-engagement',
    variants: ['CUSTOMER.IO *', 'CUSTOMERIO', 'Peaberry Software'],
  },
  {
    id: 'hootsuite', name: 'Hootsuite', capability: 'marketing', pool: 'software', overlapGroup: 'social-media-management',
    variants: ['HOOTSUITE *', 'Hootsuite Inc', 'Hootsuite Media'],
  },
  {
    id: 'sprout-social', name: 'Sprout Social', capability: 'marketing', pool: 'software', overlapGroup: 'social-media-management',
    variants: ['SPROUT SOCIAL *', 'SPROUTSOCIAL'],
  },
  {
    id: 'buffer', name: 'Buffer', capability: 'marketing', pool: 'software', overlapGroup: 'social-media-management',
    variants: ['BUFFER.COM', 'BUFFER.COM *', 'BUFFERAPP'],
  },
  {
    id: 'semrush', name: 'Semrush', capability: 'marketing', pool: 'software', overlapGroup: 'seo',
    variants: ['SEMRUSH *', 'Semrush Inc', 'SEMRUSH.COM'],
  },
  {
    id: 'ahrefs', name: 'Ahrefs', capability: 'marketing', pool: 'software', overlapGroup: 'seo',
    variants: ['AHREFS *', 'Ahrefs Pte. Ltd.', 'AHREFS.COM'],
  },
  {
    id: 'moz', name: 'Moz', capability: 'marketing', pool: 'software', overlapGroup: 'seo',
    variants: ['MOZ.COM', 'Moz Inc', 'MOZ PRO', 'SEOmoz'],
  },
  {
    id: 'screaming-frog', name: 'Screaming Frog', capability: 'marketing', pool: 'software', overlapGroup: 'seo',
    variants: ['SCREAMING FROG *', 'Screaming Frog Ltd'],
  },
  {
    id: 'webflow', name: 'Webflow', capability: 'marketing', pool: 'software', overlapGroup: 'website-builder',
    variants: ['WEBFLOW *', 'Webflow Inc', 'WEBFLOW.COM'],
  },
  {
    id: 'squarespace', name: 'Squarespace', capability: 'marketing', pool: 'software', overlapGroup: 'website-builder',
    variants: ['SQUARESPACE *', 'SQSP *', 'SQSP*', 'Squarespace Inc'],
  },
  {
    id: 'wix', name: 'Wix', capability: 'marketing', pool: 'software', overlapGroup: 'website-builder',
    variants: ['WIX.COM', 'WIX.COM *', 'Wix.com Ltd.'],
  },
  {
    id: 'framer', name: 'Framer', capability: 'marketing', pool: 'software', overlapGroup: 'website-builder',
    variants: ['Framer B.V.', 'FRAMER.COM', 'FRAMER B V *'],
  },
  {
    id: 'unbounce', name: 'Unbounce', capability: 'marketing', pool: 'software', overlapGroup: 'website-builder',
    variants: ['UNBOUNCE *', 'Unbounce Marketing Solutions'],
  },
  {
    id: 'instapage', name: 'Instapage', capability: 'marketing', pool: 'software', overlapGroup: 'website-builder',
    variants: ['INSTAPAGE *', 'Instapage Inc'],
  },
  {
    id: 'contentful', name: 'Contentful', capability: 'marketing', pool: 'software', overlapGroup: 'headless-cms',
    variants: ['CONTENTFUL *', 'Contentful GmbH', 'Contentful Inc'],
  },
  {
    id: 'sanity', name: 'Sanity', capability: 'marketing', pool: 'software', overlapGroup: 'headless-cms',
    variants: ['SANITY.IO', 'SANITY.IO *', 'Sanity Inc'],
  },
  {
    id: 'storyblok', name: 'Storyblok', capability: 'marketing', pool: 'software', overlapGroup: 'headless-cms',
    variants: ['STORYBLOK *', 'Storyblok GmbH'],
  },
  {
    id: 'prismic', name: 'Prismic', capability: 'marketing', pool: 'software', overlapGroup: 'headless-cms',
    variants: ['PRISMIC *', 'PRISMIC.IO'],
  },
  {
    id: 'wordpress-vip', name: 'WordPress VIP', capability: 'marketing', pool: 'software', overlapGroup: 'wordpress-hosting',
    variants: ['WPVIP', 'WPVIP.COM', 'WordPress.com VIP', 'Automattic VIP', 'WORDPRESS VIP *'],
  },
  {
    id: 'wordpress-com', name: 'WordPress.com', capability: 'marketing', pool: 'software', overlapGroup: 'wordpress-hosting',
    variants: ['WORDPRESS.COM *', 'Automattic', 'Automattic Inc'],
  },
  {
    id: 'wp-engine', name: 'WP Engine', capability: 'marketing', pool: 'software', overlapGroup: 'wordpress-hosting',
    variants: ['WPENGINE', 'WPENGINE *', 'WP ENGINE *', 'WPEngine Inc'],
  },
  {
    id: 'kinsta', name: 'Kinsta', capability: 'marketing', pool: 'software', overlapGroup: 'wordpress-hosting',
    variants: ['KINSTA *', 'Kinsta Inc'],
  },
  {
    id: 'pantheon', name: 'Pantheon Systems', capability: 'marketing', pool: 'software', overlapGroup: 'wordpress-hosting',
    variants: ['PANTHEON SYSTEMS *', 'PANTHEON.IO', 'PANTHEONIO'],
  },
  {
    id: 'typeform', name: 'Typeform', capability: 'marketing', pool: 'software', overlapGroup: 'survey',
    variants: ['TYPEFORM *', 'Typeform SL', 'TYPEFORM.COM'],
  },
  {
    id: 'surveymonkey', name: 'SurveyMonkey', capability: 'marketing', pool: 'software', overlapGroup: 'survey',
    variants: ['SURVEYMONKEY *', 'Momentive', 'MOMENTIVE *', 'SVM*SURVEYMONKEY*'],
  },
  {
    id: 'jotform', name: 'Jotform', capability: 'marketing', pool: 'software', overlapGroup: 'survey',
    variants: ['JOTFORM *', 'Jotform Inc'],
  },
  {
    id: 'qualtrics', name: 'Qualtrics', capability: 'marketing', pool: 'software', overlapGroup: 'survey',
    variants: ['QUALTRICS *', 'Qualtrics LLC'],
  },
  {
    id: 'shutterstock', name: 'Shutterstock', capability: 'marketing', pool: 'software', overlapGroup: 'stock-media',
    variants: ['SHUTTERSTOCK *', 'Shutterstock Inc'],
  },
  {
    id: 'getty-images', name: 'Getty Images', capability: 'marketing', pool: 'software', overlapGroup: 'stock-media',
    variants: ['GETTY IMAGES *', 'GETTYIMAGES', 'iStock', 'ISTOCKPHOTO', 'ISTOCK *'],
  },
  {
    id: 'envato', name: 'Envato', capability: 'marketing', pool: 'software', overlapGroup: 'stock-media',
    variants: ['ENVATO *', 'Envato Pty Ltd', 'Envato Elements'],
  },
  {
    id: 'g2', name: 'G2', capability: 'marketing', pool: 'software', overlapGroup: 'review-sites',
    variants: ['G2.COM', 'G2 Crowd', 'G2.COM *', 'G2 CROWD *'],
  },
  {
    id: 'capterra', name: 'Capterra', capability: 'marketing', pool: 'software', overlapGroup: 'review-sites',
    variants: ['CAPTERRA *', 'Gartner Digital Markets', 'GARTNER DIGITAL MARKETS *'],
  },
  {
    id: 'trustradius', name: 'TrustRadius', capability: 'marketing', pool: 'software', overlapGroup: 'review-sites',
    variants: ['TRUSTRADIUS *'],
  },
  // ── Customer support & success ──────────────────────────────────────────────────────────
  {
    id: 'zendesk', name: 'Zendesk', capability: 'customer-support', pool: 'software', overlapGroup: 'helpdesk',
    variants: ['ZENDESK *', 'Zendesk Inc', 'Zendesk, Inc.', 'ZENDESK.COM'],
  },
  {
    id: 'freshdesk', name: 'Freshdesk', capability: 'customer-support', pool: 'software', overlapGroup: 'helpdesk',
    variants: ['FRESHDESK *', 'Freshworks', 'Freshworks Inc', 'FRESHWORKS *'],
  },
  {
    id: 'front', name: 'Front', capability: 'customer-support', pool: 'software', overlapGroup: 'helpdesk',
    variants: ['FRONTAPP', 'FRONTAPP *', 'Front App', 'FRONTAPP.COM'],
  },
  {
    id: 'help-scout', name: 'Help Scout', capability: 'customer-support', pool: 'software', overlapGroup: 'helpdesk',
    variants: ['HELP SCOUT *', 'HELPSCOUT', 'HELPSCOUT.NET', 'HELPSCOUT *'],
  },
  {
    id: 'kustomer', name: 'Kustomer', capability: 'customer-support', pool: 'software', overlapGroup: 'helpdesk',
    variants: ['KUSTOMER *', 'Kustomer Inc'],
  },
  {
    id: 'gorgias', name: 'Gorgias', capability: 'customer-support', pool: 'software', overlapGroup: 'helpdesk',
    variants: ['GORGIAS *', 'Gorgias Inc'],
  },
  {
    id: 'intercom', name: 'Intercom', capability: 'customer-support', pool: 'software', overlapGroup: 'live-chat',
    variants: ['Intercom Inc', 'INTERCOM INC *', 'Intercom R&D Unlimited Company', 'INTERCOM R&D *', 'INTERCOM.IO', 'INTERCOM.IO *', 'INTERCOM.COM'],
  },
  {
    id: 'drift', name: 'Drift', capability: 'customer-support', pool: 'software', overlapGroup: 'live-chat',
    variants: ['DRIFT.COM', 'DRIFT.COM *', 'Salesloft Drift'],
  },
  {
    id: 'livechat', name: 'LiveChat', capability: 'customer-support', pool: 'software', overlapGroup: 'live-chat',
    variants: ['LIVECHAT *', 'LiveChat Software', 'LIVECHATINC'],
  },
  {
    id: 'tidio', name: 'Tidio', capability: 'customer-support', pool: 'software', overlapGroup: 'live-chat',
    variants: ['TIDIO *', 'Tidio LLC'],
  },
  {
    id: 'gainsight', name: 'Gainsight', capability: 'customer-support', pool: 'software', overlapGroup: 'customer-success',
    variants: ['GAINSIGHT *', 'Gainsight Inc'],
  },
  {
    id: 'churnzero', name: 'ChurnZero', capability: 'customer-support', pool: 'software', overlapGroup: 'customer-success',
    variants: ['CHURNZERO *', 'ChurnZero Inc'],
  },
  {
    id: 'vitally', name: 'Vitally', capability: 'customer-support', pool: 'software', overlapGroup: 'customer-success',
    variants: ['VITALLY.IO', 'VITALLY.IO *', 'Vitally Inc'],
  },
  {
    id: 'totango', name: 'Totango', capability: 'customer-support', pool: 'software', overlapGroup: 'customer-success',
    variants: ['TOTANGO *', 'Totango Inc', 'Catalyst Totango'],
  },
  {
    id: 'planhat', name: 'Planhat', capability: 'customer-support', pool: 'software', overlapGroup: 'customer-success',
    variants: ['PLANHAT *', 'Planhat AB'],
  },
  // ── Finance systems ─────────────────────────────────────────────────────────────────────
  {
    id: 'netsuite', name: 'NetSuite', capability: 'finance-systems', pool: 'software', overlapGroup: 'accounting-erp',
    variants: ['NETSUITE *', 'NetSuite Inc', 'Oracle NetSuite', 'ORACLE *NETSUITE*', 'ORACLE NETSUITE *'],
  },
  {
    id: 'quickbooks', name: 'QuickBooks', capability: 'finance-systems', pool: 'software', overlapGroup: 'accounting-erp',
    variants: ['QuickBooks Online', 'Intuit QuickBooks', 'INTUIT *QBOOKS*', 'INTUIT *QUICKBOOKS*', 'INTUIT *QBO*', 'Intuit', 'Intuit Inc', 'QBOOKS ONLINE', 'QUICKBOOKS *'],
  },
  {
    id: 'xero', name: 'Xero', capability: 'finance-systems', pool: 'software', overlapGroup: 'accounting-erp',
    variants: ['XERO *', 'Xero Inc', 'Xero Limited', 'XERO.COM'],
  },
  {
    id: 'sage-intacct', name: 'Sage Intacct', capability: 'finance-systems', pool: 'software', overlapGroup: 'accounting-erp',
    variants: ['SAGE INTACCT *', 'Intacct', 'Intacct Corporation'],
  },
  {
    id: 'freshbooks', name: 'FreshBooks', capability: 'finance-systems', pool: 'software', overlapGroup: 'accounting-erp',
    variants: ['FRESHBOOKS *', '2ndSite Inc'],
  },
  {
    id: 'odoo', name: 'Odoo', capability: 'finance-systems', pool: 'software', overlapGroup: 'accounting-erp',
    variants: ['ODOO *', 'Odoo SA', 'Odoo Inc'],
  },
  // ── Business applications: ERP and public-sector line-of-business software ─────────────
  {
    // "SAP" as a whole name or SAP's own companies; SAP Concur and others have their own entries
    id: 'sap', name: 'SAP', capability: 'business-applications', pool: 'software',
    variants: ['SAP SE', 'SAP AG', 'SAP America', 'SAP AMERICA *', 'SAP UK *', 'SAP ČR *', 'SAP CR *', 'SAP DEUTSCHLAND *', 'SAP Ireland', 'SAP Public Services', 'SAP National Security Services'],
  },
  {
    // Oracle licences and support (database, E-Business Suite); Oracle's cloud bills as "Oracle Cloud"
    // (oracle-cloud), and a cloud billing export's bare "Oracle" is read as its cloud (cloud-vendor.ts)
    id: 'oracle', name: 'Oracle', capability: 'business-applications', pool: 'software',
    variants: ['Oracle Corporation', 'Oracle America, Inc.', 'ORACLE AMERICA *', 'ORACLE CORPORATION *', 'ORACLE CZECH *', 'Oracle Financial Services Software', 'ORACLE *'],
  },
  {
    id: 'tyler-technologies', name: 'Tyler Technologies', capability: 'business-applications', pool: 'software',
    variants: ['TYLER TECHNOLOGIES *', 'TYLER TECH *', 'Tyler Tech'],
  },
  {
    // "Infor" as a whole name only: "Information ..." is not Infor
    id: 'infor', name: 'Infor', capability: 'business-applications', pool: 'software',
    variants: ['Infor (US)', 'INFOR US *', 'Infor Global Solutions', 'INFOR GLOBAL *', 'Infor UK'],
  },
  {
    // never "Northgate" alone: Northgate Vehicle Hire is a van hire company
    id: 'northgate', name: 'Northgate Public Services', capability: 'business-applications', pool: 'software',
    variants: ['Northgate Information Solutions', 'NORTHGATE INFORMATION *', 'NORTHGATE PUBLIC *', 'NEC Software Solutions', 'NEC SOFTWARE SOLUTIONS *'],
  },
  {
    id: 'idox', name: 'Idox', capability: 'business-applications', pool: 'software',
    variants: ['IDOX SOFTWARE *', 'Idox Software', 'IDOX PLC *'],
  },
  {
    // Capita's software and IT services; Capita Resourcing, Health, Property are not technology
    id: 'capita', name: 'Capita Business Services', capability: 'business-applications', pool: 'software',
    variants: ['Capita IT Services', 'CAPITA IT SERVICES *', 'Capita Software', 'CAPITA SOFTWARE *', 'CAPITA BUSINESS SER*', 'CAPITA BUS SVS*', 'Capita One'],
  },
  {
    id: 'civica', name: 'Civica', capability: 'business-applications', pool: 'software',
    variants: ['CIVICA UK *', 'Civica Group', 'CIVICA SERVICES *'],
  },
  {
    id: 'bill-com', name: 'Bill.com', capability: 'finance-systems', pool: 'software', overlapGroup: 'accounts-payable',
    variants: ['Bill.com, LLC', 'BILL.COM SUBSCRIPTION', 'Bill Holdings', 'BILL.COM SUBSCRIPTION *'],
  },
  {
    id: 'tipalti', name: 'Tipalti', capability: 'finance-systems', pool: 'software', overlapGroup: 'accounts-payable',
    variants: ['TIPALTI *', 'Tipalti Inc'],
  },
  {
    id: 'avidxchange', name: 'AvidXchange', capability: 'finance-systems', pool: 'software', overlapGroup: 'accounts-payable',
    variants: ['AVIDXCHANGE *', 'AvidXchange Inc'],
  },
  {
    id: 'expensify', name: 'Expensify', capability: 'finance-systems', pool: 'software', overlapGroup: 'expense-management',
    variants: ['EXPENSIFY *', 'Expensify Inc', 'EXPENSIFY.COM'],
  },
  {
    id: 'brex', name: 'Brex', capability: 'finance-systems', pool: 'software', overlapGroup: 'expense-management',
    variants: ['Brex Inc', 'BREX INC *', 'Brex Premium', 'BREX.COM'],
  },
  {
    id: 'ramp', name: 'Ramp', capability: 'finance-systems', pool: 'software', overlapGroup: 'expense-management',
    variants: ['Ramp Business Corporation', 'RAMP BUSINESS *', 'Ramp Plus', 'RAMP.COM *'],
  },
  {
    id: 'sap-concur', name: 'SAP Concur', capability: 'finance-systems', pool: 'software', overlapGroup: 'expense-management',
    variants: ['Concur', 'CONCUR *', 'Concur Technologies', 'Concur Technologies, Inc.', 'SAP CONCUR *'],
  },
  {
    id: 'pleo', name: 'Pleo', capability: 'finance-systems', pool: 'software', overlapGroup: 'expense-management',
    variants: ['PLEO *', 'Pleo Technologies', 'Pleo Financial Services'],
  },
  {
    id: 'spendesk', name: 'Spendesk', capability: 'finance-systems', pool: 'software', overlapGroup: 'expense-management',
    variants: ['SPENDESK *', 'Spendesk SAS'],
  },
  {
    id: 'stripe', name: 'Stripe', capability: 'finance-systems', pool: 'software', overlapGroup: 'subscription-billing',
    variants: ['Stripe, Inc.', 'Stripe Payments Europe', 'Stripe Payments Canada', 'Stripe Payments UK', 'Stripe Billing', 'STRIPE FEES', 'Stripe Technology Europe'],
  },
  {
    id: 'chargebee', name: 'Chargebee', capability: 'finance-systems', pool: 'software', overlapGroup: 'subscription-billing',
    variants: ['CHARGEBEE *', 'Chargebee Inc'],
  },
  {
    id: 'recurly', name: 'Recurly', capability: 'finance-systems', pool: 'software', overlapGroup: 'subscription-billing',
    variants: ['RECURLY *', 'Recurly Inc'],
  },
  {
    id: 'maxio', name: 'Maxio', capability: 'finance-systems', pool: 'software', overlapGroup: 'subscription-billing',
    variants: ['MAXIO *', 'Chargify', 'CHARGIFY *', 'SaaSOptics'],
  },
  {
    id: 'zuora', name: 'Zuora', capability: 'finance-systems', pool: 'software', overlapGroup: 'subscription-billing',
    variants: ['ZUORA *', 'Zuora Inc'],
  },
  {
    id: 'avalara', name: 'Avalara', capability: 'finance-systems', pool: 'software', overlapGroup: 'tax-compliance',
    variants: ['AVALARA *', 'Avalara Inc'],
  },
  {
    id: 'taxjar', name: 'TaxJar', capability: 'finance-systems', pool: 'software', overlapGroup: 'tax-compliance',
    variants: ['TAXJAR *', 'TaxJar Inc'],
  },
  {
    id: 'anrok', name: 'Anrok', capability: 'finance-systems', pool: 'software', overlapGroup: 'tax-compliance',
    variants: ['ANROK *', 'Anrok Inc'],
  },
  {
    id: 'vertex', name: 'Vertex', capability: 'finance-systems', pool: 'software', overlapGroup: 'tax-compliance',
    variants: ['Vertex Tax', 'VERTEXINC', 'VERTEXINC.COM'],
  },
  {
    id: 'carta', name: 'Carta', capability: 'finance-systems', pool: 'software', overlapGroup: 'equity-management',
    variants: ['CARTA INC *', 'Carta Inc', 'eShares', 'ESHARES *', 'CARTA.COM'],
  },
  {
    id: 'pulley', name: 'Pulley', capability: 'finance-systems', pool: 'software', overlapGroup: 'equity-management',
    variants: ['PULLEY.COM', 'Pulley Inc'],
  },
  {
    id: 'ledgy', name: 'Ledgy', capability: 'finance-systems', pool: 'software', overlapGroup: 'equity-management',
    variants: ['LEDGY *', 'Ledgy AG'],
  },
  {
    id: 'coupa', name: 'Coupa', capability: 'finance-systems', pool: 'software', overlapGroup: 'procurement',
    variants: ['COUPA *', 'Coupa Software'],
  },
  {
    id: 'procurify', name: 'Procurify', capability: 'finance-systems', pool: 'software', overlapGroup: 'procurement',
    variants: ['PROCURIFY *', 'Procurify Technologies'],
  },
  {
    id: 'vendr', name: 'Vendr', capability: 'finance-systems', pool: 'software', overlapGroup: 'procurement',
    variants: ['VENDR *', 'Vendr Inc', 'VENDR.COM'],
  },
  {
    id: 'anaplan', name: 'Anaplan', capability: 'finance-systems', pool: 'software', overlapGroup: 'fp-and-a',
    variants: ['ANAPLAN *', 'Anaplan Inc'],
  },
  {
    id: 'pigment', name: 'Pigment', capability: 'finance-systems', pool: 'software', overlapGroup: 'fp-and-a',
    variants: ['Pigment SAS', 'GOPIGMENT', 'PIGMENT SAS *'],
  },
  {
    id: 'planful', name: 'Planful', capability: 'finance-systems', pool: 'software', overlapGroup: 'fp-and-a',
    variants: ['PLANFUL *', 'Host Analytics'],
  },
  {
    id: 'workday-adaptive-planning', name: 'Workday Adaptive Planning', capability: 'finance-systems', pool: 'software', overlapGroup: 'fp-and-a',
    variants: ['WORKDAY ADAPTIVE *', 'Adaptive Insights', 'ADAPTIVE INSIGHTS *'],
  },
  // ── People systems ──────────────────────────────────────────────────────────────────────
  {
    id: 'workday', name: 'Workday', capability: 'people-systems', pool: 'software', overlapGroup: 'hris',
    variants: ['WORKDAY *', 'Workday Inc', 'Workday, Inc.', 'Workday Limited'],
  },
  {
    id: 'bamboohr', name: 'BambooHR', capability: 'people-systems', pool: 'software', overlapGroup: 'hris',
    variants: ['BAMBOOHR *', 'Bamboo HR', 'BambooHR LLC', 'BAMBOO HR *'],
  },
  {
    id: 'rippling', name: 'Rippling', capability: 'people-systems', pool: 'software', overlapGroup: 'hris',
    variants: ['RIPPLING *', 'People Center', 'People Center Inc'],
  },
  {
    id: 'personio', name: 'Personio', capability: 'people-systems', pool: 'software', overlapGroup: 'hris',
    variants: ['PERSONIO *', 'Personio GmbH', 'Personio SE & Co. KG'],
  },
  {
    id: 'hibob', name: 'HiBob', capability: 'people-systems', pool: 'software', overlapGroup: 'hris',
    variants: ['HIBOB *', 'Hi Bob', 'HiBob Inc', 'HI BOB *'],
  },
  {
    id: 'namely', name: 'Namely', capability: 'people-systems', pool: 'software', overlapGroup: 'hris',
    variants: ['Namely Inc', 'NAMELY INC *', 'NAMELY.COM'],
  },
  {
    id: 'factorial', name: 'Factorial HR', capability: 'people-systems', pool: 'software', overlapGroup: 'hris',
    variants: ['FACTORIAL HR *', 'FACTORIALHR', 'FACTORIALHR.COM'],
  },
  {
    id: 'gusto', name: 'Gusto', capability: 'people-systems', pool: 'software', overlapGroup: 'payroll',
    variants: ['Gusto Inc', 'GUSTO.COM', 'ZenPayroll', 'ZENPAYROLL *', 'GUSTO SUBSCRIPTION'],
  },
  {
    id: 'adp', name: 'ADP', capability: 'people-systems', pool: 'software', overlapGroup: 'payroll',
    variants: ['ADP, Inc.', 'ADP Workforce Now', 'ADP PAYROLL FEES', 'Automatic Data Processing', 'ADP RUN'],
  },
  {
    id: 'paychex', name: 'Paychex', capability: 'people-systems', pool: 'software', overlapGroup: 'payroll',
    variants: ['PAYCHEX *', 'Paychex Inc'],
  },
  {
    id: 'paylocity', name: 'Paylocity', capability: 'people-systems', pool: 'software', overlapGroup: 'payroll',
    variants: ['PAYLOCITY *', 'Paylocity Corporation'],
  },
  {
    id: 'justworks', name: 'Justworks', capability: 'people-systems', pool: 'labor', overlapGroup: 'peo',
    variants: ['JUSTWORKS *', 'Justworks Inc'],
  },
  {
    id: 'trinet', name: 'TriNet', capability: 'people-systems', pool: 'labor', overlapGroup: 'peo',
    variants: ['TRINET *', 'TriNet Group', 'TriNet HR'],
  },
  {
    id: 'insperity', name: 'Insperity', capability: 'people-systems', pool: 'labor', overlapGroup: 'peo',
    variants: ['INSPERITY *', 'Insperity PEO Services'],
  },
  {
    id: 'deel', name: 'Deel', capability: 'people-systems', pool: 'labor', overlapGroup: 'employer-of-record',
    variants: ['DEEL *', 'Deel Inc', 'DEEL.COM'],
  },
  {
    id: 'remote', name: 'Remote', capability: 'people-systems', pool: 'labor', overlapGroup: 'employer-of-record',
    variants: ['REMOTE.COM', 'Remote Technology', 'REMOTE TECHNOLOGY *', 'Remote Europe Holding'],
  },
  {
    id: 'oyster-hr', name: 'Oyster HR', capability: 'people-systems', pool: 'labor', overlapGroup: 'employer-of-record',
    variants: ['OYSTER HR *', 'OYSTERHR'],
  },
  {
    id: 'papaya-global', name: 'Papaya Global', capability: 'people-systems', pool: 'labor', overlapGroup: 'employer-of-record',
    variants: ['PAPAYA GLOBAL *', 'PAPAYAGLOBAL'],
  },
  {
    id: 'velocity-global', name: 'Velocity Global', capability: 'people-systems', pool: 'labor', overlapGroup: 'employer-of-record',
    variants: ['VELOCITY GLOBAL *', 'VELOCITYGLOBAL'],
  },
  {
    id: 'greenhouse', name: 'Greenhouse', capability: 'people-systems', pool: 'software', overlapGroup: 'applicant-tracking',
    variants: ['Greenhouse Software', 'GREENHOUSE SOFTWARE *', 'GREENHOUSE.IO', 'GREENHOUSE.IO *'],
  },
  {
    id: 'lever', name: 'Lever', capability: 'people-systems', pool: 'software', overlapGroup: 'applicant-tracking',
    variants: ['LEVER.CO', 'Lever Inc', 'LEVER.CO *', 'Employ Lever'],
  },
  {
    id: 'ashby', name: 'Ashby', capability: 'people-systems', pool: 'software', overlapGroup: 'applicant-tracking',
    variants: ['ASHBYHQ', 'ASHBYHQ *', 'Ashby Inc'],
  },
  {
    id: 'workable', name: 'Workable', capability: 'people-systems', pool: 'software', overlapGroup: 'applicant-tracking',
    variants: ['Workable Software', 'WORKABLE SOFTWARE *', 'WORKABLE.COM'],
  },
  {
    id: 'smartrecruiters', name: 'SmartRecruiters', capability: 'people-systems', pool: 'software', overlapGroup: 'applicant-tracking',
    variants: ['SMARTRECRUITERS *', 'SmartRecruiters Inc'],
  },
  {
    id: 'teamtailor', name: 'Teamtailor', capability: 'people-systems', pool: 'software', overlapGroup: 'applicant-tracking',
    variants: ['TEAMTAILOR *', 'Teamtailor AB'],
  },
  {
    id: 'linkedin', name: 'LinkedIn', capability: 'people-systems', pool: 'software', overlapGroup: 'candidate-sourcing',
    variants: ['LINKEDIN *', 'LinkedIn Corporation', 'LinkedIn Ireland Unlimited Company', 'LinkedIn Recruiter', 'LNKD.IN *', 'LINKEDIN.COM'],
  },
  {
    id: 'indeed', name: 'Indeed', capability: 'people-systems', pool: 'software', overlapGroup: 'candidate-sourcing',
    variants: ['Indeed, Inc.', 'INDEED.COM', 'INDEED *JOB*', 'INDEED INC *', 'Indeed Ireland Operations'],
  },
  {
    id: 'glassdoor', name: 'Glassdoor', capability: 'people-systems', pool: 'software', overlapGroup: 'candidate-sourcing',
    variants: ['GLASSDOOR *', 'Glassdoor Inc'],
  },
  {
    id: 'lattice', name: 'Lattice', capability: 'people-systems', pool: 'software', overlapGroup: 'performance-management',
    variants: ['LATTICE.COM', 'Degree Inc', 'DEGREE INC *', 'LATTICEHQ', 'Lattice HRIS'],
  },
  {
    id: 'culture-amp', name: 'Culture Amp', capability: 'people-systems', pool: 'software', overlapGroup: 'performance-management',
    variants: ['CULTURE AMP *', 'CULTUREAMP', 'Culture Amp Pty Ltd'],
  },
  {
    id: '15five', name: '15Five', capability: 'people-systems', pool: 'software', overlapGroup: 'performance-management',
    variants: ['15FIVE *', '15Five Inc'],
  },
  {
    id: 'leapsome', name: 'Leapsome', capability: 'people-systems', pool: 'software', overlapGroup: 'performance-management',
    variants: ['LEAPSOME *', 'Leapsome GmbH'],
  },
  {
    id: 'betterworks', name: 'Betterworks', capability: 'people-systems', pool: 'software', overlapGroup: 'performance-management',
    variants: ['BETTERWORKS *', 'BetterWorks Systems'],
  },
  // ── IT & device management ──────────────────────────────────────────────────────────────
  {
    id: 'jamf', name: 'Jamf', capability: 'it-management', pool: 'software', overlapGroup: 'mdm',
    variants: ['JAMF *', 'Jamf Software', 'JAMF Software LLC', 'Jamf Now'],
  },
  {
    id: 'kandji', name: 'Kandji', capability: 'it-management', pool: 'software', overlapGroup: 'mdm',
    variants: ['KANDJI *', 'Kandji Inc'],
  },
  {
    id: 'microsoft-intune', name: 'Microsoft Intune', capability: 'it-management', pool: 'software', overlapGroup: 'mdm',
    variants: ['Intune', 'MSFT * INTUNE*', 'Microsoft Endpoint Manager'],
  },
  {
    id: 'mosyle', name: 'Mosyle', capability: 'it-management', pool: 'software', overlapGroup: 'mdm',
    variants: ['MOSYLE *', 'Mosyle Corporation'],
  },
  {
    id: 'addigy', name: 'Addigy', capability: 'it-management', pool: 'software', overlapGroup: 'mdm',
    variants: ['ADDIGY *', 'Addigy Inc'],
  },
  {
    id: 'servicenow', name: 'ServiceNow', capability: 'it-management', pool: 'software', overlapGroup: 'itsm',
    variants: ['SERVICENOW *', 'ServiceNow Inc', 'SERVICE-NOW.COM'],
  },
  {
    id: 'freshservice', name: 'Freshservice', capability: 'it-management', pool: 'software', overlapGroup: 'itsm',
    variants: ['FRESHSERVICE *', 'Freshworks Freshservice'],
  },
  {
    id: 'jira-service-management', name: 'Jira Service Management', capability: 'it-management', pool: 'software', overlapGroup: 'itsm',
    variants: ['Jira Service Desk', 'Atlassian Jira Service Management', 'ATLASSIAN *JIRA SERVICE*'],
  },
  {
    id: 'sysaid', name: 'SysAid', capability: 'it-management', pool: 'software', overlapGroup: 'itsm',
    variants: ['SYSAID *', 'SysAid Technologies'],
  },
  {
    id: 'teamviewer', name: 'TeamViewer', capability: 'it-management', pool: 'software', overlapGroup: 'remote-support',
    variants: ['TEAMVIEWER *', 'TeamViewer Germany GmbH', 'TeamViewer SE'],
  },
  {
    id: 'anydesk', name: 'AnyDesk', capability: 'it-management', pool: 'software', overlapGroup: 'remote-support',
    variants: ['ANYDESK *', 'AnyDesk Software GmbH'],
  },
  {
    id: 'splashtop', name: 'Splashtop', capability: 'it-management', pool: 'software', overlapGroup: 'remote-support',
    variants: ['SPLASHTOP *', 'Splashtop Inc'],
  },
  {
    id: 'logmein', name: 'LogMeIn', capability: 'it-management', pool: 'software', overlapGroup: 'remote-support',
    variants: ['LOGMEIN *', 'LogMeIn Inc', 'GoTo Resolve', 'LogMeIn Rescue'],
  },
  {
    id: 'zylo', name: 'Zylo', capability: 'it-management', pool: 'software', overlapGroup: 'saas-management',
    variants: ['ZYLO *', 'Zylo Inc'],
  },
  {
    id: 'productiv', name: 'Productiv', capability: 'it-management', pool: 'software', overlapGroup: 'saas-management',
    variants: ['PRODUCTIV *', 'Productiv Inc'],
  },
  {
    id: 'torii', name: 'Torii', capability: 'it-management', pool: 'software', overlapGroup: 'saas-management',
    variants: ['TORIIHQ', 'Torii Inc'],
  },
  {
    id: 'bettercloud', name: 'BetterCloud', capability: 'it-management', pool: 'software', overlapGroup: 'saas-management',
    variants: ['BETTERCLOUD *', 'BetterCloud Inc'],
  },
  {
    id: 'backblaze', name: 'Backblaze', capability: 'it-management', pool: 'cloud', overlapGroup: 'backup',
    variants: ['BACKBLAZE *', 'Backblaze Inc', 'Backblaze B2'],
  },
  {
    id: 'druva', name: 'Druva', capability: 'it-management', pool: 'software', overlapGroup: 'backup',
    variants: ['DRUVA *', 'Druva Inc'],
  },
  {
    id: 'veeam', name: 'Veeam', capability: 'it-management', pool: 'software', overlapGroup: 'backup',
    variants: ['VEEAM *', 'Veeam Software'],
  },
  {
    id: 'acronis', name: 'Acronis', capability: 'it-management', pool: 'software', overlapGroup: 'backup',
    variants: ['ACRONIS *', 'Acronis International GmbH'],
  },
  {
    id: 'firstbase', name: 'Firstbase', capability: 'it-management', pool: 'hardware', overlapGroup: 'device-provisioning',
    variants: ['FIRSTBASE.IO', 'FIRSTBASE.IO *', 'Firstbase HQ'],
  },
  {
    id: 'hofy', name: 'Hofy', capability: 'it-management', pool: 'hardware', overlapGroup: 'device-provisioning',
    variants: ['HOFY *', 'Hofy Ltd'],
  },
  {
    id: 'workwize', name: 'Workwize', capability: 'it-management', pool: 'hardware', overlapGroup: 'device-provisioning',
    variants: ['WORKWIZE *', 'Workwize BV'],
  },
  // ── Automation & integration ────────────────────────────────────────────────────────────
  {
    id: 'zapier', name: 'Zapier', capability: 'automation', pool: 'software', overlapGroup: 'workflow-automation',
    variants: ['ZAPIER *', 'Zapier Inc', 'ZAPIER.COM'],
  },
  {
    id: 'make', name: 'Make', capability: 'automation', pool: 'software', overlapGroup: 'workflow-automation',
    variants: ['MAKE.COM', 'MAKE.COM *', 'Integromat', 'INTEGROMAT *', 'Celonis Make'],
  },
  {
    id: 'n8n', name: 'n8n', capability: 'automation', pool: 'software', overlapGroup: 'workflow-automation',
    variants: ['N8N *', 'n8n GmbH', 'N8N.IO'],
  },
  {
    id: 'pipedream', name: 'Pipedream', capability: 'automation', pool: 'software', overlapGroup: 'workflow-automation',
    variants: ['Pipedream Inc', 'PIPEDREAM INC *', 'PIPEDREAM.COM'],
  },
  {
    id: 'workato', name: 'Workato', capability: 'automation', pool: 'software', overlapGroup: 'integration-platform',
    variants: ['WORKATO *', 'Workato Inc'],
  },
  {
    id: 'mulesoft', name: 'MuleSoft', capability: 'automation', pool: 'software', overlapGroup: 'integration-platform',
    variants: ['MULESOFT *', 'MuleSoft LLC', 'Salesforce MuleSoft'],
  },
  {
    id: 'boomi', name: 'Boomi', capability: 'automation', pool: 'software', overlapGroup: 'integration-platform',
    variants: ['BOOMI *', 'Boomi LP', 'Dell Boomi'],
  },
  {
    id: 'tray-io', name: 'Tray.io', capability: 'automation', pool: 'software', overlapGroup: 'integration-platform',
    variants: ['TRAY.IO *', 'Tray.ai'],
  },
  {
    id: 'celigo', name: 'Celigo', capability: 'automation', pool: 'software', overlapGroup: 'integration-platform',
    variants: ['CELIGO *', 'Celigo Inc'],
  },
  // ── Telecom & connectivity ──────────────────────────────────────────────────────────────
  {
    id: 'verizon', name: 'Verizon', capability: 'telecom', pool: 'telecom', overlapGroup: 'mobile-carrier',
    variants: ['Verizon Wireless', 'VERIZON *', 'VZWRLSS *', 'VZWRLSS*APOCC*', 'VZW WEBPAY', 'Verizon Business', 'Cellco Partnership'],
  },
  {
    id: 'att', name: 'AT&T', capability: 'telecom', pool: 'telecom', overlapGroup: 'mobile-carrier',
    variants: ['AT&T *', 'ATT *', 'AT&T Mobility', 'AT&T Business', 'ATT*BILL PAYMENT', 'AT&T Corp'],
  },
  {
    id: 't-mobile', name: 'T-Mobile', capability: 'telecom', pool: 'telecom', overlapGroup: 'mobile-carrier',
    variants: ['T-MOBILE *', 'TMOBILE', 'T-Mobile USA', 'T-Mobile for Business'],
  },
  {
    id: 'vodafone', name: 'Vodafone', capability: 'telecom', pool: 'telecom', overlapGroup: 'mobile-carrier',
    variants: ['VODAFONE *', 'Vodafone Limited', 'Vodafone GmbH', 'Vodafone Business', 'VESTA VODAFONE', 'VESTA *VODAFONE*'],
  },
  {
    id: 'deutsche-telekom', name: 'Deutsche Telekom', capability: 'telecom', pool: 'telecom', overlapGroup: 'mobile-carrier',
    variants: ['DEUTSCHE TELEKOM *', 'Telekom Deutschland GmbH', 'TELEKOM DEUTSCHLAND *', 'Telekom'],
  },
  {
    id: 'o2', name: 'O2', capability: 'telecom', pool: 'telecom', overlapGroup: 'mobile-carrier',
    // never a bare "O2 *" prefix: "O2 ARENA" is a concert venue
    variants: ['O2 UK', 'Telefonica UK', 'Telefonica Germany', 'O2 Business', 'O2 UK *', 'O2 TELEFONICA *', 'O2 Czech Republic', 'O2 CZECH REPUBLIC *', 'O2 PREPAY *', 'O2 BUSINESS *'],
  },
  {
    // "BT" is matched as a whole name (with legal forms: "BT PLC", "BT Group") or through BT's own
    // descriptors, never as a prefix: "BTW Catering" and "BT Cleaning" are not BT
    id: 'bt', name: 'BT', capability: 'telecom', pool: 'telecom', overlapGroup: 'internet-service',
    variants: [
      'BT Group', 'British Telecommunications', 'British Telecom', 'BRITISH TELECOM *', 'BRITISH TELECOMMUNICATIONS *', 'BT BILL PAYMENT',
      'BT BILL PAYMENT *', 'BT BILL PAYMNTS', 'BT PAY BY PHONE', 'BT PAY BY PHONE *', 'BT Business', 'BT BUSINESS *', 'BT Global Services',
      'BT GLOBAL *', 'BT Redcare', 'B T REDCARE', 'BT Conferencing', 'BT MOBILE', 'BT MOBILE *', 'BT Mobility', 'BT Openreach', 'Openreach',
      'BT Wholesale', 'BT Ireland', 'BT.COM', 'BT.COM *',
      'British Telecommunications plc', 'BT PLC', 'BT GROUP *',
    ],
  },
  {
    id: 'virgin-media', name: 'Virgin Media Business', capability: 'telecom', pool: 'telecom', overlapGroup: 'internet-service',
    // "Virgin" alone is trains, money, care: only the media and mobile companies
    variants: ['Virgin Media', 'VIRGIN MEDIA *', 'VIRGIN MEDIA BUSINESS *', 'Virgin Mobile', 'VIRGIN MOBILE *', 'Virgin Media O2', 'Virgin Media Limited', 'Virgin Media Ltd'],
  },
  {
    id: 'ee', name: 'EE', capability: 'telecom', pool: 'telecom', overlapGroup: 'mobile-carrier',
    variants: ['EE Limited', 'EE Business', 'EE LTD *'],
  },
  {
    id: 'colt', name: 'Colt Technology Services', capability: 'telecom', pool: 'telecom',
    variants: ['COLT TECHNOLOGY SERVICES *', 'Colt Technology Services', 'COLT TELECOM *'],
  },
  {
    id: 'rogers', name: 'Rogers Communications', capability: 'telecom', pool: 'telecom', overlapGroup: 'mobile-carrier',
    variants: ['ROGERS COMMUNICATIONS *', 'Rogers Wireless', 'ROGERS *WIRELESS*'],
  },
  {
    id: 'telstra', name: 'Telstra', capability: 'telecom', pool: 'telecom', overlapGroup: 'mobile-carrier',
    variants: ['TELSTRA *', 'Telstra Corporation'],
  },
  {
    id: 'comcast-business', name: 'Comcast Business', capability: 'telecom', pool: 'telecom', overlapGroup: 'internet-service',
    variants: ['COMCAST *', 'Comcast', 'Comcast Cable', 'Xfinity', 'XFINITY *'],
  },
  {
    id: 'spectrum-business', name: 'Spectrum Business', capability: 'telecom', pool: 'telecom', overlapGroup: 'internet-service',
    variants: ['Charter Communications', 'CHARTER COMMUNICATIONS *', 'CHARTER COMM', 'SPECTRUM BUSINESS *'],
  },
  {
    id: 'cox-business', name: 'Cox Business', capability: 'telecom', pool: 'telecom', overlapGroup: 'internet-service',
    // "Cox" alone is a surname: only the company's own names
    variants: ['COX BUSINESS *', 'Cox Communications', 'COX COMM *', 'COX COMMUNICATIONS *', 'CoxCom'],
  },
  {
    id: 'lumen', name: 'Lumen Technologies', capability: 'telecom', pool: 'telecom', overlapGroup: 'internet-service',
    variants: ['LUMEN TECHNOLOGIES *', 'CenturyLink', 'CENTURYLINK *', 'Level 3 Communications', 'Century Link', 'CENTURYLINK COMMUNICATIONS *', 'Qwest Corporation', 'QWEST *'],
  },
  {
    id: 'zayo', name: 'Zayo', capability: 'telecom', pool: 'telecom', overlapGroup: 'internet-service',
    variants: ['ZAYO *', 'Zayo Group'],
  },
  {
    id: 'starlink', name: 'Starlink', capability: 'telecom', pool: 'telecom', overlapGroup: 'internet-service',
    variants: ['STARLINK *', 'Starlink Internet Services', 'SpaceX Starlink'],
  },
  {
    id: 'ringcentral', name: 'RingCentral', capability: 'telecom', pool: 'telecom', overlapGroup: 'business-phone',
    variants: ['RINGCENTRAL *', 'RingCentral Inc'],
  },
  {
    id: 'dialpad', name: 'Dialpad', capability: 'telecom', pool: 'telecom', overlapGroup: 'business-phone',
    variants: ['DIALPAD *', 'Dialpad Inc'],
  },
  {
    id: 'aircall', name: 'Aircall', capability: 'telecom', pool: 'telecom', overlapGroup: 'business-phone',
    variants: ['AIRCALL *', 'Aircall SAS', 'AIRCALL.IO'],
  },
  {
    id: '8x8', name: '8x8', capability: 'telecom', pool: 'telecom', overlapGroup: 'business-phone',
    variants: ['8X8 *', '8x8 Inc', '8X8.COM'],
  },
  {
    id: 'goto-connect', name: 'GoTo Connect', capability: 'telecom', pool: 'telecom', overlapGroup: 'business-phone',
    variants: ['GOTO CONNECT *', 'Jive Communications', 'LOGMEIN*GOTOCONNECT*'],
  },
  {
    id: 'nextiva', name: 'Nextiva', capability: 'telecom', pool: 'telecom', overlapGroup: 'business-phone',
    variants: ['NEXTIVA *', 'Nextiva Inc'],
  },
  {
    id: 'openphone', name: 'OpenPhone', capability: 'telecom', pool: 'telecom', overlapGroup: 'business-phone',
    variants: ['OPENPHONE *', 'OpenPhone Technologies'],
  },
  {
    id: 'justcall', name: 'JustCall', capability: 'telecom', pool: 'telecom', overlapGroup: 'business-phone',
    variants: ['JUSTCALL *', 'JUSTCALL.IO'],
  },
  {
    id: 'five9', name: 'Five9', capability: 'telecom', pool: 'telecom', overlapGroup: 'contact-center',
    variants: ['FIVE9 *', 'Five9 Inc'],
  },
  {
    id: 'talkdesk', name: 'Talkdesk', capability: 'telecom', pool: 'telecom', overlapGroup: 'contact-center',
    variants: ['TALKDESK *', 'Talkdesk Inc'],
  },
  {
    id: 'genesys', name: 'Genesys', capability: 'telecom', pool: 'telecom', overlapGroup: 'contact-center',
    variants: ['GENESYS *', 'Genesys Cloud', 'Genesys Telecommunications Laboratories'],
  },
  {
    id: 'nice-cxone', name: 'NICE CXone', capability: 'telecom', pool: 'telecom', overlapGroup: 'contact-center',
    variants: ['NICE inContact', 'NICE INCONTACT *', 'inContact', 'NICE CXONE *'],
  },
  // ── Hardware & devices ──────────────────────────────────────────────────────────────────
  {
    id: 'apple', name: 'Apple', capability: 'hardware', pool: 'hardware', overlapGroup: 'laptops-devices',
    variants: ['Apple Inc', 'Apple Inc.', 'APPLE STORE', 'APPLE STORE *', 'APPLE ONLINE STORE', 'Apple Store for Business', 'APPLE.COM/US', 'Apple Business', 'Apple Distribution International'],
  },
  {
    id: 'dell', name: 'Dell', capability: 'hardware', pool: 'hardware', overlapGroup: 'laptops-devices',
    variants: ['Dell Inc', 'Dell Marketing LP', 'Dell Marketing L.P.', 'DELL MARKETING *', 'DELL.COM', 'Dell Technologies', 'DELL TECHNOLOGIES *', 'Dell Financial Services'],
  },
  {
    id: 'lenovo', name: 'Lenovo', capability: 'hardware', pool: 'hardware', overlapGroup: 'laptops-devices',
    variants: ['LENOVO *', 'Lenovo (United States) Inc.', 'LENOVO.COM'],
  },
  {
    id: 'hp', name: 'HP', capability: 'hardware', pool: 'hardware', overlapGroup: 'laptops-devices',
    variants: ['HP Inc', 'HP Inc.', 'HP STORE', 'HP STORE *', 'HP INSTANT INK', 'Hewlett-Packard', 'HEWLETT PACKARD *', 'HP.COM'],
  },
  {
    id: 'framework', name: 'Framework Computer', capability: 'hardware', pool: 'hardware', overlapGroup: 'laptops-devices',
    variants: ['FRAMEWORK COMPUTER *', 'FRAME.WORK', 'Framework Computer Inc'],
  },
  {
    id: 'samsung', name: 'Samsung', capability: 'hardware', pool: 'hardware', overlapGroup: 'laptops-devices',
    variants: ['Samsung Electronics America', 'SAMSUNG ELECTRONICS *', 'SAMSUNG.COM'],
  },
  {
    id: 'cdw', name: 'CDW', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    variants: ['CDW *', 'CDW Direct', 'CDW LLC', 'CDW Government', 'CDW.COM', 'CDW Canada'],
  },
  {
    id: 'shi', name: 'SHI International', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    // "SHI" as a whole name only (with legal forms: "SHI Corp", "SHI Ltd")
    variants: ['SHI INTERNATIONAL *', 'SHI Corp', 'SHI.COM', 'SHI', 'Software House International', 'SOFTWARE HOUSE INTL', 'SOFTWARE HOUSE INTL *', 'SHI UK'],
  },
  {
    id: 'insight', name: 'Insight Enterprises', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    // never "Insight" alone or as a prefix: "Insight Executive Group", "Insight Dynamics" are others
    variants: ['Insight Direct USA', 'Insight Direct USA, Inc.', 'INSIGHT DIRECT *', 'INSIGHT ENTERPRISES *', 'Insight Direct', 'Insight Public Sector', 'INSIGHT PUBLIC SECTOR *', 'UK.INSIGHT.COM'],
  },
  {
    id: 'computacenter', name: 'Computacenter', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    variants: ['COMPUTACENTER *', 'Computacenter UK', 'Computacenter PLC', 'Computacenter (UK) Ltd', 'Computacenter UK Ltd'],
  },
  {
    // a software licensing reseller: its lines are mostly software
    id: 'softcat', name: 'Softcat', capability: 'hardware', pool: 'software', overlapGroup: 'it-reseller',
    variants: ['SOFTCAT *', 'Softcat PLC', 'Softcat Limited', 'Softcat Ltd'],
  },
  {
    // "Bytes" alone is too common a word: the company's names only
    id: 'bytes', name: 'Bytes Software Services', capability: 'hardware', pool: 'software', overlapGroup: 'it-reseller',
    variants: ['BYTES SOFTWARE *', 'Bytes Technology Group', 'BYTES TECHNOLOGY *', 'Bytes Software', 'BYTES SOFTWARE SERVICES *', 'Bytes Software Services Ltd', 'BYTES TECHNOLOGY GROUP *'],
  },
  {
    // "SCC" as a whole name (with legal forms) or Specialist Computer Centres
    id: 'scc', name: 'SCC', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    variants: ['Specialist Computer Centres', 'Specialist Computer Centers', 'SPECIALIST COMPUTER CENT*', 'SCC PLC *', 'SCC SPECIALIST *', 'SPECIALIST COMPUTER CENTRES *', 'SCC plc', 'Specialist Computer Centres plc'],
  },
  {
    id: 'xma', name: 'XMA', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    variants: ['XMA Ltd', 'XMA LIMITED *', 'XMA LIMITED', 'XMA *'],
  },
  {
    id: 'logicalis', name: 'Logicalis', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    variants: ['LOGICALIS *', 'Logicalis UK', 'Logicalis Group'],
  },
  {
    id: 'pc-connection', name: 'PC Connection', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    variants: ['PC CONNECTION *', 'PC Connection Sales Corp', 'PCCONNECTION'],
  },
  {
    id: 'zones', name: 'Zones', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    variants: ['Zones LLC', 'ZONES.COM', 'ZONES LLC *'],
  },
  // UK and European IT resellers, as public-sector payment registers name them
  {
    id: 'phoenix-software', name: 'Phoenix Software', capability: 'hardware', pool: 'software', overlapGroup: 'it-reseller',
    variants: ['PHOENIX SOFTWARE *', 'Phoenix Software Ltd'],
  },
  {
    id: 'misco', name: 'Misco', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    variants: ['MISCO *', 'WWW.MISCO.CO.UK', 'Misco UK Ltd'],
  },
  {
    id: 'ebuyer', name: 'Ebuyer', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    variants: ['EBUYER *', 'EBUYER (UK) LTD', 'EBUYER.COM'],
  },
  {
    id: 'currys', name: 'Currys', capability: 'hardware', pool: 'hardware', overlapGroup: 'laptops-devices',
    variants: ['CURRYS *', 'CURRYS ONLINE', 'CURRYS PC WORLD *', 'PC WORLD *', 'PC WORLD BUSINESS', 'P C WORLD BUSINESS'],
  },
  {
    id: 'bh-photo', name: 'B&H Photo Video', capability: 'hardware', pool: 'hardware', overlapGroup: 'it-reseller',
    variants: ['B&H PHOTO *', 'B&H PHOTO', 'BH PHOTO VIDEO', 'B & H PHOTO *', 'BHPHOTOVIDEO.COM'],
  },
  {
    id: 'logitech', name: 'Logitech', capability: 'hardware', pool: 'hardware', overlapGroup: 'conference-room-hardware',
    variants: ['LOGITECH *', 'Logitech Inc', 'LOGI.COM'],
  },
  {
    id: 'poly', name: 'Poly', capability: 'hardware', pool: 'hardware', overlapGroup: 'conference-room-hardware',
    variants: ['Plantronics', 'PLANTRONICS *', 'Polycom', 'POLYCOM *', 'HP Poly'],
  },
  {
    id: 'owl-labs', name: 'Owl Labs', capability: 'hardware', pool: 'hardware', overlapGroup: 'conference-room-hardware',
    variants: ['OWL LABS *', 'OWLLABS'],
  },
  {
    id: 'jabra', name: 'Jabra', capability: 'hardware', pool: 'hardware', overlapGroup: 'conference-room-hardware',
    variants: ['JABRA *', 'GN Audio', 'GN AUDIO *'],
  },
  {
    id: 'cisco', name: 'Cisco', capability: 'hardware', pool: 'hardware', overlapGroup: 'network-equipment',
    variants: ['Cisco Systems', 'Cisco Systems, Inc.', 'CISCO SYSTEMS *', 'CISCO.COM'],
  },
  {
    id: 'meraki', name: 'Cisco Meraki', capability: 'hardware', pool: 'hardware', overlapGroup: 'network-equipment',
    variants: ['Meraki', 'MERAKI *', 'Meraki LLC'],
  },
  {
    id: 'ubiquiti', name: 'Ubiquiti', capability: 'hardware', pool: 'hardware', overlapGroup: 'network-equipment',
    variants: ['UBIQUITI *', 'Ubiquiti Inc', 'Ubiquiti Networks', 'UniFi'],
  },
  {
    id: 'juniper', name: 'Juniper Networks', capability: 'hardware', pool: 'hardware', overlapGroup: 'network-equipment',
    variants: ['JUNIPER NETWORKS *', 'Juniper Mist'],
  },
  {
    id: 'aruba', name: 'Aruba Networks', capability: 'hardware', pool: 'hardware', overlapGroup: 'network-equipment',
    variants: ['ARUBA NETWORKS *', 'HPE Aruba Networking', 'HPE ARUBA *'],
  },
  {
    id: 'netgear', name: 'Netgear', capability: 'hardware', pool: 'hardware', overlapGroup: 'network-equipment',
    variants: ['NETGEAR *', 'Netgear Inc'],
  },
  // ── Contractors & professional services ─────────────────────────────────────────────────
  {
    id: 'toptal', name: 'Toptal', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'freelance-marketplace',
    variants: ['TOPTAL *', 'Toptal LLC', 'Toptal, LLC', 'TOPTAL.COM'],
  },
  {
    id: 'upwork', name: 'Upwork', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'freelance-marketplace',
    variants: ['UPWORK *', 'Upwork Global Inc', 'Upwork Inc', 'UPWORK.COM'],
  },
  {
    id: 'fiverr', name: 'Fiverr', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'freelance-marketplace',
    variants: ['FIVERR *', 'Fiverr International', 'FIVERR.COM'],
  },
  {
    id: 'andela', name: 'Andela', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'freelance-marketplace',
    variants: ['ANDELA *', 'Andela Inc'],
  },
  {
    id: 'turing', name: 'Turing.com', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'freelance-marketplace',
    variants: ['Turing Enterprises', 'TURING ENTERPRISES *'],
  },
  {
    id: 'accenture', name: 'Accenture', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['ACCENTURE *', 'Accenture LLP', 'Accenture plc'],
  },
  {
    id: 'thoughtworks', name: 'Thoughtworks', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['THOUGHTWORKS *', 'ThoughtWorks Inc'],
  },
  {
    id: 'deloitte', name: 'Deloitte', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['DELOITTE *', 'Deloitte Consulting LLP', 'Deloitte & Touche LLP'],
  },
  {
    id: 'epam', name: 'EPAM Systems', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['EPAM', 'EPAM SYSTEMS *', 'EPAM Systems, Inc.'],
  },
  {
    id: 'globant', name: 'Globant', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['GLOBANT *', 'Globant LLC'],
  },
  {
    id: 'infosys', name: 'Infosys', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['INFOSYS *', 'Infosys Limited'],
  },
  {
    id: 'tcs', name: 'Tata Consultancy Services', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['TATA CONSULTANCY *', 'Tata Consultancy Services Limited'],
  },
  {
    id: 'wipro', name: 'Wipro', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['WIPRO *', 'Wipro Limited'],
  },
  {
    id: 'cognizant', name: 'Cognizant', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['COGNIZANT *', 'Cognizant Technology Solutions'],
  },
  {
    id: 'capgemini', name: 'Capgemini', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['CAPGEMINI *', 'Capgemini America'],
  },
  {
    id: 'slalom', name: 'Slalom', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'it-consulting',
    variants: ['Slalom LLC', 'Slalom Consulting', 'SLALOM CONSULTING *'],
  },
  {
    id: 'gartner', name: 'Gartner', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'research-advisory',
    variants: ['GARTNER *', 'Gartner Inc'],
  },
  {
    id: 'forrester', name: 'Forrester Research', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'research-advisory',
    variants: ['FORRESTER RESEARCH *', 'Forrester Research, Inc.'],
  },
  {
    id: 'idc', name: 'IDC', capability: 'professional-services', pool: 'outside-services', overlapGroup: 'research-advisory',
    variants: ['International Data Corporation', 'IDC Research'],
  },
  // ── Training & learning ─────────────────────────────────────────────────────────────────
  {
    id: 'pluralsight', name: 'Pluralsight', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['PLURALSIGHT *', 'Pluralsight LLC'],
  },
  {
    id: 'udemy', name: 'Udemy Business', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['Udemy', 'UDEMY *', 'Udemy Inc', 'UDEMY.COM'],
  },
  {
    id: 'coursera', name: 'Coursera', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['COURSERA *', 'Coursera Inc', 'Coursera for Business'],
  },
  {
    id: 'oreilly', name: "O'Reilly Media", capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['OREILLY MEDIA *', "O'Reilly Learning", "O'Reilly Online Learning", 'OREILLY LEARNING *', 'LEARNING.OREILLY.COM'],
  },
  {
    id: 'linkedin-learning', name: 'LinkedIn Learning', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['LINKEDIN LEARNING *', 'LINKEDIN *LEARNING*', 'LYNDA.COM *'],
  },
  {
    id: 'a-cloud-guru', name: 'A Cloud Guru', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['ACLOUDGURU', 'A CLOUD GURU *', 'ACLOUD.GURU'],
  },
  {
    id: 'frontend-masters', name: 'Frontend Masters', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['FRONTEND MASTERS *', 'FRONTENDMASTERS'],
  },
  {
    id: 'datacamp', name: 'DataCamp', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['DATACAMP *', 'DataCamp Inc'],
  },
  {
    id: 'educative', name: 'Educative', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['EDUCATIVE.IO', 'EDUCATIVE.IO *', 'Educative Inc'],
  },
  {
    id: 'udacity', name: 'Udacity', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['UDACITY *', 'Udacity Inc'],
  },
  {
    id: 'codecademy', name: 'Codecademy', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['CODECADEMY *', 'Ryzac Inc'],
  },
  {
    id: 'kodekloud', name: 'KodeKloud', capability: 'training', pool: 'training', overlapGroup: 'online-learning',
    variants: ['KODEKLOUD *'],
  },
  // ── Workspace & facilities ──────────────────────────────────────────────────────────────
  {
    id: 'wework', name: 'WeWork', capability: 'workspace', pool: 'facilities', overlapGroup: 'coworking',
    variants: ['WEWORK *', 'WeWork Companies', 'WEWORK.COM'],
  },
  {
    id: 'regus', name: 'Regus', capability: 'workspace', pool: 'facilities', overlapGroup: 'coworking',
    variants: ['REGUS *', 'IWG', 'IWG plc', 'Regus Management Group', 'HQ Global Workplaces'],
  },
  {
    id: 'industrious', name: 'Industrious', capability: 'workspace', pool: 'facilities', overlapGroup: 'coworking',
    variants: ['Industrious Office', 'INDUSTRIOUS OFFICE *'],
  },
  {
    id: 'servcorp', name: 'Servcorp', capability: 'workspace', pool: 'facilities', overlapGroup: 'coworking',
    variants: ['SERVCORP *', 'Servcorp Limited'],
  },
  {
    id: 'envoy', name: 'Envoy', capability: 'workspace', pool: 'software', overlapGroup: 'workplace-management',
    variants: ['ENVOY.COM', 'ENVOY.COM *', 'Envoy Inc'],
  },
  {
    id: 'robin', name: 'Robin Powered', capability: 'workspace', pool: 'software', overlapGroup: 'workplace-management',
    variants: ['ROBINPOWERED', 'ROBIN POWERED *'],
  },
  // ── Business travel ─────────────────────────────────────────────────────────────────────
  {
    id: 'navan', name: 'Navan', capability: 'travel', pool: 'travel', overlapGroup: 'travel-management',
    variants: ['NAVAN *', 'Navan Inc', 'TripActions', 'TRIPACTIONS *'],
  },
  {
    id: 'travelperk', name: 'TravelPerk', capability: 'travel', pool: 'travel', overlapGroup: 'travel-management',
    variants: ['TRAVELPERK *', 'TravelPerk SLU', 'PERK TRAVEL *'],
  },
  {
    id: 'egencia', name: 'Egencia', capability: 'travel', pool: 'travel', overlapGroup: 'travel-management',
    variants: ['EGENCIA *', 'Egencia LLC'],
  },
  {
    id: 'deutsche-bahn', name: 'Deutsche Bahn', capability: 'travel', pool: 'travel',
    variants: ['DEUTSCHE BAHN *', 'DB Vertrieb GmbH', 'DB VERTRIEB *', 'DB Fernverkehr AG', 'DB BAHN *', 'BAHN.DE'],
  },
  {
    id: 'amtrak', name: 'Amtrak', capability: 'travel', pool: 'travel',
    variants: ['AMTRAK *', 'National Railroad Passenger Corporation'],
  },
  {
    id: 'uber', name: 'Uber', capability: 'travel', pool: 'travel',
    variants: ['UBER TRIP *', 'UBER *TRIP*', 'Uber for Business', 'Uber Technologies', 'Uber BV'],
  },
  {
    id: 'lyft', name: 'Lyft', capability: 'travel', pool: 'travel',
    variants: ['LYFT *', 'Lyft Inc'],
  },
  {
    id: 'airbnb', name: 'Airbnb', capability: 'travel', pool: 'travel',
    variants: ['AIRBNB *', 'Airbnb Inc', 'Airbnb Payments'],
  },
  {
    id: 'united-airlines', name: 'United Airlines', capability: 'travel', pool: 'travel',
    variants: ['UNITED AIRLINES *', 'UNITED 016*'],
  },
  {
    id: 'delta', name: 'Delta Air Lines', capability: 'travel', pool: 'travel',
    variants: ['DELTA AIR *', 'DELTA AIR LINES *', 'DELTA 006*'],
  },
  {
    id: 'american-airlines', name: 'American Airlines', capability: 'travel', pool: 'travel',
    variants: ['AMERICAN AIRLINES *', 'AMERICAN AIR00*'],
  },
  {
    id: 'lufthansa', name: 'Lufthansa', capability: 'travel', pool: 'travel',
    variants: ['LUFTHANSA *', 'Deutsche Lufthansa AG'],
  },
  {
    id: 'british-airways', name: 'British Airways', capability: 'travel', pool: 'travel',
    variants: ['BRITISH AIRWAYS *', 'BRITISH A 125*'],
  },
  {
    id: 'booking-com', name: 'Booking.com', capability: 'travel', pool: 'travel',
    variants: ['BOOKING.COM *', 'Booking.com BV'],
  },
  {
    id: 'expedia', name: 'Expedia', capability: 'travel', pool: 'travel',
    variants: ['EXPEDIA *', 'Expedia Inc'],
  },
  {
    id: 'marriott', name: 'Marriott', capability: 'travel', pool: 'travel',
    variants: ['MARRIOTT *', 'Marriott International'],
  },
  {
    id: 'hilton', name: 'Hilton', capability: 'travel', pool: 'travel',
    variants: ['HILTON HOTELS *', 'Hilton Worldwide', 'HILTON GARDEN INN *', 'HAMPTON INN *'],
  },
];
