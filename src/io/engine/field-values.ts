/**
 * How the DuckDB engine decides the rules' field tests: per distinct value in node (the indexed
 * engine's own answers, rules/field-answers.ts, joined back as small lookup tables), or, for a
 * free-text field, on each line in SQL.
 *
 * Vendors, accounts and departments have a few thousand values where a file has millions of
 * lines: answering each value once is what makes 500 rules affordable. A free-text field (a
 * description naming its invoice number) has about as many values as lines: on a 1M-line CSV
 * its distinct pass ran DuckDB out of its 512 MB, and its lookup table (270k values answered
 * otherwise than the rest) was as big as the data, so the join to it ran out too. Such a field
 * is found from the sample rows layout recognition already read, and its tests run in the rules
 * SQL on the lines where the other fields leave the rule in (RE2 runs them all: the engine takes
 * a file only when the whole rules SQL does, duckdb-scan.ts rulesNotForSql).
 */
import type { FilterField } from '../../rules/field-filter.js';

/** The fields of a line a rule may test, with a column of their own in a file. */
export const FILTER_FIELDS_READ = ['vendor', 'description', 'account', 'department', 'costCenter', 'currency'] as const satisfies readonly FilterField[];
export type FieldRead = (typeof FILTER_FIELDS_READ)[number];

/** Fewer sample values than this say nothing about a field's spread: answered per value. */
const SAMPLE_FLOOR = 100;
/** A field this distinct in the sample (invoice numbers, free text) is tested on each line. */
const FREE_TEXT_SHARE = 0.9;

/**
 * The fields tested on each line rather than answered per distinct value: those whose sample
 * values (one per sample row) are nearly all different. Pure.
 */
export function answersOnLine<F extends FilterField>(fields: readonly F[], sample: (field: F) => readonly string[]): F[] {
  return fields.filter((f) => {
    const values = sample(f);
    return values.length >= SAMPLE_FLOOR && new Set(values).size >= FREE_TEXT_SHARE * values.length;
  });
}

/** From this many distinct values (estimated over the whole file) a field is tested on each line. */
export const FREE_TEXT_VALUES = 100_000;

/**
 * Of the fields the sample calls free text, those the whole file bears out: a sample of 500 rows
 * cannot tell 25,000 values over a million lines (a FOCUS export's descriptions, vendor and
 * service: answered per value, they keep the rules' text tests off the lines) from a million (an
 * invoice number in each). `estimate`: each field's distinct values over the file (approximate);
 * `rows`: the file's rows. Pure.
 */
export function freeTextInFile<F extends string>(flagged: readonly F[], estimate: (field: F) => number, rows: number): F[] {
  return flagged.filter((f) => {
    const values = estimate(f);
    return values >= FREE_TEXT_VALUES || values * 2 >= rows;
  });
}

/** One field's answers: the usual answer (a value missing from the table), and every value by its answer. */
export interface ValueAnswers {
  /** the answer ('0'/'1' by rule position, a SQL BITSTRING) of every value not listed */
  usual: string;
  /** every value, by its answer */
  values: Map<string, string[]>;
}

/**
 * One field's distinct values with their answers, grouped by answer; the largest group is the
 * usual answer, which a line whose value is not in the lookup table gets.
 */
export class ValueAnswerSet {
  private readonly byAnswer = new Map<string, string[]>();

  constructor(private readonly answer: (value: string) => string) {}

  add(value: string): void {
    const a = this.answer(value);
    const list = this.byAnswer.get(a);
    if (list === undefined) this.byAnswer.set(a, [value]);
    else list.push(value);
  }

  /** The answers; `fallback` is the usual one when the field had no value at all. */
  finish(fallback: string): ValueAnswers {
    let usual = fallback;
    let most = -1;
    for (const [a, values] of this.byAnswer) {
      if (values.length > most) {
        most = values.length;
        usual = a;
      }
    }
    // every value, the usual ones too: a lookup table of only the others (a few values against a
    // million lines) led DuckDB to build its join on the lines' side, out of its 512 MB on a
    // 1M-line Parquet board; a free-text field, the case the trimming was for, is no longer looked up
    const values = new Map(this.byAnswer);
    return { usual, values };
  }
}
