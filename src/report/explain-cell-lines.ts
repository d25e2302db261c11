/**
 * `techspend explain`'s cell: the lines that make up one figure of `report` or the board (a
 * category, function, pool, vendor, investment and/or period), collected as the scan reads them,
 * and the report that adds them up. Pure: the scan feeds `sink`; the run's rejections and footer
 * come as data.
 */
import { accrualShareText } from './accrual-text.js';
import type { CategorizedPart, Categorization } from '../rules/engine.js';
import type { ExpenseLine, Rejection } from '../ingest/line.js';
import { lookupVendor, vendorIdentity } from '../catalog/catalog.js';
import { add, type Decimal, ZERO } from '../money/decimal.js';
import { monthOf } from '../period/period.js';
import { explainCapex } from './build-capex.js';
import { allocates, buildExplainCellReport, cellDimensions, type ExplainCell, type ExplainLine, factKey, roleOf } from './build-explain.js';
import type { Dimension } from './dimensions.js';
import type { Config } from '../config/config.js';
import { Ledger } from '../analysis/ledger.js';
import { roundFacts } from './display-rounding.js';
import { ItemLedger } from '../analysis/item-ledger.js';
import { reportVendorDetail, type VendorDetail, vendorDisplayKey, vendorScope } from '../analysis/vendor-key.js';
import type { Report, ReportFooter } from './model.js';

const NO_VENDOR = '(no vendor)';

export interface ExplainCellLines {
  /** what the scan calls for each technology line and each excluded one */
  sink: {
    line: (l: ExpenseLine, booked: Decimal, c: Categorization) => void;
    excluded: (l: ExpenseLine, booked: Decimal, c: Categorization) => void;
  };
  /** the explanation, once the scan is done */
  report(r: { rejections: readonly Rejection[] | undefined; footer: ReportFooter; capex: boolean }): Report;
}

