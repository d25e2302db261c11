/**
 * Savings with its lines spilled to disk in partitions (io/spill.ts) finds exactly what it finds
 * with every line in memory: the same candidates, evidence, names and order.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSavings } from '../../src/analysis/savings/find.js';
import { RecordCollector } from '../../src/analysis/savings/record.js';
import { DEFAULT_THRESHOLDS } from '../../src/analysis/savings/thresholds.js';
import type { ExpenseLine } from '../../src/ingest/line.js';
import { SpillingCollector } from '../../src/io/spill.js';
import { type Decimal, parseDecimal } from '../../src/money/decimal.js';
import type { Categorization } from '../../src/rules/engine.js';

const d = (s: string): Decimal => parseDecimal(s)!;

function line(n: number, source: string, vendor: string, date: string, amount: Decimal, extra: Partial<ExpenseLine> = {}): ExpenseLine {
  return { source, line: n, date, vendor, description: 'x', account: '', department: '', costCenter: '', currency: 'USD', amount, fields: [], header: new Map(), ...extra };
}
const cat = (category: string, amount: Decimal, rule?: string): Categorization => ({
  rule: rule === undefined ? undefined : ({ id: rule } as Categorization['rule']),
  parts: [{ category, pool: 'other', amount }],
  scope: 'technology',
});

const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));

/** A folder of its own for a test's spills: empty again once every collector is disposed. */
function spillParent(): { parent: string; makeDir: () => string } {
  const parent = mkdtempSync(join(tmpdir(), 'techspend-spill-test-'));
  return { parent, makeDir: () => mkdtempSync(join(parent, 'spill-')) };
}

