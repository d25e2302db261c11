/**
 * Scenarios for next year, as written: a scenario file (`forecast --scenario plan.yaml`) or the
 * config's `scenarios:` key (inline, or the path of such a file). Both hold the same thing, named
 * assumption sets:
 *
 *   scenarios:
 *     base:
 *       growth: { all: 3%, cloud: 1%/month }      # % per year (the default) or per month
 *       drivers:                                  # per-seat / per-unit categories follow a plan
 *         - driver: headcount
 *           today: 120                            # the level the run rate was paid at
 *           plan: { 2027-04: 130, 2027-10: 140 }  # from that month on (until the next entry)
 *           scales: [saas]
 *       savings:                                  # a monthly saving from the month it lands
 *         - { id: S-03, vendor: Zoom, monthly: 1200, lands: 2027-05 }
 *         - { id: SAV-004, lands: 2027-03 }        # no amount: the register item's (or a savings
 *                                                  # candidate's, as kind:vendor) annual ÷ 12
 *       initiatives:                              # new monthly cost from its start month
 *         - { name: Data platform, category: data, start: 2027-03, monthly: 8000, months: 10 }
 *
 * Two passes, like the config: zod for the shape (strict: an unknown key is an error), then named
 * checks (months, categories, amounts). Every problem is one diagnostic naming the file and path.
 * The YAML is read by the config's own reader (`parseConfigText`: nesting and alias limits).
 */
import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import type { Diagnostic } from '../diagnostic.js';
import { compare, type Decimal, parseDecimal, ZERO } from '../money/decimal.js';
import { didYouMean } from './did-you-mean.js';
import { formatPath } from './paths.js';

/** Growth: a fraction (0.05 = 5%) per year, or per month (compounded month by month). */
export interface GrowthRate {
  rate: Decimal;
  per: 'year' | 'month';
  /** as written, for notes */
  written: string;
}

export interface DriverPlan {
  driver: string;
  /** the driver's level today: what the run rate was paid at */
  today: Decimal;
  /** planned levels, by month, oldest first: each holds until the next */
  plan: { month: string; value: Decimal }[];
  /** the categories whose spend moves in proportion (per seat, per unit) */
  scales: string[];
}

export interface SavingLanding {
  /** the savings candidate id, or the vendor, as shown in the bridge */
  label: string;
  vendor?: string | undefined;
  /** undefined: the category the vendor's run rate is in (resolved against the run rate) */
  category?: string | undefined;
  monthly: Decimal;
  /** set when the amount is a register item's or candidate's: the year's figure is annual × months ÷ 12, rounded once */
  annual?: Decimal | undefined;
  lands: string;
  /** `plan.yaml: base.savings[0]`, for a problem found when it is resolved */
  where: string;
  /**
   * No amount written: the id of a savings register item or savings candidate (`kind:vendor`) to
   * take the annual amount from (analysis/scenario-savings.ts links it once the register and the
   * candidates are known); `monthly` is 0 until then.
   */
  linkTo?: string | undefined;
}

export interface Initiative {
  name: string;
  category: string;
  start: string;
  monthly: Decimal;
  /** how many months it runs; undefined: to the end of the year */
  months?: number | undefined;
}

export interface Scenario {
  name: string;
  description?: string | undefined;
  /** by category id; `all` for every category not named */
  growth: Map<string, GrowthRate>;
  drivers: DriverPlan[];
  savings: SavingLanding[];
  initiatives: Initiative[];
}

/** The growth key that means every category not named. */
export const EVERY_CATEGORY = 'all';

const amount = z.union([z.number(), z.string()]);

const WrittenScenario = z.strictObject({
  description: z.string().optional(),
  growth: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  drivers: z
    .array(
      z.strictObject({
        driver: z.string().min(1),
        today: amount,
        plan: z.record(z.string(), amount),
        scales: z.array(z.string().min(1)).min(1),
      }),
    )
    .optional(),
  savings: z
    .array(
      z.strictObject({
        id: z.union([z.string().min(1), z.number()]).optional(),
        vendor: z.string().min(1).optional(),
        category: z.string().min(1).optional(),
        monthly: amount.optional(),
        lands: z.union([z.string(), z.number()]),
      }),
    )
    .optional(),
  initiatives: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        category: z.string().min(1),
        start: z.union([z.string(), z.number()]),
        monthly: amount,
        months: z.number().optional(),
      }),
    )
    .optional(),
});

/** The scenario file: `scenarios:` and its named sets (the config's `scenarios:` value). */
const WrittenScenarios = z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]*$/, 'a scenario name is letters, digits, " ", "-", "_" or "."'), WrittenScenario);
const WrittenScenarioFile = z.strictObject({ scenarios: WrittenScenarios });