/** `o.vendor`: --vendor as written; `o.includeExcluded`: list the excluded lines of the figure apart. */
export function explainCellLines(config: Config, cell: ExplainCell, o: { vendor: string | undefined; includeExcluded: boolean }): ExplainCellLines {
  const keys = cell.keys;
  // the vendor grain of the figure's ledger (report-run and board-run choose the same)
  const dims: Dimension[] = [...cellDimensions(cell), ...(o.vendor !== undefined ? (['vendor'] as const) : [])];
  const detail: VendorDetail = cell.as === 'board' ? true : reportVendorDetail(dims);
  const ledgerVendor = vendorDisplayKey(config, detail);
  const keepsVendor = cell.as === 'board' ? undefined : vendorScope(config, detail);
  const itemized = cell.as === 'board';
  const canonical = vendorDisplayKey(config, true);
  const allocating = allocates({ ...cell, keys: { ...keys, ...(o.vendor !== undefined ? { vendor: '' } : {}) } }, config);
  // the run's facts at the figure's grain: the pack rounds them once per run (report/display-rounding.ts),
  // so the figure shown here is the pack's, and allocation weighs what the pack weighs
  const ledger = itemized ? new ItemLedger(ledgerVendor) : new Ledger(ledgerVendor, false, keepsVendor);

  // the vendor: its catalog name, matched whole (a report cell); by part of its name only when no vendor is named so
  const vendorWanted = o.vendor?.trim();
  const vendorExact = vendorWanted === undefined ? undefined : (lookupVendor(vendorWanted)?.name ?? vendorWanted).toLowerCase();
  const vendorPart = vendorWanted?.toLowerCase();
  // every spelling of a vendor outside the catalog is one vendor, as in report --by vendor
  const identityWanted = vendorWanted === undefined || lookupVendor(vendorWanted) !== undefined ? '' : vendorIdentity(vendorWanted);
  let periodTotal: Decimal = ZERO;
  const excludedLines: ExplainLine[] = [];
  const collected: (ExplainLine & { role: 'direct' | 'shared'; vendorMatch: 'exact' | 'part' | undefined; vendorKey: string })[] = [];
  const sink: ExplainCellLines['sink'] = {
    // excluded lines (out of scope) are in no figure: listed apart, when asked
    excluded: (l, _booked, c) => {
      if (!o.includeExcluded) return;
      const month = monthOf(l.date);
      const vendorKey = canonical(l.vendor) || NO_VENDOR;
      for (const p of c.parts) {
        const role = roleOf({ ...cell, allocate: false, keys: { ...keys, ...(vendorExact !== undefined ? { vendor: vendorKey.toLowerCase() === vendorExact ? vendorKey : '\u0000' } : {}) } }, config, { category: p.category, pool: p.pool, month, vendorKey });
        if (role === undefined) continue;
        excludedLines.push({ source: l.source, line: l.line, date: l.date, month, vendor: l.vendor, description: l.description, amount: p.amount, category: p.category, pool: p.pool, rule: c.rule?.id ?? '', scope: c.scope, fact: '' });
      }
    },
    line: (l, booked, c) => {
      ledger.addLine(l, c);
      const lineMonth = monthOf(l.date);
      // accrual basis: each part is expense in its own month (a share of the line's service period)
      const inPeriod = (p: CategorizedPart) => !cell.period || cell.period.months.includes(p.month ?? lineMonth);
      if (!c.parts.some(inPeriod)) return;
      for (const p of c.parts) if (inPeriod(p)) periodTotal = add(periodTotal, p.amount);
      let vendorKey = '';
      let vendorMatch: 'exact' | 'part' | undefined;
      if (vendorExact !== undefined) {
        vendorKey = canonical(l.vendor) || NO_VENDOR;
        if (vendorKey.toLowerCase() === vendorExact || (identityWanted !== '' && lookupVendor(l.vendor) === undefined && vendorIdentity(l.vendor) === identityWanted)) vendorMatch = 'exact';
        else if (l.vendor.toLowerCase().includes(vendorPart!)) vendorMatch = 'part';
        else return;
      }
      const quantity = c.parts.length === 1 ? l.quantity : undefined;
      const item = itemized && quantity !== undefined ? `${l.account}\u0000${l.description}` : '';
      for (const p of c.parts) {
        if (!inPeriod(p)) continue;
        const month = p.month ?? lineMonth;
        const role = roleOf({ ...cell, keys: { ...keys, ...(vendorExact !== undefined ? { vendor: vendorKey } : {}) } }, config, { category: p.category, pool: p.pool, month, vendorKey });
        if (role === undefined) continue;
        const factVendor = keepsVendor === undefined || keepsVendor(p.category) ? ledgerVendor(l.vendor) || NO_VENDOR : NO_VENDOR;
        collected.push({
          source: l.source,
          line: l.line,
          date: l.date,
          month,
          vendor: l.vendor,
          description: p.share === undefined ? l.description : `${l.description} [${accrualShareText(p.share, booked, config.currency)}]`,
          amount: p.amount,
          category: p.category,
          pool: p.pool,
          rule: c.rule?.id ?? `(none: ${config.uncategorized})`,
          scope: c.scope,
          fact: factKey({ category: p.category, pool: p.pool, vendor: factVendor, month, item }),
          role,
          vendorMatch,
          vendorKey,
        });
      }
    },
  };
  return {
    sink,
    report(r) {

      const notes: string[] = [];
      let lines: typeof collected = collected;
      if (vendorExact !== undefined) {
        const exact = collected.filter((l) => l.vendorMatch === 'exact');
        if (exact.length > 0 || allocating) {
          lines = exact;
          keys.vendor = exact[0]?.vendorKey ?? lookupVendor(vendorWanted!)?.name ?? vendorWanted!;
        } else {
          lines = collected;
          keys.vendor = vendorWanted!;
          const names = [...new Set(collected.map((l) => l.vendorKey))].sort();
          if (names.length > 0) notes.push(`No vendor is named "${vendorWanted}": these are the lines of every vendor whose name contains it (${names.join(', ')}), not one figure of report --by vendor.`);
        }
      }
      const facts = ledger.all();
      const built = buildExplainCellReport({
        config,
        cell,
        lines,
        facts: allocating ? facts : [],
        shownFacts: roundFacts(facts),
        reportCommand: figureSource(cell, config),
        rejections: r.rejections,
        notes,
        periodTotal: cell.revenueGenerating ? periodTotal : undefined,
        excluded: o.includeExcluded ? excludedLines : undefined,
        footer: r.footer,
      });
      // --capex: the category's capitalized share, month by month (report/build-capex)
      return r.capex ? explainCapex(built, lines.filter((l) => l.role === 'direct'), config, keys.category!) : built;
    },
  };
}

/** The command whose figure the explanation adds up to. */
function figureSource(cell: ExplainCell, config: Config): string {
  if (cell.as === 'board') return 'the board pack\'s figure (allocated at its grain: item and catalog vendor)';
  if (cell.revenueGenerating) return 'the revenue-generating spend of the board\'s headline (its share: this total over all spend of the period)';
  const dims = cellDimensions(cell);
  const by = dims.map((d) => `--by ${d}`).join(' ');
  const noAllocate = cell.keys.function !== undefined && !cell.allocate && config.allocations.size > 0 ? ' --no-allocate' : '';
  return `\`techspend report${by ? ` ${by}` : ''} --period ${cell.period?.kind ?? 'month'}${noAllocate}\``;
}