describe('savings with spilled lines', () => {
  it('property: spilled at any budget, the findings are those of the lines in memory', () => {
    // vendors with several spellings (catalog vendors of one overlap group among them), monthly
    // subscriptions that may step up, copies of charges, one-off spikes and noise, in any order
    const vendors = [
      ['Slack', 'SLACK TECHNOLOGIES', 'slack '],
      ['Microsoft Teams', 'MICROSOFT TEAMS'],
      ['Zoom', 'ZOOM.US'],
      ['Acme Widgets', ' acme  widgets', 'ACME WIDGETS'],
      ['Datadog', 'DATADOG INC'],
      ['New Relic'],
      ['Umbrella Corp', 'umbrella corp'],
    ];
    const month = (k: number) => `${2025 + Math.floor((k - 1) / 12)}-${String(((k - 1) % 12) + 1).padStart(2, '0')}`;
    const sub = fc.record({
      vendor: fc.nat({ max: vendors.length - 1 }),
      description: fc.constantFrom('seats', 'Seats ', 'usage  fee', 'support'),
      account: fc.constantFrom('6400', ' 6400', '6410', ''),
      from: fc.integer({ min: 1, max: 4 }),
      until: fc.constantFrom(14, 14, 14, 11),
      amount: fc.constantFrom('100.00', '100', '250.00', '9000.00'),
      step: fc.option(fc.record({ at: fc.integer({ min: 2, max: 10 }), to: fc.constantFrom('120.00', '300.00', '9900.00', '50.00') })),
      seats: fc.boolean(),
    });
    const noise = fc.record({
      vendor: fc.nat({ max: vendors.length }),
      month: fc.integer({ min: 1, max: 14 }),
      amount: fc.constantFrom('100.00', '105.50', '-40.00', '0.00', '123456789012345678901.25'),
      description: fc.constantFrom('seats', 'misc'),
    });
    const scenario = fc.record({
      subs: fc.array(sub, { minLength: 1, maxLength: 6 }),
      noise: fc.array(noise, { maxLength: 30 }),
      copies: fc.array(fc.nat(), { maxLength: 8 }),
      spikes: fc.array(fc.record({ vendor: fc.nat({ max: vendors.length - 1 }), month: fc.integer({ min: 8, max: 14 }) }), { maxLength: 3 }),
      order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 400, maxLength: 400 }),
      budget: fc.integer({ min: 1, max: 60 }),
    });
    const kinds = new Set<string>();
    const { parent, makeDir } = spillParent();
    fc.assert(
      fc.property(scenario, ({ subs, noise, copies, spikes, order, budget }) => {
        type Raw = { vendor: number; month: number; day: number; amount: string; description: string; account: string; source: string; seats: boolean; category: string; rule: string | undefined };
        const raw: Raw[] = [];
        subs.forEach((s, k) => {
          for (let m = s.from; m <= s.until; m++) {
            const stepped = s.step !== null && m - s.from >= s.step.at;
            raw.push({ vendor: s.vendor, month: m, day: 1 + (k % 3), amount: stepped ? s.step!.to : s.amount, description: s.description, account: s.account, source: 'gl.csv', seats: s.seats, category: k % 3 ? 'collab' : 'obs', rule: k % 3 ? 'r1' : undefined });
          }
        });
        for (const n of noise) raw.push({ vendor: n.vendor, month: n.month, day: 2, amount: n.amount, description: n.description, account: '', source: 'card.csv', seats: false, category: 'misc', rule: 'r2' });
        for (const s of spikes) raw.push({ vendor: s.vendor, month: s.month, day: 3, amount: '99000.00', description: 'one-off', account: '6400', source: 'gl.csv', seats: false, category: 'misc', rule: undefined });
        for (const c of copies) if (raw.length > 0) raw.push({ ...raw[c % raw.length]!, source: c % 2 ? 'card.csv' : 'gl.csv' });
        const shuffled = raw.map((r, i) => ({ r, key: order[i % order.length]! + i * 1e-9 })).sort((a, b) => a.key - b.key).map((x) => x.r);
        const lines = shuffled.map((r, n) => {
          const names = vendors[r.vendor] ?? [''];
          const amount = d(r.amount);
          const l = line(n + 2, r.source, names[n % names.length]!, `${month(r.month)}-0${r.day}`, amount, { description: r.description, account: r.account, ...(r.seats ? { quantity: d('10'), usage: d('3') } : {}) });
          return { l, c: cat(r.category, amount, r.rule) };
        });
        const memory = new RecordCollector();
        const spilled = new SpillingCollector(budget, makeDir);
        for (const { l, c } of lines) {
          memory.add(l, l.amount, c);
          spilled.add(l, l.amount, c);
        }
        try {
          expect(spilled.spilled).toBe(lines.length >= budget);
          expect([...spilled.wins].sort()).toEqual([...memory.wins].sort());
          const functionOf = (c: string) => (c === 'obs' ? 'Ops' : 'Tech');
          const inMemory = findSavings(memory, DEFAULT_THRESHOLDS, 'USD', functionOf);
          for (const c of inMemory.candidates) kinds.add(c.kind);
          expect(json(findSavings(spilled.source(), DEFAULT_THRESHOLDS, 'USD', functionOf))).toBe(json(inMemory));
        } finally {
          spilled.dispose();
        }
      }),
      { numRuns: 150 },
    );
    // the scenarios reach every kind of candidate
    expect([...kinds].sort().join(' ')).toEqual(['annual-billing', 'duplicate-charge', 'overlap', 'price-increase', 'spike', 'unused'].join(' '));
    expect(readdirSync(parent)).toEqual([]);
    rmSync(parent, { recursive: true });
    // a property over many generated ledgers: seconds alone, far more on a busy 2-core machine
  }, 120_000);

  it('a collector that appends other threads’ parts spills them in order', () => {
    const part = new RecordCollector();
    const whole = new RecordCollector();
    const spilled = new SpillingCollector(3);
    for (let n = 0; n < 8; n++) {
      const l = line(n + 2, 'gl.csv', n % 2 ? 'Slack' : 'Zoom', `2026-0${1 + (n % 4)}-01`, d('100.00'));
      whole.add(l, l.amount, cat('collab', l.amount));
      (n < 3 ? spilled : part).add(l, l.amount, cat('collab', l.amount));
    }
    spilled.append(structuredClone(part.columns()));
    try {
      expect(json(findSavings(spilled.source(), DEFAULT_THRESHOLDS, 'USD'))).toBe(json(findSavings(whole, DEFAULT_THRESHOLDS, 'USD')));
    } finally {
      spilled.dispose();
    }
  });

  it('with no temporary folder, keeps the lines in memory', () => {
    const spilled = new SpillingCollector(2, () => {
      throw new Error('EACCES');
    });
    const memory = new RecordCollector();
    for (let n = 0; n < 6; n++) {
      const l = line(n + 2, 'gl.csv', 'Slack', `2026-0${1 + n}-01`, d('100.00'));
      spilled.add(l, l.amount, cat('collab', l.amount));
      memory.add(l, l.amount, cat('collab', l.amount));
    }
    expect(spilled.spilled).toBe(false);
    expect(json(findSavings(spilled.source(), DEFAULT_THRESHOLDS, 'USD'))).toBe(json(findSavings(memory, DEFAULT_THRESHOLDS, 'USD')));
  });

  it('removes its files when done', () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-spill-test-'));
    const spilled = new SpillingCollector(2, () => dir);
    for (let n = 0; n < 5; n++) {
      const l = line(n + 2, 'gl.csv', 'Slack', '2026-01-01', d('1.00'));
      spilled.add(l, l.amount, cat('collab', l.amount));
    }
    spilled.source();
    expect(readdirSync(dir).length).toBeGreaterThan(0);
    spilled.dispose();
    expect(existsSync(dir)).toBe(false);
  });
});

