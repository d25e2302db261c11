/**
 * The savings report as `techspend savings` and the board's "what can be trimmed" show it: the
 * detectors' candidates over the run's records, matched with the register, the fiscal clock and
 * where realized money is redeployed. Pure: the records, register and thresholds come as data.
 */
import { findSavings, type SavingsFindings } from '../analysis/savings/find.js';
import type { SavingsSource } from '../analysis/savings/source.js';
import type { AmortizeHint } from '../analysis/renewals/amortize-hint.js';
import type { SavingsItem } from '../analysis/savings/register.js';
import { fiscalClock, matchRegister, nextIds, redeploymentSummary, registerWarnings, yamlSnippet } from '../analysis/savings/register-view.js';
import type { SavingsThresholds } from '../analysis/savings/thresholds.js';
import type { Config } from '../config/config.js';
import { dataError } from '../diagnostic.js';
import { compare, type Decimal, toExact } from '../money/decimal.js';
import { buildSavingsReport } from './build-savings.js';
import type { Report, ReportFooter } from './model.js';

const pct = (d: Decimal) => `${toExact({ units: d.units * 100n, scale: d.scale })}%`;

export interface SavingsInputs {
  thresholds: SavingsThresholds;
  minSaving: Decimal;
  /** --as-of; default (board and savings): --to, else the last day of the latest month in the data */
  asOf: string | undefined;
  register: { path: string; items: SavingsItem[] } | undefined;
  /** vendors billed in lumps (`techspend savings` only) */
  amortize?: AmortizeHint[] | undefined;
}

/** Candidates, register view, redeployment and the fiscal clock, as one report (savings and board). */
/** `where`: the inputs as a diagnostic names them (a file, stdin or "inputs"). */
export function savingsReportOf(config: Config, where: string, records: SavingsSource, o: SavingsInputs, footer: ReportFooter | undefined): Report {
  const { thresholds, minSaving, register } = o;
  const lastDate = records.lastDate;
  const asOf = o.asOf ?? lastDate;
  if (asOf === undefined) throw dataError(where, 'nothing to look at: no expense lines (in the date range)', 'give --as-of to see the register alone');
  const findings = findSavings(records, thresholds, config.currency, (c) => config.categoryById.get(c)?.function ?? c, register?.items ?? []);
  findings.candidates = findings.candidates.filter((c) => compare(c.annual, minSaving) >= 0);
  const clock = fiscalClock(asOf, config.fiscalYearStart);
  const items = register?.items ?? [];
  const matches = matchRegister(findings.candidates, items);
  const untracked = findings.candidates.filter((c) => !matches.has(c));
  const ids = nextIds(items, untracked.length);
  const snippet = untracked.map((c, i) => yamlSnippet(ids[i]!, c, clock.fiscalYearEnd));
  return buildSavingsReport(
    config,
    {
      findings,
      register,
      matches,
      clock,
      redeployment: redeploymentSummary(items),
      snippet,
      parameters: {
        thresholds: `overlap ${thresholds.overlapMonths} months · price +${pct(thresholds.priceIncrease)} · duplicate ${thresholds.duplicateDays} day${thresholds.duplicateDays === 1 ? '' : 's'} · unused < ${pct(thresholds.utilization)} for ${thresholds.unusedMonths} months · annual ${thresholds.annualMonths} months at ${pct(thresholds.annualDiscount)} · spike > ${toExact(thresholds.spikeFactor)}× median of ${thresholds.spikeWindow} months`,
      },
      amortize: o.amortize,
      warnings: [...registerWarnings(items, clock), ...findingWarnings(findings)],
    },
    footer,
  );
}

const MAX_REFS = 6;

function refList(refs: readonly { source: string; line: number }[]): string {
  const shown = refs.slice(0, MAX_REFS).map((r) => `${r.source}:${r.line}`);
  return refs.length > MAX_REFS ? `${shown.join(', ')} and ${refs.length - MAX_REFS} more` : shown.join(', ');
}

/** What the detectors saw that is not a saving: rows counted twice by the data, savings not real yet. */
function findingWarnings(f: SavingsFindings): string[] {
  const out: string[] = [];
  if (f.republished.length > 0)
    out.push(
      `${f.republished.length} row${f.republished.length === 1 ? '' : 's'} published again in a second file (same date, description, reference and amount): the data counts ${f.republished.length === 1 ? 'it' : 'them'} twice; not a charge to claim back: ${refList(
        f.republished.flatMap((r) => [r.first, r.second]),
      )}.`,
    );
  for (const s of f.stillBilled)
    out.push(`${s.item.id} (${s.item.status}, ${s.item.vendor}) is still billed after ${s.item.due}: ${s.lines.length} line${s.lines.length === 1 ? '' : 's'}, the latest on ${s.last}: ${refList(s.lines)}.`);
  return out;
}
