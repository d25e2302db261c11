/**
 * Savings under the DuckDB engine sums the examined lines in DuckDB and hands node only the lines a
 * detector compares (io/engine/savings-lines.ts): `savings` and `board` stay byte-identical to the
 * node engine's, on planted findings among usage noise, on single demo and public inputs, and on
 * Parquet; the lines that cross are those groups, not every line; and the SQL series key never
 * splits what node keys as one series.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import { duckdbScanToLedger } from '../../src/io/engine/duckdb-scan.js';
import { seriesKeySql } from '../../src/io/engine/savings-lines.js';
import { SpillingCollector } from '../../src/io/spill.js';
import { Ledger } from '../../src/analysis/ledger.js';
import { SummedSource } from '../../src/analysis/savings/summed-source.js';
import { findSavings } from '../../src/analysis/savings/find.js';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/savings/thresholds.js';
import { seriesDescriptionKey } from '../../src/analysis/savings/series.js';
import { HAS_PUBLIC_SPEND, PUBLIC_SPEND } from '../corpus/harness.js';
import { toParquet } from './to-parquet.js';

const root = resolve(import.meta.dirname, '../..');
const demo = join(root, 'fixtures/demo');

const CONFIG = [
  'currency: USD',
  'categories:',
  '  - { id: saas, name: SaaS, function: run }',
  '  - { id: cloud, name: Cloud, function: run }',
  'rules:',
  '  - { id: r-cloud, category: cloud, match: { vendor: Cloudco } }',
  '  - { id: r-saas, category: saas, match: { vendor: "*" } }',
  '',
].join('\n');

/** mulberry32: the noise is the same every run */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'];

/**
 * Twelve months of lines: usage noise at Cloudco (random amounts, every few days: nothing to find,
 * so its lines should stay in DuckDB) and, planted, by hand:
 * - Acme's subscription 1,000.00 on the 5th, 1,200.00 from July (+20%: a price increase);
 * - Globex 499.00 twice on 2026-08-10, same description (a duplicate charge);
 * - Initech about 300.00 a month, 3,000.00 in September (a spike);
 * - Hooli 6,000.00 each quarter on the 15th (a renewal);
 * - Umbrella 250.00 every month (annual billing).
 */
function plantedLines(noise: number): string {
  const r = rng(7);
  const rows = ['Date,Vendor,Description,Amount'];
  for (let i = 0; i < noise; i++) {
    const m = MONTHS[Math.floor(r() * 12)]!;
    const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
    rows.push(`${m}-${day},Cloudco,compute usage,${((1 + Math.floor(r() * 20_000)) / 1000).toFixed(3)}`);
  }
  MONTHS.forEach((m, i) => {
    rows.push(`${m}-05,Acme,Acme platform subscription,${i >= 9 ? '1200.00' : '1000.00'}`);
    rows.push(`${m}-20,Initech,managed backup,${m === '2026-09' ? '3000.00' : (300 + i).toFixed(2)}`);
    rows.push(`${m}-03,Umbrella,security suite,250.00`);
    if (i % 3 === 0) rows.push(`${m}-15,Hooli,quarterly licence,6000.00`);
  });
  rows.push('2026-08-10,Globex,support plan,499.00', '2026-08-10,Globex,support plan,499.00');
  return rows.join('\n') + '\n';
}

function plantedDir(noise: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'techspend-savings-lines-'));
  writeFileSync(join(dir, 'techspend.yaml'), CONFIG);
  writeFileSync(join(dir, 'lines.csv'), plantedLines(noise));
  return dir;
}

const format = (command: string) => (command === 'board' ? 'markdown' : 'csv');

