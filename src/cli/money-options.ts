/** Options of the money commands (variance, forecast, report): percentages, amounts, the budget file. */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseBudgetCsv } from '../analysis/budget.js';
import type { BudgetLine, Config } from '../config/config.js';
import { didYouMean } from '../config/did-you-mean.js';
import { EXIT, ExitError, usageError } from '../diagnostic.js';
import { type Decimal, parseDecimal } from '../money/decimal.js';

/** "10%", "10" or "-2.5%" → the fraction 0.10 / -0.025: a bare number is a percentage too. */
export function parsePercent(value: string, flag: string): Decimal {
  const d = parseDecimal(value.trim().replace(/%$/, '').replace(/^\+/, ''));
  if (d === undefined) throw usageError(`${flag} needs a percentage like 10%, got "${value}"`);
  return { units: d.units, scale: d.scale + 2 };
}

export function parseAmount(value: string, flag: string): Decimal {
  const d = parseDecimal(value.trim().replace(/[$,_]/g, ''));
  if (d === undefined || d.units < 0n) throw usageError(`${flag} needs an amount like 1000, got "${value}"`);
  return d;
}

export function parseCount(value: string, flag: string, min = 1, max = 120): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw usageError(`${flag} needs a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

/** The budget: `--budget <csv>` (relative to the working folder) when given, else the config's; undefined when neither. */
export function loadBudget(path: string | undefined, cwd: string, config: Config): { lines: BudgetLine[]; fromFlag: boolean } | undefined {
  if (path === undefined) return config.budget.length > 0 ? { lines: config.budget, fromFlag: false } : undefined;
  let text: string;
  try {
    text = readFileSync(isAbsolute(path) ? path : join(cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read --budget ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const { lines, diagnostics } = parseBudgetCsv(text, path, config);
  if (diagnostics.length > 0) throw new ExitError(EXIT.data, diagnostics);
  return { lines, fromFlag: true };
}

/** `--growth 5%` (every category) and `--growth cloud=20%` (one category, by id or name). */
export function parseGrowth(values: readonly string[], config: Config): { all: Decimal | undefined; byCategory: Map<string, Decimal> } {
  let all: Decimal | undefined;
  const byCategory = new Map<string, Decimal>();
  for (const v of values) {
    const eq = v.lastIndexOf('=');
    if (eq < 0) {
      all = parsePercent(v, '--growth');
      continue;
    }
    const name = v.slice(0, eq).trim();
    const id = config.categoryById.has(name) ? name : config.categories.find((c) => c.name.toLowerCase() === name.toLowerCase())?.id;
    if (id === undefined) {
      const guess = didYouMean(name, config.categories.map((c) => c.id));
      throw usageError(`--growth: unknown category "${name}"`, guess ? `did you mean "${guess}"?` : 'use a category id from the config');
    }
    byCategory.set(id, parsePercent(v.slice(eq + 1), `--growth ${name}=`));
  }
  return { all, byCategory };
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];
