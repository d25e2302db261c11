/**
 * `techspend validate`'s report: inputs and their detected mapping, rule coverage, likely double
 * counts, the largest excluded vendors and accounts, and every problem row. Pure: the scan's
 * reconciliation and rule coverage come as data.
 */
import type { RuleCoverage } from '../analysis/rule-coverage.js';
import type { Config } from '../config/config.js';
import { compare, type Decimal, groupDigits, neg, toFixed, toGrouped } from '../money/decimal.js';
import { int, money, type Report, type Row, type Table, text } from './model.js';
import { ratio } from './format.js';
import type { Reconciliation } from '../analysis/reconciliation.js';
import { describeDoubleCount, type DoubleCountSide } from '../analysis/double-count.js';
import { footerOf, rejectionDiagnostics } from './footer.js';
import { coverageOf, gapText } from '../period/coverage.js';

/** `currencyNote`: with no config, which currency the report is in (cli/context's currency choice). */
export function buildValidateReport(config: Config, rec: Reconciliation, coverage: RuleCoverage, currencyNote: string | undefined): Report {
  const ruleRows: Row[] = config.rules.map((r) => {
    const s = coverage.stats.get(r.id)!;
    let status = 'ok';
    if (coverage.lines > 0 && s.matched === 0) status = 'never matches';
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
    `Config ${config.path}: valid (${config.categories.length} categories, ${config.rules.length} rules).`,
    `${rec.files.length} files, ${groupDigits(rec.rowsRead)} rows: ${groupDigits(rec.rowsUsed)} used, ${groupDigits(rec.rowsRejected)} rejected` +
      (rec.summaryRows.length > 0 ? `, ${groupDigits(rec.summaryRows.length)} total rows skipped` : '') +
      (rec.filesNotRead.length > 0 ? `, ${groupDigits(rec.filesNotRead.reduce((n, f) => n + f.rows, 0))} in ${rec.filesNotRead.length} files not read` : '') +
      '.',
  ];
  // with no config: which currency the report is in, and what a file naming none was taken to be
  if (currencyNote !== undefined) summary.push(`Currency: ${currencyNote}.`);
  const technologyLines = coverage.lines - coverage.excludedLines;
  if (technologyLines > 0) {
    summary.push(
      `Rule coverage: ${pct(ratio({ units: BigInt(coverage.categorizedLines), scale: 0 }, { units: BigInt(technologyLines), scale: 0 }))} of technology lines and ${pct(ratio(coverage.categorizedAmount, coverage.allAmount))} of technology spend categorized by a rule; ${neverOrShadowed.length} rules never win.`,
    );
  }
  // months inside the data with no dated line (two exports far apart): every report reads them as no data
  const dates = coverageOf(rec.dates.keys());
  if (dates !== undefined && dates.gaps.length > 0)
    summary.push(
      `Dates ${dates.first} to ${dates.last} with ${dates.gaps.length === 1 ? 'a gap' : `${dates.gaps.length} gaps`}: ${dates.gaps.map(gapText).join('; ')}. Reports take those months as no data, not zero spend; add the missing export if there is one.`,
    );
  const excludedSections = excludedReview(rec, config.currency);
  if (rec.excludedLines > 0) {
    summary.push(
      `Excluded (not technology): ${groupDigits(rec.excludedLines)} lines, ${config.currency} ${toGrouped(rec.excludedTotal)}: in no technology figure. Review the largest excluded vendors and accounts below for technology spend kept out by mistake.`,
    );
  }
  return {
    version: 1,
    command: 'validate',
    title: 'Validation',
    currency: config.currency,
    parameters: { config: config.path },
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
    footer: coverage.lines > 0 ? footerOf(rec, config.currency) : undefined,
    warnings: [],
  };
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
