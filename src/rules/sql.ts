/**
 * The rules as SQL, for a warehouse or a Spark cluster that holds the billing lines: one CASE
 * picks the first matching rule (the rules' order), a parts table spreads split rules, and
 * window functions allocate by largest remainder at the cent (ties to the part listed first),
 * so parts add up exactly to the line, as in the engine.
 *
 * Input: a table `lines` with source, line, date (DATE), vendor, description, account,
 * department, cost_center, currency, amount (DECIMAL, source currency, expense positive) and any
 * raw column a `column.<header>` matcher names. Output: one row per line or split part.
 */
import type { Config } from '../config/config.js';
import { type Decimal, toExact } from '../money/decimal.js';
import type { Condition } from '../config/condition.js';
import type { AmountComparison, DateComparison, StringPattern } from '../config/matcher.js';
import { scopeOfRule } from './engine.js';
import type { Rule } from '../config/rule.js';

export type SqlDialect = 'duckdb' | 'bigquery' | 'spark';
export const SQL_DIALECTS: readonly SqlDialect[] = ['duckdb', 'bigquery', 'spark'];

export interface SqlExport {
  sql: string;
  /** rules that could not be expressed (they never match in SQL), and regex features a dialect lacks */
  warnings: string[];
}

const FIELD_COLUMNS: Record<string, string> = {
  vendor: 'vendor',
  description: 'description',
  account: 'account',
  department: 'department',
  costCenter: 'cost_center',
  currency: 'currency',
  source: 'source',
};

interface Dialect {
  id: (name: string) => string;
  str: (s: string) => string;
  startsWith: (x: string, s: string) => string;
  endsWith: (x: string, s: string) => string;
  contains: (x: string, s: string) => string;
  regex: (x: string, re: string) => string;
  decimal: (d: Decimal) => string;
  date: (d: string) => string;
  text: (x: string) => string;
  intDiv: (a: string, b: string) => string;
  mod: (a: string, b: string) => string;
  table: (name: string, columns: string[], rows: string[][]) => string;
  units: (x: string) => string;
}

const quoteSql = (s: string) => `'${s.replace(/'/g, "''")}'`;
// BigQuery and Spark read backslash escapes in string literals
const quoteEscaped = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;

