/** `techspend explain`, the action: loaded only when the command runs (options and help in explain.ts). */
import { usageError } from '../../diagnostic.js';
import type { ExpenseLine } from '../../ingest/line.js';
import { scanInputs } from '../../io/scan.js';
import { lookupVendor } from '../../catalog/catalog.js';
import { add, type Decimal, toExact, ZERO } from '../../money/decimal.js';
import { int, money, type Report, type Row, text } from '../../report/model.js';
import { createCategorizer } from '../../rules/engine.js';
import { monthOf } from '../../period/period.js';
import { finish, footerOf, type Io, prepare } from '../context.js';
import type { CommonOptions } from '../options.js';
import type { ExplainOptions } from './explain.js';

export async function runExplain(inputs: string[], opts: ExplainOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  if (!opts.line && !opts.vendor && !opts.category) throw usageError('explain needs --line <file:n>, --vendor <name> or --category <id>');
  const ctx = prepare(inputs, opts, io, { command: 'explain', checks: false });
  const categorizer = createCategorizer(ctx.config);
  let target: { source: string; line: number } | undefined;
  if (opts.line) {
    const m = /^(.*):(\d+)$/.exec(opts.line);
    if (!m) throw usageError(`--line needs file:n, got "${opts.line}"`);
    target = { source: m[1]!, line: Number(m[2]) };
  }
  if (opts.category && !ctx.config.categoryById.has(opts.category)) throw usageError(`unknown category "${opts.category}"`);
  const vendorWanted = opts.vendor?.trim().toLowerCase();
  const found: { line: ExpenseLine; booked: Decimal; rows: Row[] }[] = [];
  const matchesVendor = (v: string) => {
    if (vendorWanted === undefined) return true;
    const lower = v.trim().toLowerCase();
    return lower.includes(vendorWanted) || lookupVendor(v)?.name.toLowerCase() === vendorWanted;
  };
  const { reconciliation } = await scanInputs(
    ctx.paths,
    ctx.config,
    {
      line: (l, booked, c) => {
        if (target) {
          if (l.line !== target.line || (l.source !== target.source && !l.source.endsWith('/' + target.source) && !target.source.endsWith(l.source))) return;
        } else {
          if (!matchesVendor(l.vendor)) return;
          if (opts.month && monthOf(l.date) !== opts.month) return;
          if (opts.category && !c.parts.some((p) => p.category === opts.category)) return;
        }
        found.push({
          line: l,
          booked,
          rows: c.parts
            .filter((p) => !opts.category || p.category === opts.category)
            .map((p) => ({ source: l.source, line: l.line, date: l.date, vendor: l.vendor, description: l.description, amount: p.amount, category: p.category, pool: p.pool, rule: c.rule?.id ?? `(none: ${ctx.config.uncategorized})` })),
        });
      },
    },
    ctx.scan,
  );
  let report: Report;
  if (target) {
    const hit = found[0];
    if (!hit) {
      const rejected = reconciliation.rejections.find((r) => r.line === target!.line && (r.source === target!.source || r.source.endsWith(target!.source)));
      if (rejected) throw usageError(`${rejected.source}:${rejected.line} was rejected: ${rejected.reason}${rejected.text ? ` "${rejected.text}"` : ''}`);
      throw usageError(`no expense line starts at ${opts.line}`, 'line numbers are physical lines in the file; the header and preamble are not expense lines');
    }
    report = explainLine(hit.line, hit.booked, hit.rows, categorizer.allMatches(hit.line), ctx.config.currency);
  } else {
    const rows = found.flatMap((f) => f.rows);
    let total: Decimal = ZERO;
    for (const r of rows) total = add(total, r.amount as Decimal);
    const what = [opts.vendor ? `vendor "${opts.vendor}"` : '', opts.category ? `category ${opts.category}` : '', opts.month ? `month ${opts.month}` : ''].filter(Boolean).join(', ');
    const columns = [text('source', 'Source'), int('line', 'Line'), text('date', 'Date'), text('vendor', 'Vendor'), text('description', 'Description'), money('amount', 'Amount'), text('category', 'Category'), text('pool', 'Pool'), text('rule', 'Rule')];
    report = {
      version: 1,
      command: 'explain',
      title: `Lines behind ${what}`,
      currency: ctx.config.currency,
      parameters: { currency: ctx.config.currency },
      summary: [`${rows.length} lines, total ${ctx.config.currency} ${toExact(total).replace(/(\.\d\d)\d+$/, '$1')}.`],
      sections: [{ id: 'lines', columns, rows, total: { source: 'Total', amount: total } }],
      data: { id: 'lines', columns, rows },
      footer: footerOf(reconciliation),
      warnings: [],
    };
  }
  setExit(await finish(ctx, report, undefined));
}

function explainLine(l: ExpenseLine, booked: Decimal, parts: Row[], matches: { id: string; where: string; describe: string; category?: string | undefined }[], currency: string): Report {
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
  const ruleRows: Row[] = matches.map((r, i) => ({ order: i + 1, rule: r.id, where: r.where, match: r.describe, category: r.category ?? '', result: i === 0 ? 'wins (first match)' : `matches, but ${winner!.id} comes first` }));
  const columns = [text('category', 'Category'), text('pool', 'Pool'), money('amount', 'Amount'), text('rule', 'Rule')];
  return {
    version: 1,
    command: 'explain',
    title: `Line ${l.source}:${l.line}`,
    currency,
    parameters: { currency },
    summary: [winner ? `Rule ${winner.id} (${winner.where}) matched first: ${winner.describe}.` : 'No rule matched: the line is uncategorized.', `${matches.length} rules match this line.`],
    sections: [
      { id: 'line', title: 'The line', columns: [text('field', 'Field'), text('value', 'Value')], rows: fields },
      { id: 'rules', title: 'Rules that match, in evaluation order', columns: [int('order', '#'), text('rule', 'Rule'), text('where', 'Where'), text('match', 'Match'), text('category', 'Category'), text('result', 'Result')], rows: ruleRows },
      { id: 'result', title: 'Result', columns, rows: parts },
    ],
    data: { id: 'result', columns: [text('source', 'source'), int('line', 'line'), ...columns], rows: parts },
    warnings: [],
  };
}
