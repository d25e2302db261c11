/**
 * The shape of `techspend.yaml` as written (first validation pass). Strict: an unknown key is an
 * error. Semantic checks (ids that must exist, splits that must sum to 100, ...) come second,
 * in `check.ts`.
 */
import { z } from 'zod';

export const POOLS = [
  'labor',
  'software',
  'cloud',
  'hardware',
  'outside-services',
  'telecom',
  'travel',
  'training',
  'facilities',
  'other',
] as const;
export type Pool = (typeof POOLS)[number];

export const INVESTMENTS = ['run', 'grow', 'transform'] as const;
export type Investment = (typeof INVESTMENTS)[number];

/** A line is technology spend (in every figure) or excluded (read, reconciled, in no technology figure). */
export const SCOPES = ['technology', 'excluded'] as const;
export type Scope = (typeof SCOPES)[number];

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'use letters, digits, "-", "_" or "." (no spaces)');
const positiveNumber = z.union([z.number(), z.string()]);

export const WrittenCategory = z.strictObject({
  id,
  name: z.string().min(1),
  function: z.string().min(1).optional(),
  revenueGenerating: z.boolean().optional(),
  investment: z.enum(INVESTMENTS).optional(),
  pool: z.enum(POOLS).optional(),
  shared: z.boolean().optional(),
  /** excluded: rent, grants, payroll, card settlements... kept out of every technology figure */
  scope: z.enum(SCOPES).optional(),
  description: z.string().optional(),
  /** capitalizable share of its spend: 60% (or 60); that share is capex, depreciated over usefulLife */
  capitalize: z.union([z.number(), z.string()]).optional(),
  /** months its capex is depreciated over (default: the config's usefulLife, else 36) */
  usefulLife: z.number().int().min(1).max(600).optional(),
});

/** A field matcher as written: a string (wildcard, /regex/ or comparison), a number, or a list of them. */
const scalarMatcher = z.union([z.string(), z.number()]);
export const WrittenMatcher = z.union([scalarMatcher, z.array(scalarMatcher).min(1)]);

export const MATCH_FIELDS = [
  'vendor',
  'description',
  'account',
  'department',
  'costCenter',
  'currency',
  'amount',
  'date',
  'source',
] as const;

export type WrittenMatch = {
  [field: string]: unknown;
  any?: WrittenMatch[];
  all?: WrittenMatch[];
  not?: WrittenMatch;
};

export const WrittenMatch: z.ZodType<WrittenMatch> = z.lazy(() =>
  z
    .object({
      ...Object.fromEntries(MATCH_FIELDS.map((f) => [f, WrittenMatcher.optional()])),
      any: z.array(WrittenMatch).min(1).optional(),
      all: z.array(WrittenMatch).min(1).optional(),
      not: WrittenMatch.optional(),
    })
    .catchall(WrittenMatcher)
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value)) {
        if ((MATCH_FIELDS as readonly string[]).includes(key) || ['any', 'all', 'not'].includes(key)) continue;
        if (key.startsWith('column.') && key.length > 'column.'.length) continue;
        ctx.addIssue({ code: 'custom', path: [key], message: `unknown match field "${key}"`, params: { unknownKey: key } });
      }
    }),
) as z.ZodType<WrittenMatch>;

const split = z.record(z.string(), positiveNumber);

export const WrittenRule = z.strictObject({
  id: id.optional(),
  category: z.string().optional(),
  pool: z.enum(POOLS).optional(),
  split: split.optional(),
  match: WrittenMatch,
  /** excluded: the lines it matches are out of scope whatever their category */
  scope: z.enum(SCOPES).optional(),
  /** the lines it matches pay for this many months of service (an annual invoice: 12); read by --basis accrual */
  amortize: z.number().optional(),
  /** capitalizable share of the lines it matches (60%, 0% for all opex): overrides its category's capitalize for them */
  capitalize: z.union([z.number(), z.string()]).optional(),
  /** months the capex of its lines is depreciated over (default: the category's, else the config's usefulLife, else 36) */
  usefulLife: z.number().int().min(1).max(600).optional(),
  note: z.string().optional(),
});

export const WrittenRuleTable = z.strictObject({
  table: z.string().min(1),
  id: id.optional(),
});

export const WrittenAllocation = z.union([
  z.strictObject({ method: z.literal('proportional') }),
  z.strictObject({ driver: z.string().min(1) }),
  z.record(z.string(), positiveNumber),
]);