const SCENARIO_KEYS = ['scenarios', ...Object.keys(WrittenScenario.shape), 'driver', 'today', 'plan', 'scales', 'id', 'vendor', 'category', 'monthly', 'lands', 'name', 'start', 'months'];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const RATE = /^([+-]?\d+(?:\.\d+)?)\s*%\s*(?:\/\s*(year|yr|month|mo))?$/i;

/** Read a growth rate: `5%` or `5%/year` (a year), `0.5%/month` (compounded monthly). */
export function parseGrowthRate(value: string | number): GrowthRate | undefined {
  const m = RATE.exec(String(value).trim());
  if (!m) return undefined;
  const pct = parseDecimal(m[1]!.replace(/^\+/, ''));
  if (pct === undefined) return undefined;
  const per = m[2] !== undefined && /^mo/i.test(m[2]) ? 'month' : 'year';
  return { rate: { units: pct.units, scale: pct.scale + 2 }, per, written: String(value).trim() };
}

export interface ScenarioContext {
  /** where problems are said to be: `plan.yaml` (a file) or `techspend.yaml: scenarios` (inline) */
  where: (path: readonly PropertyKey[]) => string;
  categoryIds: readonly string[];
}

/**
 * Validate a scenario file's parsed YAML (`{ scenarios: {...} }`), or the config's inline
 * `scenarios:` value (`inline`), into scenarios, in the order written.
 */
