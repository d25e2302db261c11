/** `--by` dimensions and `--period` kinds, as report and variance take them. */
import { usageError } from '../diagnostic.js';
import { PERIOD_KINDS, type PeriodKind } from '../period/period.js';
import { type Dimension, DIMENSIONS } from '../report/dimensions.js';

export function parseDimensions(values: string[] | undefined, fallback: Dimension[]): Dimension[] {
  const by = values && values.length > 0 ? values.flatMap((v) => v.split(',')).map((v) => v.trim()) : fallback;
  for (const d of by) if (!(DIMENSIONS as readonly string[]).includes(d)) throw usageError(`unknown --by "${d}"`, `use ${DIMENSIONS.join(', ')}`);
  return by as Dimension[];
}

export function parsePeriod(value: string | undefined, fallback: PeriodKind): PeriodKind {
  const p = value ?? fallback;
  if (!(PERIOD_KINDS as readonly string[]).includes(p)) throw usageError(`unknown --period "${p}"`, `use ${PERIOD_KINDS.join(', ')}`);
  return p as PeriodKind;
}
