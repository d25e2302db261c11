/**
 * `techspend facts --sql`: the fact table and the savings inputs as one query in each dialect.
 * BigQuery's and Spark's text is kept as golden files (no engine of theirs runs here) and checked
 * to hold no function only DuckDB knows; DuckDB's runs (tests/engine/facts.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import { factsToSql, FACT_COLUMNS, LINE_COLUMNS } from '../../src/rules/facts-sql.js';

const yaml = `
currency: USD
rates: { EUR: 1.08 }
categories:
  - { id: cloud, name: Cloud, function: Product, pool: cloud }
  - { id: collab, name: Collaboration, function: Technology, shared: true, pool: software }
  - { id: sec, name: Security, function: Technology, shared: true }
rules:
  - { id: aws, category: cloud, match: { vendor: ["Amazon Web Services", "AWS"] } }
  - { id: pd, split: { collab: 70, sec: 30 }, match: { vendor: "*duty*" } }
  - { id: office, category: collab, scope: excluded, match: { account: "61*" } }
`;
const config = buildConfig(parseConfigText(yaml, 't.yaml').value, { path: 't.yaml', dir: '.', readRelative: () => ({ error: 'x' }) }).config!;

/** What only DuckDB spells this way: a warehouse would reject it. */
const DUCKDB_ONLY = [/\bstrftime\(/i, /\bregexp_matches\(/i, /\bHUGEINT\b/, /\/\//, /::/, /\bEXCLUDE\s*\(/i, /\bread_(csv|parquet)\(/i, /\bfirst\(/i, /\bdate_diff\(/i, /\bchr\(/i, /"(source|line|date|rule|usage)"/];

describe('facts --sql: the facts and the savings inputs in one query', () => {
  for (const dialect of ['bigquery', 'spark'] as const) {
    it(`${dialect}: the query as written (golden), with no DuckDB-only function`, async () => {
      const { sql, warnings } = factsToSql(config, dialect);
      expect(warnings).toEqual([]);
      for (const re of DUCKDB_ONLY) expect(sql, `${dialect} SQL holds ${re}`).not.toMatch(re);
      await expect(sql).toMatchFileSnapshot(`__golden__/facts-${dialect}.sql`);
    });
  }

  it('every dialect: four kinds of row', () => {
    for (const dialect of ['duckdb', 'bigquery', 'spark'] as const) {
      const { sql } = factsToSql(config, dialect);
      const quote = dialect === 'duckdb' ? "'" : "'";
      for (const grain of ['fact', 'line', 'source', 'date']) expect(sql).toContain(`${quote}${grain}${quote} AS grain`);
      expect(sql.match(/\nUNION ALL\n/g)).toHaveLength(3);
      // the comment names the output columns in order
      expect(sql).toContain(`-- output: ${[...FACT_COLUMNS, ...LINE_COLUMNS].join(', ')}`);
    }
  });

  it('the line rows: technology lines a rule won, once each (a split line by its first part), booked whole', () => {
    const { sql } = factsToSql(config, 'duckdb');
    expect(sql).toContain(`WHERE c.scope <> 'excluded' AND coalesce(c.part, 1) = 1 AND c."rule" IS NOT NULL`);
    expect(sql).toContain('c.booked AS amount');
    // an input's spend per vendor and month, with its first five lines (the double-count check)
    expect(sql).toContain('WHERE s.side_rank <= 5');
  });
});
