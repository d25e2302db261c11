/** Next year's scenarios computed from the forecast's run rate (forecast --scenario and the board). */
import type { RunRateBasis, ForecastRow } from './forecast.js';
import { computeScenarios, resolveSavings, type ScenarioResult } from './scenarios.js';
import { type KnownSaving, linkScenarioSavings, pendingSavingIds } from './scenario-savings.js';
import { findSavings } from './savings/find.js';
import type { SavingsSource } from './savings/source.js';
import { DEFAULT_THRESHOLDS } from './savings/thresholds.js';
import type { Candidate } from './savings/candidate.js';
import type { SavingsItem } from './savings/register.js';
import { vendorDisplayKey } from './vendor-key.js';
import type { Config } from '../config/config.js';
import type { Scenario } from '../config/scenario-file.js';
import { EXIT, ExitError } from '../diagnostic.js';
import type { Decimal } from '../money/decimal.js';
import { monthsOfPeriod } from '../period/period.js';

/** Each scenario over the forecast year, from the forecast rows' monthly run rate and annual bills. */
export function scenarioResults(scenarios: readonly Scenario[], config: Config, fiscalYear: string, rows: readonly ForecastRow[], basis: RunRateBasis | undefined): { results: ScenarioResult[]; yearMonths: string[] } {
  const runRate = new Map<string, Decimal>(rows.map((r) => [r.category, r.runRateMonthly]));
  const bills = new Map<string, Decimal>(rows.flatMap((r) => (r.annualBills === undefined || r.annualBills.units === 0n ? [] : [[r.category, r.annualBills] as const])));
  const byVendor = basis?.byVendor ?? [];
  // the run rate names vendors as the catalog does (AWS → Amazon Web Services): so does the saving
  const canonical = vendorDisplayKey(config, true);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || canonical(a).toLowerCase() === canonical(b).toLowerCase();
  const { categoryOf, problems } = resolveSavings(scenarios, (vendor) => byVendor.filter((v) => same(v.vendor, vendor.trim()) && v.runRate.units !== 0n).map((v) => v.category));
  if (problems.length > 0) throw new ExitError(EXIT.usage, problems.map((p) => ({ severity: 'error' as const, kind: 'config' as const, ...p })));
  const yearMonths = monthsOfPeriod(fiscalYear, config.fiscalYearStart)!;
  return { results: computeScenarios(scenarios, runRate, yearMonths, categoryOf, bills), yearMonths };
}

/** The savings a scenario landing can name by id: the register's items, then the candidates found (`kind:vendor`). */
export function knownSavings(register: { path: string; items: readonly SavingsItem[] } | undefined, candidates: readonly Candidate[]): KnownSaving[] {
  const items: KnownSaving[] = (register?.items ?? []).map((i) => ({ id: i.id, annual: i.annual, vendor: i.vendor, category: i.category, from: `${register!.path}: ${i.where}`, status: i.status }));
  const found: KnownSaving[] = candidates.map((c) => ({ id: `${c.kind}:${c.vendor}`, annual: c.annual, vendor: c.vendor, category: c.category, from: 'savings candidate', oneOff: c.oneOff }));
  return [...items, ...found];
}

/** Landings with an id and no amount take the register's or candidate's; an unknown id is a config error (exit 2). */
export function linkSavings(scenarios: readonly Scenario[], known: readonly KnownSaving[]): { scenarios: Scenario[]; notes: string[] } {
  const { scenarios: linked, problems, notes } = linkScenarioSavings(scenarios, known);
  if (problems.length > 0) throw new ExitError(EXIT.usage, problems.map((p) => ({ severity: 'error' as const, kind: 'config' as const, ...p })));
  return { scenarios: linked, notes };
}

/**
 * The scenarios with the savings their landings name by id linked (forecast and board): the
 * register's items, and the candidates found in `records`, looked for only when an id is not in
 * the register. Undefined when no landing names one.
 */
export function scenariosLinked(
  scenarios: readonly Scenario[],
  config: Config,
  register: { path: string; items: readonly SavingsItem[] } | undefined,
  records: SavingsSource,
): { scenarios: Scenario[]; notes: string[] } | undefined {
  const pending = pendingSavingIds(scenarios);
  if (pending.length === 0) return undefined;
  const needCandidates = pending.some((id) => !register?.items.some((i) => i.id === id));
  const candidates = needCandidates ? findSavings(records, DEFAULT_THRESHOLDS, config.currency, (c) => config.categoryById.get(c)?.function ?? c, register?.items ?? []).candidates : [];
  return linkSavings(scenarios, knownSavings(register, candidates));
}
