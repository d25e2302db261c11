/**
 * The rule candidates of a line, decided once per combination of its fields' answers rather than
 * once per line. Each field's distinct values fall into a few answer patterns (rules/field-
 * answers.ts: a few hundred for thousands of values); a line's candidates are the AND of its
 * fields' patterns, so they, the first decided candidate, and whether any rule still needs its
 * line-by-line test before it, depend on the patterns alone. When every combination of patterns
 * fits in a small table, that table is computed once and each line only joins to it by pattern
 * numbers: on 2M Parquet lines × 500 rules, BITSTRING ANDs and bit_position over 500 bits per
 * line were the most expensive step of the rules pass.
 */
import { type DuckConnection, sqlId } from './duckdb.js';

/** Past this many combinations the AND stays per line (the table would cost more than it saves). */
const MAX_COMBINATIONS = 250_000;

/** How `lines` gets its candidates: the joins, the candidates column's expression, and the columns precomputed per combination. */
export interface CandidateJoins {
  joins: string[];
  candidates: string;
  /** `AS name` columns to add to `lines` (the first decided candidate and whether it is settled), or none */
  columns: string[];
  /** for rules/sql.ts: the columns of `lines` holding them, or undefined when computed per line */
  first: string | undefined;
  settled: string | undefined;
}

/**
 * `patterns[k]`: the number of answer patterns of field k, in tables ts_fp{k} (pid, bits) and
 * ts_fv{k} (v, pid); `column(k)`: the column of `b` (ts_lines_base) field k reads.
 */
export async function candidateJoins(conn: DuckConnection, patterns: readonly number[], decided: readonly boolean[], column: (k: number) => string): Promise<CandidateJoins> {
  const n = decided.length;
  const combinations = patterns.reduce((a, p) => a * Math.max(p, 1), 1);
  if (patterns.length === 0 || combinations > MAX_COMBINATIONS) {
    // as before: each line ANDs its fields' bits
    const joins = patterns.map((_, k) => `LEFT JOIN (SELECT v.v, p.bits FROM ts_fv${k} AS v JOIN ts_fp${k} AS p ON p.pid = v.pid) AS f${k} ON f${k}.v = coalesce(b.${sqlId(column(k))}, '')`);
    const candidates = patterns.length > 0 ? patterns.map((_, k) => `f${k}.bits`).join(' & ') : n > 0 ? `'${'1'.repeat(n)}'::BITSTRING` : 'NULL::BITSTRING';
    return { joins, candidates, columns: [], first: undefined, settled: undefined };
  }
  const mask = decided.map((x) => (x ? '1' : '0')).join('');
  const undecided = decided.map((x) => (x ? '0' : '1')).join('');
  const bits = patterns.map((_, k) => `p${k}.bits`).join(' & ');
  const first = mask.includes('1') ? `bit_position('1'::BIT, c.bits & '${mask}'::BITSTRING)` : '0';
  // settled: no rule that keeps its line test is a candidate before the first decided one (or at
  // all, when none is): the CASE's answer is that rule (or none) whatever the line holds
  const before = `bit_position('1'::BIT, c.bits & '${undecided}'::BITSTRING)`;
  const settled = undecided.includes('1') ? `(${before} = 0 OR (c.first > 0 AND ${before} > c.first))` : 'TRUE';
  await conn.run(`CREATE OR REPLACE TEMP TABLE ts_combo AS
    SELECT c.*, ${settled} AS settled FROM (
      SELECT c.*, ${first} AS first FROM (
        SELECT ${patterns.map((_, k) => `p${k}.pid AS pid${k}`).join(', ')}, ${bits} AS bits FROM ${patterns.map((_, k) => `ts_fp${k} AS p${k}`).join(', ')}
      ) AS c
    ) AS c`);
  const joins = patterns.map((_, k) => `LEFT JOIN ts_fv${k} AS f${k} ON f${k}.v = coalesce(b.${sqlId(column(k))}, '')`);
  joins.push(`LEFT JOIN ts_combo AS cb ON ${patterns.map((_, k) => `cb.pid${k} = f${k}.pid`).join(' AND ')}`);
  return { joins, candidates: 'cb.bits', columns: ['cb.first AS ts_first_decided', 'cb.settled AS ts_settled'], first: 'ts_first_decided', settled: 'ts_settled' };
}