const DIALECTS: Record<SqlDialect, Dialect> = {
  duckdb: {
    id: (n) => `"${n.replace(/"/g, '""')}"`,
    str: quoteSql,
    startsWith: (x, s) => `starts_with(${x}, ${quoteSql(s)})`,
    endsWith: (x, s) => `ends_with(${x}, ${quoteSql(s)})`,
    contains: (x, s) => `contains(${x}, ${quoteSql(s)})`,
    regex: (x, re) => `regexp_matches(${x}, ${quoteSql(re)})`,
    decimal: (d) => `${toExact(d)}::DECIMAL(38,${Math.min(Math.max(d.scale, 0), 37)})`,
    date: (d) => `DATE ${quoteSql(d)}`,
    text: (x) => `coalesce(CAST(${x} AS VARCHAR), '')`,
    intDiv: (a, b) => `(${a}) // (${b})`,
    mod: (a, b) => `(${a}) % (${b})`,
    table: (name, columns, rows) => `${name}(${columns.join(', ')}) AS (VALUES\n    ${rows.map((r) => `(${r.join(', ')})`).join(',\n    ')})`,
    units: (x) => `CAST(${x} AS HUGEINT)`,
  },
  bigquery: {
    id: (n) => `\`${n.replace(/`/g, '\\`')}\``,
    str: quoteEscaped,
    startsWith: (x, s) => `STARTS_WITH(${x}, ${quoteEscaped(s)})`,
    endsWith: (x, s) => `ENDS_WITH(${x}, ${quoteEscaped(s)})`,
    contains: (x, s) => `STRPOS(${x}, ${quoteEscaped(s)}) > 0`,
    regex: (x, re) => `REGEXP_CONTAINS(${x}, ${quoteEscaped(re)})`,
    decimal: (d) => `${d.scale > 9 ? 'BIGNUMERIC' : 'NUMERIC'} ${quoteEscaped(toExact(d))}`,
    date: (d) => `DATE ${quoteEscaped(d)}`,
    text: (x) => `COALESCE(CAST(${x} AS STRING), '')`,
    intDiv: (a, b) => `DIV(${a}, ${b})`,
    mod: (a, b) => `MOD(${a}, ${b})`,
    table: (name, columns, rows) =>
      `${name} AS (\n    SELECT * FROM UNNEST([\n      ${rows.map((r) => `STRUCT(${r.map((v, i) => `${v} AS ${columns[i]}`).join(', ')})`).join(',\n      ')}\n    ])\n  )`,
    units: (x) => `CAST(${x} AS BIGNUMERIC)`,
  },
  spark: {
    id: (n) => `\`${n.replace(/`/g, '``')}\``,
    str: quoteEscaped,
    startsWith: (x, s) => `startswith(${x}, ${quoteEscaped(s)})`,
    endsWith: (x, s) => `endswith(${x}, ${quoteEscaped(s)})`,
    contains: (x, s) => `instr(${x}, ${quoteEscaped(s)}) > 0`,
    regex: (x, re) => `(${x} RLIKE ${quoteEscaped(re)})`,
    decimal: (d) => `CAST(${quoteEscaped(toExact(d))} AS DECIMAL(38,${Math.min(Math.max(d.scale, 0), 37)}))`,
    date: (d) => `DATE ${quoteEscaped(d)}`,
    text: (x) => `coalesce(CAST(${x} AS STRING), '')`,
    intDiv: (a, b) => `(${a}) div (${b})`,
    mod: (a, b) => `(${a}) % (${b})`,
    table: (name, columns, rows) => `${name} AS (\n    SELECT * FROM VALUES\n    ${rows.map((r) => `(${r.join(', ')})`).join(',\n    ')}\n    AS t(${columns.join(', ')})\n  )`,
    units: (x) => `CAST(${x} AS DECIMAL(38,0))`,
  },
};

function escapeRegexLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A JS regex as RE2 / Java text: flags become inline flags; lookarounds and backreferences are flagged. */
function regexText(source: string, flags: string, problems: string[]): string {
  const inline = ['i', 'm', 's'].filter((f) => flags.includes(f)).join('');
  if (/\(\?<?[=!]/.test(source)) problems.push('lookaround (not in RE2: DuckDB, BigQuery)');
  if (/\\[1-9]|\\k</.test(source)) problems.push('backreference (not in RE2: DuckDB, BigQuery)');
  // a JS source escapes `/` (harmless elsewhere, but RE2 rejects unknown escapes of letters only)
  return (inline ? `(?${inline})` : '') + source;
}

function columnOf(d: Dialect, field: string): string {
  return field.startsWith('column.') ? d.id(field.slice('column.'.length)) : d.id(FIELD_COLUMNS[field] ?? field);
}

/**
 * The text forms the rules test, each computed once per line in the `normalized` step rather
 * than in every WHEN (a CASE of hundreds of rules would lower-case a field hundreds of times).
 */
class TextColumns {
  private readonly made = new Map<string, { alias: string; sql: string }>();
  private readonly rawColumns = new Map<string, number>();

  constructor(private readonly d: Dialect) {}

  private column(field: string, form: 'raw' | 'norm' | 'lower'): string {
    const key = `${field}\u0000${form}`;
    let c = this.made.get(key);
    if (c === undefined) {
      const raw = this.d.text(columnOf(this.d, field));
      const sql = form === 'raw' ? raw : form === 'norm' ? `lower(trim(${raw}))` : `lower(${raw})`;
      // readable names for the known fields; raw columns by number (their headers can be anything)
      let name = FIELD_COLUMNS[field];
      if (name === undefined) {
        if (!this.rawColumns.has(field)) this.rawColumns.set(field, this.rawColumns.size + 1);
        name = `column${this.rawColumns.get(field)!}`;
      }
      c = { alias: `ts_${name}_${form}`, sql };
      this.made.set(key, c);
    }
    return c.alias;
  }

  /** the field as text ('' for null) */
  raw(field: string): string {
    return this.column(field, 'raw');
  }

  /** trimmed and lower-cased: what exact, prefix, suffix and glob patterns test */
  norm(field: string): string {
    return this.column(field, 'norm');
  }

  /** lower-cased: what contains tests */
  lower(field: string): string {
    return this.column(field, 'lower');
  }

  /** one more column of the `normalized` step */
  extra(sql: string, alias: string): void {
    this.made.set(`\u0000${alias}`, { alias, sql });
  }

  /** `expression AS alias` for each form used, in first-use order */
  select(): string[] {
    return [...this.made.values()].map((c) => `${c.sql} AS ${c.alias}`);
  }
}

function textSql(d: Dialect, t: TextColumns, field: string, p: StringPattern, problems: string[]): string {
  switch (p.kind) {
    case 'exact':
      return `${t.norm(field)} = ${d.str(p.text)}`;
    case 'prefix':
      return p.text === '' ? 'TRUE' : d.startsWith(t.norm(field), p.text);
    case 'suffix':
      return p.text === '' ? 'TRUE' : d.endsWith(t.norm(field), p.text);
    case 'contains':
      return p.text === '' ? 'TRUE' : d.contains(t.lower(field), p.text);
    case 'glob':
      return d.regex(t.norm(field), `(?s)^${p.parts.map(escapeRegexLiteral).join('.*')}$`);
    case 'regex':
      return d.regex(t.raw(field), regexText(p.source, p.flags, problems));
  }
}

function comparisonSql<T>(column: string, c: AmountComparison | DateComparison, lit: (v: T) => string): string {
  if (c.kind === 'range') return `(${column} >= ${lit(c.low as T)} AND ${column} <= ${lit(c.high as T)})`;
  const op = c.op === '!=' ? '<>' : c.op;
  return `${column} ${op} ${lit(c.value as T)}`;
}

function conditionSql(c: Condition, d: Dialect, t: TextColumns, problems: string[]): string {
  switch (c.kind) {
    case 'all':
      return c.of.length === 0 ? 'TRUE' : c.of.length === 1 ? conditionSql(c.of[0]!, d, t, problems) : `(${c.of.map((o) => conditionSql(o, d, t, problems)).join(' AND ')})`;
    case 'any': {
      if (c.of.length === 0) return 'FALSE';
      // a list of exact values on one field: one IN test
      const first = c.of[0]!;
      if (c.of.length > 1 && first.kind === 'text' && c.of.every((o) => o.kind === 'text' && o.field === first.field && o.pattern.kind === 'exact')) {
        const values = c.of.map((o) => (o.kind === 'text' && o.pattern.kind === 'exact' ? d.str(o.pattern.text) : ''));
        return `${t.norm(first.field)} IN (${[...new Set(values)].join(', ')})`;
      }
      return `(${c.of.map((o) => conditionSql(o, d, t, problems)).join(' OR ')})`;
    }
    case 'not':
      return `NOT (${conditionSql(c.of, d, t, problems)})`;
    case 'text':
      return textSql(d, t, c.field, c.pattern, problems);
    case 'amount':
      return comparisonSql<Decimal>(`coalesce(${d.id('amount')}, 0)`, c.comparison, d.decimal);
    case 'date':
      return comparisonSql<string>(d.id('date'), c.comparison, d.date);
  }
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** The largest scale the split allocation works at (a line written with more decimals is allocated at this one). */
const MAX_SCALE = 12;

/** 10^s as an exact decimal literal of the dialect (s may be negative: 10^-s). */
const power = (d: Dialect, s: number) => d.decimal(s >= 0 ? { units: 10n ** BigInt(s), scale: 0 } : { units: 1n, scale: -s });

/**
 * The unit a split divides a line at, as SQL: the cent, or the amount's last significant digit
 * below it (1.234567 is spread in millionths), as the engine does (money/allocate.ts atSplitUnit).
 * It depends on the value, not on how it was written, so a warehouse's DECIMAL column gives the
 * same parts as the export read from a file.
 */
function scaleSql(d: Dialect, amount: string): string {
  const whens: string[] = [];
  for (let s = 2; s < MAX_SCALE; s++) whens.push(`WHEN abs(${amount}) * ${power(d, s)} = floor(abs(${amount}) * ${power(d, s)}) THEN ${s}`);
  return `CASE ${whens.join(' ')} ELSE ${MAX_SCALE} END`;
}

/** scaleSql in a dialect: the fewest decimals that hold `amount`, at least the cent (a warehouse's typed amount, as its export would write it). */
export const splitScaleSql = (dialect: SqlDialect, amount: string): string => scaleSql(DIALECTS[dialect], amount);

/** `x` × 10^scale (a CASE over the scales: no floating-point power on money). */
function timesPower(d: Dialect, x: string, scale: string, sign: 1 | -1, exactType: string): string {
  const whens: string[] = [];
  // each branch cast to one type: a CASE over DECIMAL(38,0) … DECIMAL(38,12) would settle on the first's scale
  for (let s = 0; s <= MAX_SCALE; s++) whens.push(`WHEN ${s} THEN CAST(${x} * ${power(d, sign * s)} AS ${exactType})`);
  return `CASE ${scale} ${whens.join(' ')} END`;
}

export interface SqlOptions {
  /**
   * a column of `lines` holding the amount booked in the reporting currency: what a split divides
   * and the output's amount (rules still compare `amount`, the line's own, as the engine does);
   * default: `amount`
   */
  booked?: string | undefined;
  /** more columns of `lines` to keep to the output (techspend's engine aggregates on them) */
  passThrough?: readonly string[] | undefined;
  /**
   * the SQL test of a rule that has no structured match (a built-in catalog rule), over the
   * columns of `lines`; undefined leaves it out with a warning (techspend's engine decides such
   * rules in node over the distinct values they read and joins the answer)
   */
  external?: ((rule: Rule) => string | undefined) | undefined;
  /** no ORDER BY (the engine aggregates the result: sorting the lines would be wasted) */
  unordered?: boolean | undefined;
  /**
   * (DuckDB) a BITSTRING column of `lines` with, by rule position, the rules each line's field
   * values leave in (rules/field-answers.ts), and the rules those answers decide alone: the first
   * decided candidate wins unless an earlier candidate passes its full test, the only rules the
   * CASE still tests line by line
   */
  candidates?: CandidateColumns | undefined;
}

/** The candidates of SqlOptions: the BITSTRING column, and optionally what the engine computed from it once per combination of field answers. */
export interface CandidateColumns {
  column: string;
  decided: readonly boolean[];
  rest: readonly (readonly Condition[])[];
  /** a column of `lines` holding the first decided candidate (bit_position over the decided ones, 0 for none) */
  first?: string | undefined;
  /** a column of `lines`, true where no rule keeping its line test is a candidate before that one: the answer needs no test */
  settled?: string | undefined;
}

export function rulesToSql(config: Config, dialect: SqlDialect, options: SqlOptions = {}): SqlExport {
  const d = DIALECTS[dialect];
  const warnings: string[] = [];
  const poolOf = (rulePool: string | undefined, category: string) => rulePool ?? config.categoryById.get(category)?.pool ?? 'other';
  const whens: string[] = [];
  const text = new TextColumns(d);
  const parts: string[][] = [];
  const candidates = options.candidates;
  config.rules.forEach((r, position) => {
    const decided = candidates?.decided[position] === true;
    const external = r.condition === undefined && !decided ? options.external?.(r) : undefined;
    if (r.condition === undefined && external === undefined && !decided) {
      warnings.push(`${r.where} (rule ${r.id}): ${r.describe}: not expressible in SQL, left out`);
      return;
    }
    const problems: string[] = [];
    // with candidates: a decided rule is found by ts_first; the others are tested while still candidates before it
    if (candidates === undefined) whens.push(`      WHEN ${external ?? conditionSql(r.condition!, d, text, problems)} THEN ${d.str(r.id)}`);
    else if (!decided) {
      // the candidate bit stands for the rule's field tests: only the rest is tested on the line
      const rest = r.condition === undefined ? [] : candidates.rest[position] ?? [];
      const test = external ?? conditionSql(rest.length === 0 ? r.condition! : { kind: 'all', of: [...rest] }, d, text, problems);
      whens.push(`      WHEN get_bit(${d.id(candidates.column)}, ${position}) = 1 AND (ts_first = 0 OR ts_first > ${position + 1}) AND ${test} THEN ${d.str(r.id)}`);
    }
    for (const p of problems) warnings.push(`${r.where} (rule ${r.id}): ${p}`);
    const split = r.split ?? [{ category: r.category!, weight: 1n }];
    // weights reduced by their gcd keep the integer arithmetic small; the shares are the same
    const g = split.reduce((a, p) => gcd(a, p.weight), 0n) || 1n;
    const total = split.reduce((a, p) => a + p.weight / g, 0n);
    const scope = scopeOfRule(r, config);
    split.forEach((p, i) => parts.push([d.str(r.id), String(i + 1), d.str(p.category), d.str(poolOf(r.pool, p.category)), String(p.weight / g), String(total), d.str(scope)]));
  });
  if (candidates !== undefined) {
    const mask = candidates.decided.map((x) => (x ? '1' : '0')).join('');
    text.extra(candidates.first !== undefined ? d.id(candidates.first) : mask.includes('1') ? `bit_position('1'::BIT, ${d.id(candidates.column)} & '${mask}'::BITSTRING)` : '0', 'ts_first');
    const ids = `[${config.rules.map((r) => d.str(r.id)).join(', ')}]`;
    // a settled line skips the line tests: none of them could fire before its first decided candidate
    if (candidates.settled !== undefined) whens.unshift(`      WHEN ${d.id(candidates.settled)} THEN list_extract(${ids}, nullif(ts_first, 0))`);
    whens.push(`      WHEN ts_first > 0 THEN list_extract(${ids}, ts_first)`);
  }
  const categories = config.categories.map((c) => [d.str(c.id), d.str(c.function)]);
  const u = config.uncategorized;
  const id = d.id;
  const line = `${id('source')}, ${id('line')}`;
  const booked = id(options.booked ?? 'amount');
  const exact = dialect === 'bigquery' ? 'BIGNUMERIC' : `DECIMAL(38,${MAX_SCALE})`;
  // the columns both branches of `allocated` carry (a union needs the same list on each side)
  const kept = ['source', 'line', 'date', 'vendor', 'description', 'account', 'currency', 'amount', ...(options.passThrough ?? [])].map((c) => `s.${id(c)}`);
  const shareColumns = [...kept, 's.part', 's.category', 's.pool', 's.scope', 's.rule_id', 's.parts_total'].join(', ');
  // what `shares` carries: the kept columns and what a split reads, not every column of `lines`. It
  // is read twice, so DuckDB materializes it: with `m.*` every raw cell and rule candidate of every
  // line was held in memory at once (out of memory at 1M lines under a 512 MB limit)
  const carried = [...new Set([...kept.map((c) => c.replace(/^s\./, 'm.')), `m.${booked}`])].join(', ');
  const lines = [
    `-- techspend rules --sql ${dialect}: the categorization of ${config.path}, first match wins`,
    `-- input: a table named lines (source, line, date, vendor, description, account, department, cost_center, currency, amount[, raw columns])`,
    `WITH`,
    `  normalized AS (`,
    `    SELECT ${['l.*', ...text.select()].join(',\n      ')}`,
    `    FROM lines AS l`,
    `  ),`,
    `  matched AS (`,
    `    SELECT n.*, CASE`,
    ...(whens.length > 0 ? whens : ['      WHEN FALSE THEN NULL']),
    `      ELSE NULL END AS rule_id`,
    `    FROM normalized AS n`,
    `  ),`,
    `  ${d.table('rule_parts', ['rule_id', 'part', 'category', 'pool', 'weight', 'total', 'scope'], parts.length > 0 ? parts : [[d.str(''), '1', d.str(u), d.str(poolOf(undefined, u)), '1', '1', d.str(config.unmatched)]])},`,
    `  ${d.table('category_functions', ['category', 'function_name'], categories)},`,
    `  shares AS (`,
    `    SELECT ${carried}, m.rule_id, p.part, coalesce(p.category, ${d.str(u)}) AS category, coalesce(p.pool, ${d.str(poolOf(undefined, u))}) AS pool, coalesce(p.scope, ${d.str(config.unmatched)}) AS scope,`,
    `      coalesce(p.weight, 1) AS weight, coalesce(p.total, 1) AS parts_total`,
    `    FROM matched AS m LEFT JOIN rule_parts AS p ON p.rule_id = m.rule_id`,
    `  ),`,
    // a split line in units of its amount's last written digit (exact integers: no rounding before the split)
    `  unit_shares AS (`,
    `    SELECT s.*, ${d.units('s.amount_units')} AS units,`,
    `      ${d.intDiv(`${d.units('s.amount_units')} * s.weight`, 's.parts_total')} AS base,`,
    `      ${d.mod(`${d.units('s.amount_units')} * s.weight`, 's.parts_total')} AS remainder`,
    `    FROM (SELECT s.*, ${timesPower(d, `abs(s.${booked})`, 's.amount_scale', 1, exact)} AS amount_units`,
    `      FROM (SELECT s.*, ${scaleSql(d, `s.${booked}`)} AS amount_scale FROM shares AS s WHERE s.parts_total > 1) AS s) AS s`,
    `  ),`,
    // the windows only over lines a split rule spreads: a line in one category keeps its amount
    `  allocated AS (`,
    `    SELECT ${shareColumns}, s.${booked} AS part_amount`,
    `    FROM shares AS s WHERE s.parts_total = 1`,
    `    UNION ALL`,
    `    SELECT ${shareColumns}, ${timesPower(d, `CAST(s.base + CASE WHEN s.rank_in_line <= s.leftover THEN 1 ELSE 0 END AS ${dialect === 'bigquery' ? 'BIGNUMERIC' : 'DECIMAL(38,0)'})`, 's.amount_scale', -1, exact)} * CASE WHEN s.${booked} < 0 THEN -1 ELSE 1 END AS part_amount`,
    `    FROM (SELECT s.*,`,
    `      s.units - SUM(s.base) OVER (PARTITION BY ${line}) AS leftover,`,
    `      ROW_NUMBER() OVER (PARTITION BY ${line} ORDER BY s.remainder DESC, s.part) AS rank_in_line`,
    `    FROM unit_shares AS s) AS s`,
    `  )`,
    `SELECT a.${id('source')}, a.${id('line')}, a.${id('date')}, a.${id('vendor')}, a.${id('description')}, a.${id('account')},`,
    `  a.part_amount AS ${id('amount')},`,
    `  a.${id('currency')}, a.category, f.function_name AS ${id('function')}, a.pool, a.rule_id AS ${id('rule')}, a.scope${options.passThrough === undefined ? '' : `${options.passThrough.map((c) => `, a.${id(c)}`).join('')}, a.part, a.parts_total`}`,
    `FROM allocated AS a LEFT JOIN category_functions AS f ON f.category = a.category`,
    ...(options.unordered ? [] : [`ORDER BY a.${id('source')}, a.${id('line')}, a.part`]),
  ];
  return { sql: lines.join('\n') + ';\n', warnings };
}
