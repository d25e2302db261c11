/** `techspend validate`, the action: loaded only when the command runs (options and help in validate.ts). */
import type { Rule } from '../../config/rule.js';
import { scanInputs } from '../../io/scan.js';
import { add, compare, type Decimal, groupDigits, neg, toFixed, toGrouped, ZERO } from '../../money/decimal.js';
import type { ExpenseLine } from '../../ingest/line.js';
import type { Categorization } from '../../rules/engine.js';
import { int, money, type Report, type Row, text } from '../../report/model.js';
import { createCategorizer } from '../../rules/engine.js';
import { ratio } from '../../report/format.js';
import { EXIT } from '../../diagnostic.js';
import { finish, footerOf, type Io, prepare, rejectionDiagnostics } from '../context.js';
import type { CommonOptions } from '../options.js';
import type { FileSummary, Reconciliation } from '../../analysis/reconciliation.js';
import type { Table } from '../../report/model.js';
import { describeDoubleCount, type DoubleCountSide } from '../../analysis/double-count.js';

interface RuleStats {
  won: number;
  matched: number;
  amount: Decimal;
  shadowedBy: Map<string, number>;
}

export async function runValidate(inputs: string[], opts: CommonOptions, io: Io, setExit: (code: number) => void): Promise<void> {
  const ctx = await prepare(inputs, opts, io, { needsInputs: false, command: 'validate', checks: false });
  // a second categorizer over the same compiled rules: validate asks for every match, not just the winner
  const categorizer = createCategorizer(ctx.config);
  const stats = new Map<string, RuleStats>(ctx.config.rules.map((r) => [r.id, { won: 0, matched: 0, amount: ZERO, shadowedBy: new Map() }]));
  let categorizedLines = 0;
  let categorizedAmount: Decimal = ZERO;
  let allAmount: Decimal = ZERO;
  let lines = 0;
  const files: FileSummary[] = [];
  let excludedLines = 0;
  // rule coverage counts technology lines; every line (excluded too) counts for the rules it matches
  const see = (l: ExpenseLine, booked: Decimal, c: Categorization, technology: boolean) => {
        lines++;
        if (technology) allAmount = add(allAmount, booked);
        else excludedLines++;
        const all: Rule[] = categorizer.allMatches(l);
        const winner = c.rule;
        if (winner) {
          if (technology) {
            categorizedLines++;
            categorizedAmount = add(categorizedAmount, booked);
          }
          const s = stats.get(winner.id)!;
          s.won++;
          s.amount = add(s.amount, booked);
        }
        for (const r of all) {
          const s = stats.get(r.id)!;
          s.matched++;
          if (winner && r !== winner) s.shadowedBy.set(winner.id, (s.shadowedBy.get(winner.id) ?? 0) + 1);
        }
  };
  const scanned = await scanInputs(
    ctx.paths,
    ctx.config,
    {
      file: (s) => files.push(s),
      line: (l, booked, c) => see(l, booked, c, true),
      excluded: (l, booked, c) => see(l, booked, c, false),
    },
    ctx.scan,
  );
  const rec = scanned.reconciliation;
  const ruleRows: Row[] = ctx.config.rules.map((r) => {
    const s = stats.get(r.id)!;
    let status = 'ok';
    if (lines > 0 && s.matched === 0) status = 'never matches';
    else if (s.won === 0 && s.matched > 0) {
      const top = [...s.shadowedBy.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
      status = `shadowed by ${top[0]}`;
    }
    return { rule: r.id, where: r.where, category: r.split ? r.split.map((p) => p.category).join('+') : (r.category ?? ''), won: s.won, matched: s.matched, amount: s.amount, status };
  });
  const fileRows: Row[] = rec.files.map((f) => ({
    source: f.source,
    format: f.format,
    rows: f.rows,
    used: f.used,
    rejected: f.rejected,
    mapping: f.mapping,
    notes: [
      `encoding ${f.encoding}`,
      `delimiter ${JSON.stringify(f.delimiter)}`,
      ...(f.skipRows > 0 ? [`${f.skipRows} preamble lines skipped`] : []),
      ...(f.summaryRows ? [`${f.summaryRows} total rows skipped (each equal to the sum of the rows above: a summary, not spend)`] : []),
      ...f.notes,
    ].join('; '),
  }));
  const problems = [
    ...rec.filesNotRead.map((f) => ({ where: `${f.source}:${f.line}`, message: `file not read: ${f.reason}`, hint: f.hint, column: undefined, text: undefined })),
    ...rejectionDiagnostics(rec),
  ];
  const problemRows: Row[] = problems.map((d) => ({ where: d.where, column: d.column ?? '', problem: d.message.replace(/^rejected: /, ''), text: d.text ?? '', hint: d.hint ?? '' }));
  const refs = (s: DoubleCountSide) => s.refs.map((r) => `${r.source}:${r.line}`).join(' ') + (s.lines > s.refs.length ? ' …' : '');
  const doubleRows: Row[] = rec.doubleCounts.map((d) => ({
    vendor: d.vendor,
    month: d.month,
    kept: `${d.kept.source} (${d.kept.lines} lines)`,
    keptAmount: d.kept.total,
    keptLines: refs(d.kept),
    other: `${d.dropped.source} (${d.dropped.lines} lines)`,
    otherAmount: d.dropped.total,
    otherLines: refs(d.dropped),
  }));
  for (const d of rec.doubleCounts)
    problemRows.push({ where: d.dropped.refs.map((r) => `${r.source}:${r.line}`).join(' '), column: '', problem: `likely double count: ${describeDoubleCount(d, false)}`, text: '', hint: 'run with --dedupe to keep only the more detailed source' });
  for (const t of rec.summaryRows)
    problemRows.push({ where: `${t.source}:${t.line}`, column: '', problem: `total row skipped: equal to the sum of the rows above (${toFixed(t.amount, 2)}), a summary, not spend`, text: t.label, hint: '' });
  for (const n of rec.notices) problemRows.push({ where: n.slice(0, n.indexOf(':')), column: '', problem: n.slice(n.indexOf(':') + 2), text: '', hint: '' });
  for (const d of rec.duplicates) problemRows.push({ where: `${d.second.source}:${d.second.line}`, column: '', problem: `same line as ${d.first.source}:${d.first.line} (overlapping exports?)`, text: '', hint: '' });
  const neverOrShadowed = ruleRows.filter((r) => r.status !== 'ok');
  const summary = [
    `Config ${ctx.config.path}: valid (${ctx.config.categories.length} categories, ${ctx.config.rules.length} rules).`,
    `${rec.files.length} files, ${groupDigits(rec.rowsRead)} rows: ${groupDigits(rec.rowsUsed)} used, ${groupDigits(rec.rowsRejected)} rejected` +
      (rec.summaryRows.length > 0 ? `, ${groupDigits(rec.summaryRows.length)} total rows skipped` : '') +
      (rec.filesNotRead.length > 0 ? `, ${groupDigits(rec.filesNotRead.reduce((n, f) => n + f.rows, 0))} in ${rec.filesNotRead.length} files not read` : '') +
      '.',
  ];
  // with no config: which currency the report is in, and what a file naming none was taken to be
  if (ctx.currencyNote !== undefined) summary.push(`Currency: ${ctx.currencyNote}.`);
  const technologyLines = lines - excludedLines;
  if (technologyLines > 0) {
    summary.push(
      `Rule coverage: ${pct(ratio({ units: BigInt(categorizedLines), scale: 0 }, { units: BigInt(technologyLines), scale: 0 }))} of technology lines and ${pct(ratio(categorizedAmount, allAmount))} of technology spend categorized by a rule; ${neverOrShadowed.length} rules never win.`,
    );
  }
  const excludedSections = excludedReview(rec, ctx.config.currency);
  if (rec.excludedLines > 0) {
    summary.push(
      `Excluded (not technology): ${groupDigits(rec.excludedLines)} lines, ${ctx.config.currency} ${toGrouped(rec.excludedTotal)}: in no technology figure. Review the largest excluded vendors and accounts below for technology spend kept out by mistake.`,
    );
  }
  const report: Report = {
    version: 1,
    command: 'validate',
    title: 'Validation',
    currency: ctx.config.currency,
    parameters: { config: ctx.config.path },
    summary,
    sections: [
      { id: 'files', title: 'Inputs and detected column mapping', columns: [text('source', 'File'), text('format', 'Detected format'), int('rows', 'Rows'), int('used', 'Used'), int('rejected', 'Rejected'), text('mapping', 'Mapping'), text('notes', 'Notes')], rows: fileRows },
      { id: 'rules', title: 'Rule coverage', columns: [text('rule', 'Rule'), text('where', 'Where'), text('category', 'Category'), int('won', 'Lines won'), int('matched', 'Lines matched'), money('amount', 'Amount'), text('status', 'Status')], rows: ruleRows },
      ...(doubleRows.length > 0
        ? [
            {
              id: 'double-counts',
              title: 'Likely double counts (same vendor and month in two sources, totals within 1%)',
              columns: [text('vendor', 'Vendor'), text('month', 'Month'), text('kept', 'More detailed source'), money('keptAmount', 'Amount'), text('keptLines', 'Lines'), text('other', 'Other source'), money('otherAmount', 'Amount'), text('otherLines', 'Lines')],
              rows: doubleRows,
            },
          ]
        : []),
      ...excludedSections,
      { id: 'problems', title: 'Problems', columns: [text('where', 'Where'), text('column', 'Column'), text('problem', 'Problem'), text('text', 'Text'), text('hint', 'Hint')], rows: problemRows },
    ],
    data: { id: 'problems', columns: [text('where', 'where'), text('column', 'column'), text('problem', 'problem'), text('text', 'text'), text('hint', 'hint')], rows: problemRows },
    footer: lines > 0 ? footerOf(rec, ctx.config.currency) : undefined,
    warnings: [],
  };
  // validate lists its problems in the report itself; keep stderr for the one-line verdict
  const code = await finish({ ...ctx, opts: { ...ctx.opts, quiet: true } }, report, undefined);
  if (rec.rowsRejected > 0 || rec.filesNotRead.length > 0) {
    if (rec.filesNotRead.length > 0) io.stderr.write(`techspend: ${rec.filesNotRead.length} files not read\n`);
    if (rec.rowsRejected > 0) io.stderr.write(`techspend: ${rec.rowsRejected} problem rows found\n`);
    setExit(EXIT.data);
  } else setExit(code);
}

function pct(r: Decimal | undefined): string {
  if (r === undefined) return 'n/a';
  return `${toFixed({ units: r.units * 100n, scale: r.scale }, 1)}%`;
}

const REVIEWED = 15;

/** The largest excluded vendors and accounts (by absolute amount): where technology spend kept out by mistake would show. */
function excludedReview(rec: Reconciliation, currency: string): Table[] {
  if (rec.excludedLines === 0) return [];
  const largest = (m: Map<string, Decimal>) =>
    [...m]
      .sort((a, b) => compare(abs(b[1]), abs(a[1])) || (a[0] < b[0] ? -1 : 1))
      .slice(0, REVIEWED);
  const table = (id: string, title: string, key: string, label: string, m: Map<string, Decimal>): Table => ({
    id,
    title,
    columns: [text(key, label), money('amount', `Amount (${currency})`)],
    rows: largest(m).map(([k, amount]) => ({ [key]: k, amount })),
    ...(m.size > REVIEWED ? { notes: [`${m.size - REVIEWED} more not listed.`] } : {}),
  });
  return [
    table('excluded-vendors', 'Excluded spend: largest vendors (review: is any of it technology?)', 'vendor', 'Vendor', rec.excludedVendors),
    table('excluded-accounts', 'Excluded spend: largest accounts / expense types', 'account', 'Account', rec.excludedAccounts),
  ];
}

function abs(d: Decimal): Decimal {
  return d.units < 0n ? neg(d) : d;
}
