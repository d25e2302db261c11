import { describe, expect, it } from 'vitest';
import { buildConfig, parseConfigText } from '../../src/config/build.js';
import { rulesToSql } from '../../src/rules/sql.js';

const yaml = `
categories:
  - { id: cloud, name: Cloud, function: Product, pool: cloud }
  - { id: collab, name: Collaboration, function: Technology, shared: true, pool: software }
  - { id: sec, name: Security, function: Technology, shared: true }
rules:
  - { id: big-aws, category: cloud, match: { vendor: "AWS*", amount: ">= 10000.50" } }
  - { id: aws, category: cloud, match: { vendor: ["Amazon Web Services", "AWS"] } }
  - { id: pd, split: { collab: 70, sec: 30 }, match: { any: [ { vendor: "*duty*" }, { description: "/on-?call\\\\b/i" } ], not: { account: "69*" } } }
  - { id: svc, category: cloud, match: { column.ServiceName: "Big*Query", date: "2026-01-01..2026-03-31" } }
  - { id: quote, category: collab, match: { vendor: "O'Reilly" } }
`;
const config = buildConfig(parseConfigText(yaml, 't.yaml').value, { path: 't.yaml', dir: '.', readRelative: () => ({ error: 'x' }) }).config!;

describe('rules --sql dialects', () => {
  it('BigQuery: backtick names, STARTS_WITH, REGEXP_CONTAINS with escaped literals, NUMERIC, UNNEST parts', () => {
    const { sql, warnings } = rulesToSql(config, 'bigquery');
    expect(warnings).toEqual([]);
    // each text form computed once per line, then tested by name in the CASE
    expect(sql).toContain("lower(trim(COALESCE(CAST(`vendor` AS STRING), ''))) AS ts_vendor_norm,");
    expect(sql).toContain("lower(COALESCE(CAST(`vendor` AS STRING), '')) AS ts_vendor_lower,");
    expect(sql).toContain("COALESCE(CAST(`description` AS STRING), '') AS ts_description_raw,");
    expect(sql).toContain("lower(trim(COALESCE(CAST(`ServiceName` AS STRING), ''))) AS ts_column1_norm");
    expect(sql).toContain("WHEN (STARTS_WITH(ts_vendor_norm, 'aws') AND coalesce(`amount`, 0) >= NUMERIC '10000.5') THEN 'big-aws'");
    expect(sql).toContain("WHEN ts_vendor_norm IN ('amazon web services', 'aws') THEN 'aws'");
    expect(sql).toContain("STRPOS(ts_vendor_lower, 'duty') > 0 OR REGEXP_CONTAINS(ts_description_raw, '(?i)on-?call\\\\b')");
    expect(sql).toContain("NOT (STARTS_WITH(ts_account_norm, '69'))");
    expect(sql).toContain("REGEXP_CONTAINS(ts_column1_norm, '(?s)^big.*query$')");
    expect(sql.match(/COALESCE\(CAST\(`vendor`/g)).toHaveLength(2);
    expect(sql).toContain("(`date` >= DATE '2026-01-01' AND `date` <= DATE '2026-03-31')");
    expect(sql).toContain("= 'o\\'reilly' THEN 'quote'");
    expect(sql).toContain("STRUCT('pd' AS rule_id, 1 AS part, 'collab' AS category, 'software' AS pool, 7 AS weight, 10 AS total, 'technology' AS scope)");
    expect(sql).toContain('DIV(');
    expect(sql).toContain('ROW_NUMBER() OVER (PARTITION BY `source`, `line` ORDER BY s.remainder DESC, s.part)');
    // the windows run over split lines only
    expect(sql).toContain('FROM shares AS s WHERE s.parts_total = 1\n    UNION ALL\n');
  });

  it('Spark: RLIKE, startswith, instr, VALUES parts, div', () => {
    const { sql } = rulesToSql(config, 'spark');
    expect(sql).toContain("startswith(ts_vendor_norm, 'aws')");
    expect(sql).toContain("coalesce(`amount`, 0) >= CAST('10000.5' AS DECIMAL(38,2))");
    expect(sql).toContain("instr(ts_vendor_lower, 'duty') > 0");
    expect(sql).toContain("(ts_description_raw RLIKE '(?i)on-?call\\\\b')");
    expect(sql).toContain("SELECT * FROM VALUES\n    ('big-aws', 1, 'cloud', 'cloud', 1, 1, 'technology'),");
    expect(sql).toContain('AS t(rule_id, part, category, pool, weight, total, scope)');
    expect(sql).toContain(' div ');
  });

  it('DuckDB: standard quoting', () => {
    const { sql } = rulesToSql(config, 'duckdb');
    expect(sql).toContain(`= 'o''reilly' THEN 'quote'`);
    expect(sql).toContain(`coalesce(CAST("description" AS VARCHAR), '') AS ts_description_raw`);
    expect(sql).toContain(`regexp_matches(ts_description_raw, '(?i)on-?call\\b')`);
  });

  it('says which rules it cannot express', () => {
    const custom = { ...config, rules: [{ ...config.rules[0]!, condition: undefined, describe: 'vendor is X (built-in catalog)' }] };
    const { warnings } = rulesToSql(custom, 'duckdb');
    expect(warnings[0]).toMatch(/not expressible in SQL/);
  });
});
