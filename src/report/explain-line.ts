/** `techspend explain --line`: one line, the rules that match it in evaluation order, and its result. */
import type { Config } from '../config/config.js';
import { usageError } from '../diagnostic.js';
import type { ExpenseLine, Rejection } from '../ingest/line.js';
import { type Decimal, toExact } from '../money/decimal.js';
import { type Categorization, createCategorizer } from '../rules/engine.js';
import { int, money, type Report, type Row, text } from './model.js';

/** `--line file:n`: the file as given (or the end of its path) and its physical line number. */
export interface LineTarget {
  source: string;
  line: number;
  /** as written on the command line */
  written: string;
}

export interface ExplainLineAt {
  /** what the scan calls for each technology line and each excluded one (explain says why a line is out of scope) */
  sink: {
    line: (l: ExpenseLine, booked: Decimal, c: Categorization) => void;
    excluded: (l: ExpenseLine, booked: Decimal, c: Categorization) => void;
  };
  /** the explanation, once the scan is done; a usage error when no line starts there (or it was rejected) */
  report(rejections: readonly Rejection[]): Report;
}

/** The line the scan reads at `target`, collected as it goes, and its explanation. */
export function explainLineAt(config: Config, target: LineTarget): ExplainLineAt {
  const found: { line: ExpenseLine; booked: Decimal; rows: Row[] }[] = [];
  const see = (l: ExpenseLine, booked: Decimal, c: Categorization) => {
    if (l.line !== target.line || (l.source !== target.source && !l.source.endsWith('/' + target.source) && !target.source.endsWith(l.source))) return;
    found.push({
      line: l,
      booked,
      rows: c.parts.map((p) => ({ source: l.source, line: l.line, date: l.date, vendor: l.vendor, description: l.description, amount: p.amount, category: p.category, pool: p.pool, rule: c.rule?.id ?? `(none: ${config.uncategorized})`, scope: c.scope })),
    });
  };
  return {
    sink: { line: see, excluded: see },
    report(rejections) {
      const hit = found[0];
      if (!hit) {
        const rejected = rejections.find((r) => r.line === target.line && (r.source === target.source || r.source.endsWith(target.source)));
        if (rejected) throw usageError(`${rejected.source}:${rejected.line} was rejected: ${rejected.reason}${rejected.text ? ` "${rejected.text}"` : ''}`);
        throw usageError(`no expense line starts at ${target.written}`, 'line numbers are physical lines in the file; the header and preamble are not expense lines');
      }
      return explainLine(hit.line, hit.booked, hit.rows, createCategorizer(config).allMatches(hit.line), config.currency);
    },
  };
}

export function explainLine(l: ExpenseLine, booked: Decimal, parts: Row[], matches: { id: string; where: string; describe: string; category?: string | undefined }[], currency: string): Report {
  const fields: Row[] = [
    { field: 'source', value: `${l.source}:${l.line}` },
    { field: 'date', value: l.date },
    { field: 'vendor', value: l.vendor },
    { field: 'description', value: l.description },
    { field: 'account', value: l.account },
    { field: 'department', value: l.department },
    { field: 'amount', value: `${toExact(l.amount)} ${l.currency}` },
    { field: `booked (${currency})`, value: toExact(booked) },
    ...[...l.header.entries()].map(([name, i]) => ({ field: `column.${name}`, value: l.fields[i] ?? '' })),
  ];
  const winner = matches[0];
  const excluded = parts.some((p) => p.scope === 'excluded');
  const ruleRows: Row[] = matches.map((r, i) => ({ order: i + 1, rule: r.id, where: r.where, match: r.describe, category: r.category ?? '', result: i === 0 ? 'wins (first match)' : `matches, but ${winner!.id} comes first` }));
  const columns = [text('category', 'Category'), text('pool', 'Pool'), money('amount', 'Amount'), text('rule', 'Rule'), text('scope', 'Scope')];
  return {
    version: 1,
    command: 'explain',
    title: `Line ${l.source}:${l.line}`,
    currency,
    parameters: { currency },
    summary: [winner ? `Rule ${winner.id} (${winner.where}) matched first: ${winner.describe}.` : 'No rule matched: the line is uncategorized.', `${matches.length} rules match this line.`, ...(excluded ? ['The line is excluded (not technology spend): it is in no technology figure, only in the reconciliation.'] : [])],
    sections: [
      { id: 'line', title: 'The line', columns: [text('field', 'Field'), text('value', 'Value')], rows: fields },
      { id: 'rules', title: 'Rules that match, in evaluation order', columns: [int('order', '#'), text('rule', 'Rule'), text('where', 'Where'), text('match', 'Match'), text('category', 'Category'), text('result', 'Result')], rows: ruleRows },
      { id: 'result', title: 'Result', columns, rows: parts },
    ],
    data: { id: 'result', columns: [text('source', 'source'), int('line', 'line'), ...columns], rows: parts },
    warnings: [],
  };
}