describe('savings and board through the duckdb engine: byte-identical to the node engine', () => {
  const dir = plantedDir(3000);

  for (const command of ['savings', 'board', 'forecast']) {
    it(`${command}: planted findings among usage noise`, async () => {
      const node = await runCli([command, 'lines.csv', '-f', format(command), '--engine', 'node', '-q'], dir);
      const duck = await runCli([command, 'lines.csv', '-f', format(command), '--engine', 'duckdb', '-q'], dir);
      expect(node.code).toBe(0);
      expect(duck.stdout).toBe(node.stdout);
      expect(duck.stderr).toBe(node.stderr);
      if (command === 'savings') for (const kind of ['price-increase', 'duplicate-charge', 'spike', 'annual-billing']) expect(node.stdout).toContain(kind);
      // the board's renewals: Hooli, billed each quarter
      else if (command === 'board') expect(node.stdout).toContain('Hooli');
    }, 120_000);
  }

  it('a realized register item whose vendor is still billed: the lines after its date reach node', async () => {
    writeFileSync(
      join(dir, 'savings.yaml'),
      'items:\n  - id: SAV-1\n    title: Cancel Initech backups\n    vendor: Initech\n    status: realized\n    annual: "3600.00"\n    owner: CTO\n    due: "2026-06-30"\n',
    );
    const args = ['savings', 'lines.csv', '--register', 'savings.yaml', '-f', 'json', '-q'];
    const node = await runCli([...args, '--engine', 'node'], dir);
    const duck = await runCli([...args, '--engine', 'duckdb'], dir);
    expect(node.code).toBe(0);
    expect(duck.stdout).toBe(node.stdout);
    // by hand: Initech billed on the 20th of July, August and September, after the item's date
    expect(node.stdout).toContain('SAV-1');
    expect(node.stdout).toContain('2026-09-20');
  }, 120_000);

  it('across files: one the node engine reads (debit/credit), rows SQL does not take, groups that span both', async () => {
    const two = plantedDir(500);
    // a currency mark: this row goes through the node engine's reader, then joins its groups in DuckDB
    writeFileSync(join(two, 'lines.csv'), plantedLines(500) + '2026-09-06,Acme,Acme platform subscription,"$1,200.00"\n');
    writeFileSync(
      join(two, 'ledger.csv'),
      ['Date,Vendor,Description,Debit,Credit', '2026-08-11,Globex,support plan,499.00,', '2026-07-15,Hooli,quarterly licence,6000.00,', '2026-05-03,Umbrella,security suite,250.00,', '2026-09-21,Initech,managed backup,,40.00', ''].join('\n'),
    );
    for (const command of ['savings', 'board']) {
      const args = [command, 'lines.csv', 'ledger.csv', '-f', format(command), '-q'];
      const node = await runCli([...args, '--engine', 'node'], two);
      const duck = await runCli([...args, '--engine', 'duckdb'], two);
      expect(node.code).toBe(0);
      expect(duck.stdout).toBe(node.stdout);
    }
  }, 120_000);

  it('savings from a Parquet copy names the same findings, at its rows (line − 1)', async () => {
    await toParquet(`SELECT * FROM read_csv('${join(dir, 'lines.csv')}', all_varchar = true)`, join(dir, 'lines.parquet'));
    const node = await runCli(['savings', 'lines.csv', '-f', 'csv', '--engine', 'node', '-q'], dir);
    const parquet = await runCli(['savings', 'lines.parquet', '-f', 'csv', '-q'], dir);
    expect(parquet.code).toBe(0);
    const asCsv = parquet.stdout.replace(/lines\.parquet:(\d+)/g, (_, n: string) => `lines.csv:${Number(n) + 1}`).replaceAll('lines.parquet', 'lines.csv');
    expect(asCsv).toBe(node.stdout);
  }, 120_000);

  const singles = ['data/gl-detail.csv', 'data/cloud-focus.csv', 'data/card-eu.csv'];
  for (const file of singles) {
    it(`savings on the demo's ${file} alone`, async () => {
      const args = ['savings', join(demo, file), '-c', join(demo, 'techspend.yaml'), '-f', 'csv', '-q'];
      const node = await runCli([...args, '--engine', 'node'], root);
      const duck = await runCli([...args, '--engine', 'duckdb'], root);
      expect(node.code).toBe(0);
      expect(duck.stdout).toBe(node.stdout);
    }, 120_000);
  }

  it.skipIf(!HAS_PUBLIC_SPEND)('savings and board on Barnet\'s 2014 card file (a block published twice, duplicates held back)', async () => {
    if (!HAS_PUBLIC_SPEND) return;
    const file = join(PUBLIC_SPEND, 'barnet-pcard/Card Transactions 2014.csv');
    for (const command of ['savings', 'board']) {
      const node = await runCli([command, file, '-f', format(command), '-q', '--engine', 'node'], root);
      const duck = await runCli([command, file, '-f', format(command), '-q', '--engine', 'duckdb'], root);
      expect(duck.stdout).toBe(node.stdout);
    }
  }, 120_000);
});