describe('a temporary folder that fails', () => {
  it('says which folder could not be written, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'techspend-spill-test-'));
    // a folder that is not there: the first write fails
    const spilled = new SpillingCollector(2, () => join(dir, 'gone'));
    const l = line(2, 'gl.csv', 'Slack', '2026-01-01', d('1.00'));
    spilled.add(l, l.amount, cat('collab', l.amount));
    expect(() => spilled.add(l, l.amount, cat('collab', l.amount))).toThrow(/cannot write savings lines to the temporary folder .*gone: ENOENT.*\(free some space there, or point TMPDIR elsewhere\)/);
    spilled.dispose();
    rmSync(dir, { recursive: true });
  });
});

describe('the monthly view', () => {
  it('loads only the months its dry run read, and fails loudly on a month read later', async () => {
    const { MonthlyView } = await import('../../src/analysis/savings/monthly.js');
    const store = new RecordCollector();
    for (const [n, date] of [[2, '2026-01-05'], [3, '2026-02-05'], [4, '2026-02-20']] as const) {
      const l = line(n, 'gl.csv', 'Slack', date, d('10.00'));
      store.add(l, l.amount, cat('collab', l.amount));
    }
    const view = new MonthlyView(store.names, () => []);
    view.count(store.spend());
    const slack = [...view.vendorSeries().values()][0]!;
    expect(slack.months.get('2026-02')!.records).toEqual([]); // the dry run reads February
    expect(view.wanted()).toBe(true);
    view.take(store);
    expect(slack.months.get('2026-02')!.records.map((r) => r.line)).toEqual([3, 4]);
    expect(slack.months.get('2026-02')!.amount).toEqual(d('20.00'));
    expect(() => slack.months.get('2026-01')!.records).toThrow(/a detector read the lines of a month its dry run did not name/);
  });
});

describe('a part’s savings lines on disk', () => {
  it('reads back, chunk by chunk and in order, what a part wrote; a cut file is an error', async () => {
    const { PartRecords, readPartRecords } = await import('../../src/io/workers/part-records.js');
    const dir = mkdtempSync(join(tmpdir(), 'techspend-spill-test-'));
    const part = new PartRecords(join(dir, 'part-1.bin'));
    const whole = new RecordCollector();
    for (let n = 0; n < 70_000; n++) {
      const l = line(n + 2, 'gl.csv', n % 3 ? 'Slack' : 'Zoom', `2026-0${1 + (n % 9)}-01`, d(`${n % 50}.25`));
      part.add(l, l.amount, cat('collab', l.amount, n % 2 ? 'r1' : undefined));
      whole.add(l, l.amount, cat('collab', l.amount, n % 2 ? 'r1' : undefined));
    }
    const file = part.close();
    const back = new RecordCollector();
    let chunks = 0;
    for (const c of readPartRecords(file)) {
      back.append(c);
      chunks++;
    }
    expect(chunks).toBe(2);
    expect(back.size).toBe(whole.size);
    for (const i of [0, 1, 65_535, 65_536, 69_999]) expect(back.record(i)).toEqual(whole.record(i));
    expect([...back.wins]).toEqual([...whole.wins]);
    writeFileSync(file, readFileSync(file).subarray(0, 1000));
    expect(() => [...readPartRecords(file)]).toThrow(/ends inside a chunk/);
    rmSync(dir, { recursive: true });
  });
});