export const WrittenSource = z.strictObject({
  /** which files it reads: globs on the path ... */
  files: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  /**
   * ... and/or header columns the file must all have (next month's export matches whatever its
   * name). The header is found before such a source is known: a file matched by header alone has
   * its encoding, delimiter and preamble detected (pair it with `files` to fix them).
   */
  headerIncludes: z.array(z.string().min(1)).min(1).optional(),
  preset: z.string().optional(),
  columns: z
    .strictObject({
      date: z.string().optional(),
      amount: z.string().optional(),
      debit: z.string().optional(),
      credit: z.string().optional(),
      vendor: z.string().optional(),
      description: z.string().optional(),
      account: z.string().optional(),
      department: z.string().optional(),
      costCenter: z.string().optional(),
      currency: z.string().optional(),
      quantity: z.string().optional(),
      unitPrice: z.string().optional(),
      usage: z.string().optional(),
      direction: z.string().optional(),
      reference: z.string().optional(),
    })
    .optional(),
  dateFormat: z.string().optional(),
  decimalMark: z.enum(['.', ',']).optional(),
  sign: z.enum(['expense-positive', 'expense-negative']).optional(),
  skipRows: z.number().int().min(0).optional(),
  delimiter: z.string().min(1).max(2).optional(),
  encoding: z.enum(['utf-8', 'utf8', 'windows-1252', 'cp1252', 'latin1', 'iso-8859-1']).optional(),
  currency: z.string().optional(),
  header: z.boolean().optional(),
});

export const WrittenBudgetLine = z.strictObject({
  category: z.string().min(1),
  period: z.string().min(1),
  amount: positiveNumber,
});

export const WrittenConfig = z.strictObject({
  $schema: z.string().optional(),
  currency: z.string().default('USD'),
  fiscalYearStart: z.number().int().min(1).max(12).default(1),
  rates: z.union([z.record(z.string(), positiveNumber), z.string()]).optional(),
  /** absent: the built-in categories (and the built-in catalog rules after the config's own) */
  categories: z.array(WrittenCategory).min(1).optional(),
  allocations: z.record(z.string(), WrittenAllocation).optional(),
  rules: z.array(z.union([WrittenRuleTable, WrittenRule])).default([]),
  uncategorized: z.string().default('unassigned'),
  /** what lines no rule matches are: technology (default) or excluded (a whole-company ledger) */
  unmatched: z.enum(SCOPES).optional(),
  sources: z.array(WrittenSource).optional(),
  budget: z.union([z.array(WrittenBudgetLine), z.string()]).optional(),
  /** business drivers for unit economics: CSVs of month,driver,value (revenue, customers, ...) */
  drivers: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /** the driver variance splits "moved with the business" by, and the board's unit economics lead with */
  per: z.string().min(1).optional(),
  /** a contract table (CSV: vendor, renewal_date, notice_days, committed_amount): renewals */
  contracts: z.string().optional(),
  /** next year's scenarios: a scenario file's path, or its `scenarios:` inline (config/scenario-file.ts) */
  scenarios: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  /** months capitalized spend is depreciated over, for categories that name none (default 36) */
  usefulLife: z.number().int().min(1).max(600).optional(),
});

export type WrittenConfig = z.infer<typeof WrittenConfig>;
export type WrittenCategory = z.infer<typeof WrittenCategory>;
export type WrittenRule = z.infer<typeof WrittenRule>;
export type WrittenRuleTable = z.infer<typeof WrittenRuleTable>;
export type WrittenSource = z.infer<typeof WrittenSource>;
export type WrittenAllocation = z.infer<typeof WrittenAllocation>;

/** Every key name the schema knows, for "did you mean" suggestions. */
export const KNOWN_KEYS: readonly string[] = [
  ...Object.keys(WrittenConfig.shape),
  ...Object.keys(WrittenCategory.shape),
  ...Object.keys(WrittenRule.shape),
  'table',
  ...MATCH_FIELDS,
  'any',
  'all',
  'not',
  ...Object.keys(WrittenSource.shape),
  'date',
  'amount',
  'debit',
  'credit',
  'quantity',
  'unitPrice',
  'usage',
  'method',
  'driver',
];

export function configJsonSchema(): unknown {
  return z.toJSONSchema(WrittenConfig, { io: 'input', unrepresentable: 'any' });
}