export function readScenarios(raw: unknown, ctx: ScenarioContext, inline = false): { scenarios: Scenario[]; diagnostics: Diagnostic[] } {
  const parsed = inline ? WrittenScenarios.safeParse(raw) : WrittenScenarioFile.safeParse(raw);
  if (!parsed.success) return { scenarios: [], diagnostics: parsed.error.issues.flatMap((i) => issueDiagnostics(i, ctx)) };
  const written = (inline ? parsed.data : (parsed.data as { scenarios: z.infer<typeof WrittenScenarios> }).scenarios) as z.infer<typeof WrittenScenarios>;
  const diagnostics: Diagnostic[] = [];
  const err = (path: readonly PropertyKey[], message: string, hint?: string) =>
    diagnostics.push({ severity: 'error', kind: 'config', where: ctx.where(path), message, ...(hint ? { hint } : {}) });
  const known = new Set(ctx.categoryIds);
  const category = (id: string, path: readonly PropertyKey[]): boolean => {
    if (known.has(id)) return true;
    const guess = didYouMean(id, ctx.categoryIds);
    err(path, `unknown category "${id}"`, guess ? `did you mean "${guess}"?` : 'use a category id from the config');
    return false;
  };
  const month = (value: string | number, path: readonly PropertyKey[]): string | undefined => {
    const s = String(value).trim();
    if (MONTH.test(s)) return s;
    err(path, `bad month "${s}"`, 'write a month as YYYY-MM, e.g. 2027-03');
    return undefined;
  };
  const money = (value: string | number, path: readonly PropertyKey[], what: string, positive = false): Decimal | undefined => {
    const d = parseDecimal(String(value).trim().replace(/,/g, ''));
    if (d === undefined) err(path, `${what} is not a number: "${String(value)}"`);
    else if (d.units < 0n || (positive && d.units === 0n)) err(path, `${what} must be ${positive ? 'more than zero' : 'zero or more'}, got ${String(value)}`, what === 'monthly cost' ? 'a saving goes under savings' : undefined);
    else return d;
    return undefined;
  };
  if (Object.keys(written).length === 0) err(inline ? [] : ['scenarios'], 'no scenario', 'name at least one, e.g. base: { growth: { all: 3% } }');
  const scenarios: Scenario[] = [];
  for (const [name, s] of Object.entries(written)) {
    const at = (...p: PropertyKey[]) => [...(inline ? [] : ['scenarios']), name, ...p];
    const growth = new Map<string, GrowthRate>();
    for (const [key, value] of Object.entries(s.growth ?? {})) {
      if (key !== EVERY_CATEGORY && !category(key, at('growth', key))) continue;
      const rate = parseGrowthRate(value);
      if (rate === undefined) err(at('growth', key), `bad growth "${String(value)}"`, 'write 5% (a year), 5%/year or 0.5%/month');
      else if (compare(rate.rate, { units: -1n, scale: 0 }) <= 0) err(at('growth', key), `growth of ${rate.written} would take spend to zero or below`);
      else growth.set(key, rate);
    }
    const drivers: DriverPlan[] = [];
    const drivenBy = new Map<string, string>();
    (s.drivers ?? []).forEach((d, i) => {
      const today = money(d.today, at('drivers', i, 'today'), 'today', true);
      const plan: { month: string; value: Decimal }[] = [];
      for (const [m, v] of Object.entries(d.plan)) {
        const mm = month(m, at('drivers', i, 'plan', m));
        const value = money(v, at('drivers', i, 'plan', m), `${d.driver} in ${m}`);
        if (mm !== undefined && value !== undefined) plan.push({ month: mm, value });
      }
      plan.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
      d.scales.forEach((c, j) => {
        if (!category(c, at('drivers', i, 'scales', j))) return;
        const other = drivenBy.get(c);
        if (other !== undefined) err(at('drivers', i, 'scales', j), `category "${c}" already follows driver "${other}"`, 'a category follows one driver per scenario');
        drivenBy.set(c, d.driver);
      });
      if (today !== undefined) drivers.push({ driver: d.driver, today, plan, scales: d.scales });
    });
    const savings: SavingLanding[] = [];
    (s.savings ?? []).forEach((v, i) => {
      // no amount: the register item's or candidate's, which also says the vendor or category
      const linkTo = v.monthly === undefined && v.id !== undefined ? String(v.id) : undefined;
      if (v.monthly === undefined && v.id === undefined) {
        err(at('savings', i), 'a saving needs monthly, or the id of a savings register item or candidate to take its amount from', 'e.g. { id: SAV-004, lands: 2027-05 } or { vendor: Zoom, monthly: 1200, lands: 2027-05 }');
        return;
      }
      if (linkTo === undefined && v.vendor === undefined && v.category === undefined) err(at('savings', i), 'a saving names its vendor or its category', 'e.g. { id: S-03, vendor: Zoom, monthly: 1200, lands: 2027-05 }');
      if (v.category !== undefined && !category(v.category, at('savings', i, 'category'))) return;
      const monthly = v.monthly === undefined ? ZERO : money(v.monthly, at('savings', i, 'monthly'), 'monthly saving', true);
      const lands = month(v.lands, at('savings', i, 'lands'));
      if (monthly === undefined || lands === undefined || (linkTo === undefined && v.vendor === undefined && v.category === undefined)) return;
      const label = v.id !== undefined ? String(v.id) : v.vendor!;
      savings.push({ label, vendor: v.vendor, category: v.category, monthly, lands, where: ctx.where(at('savings', i)), ...(linkTo !== undefined ? { linkTo } : {}) });
    });
    const initiatives: Initiative[] = [];
    (s.initiatives ?? []).forEach((v, i) => {
      const okCategory = category(v.category, at('initiatives', i, 'category'));
      const start = month(v.start, at('initiatives', i, 'start'));
      const monthly = money(v.monthly, at('initiatives', i, 'monthly'), 'monthly cost');
      if (v.months !== undefined && (!Number.isInteger(v.months) || v.months <= 0)) err(at('initiatives', i, 'months'), `months must be a whole number above zero, got ${v.months}`, 'leave it out to run to the end of the year');
      else if (okCategory && start !== undefined && monthly !== undefined) initiatives.push({ name: v.name, category: v.category, start, monthly, months: v.months });
    });
    scenarios.push({ name, description: s.description, growth, drivers, savings, initiatives });
  }
  return { scenarios: diagnostics.length > 0 ? [] : scenarios, diagnostics };
}

function issueDiagnostics(issue: $ZodIssue, ctx: ScenarioContext): Diagnostic[] {
  const at = (p: readonly PropertyKey[], message: string, hint?: string): Diagnostic => ({ severity: 'error', kind: 'config', where: ctx.where(p), message, ...(hint ? { hint } : {}) });
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => {
      const guess = didYouMean(key, SCENARIO_KEYS);
      return at([...issue.path, key], `unknown key "${key}"`, guess ? `did you mean "${guess}"?` : 'a scenario has description, growth, drivers, savings and initiatives');
    });
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return [at(issue.path, `missing (expected ${issue.expected})`)];
  if (issue.code === 'invalid_union') {
    const best = issue.errors.reduce<$ZodIssue[] | undefined>((a, b) => (a === undefined || b.length < a.length ? b : a), undefined);
    if (best && best.length > 0 && best.every((i) => i.path.length > 0)) return best.flatMap((i) => issueDiagnostics({ ...i, path: [...issue.path, ...i.path] } as $ZodIssue, ctx));
  }
  return [at(issue.path, issue.message)];
}

/** `plan.yaml: scenarios.base.growth.cloud` (a file) as the shared path format writes it. */
export function scenarioWhere(file: string, prefix: readonly PropertyKey[] = []): (path: readonly PropertyKey[]) => string {
  return (path) => `${file}: ${formatPath([...prefix, ...path])}`;
}
