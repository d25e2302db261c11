/** `techspend explain --line`: one line, the rules that match it in evaluation order, and its result. */
import type { ExpenseLine } from '../ingest/line.js';
import { type Decimal, toExact } from '../money/decimal.js';
import { int, money, type Report, type Row, text } from './model.js';

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