describe('the lines that cross into node', () => {
  it('are the planted groups, not the usage noise; the findings are those of every line', async () => {
    const dir = plantedDir(20_000);
    const built = buildConfig(parseConfigText(CONFIG, 'techspend.yaml').value, { path: join(dir, 'techspend.yaml'), dir, readRelative: () => ({ error: 'none' }) });
    const config = built.config!;
    const scan = { cwd: dir };
    const viaDuck = new SpillingCollector();
    await duckdbScanToLedger(new Ledger(() => '', false, () => false), { paths: ['lines.csv'], config, scan, records: viaDuck } as never);
    const source = viaDuck.source();
    expect(source).toBeInstanceOf(SummedSource);
    const examined = 20_000 + 12 * 3 + 4 + 2;
    // by hand: Acme 12, Globex 2, Hooli 4 (a renewal: every line), Umbrella 12 (annual billing reads its
    // 12 months), Initech's spike month and the 6 months before it read by the spike detector... and a
    // few Cloudco amounts that recur; far fewer than the examined lines either way
    const crossed = (source as SummedSource).size;
    expect(crossed).toBeLessThan(examined / 10);
    expect(crossed).toBeGreaterThanOrEqual(12 + 2 + 4 + 12);
    // the same findings as the node engine's, over every line
    const { scanToLedger } = await import('../../src/io/workers/parallel.js');
    const viaNode = new SpillingCollector();
    await scanToLedger(new Ledger(() => '', false, () => false), { paths: ['lines.csv'], config, scan, records: viaNode } as never);
    const all = findSavings(viaNode.source(), DEFAULT_THRESHOLDS, 'USD');
    const summed = findSavings(source, DEFAULT_THRESHOLDS, 'USD');
    expect(summed).toEqual(all);
    // the planted ones among them (the noise adds same-day repeats of an amount at Cloudco)
    expect([...new Set(all.candidates.filter((c) => c.vendor !== 'Cloudco').map((c) => `${c.kind}:${c.vendor}`))].sort()).toEqual(['annual-billing:Umbrella', 'duplicate-charge:Globex', 'price-increase:Acme', 'spike:Initech']);
  }, 120_000);
});

describe('the SQL price-series key', () => {
  const texts = [
    'Acme platform subscription',
    'ACME  Platform\tSubscription ',
    '  acme platform subscription',
    'Invoice INV-123456 compute',
    'invoice inv-654321 compute',
    'Invoice INV-1234 compute',
    'ref 12345678 x\u000b y',
    'Grüße Lizenz 2026',
    'GRÜSSE Lizenz 2026',
    'GRÜẞE lizenz 2026',
    'Kelvin \u212Aey',
    'kelvin key',
    '\u0130stanbul office',
    'i\u0307stanbul office',
    'caf\u00e9\u00a0menu',
    'CAF\u00c9 menu',
    '',
  ];

  it('keys ASCII text exactly as node does, and never splits a series node keys as one', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      const values = texts.map((t) => `('${t.replace(/'/g, "''")}')`).join(', ');
      const rows = (await conn.runAndReadAll(`SELECT d, ${seriesKeySql('d')} FROM (VALUES ${values}) AS t(d)`)).getRows() as [string, string][];
      const sqlKey = new Map(rows.map(([d, k]) => [d, k]));
      for (const t of texts) if (/^[\x00-\x7f]*$/.test(t)) expect(sqlKey.get(t)).toBe(seriesDescriptionKey(t));
      for (const a of texts) for (const b of texts) if (seriesDescriptionKey(a) === seriesDescriptionKey(b)) expect([a, b, sqlKey.get(a)]).toEqual([a, b, sqlKey.get(b)]);
      // by hand: the Kelvin sign lowers to k in JavaScript, so these two are one series, and the
      // dotted capital I lowers to i + a combining dot, written out in the other
      expect(seriesDescriptionKey('Kelvin \u212Aey')).toBe(seriesDescriptionKey('kelvin key'));
      expect(seriesDescriptionKey('\u0130stanbul office')).toBe(seriesDescriptionKey('i\u0307stanbul office'));
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  });
});
