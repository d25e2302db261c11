/**
 * Next year's scenarios for `forecast --scenario [file]` and the board: read a scenario file (the
 * config's YAML reader, its checks), or take the config's `scenarios:`, and compute each one from
 * the forecast's run rate. A bad file is a usage/config error (exit 2), one line per problem.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { RunRateBasis, ForecastRow } from '../analysis/forecast.js';
import { computeScenarios, resolveSavings, type ScenarioResult } from '../analysis/scenarios.js';
import { type KnownSaving, linkScenarioSavings } from '../analysis/scenario-savings.js';
import type { Candidate } from '../analysis/savings/candidate.js';
import type { SavingsItem } from '../analysis/savings/register.js';
import { vendorDisplayKey } from '../analysis/vendor-key.js';
import { parseConfigText } from '../config/build.js';
import type { Config } from '../config/config.js';
import { readScenarios, type Scenario, scenarioWhere } from '../config/scenario-file.js';
import { EXIT, ExitError, usageError } from '../diagnostic.js';
import type { Decimal } from '../money/decimal.js';
import { monthsOfPeriod } from '../period/period.js';

/** `--scenario plan.yaml`: its scenarios; `--scenario` alone: the config's (an error when it has none). */
export function loadScenarios(flag: string | true, cwd: string, config: Config): { scenarios: Scenario[]; source: string } {
  if (flag === true) {
    if (config.scenarios === undefined) throw usageError('--scenario without a file: the config has no scenarios', 'give a scenario file (--scenario plan.yaml) or add scenarios: to the config');
    return { scenarios: config.scenarios, source: config.path };
  }
  let text: string;
  try {
    text = readFileSync(isAbsolute(flag) ? flag : join(cwd, flag), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read --scenario ${flag}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const parsed = parseConfigText(text.replace(/^\uFEFF/, ''), flag);
  if (parsed.diagnostics.length > 0) throw new ExitError(EXIT.usage, parsed.diagnostics);
  const read = readScenarios(parsed.value, { where: scenarioWhere(flag), categoryIds: config.categories.map((c) => c.id) });
  if (read.diagnostics.length > 0) throw new ExitError(EXIT.usage, read.diagnostics);
  return { scenarios: read.scenarios, source: flag };
}

/** Each scenario over the forecast year, from the forecast rows' monthly run rate. */
export function scenarioResults(scenarios: readonly Scenario[], config: Config, fiscalYear: string, rows: readonly ForecastRow[], basis: RunRateBasis | undefined): { results: ScenarioResult[]; yearMonths: string[] } {
  const runRate = new Map<string, Decimal>(rows.map((r) => [r.category, r.runRateMonthly]));
  const byVendor = basis?.byVendor ?? [];
  // the run rate names vendors as the catalog does (AWS → Amazon Web Services): so does the saving
  const canonical = vendorDisplayKey(config, true);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || canonical(a).toLowerCase() === canonical(b).toLowerCase();
  const { categoryOf, problems } = resolveSavings(scenarios, (vendor) => byVendor.filter((v) => same(v.vendor, vendor.trim()) && v.runRate.units !== 0n).map((v) => v.category));
  if (problems.length > 0) throw new ExitError(EXIT.usage, problems.map((p) => ({ severity: 'error' as const, kind: 'config' as const, ...p })));
  const yearMonths = monthsOfPeriod(fiscalYear, config.fiscalYearStart)!;
  return { results: computeScenarios(scenarios, runRate, yearMonths, categoryOf), yearMonths };
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
