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
import { type DuckConnection, sqlId, sqlString } from './duckdb.js';
import type { ValueAnswers } from './field-values.js';

/** Past this many combinations the AND stays per line (the table would cost more than it saves). */
const MAX_COMBINATIONS = 250_000;

/**
 * TECHSPEND_DUCKDB_MAX_COMBINATIONS (a whole number) lowers that limit: tests run the per-line AND
 * on a file of a few lines, as a file with many answer patterns runs it. Not a user option.
 */
function maxCombinations(): number {
  const v = process.env.TECHSPEND_DUCKDB_MAX_COMBINATIONS?.trim();
  return v !== undefined && /^[0-9]{1,9}$/.test(v) ? Math.min(Number(v), MAX_COMBINATIONS) : MAX_COMBINATIONS;
}

/**
 * One field's answers as the rows of ts_fp{k} (pid, bits) and ts_fv{k} (value, pid). A value not
 * listed has the usual answer: its pattern, a pattern of its own only when no listed value has
 * that answer. A second copy would multiply the combinations by a pattern that changes nothing
 * (on the benchmark's 1M lines × 500 rules: 301,252 combinations, past MAX_COMBINATIONS, the
 * per-line AND again, for 149,850).
 */
export function fieldPatterns(answers: ValueAnswers): { patterns: string[][]; rows: string[][]; usualPid: number; usual: string } {
  const patterns: string[][] = [];
  const rows: string[][] = [];
  let usualPid = -1;
  for (const [answer, list] of answers.values) {
    const pid = patterns.length;
    if (answer === answers.usual) usualPid = pid;
    patterns.push([String(pid), `'${answer}'::BITSTRING`]);
    for (const value of list) rows.push([sqlString(value), String(pid)]);
  }
  if (usualPid < 0) {
    usualPid = patterns.length;
    patterns.push([String(usualPid), `'${answers.usual}'::BITSTRING`]);
  }
  return { patterns, rows, usualPid, usual: answers.usual };
}

/** One field's answers as ts_fp{k} (pid, bits) and ts_fv{k} (v, pid) hold them. */
export interface FieldPatterns {
  /** how many patterns ts_fp{k} holds */
  patterns: number;
  /** the pattern of the usual answer, which a value not in ts_fv{k} has */
  usualPid: number;
  /** that answer, as '0'/'1' by rule position */
  usual: string;
  /** the column of `b` (ts_lines_base) the field reads */
  column: string;
}

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

export async function candidateJoins(conn: DuckConnection, fields: readonly FieldPatterns[], decided: readonly boolean[]): Promise<CandidateJoins> {
  const n = decided.length;
  const combinations = fields.reduce((a, f) => a * Math.max(f.patterns, 1), 1);
  const value = (f: FieldPatterns, k: number) => `f${k}.v = coalesce(b.${sqlId(f.column)}, '')`;
  if (fields.length === 0 || combinations > maxCombinations()) {
    // as before: each line ANDs its fields' bits
    const joins = fields.map((f, k) => `LEFT JOIN (SELECT v.v, p.bits FROM ts_fv${k} AS v JOIN ts_fp${k} AS p ON p.pid = v.pid) AS f${k} ON ${value(f, k)}`);
    const candidates = fields.length > 0 ? fields.map((f, k) => `coalesce(f${k}.bits, '${f.usual}'::BITSTRING)`).join(' & ') : n > 0 ? `'${'1'.repeat(n)}'::BITSTRING` : 'NULL::BITSTRING';
    return { joins, candidates, columns: [], first: undefined, settled: undefined };
  }
  const mask = decided.map((x) => (x ? '1' : '0')).join('');
  const undecided = decided.map((x) => (x ? '0' : '1')).join('');
  const bits = fields.map((_, k) => `p${k}.bits`).join(' & ');
  const first = mask.includes('1') ? `bit_position('1'::BIT, c.bits & '${mask}'::BITSTRING)` : '0';
  // settled: no rule that keeps its line test is a candidate before the first decided one (or at
  // all, when none is): the CASE's answer is that rule (or none) whatever the line holds
  const before = `bit_position('1'::BIT, c.bits & '${undecided}'::BITSTRING)`;
  const settled = undecided.includes('1') ? `(${before} = 0 OR (c.first > 0 AND ${before} > c.first))` : 'TRUE';
  await conn.run(`CREATE OR REPLACE TEMP TABLE ts_combo AS
    SELECT c.*, ${settled} AS settled FROM (
      SELECT c.*, ${first} AS first FROM (
        SELECT ${fields.map((_, k) => `p${k}.pid AS pid${k}`).join(', ')}, ${bits} AS bits FROM ${fields.map((_, k) => `ts_fp${k} AS p${k}`).join(', ')}
      ) AS c
    ) AS c`);
  const joins = fields.map((f, k) => `LEFT JOIN ts_fv${k} AS f${k} ON ${value(f, k)}`);
  joins.push(`LEFT JOIN ts_combo AS cb ON ${fields.map((f, k) => `cb.pid${k} = coalesce(f${k}.pid, ${f.usualPid})`).join(' AND ')}`);
  return { joins, candidates: 'cb.bits', columns: ['cb.first AS ts_first_decided', 'cb.settled AS ts_settled'], first: 'ts_first_decided', settled: 'ts_settled' };
}
