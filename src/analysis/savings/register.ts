/**
 * The savings register (`savings.yaml`): what the team decided to trim, its status, and where the
 * money goes. Two passes, like the config: the zod shape (strict keys, every error with its
 * path, `items[2].status`), then semantic checks against the config (known categories, unique
 * ids, a destination for redeployed money).
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import type { Config } from '../../config/config.js';
import { didYouMean } from '../../config/did-you-mean.js';
import { formatPath } from '../../config/paths.js';
import type { Diagnostic } from '../../diagnostic.js';
import { parseIsoDate } from '../../ingest/date.js';
import { type Decimal, parseDecimal } from '../../money/decimal.js';
import { CANDIDATE_KINDS, type CandidateKind } from './candidate.js';

export const STATUSES = ['idea', 'approved', 'in-progress', 'realized', 'redeployed'] as const;
export type SavingsStatus = (typeof STATUSES)[number];

const amount = z.union([z.number(), z.string()]);
const date = z.union([z.string(), z.date()]);

export const WrittenSavingsItem = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'use letters, digits, "-", "_" or "." (no spaces)'),
  title: z.string().min(1),
  vendor: z.string().min(1).optional(),
  category: z.string().min(1).optional(),
  kind: z.enum(CANDIDATE_KINDS).optional(),
  status: z.enum(STATUSES),
  annual: amount,
  owner: z.string().optional(),
  due: date.optional(),
  redeployTo: z.string().min(1).optional(),
  notes: z.string().optional(),
});

export const WrittenRegister = z.strictObject({
  $schema: z.string().optional(),
  items: z.array(WrittenSavingsItem).default([]),
});

export interface SavingsItem {
  id: string;
  title: string;
  vendor: string | undefined;
  category: string | undefined;
  kind: CandidateKind | undefined;
  status: SavingsStatus;
  annual: Decimal;
  owner: string | undefined;
  due: string | undefined;
  redeployTo: string | undefined;
  /** `items[2]`, for messages */
  where: string;
}

export type RegisterResult = { items: SavingsItem[]; diagnostics: Diagnostic[] };

const KNOWN_KEYS = [...Object.keys(WrittenSavingsItem.shape), 'items'];

function problem(path: string, at: string, message: string, hint?: string): Diagnostic {
  return { severity: 'error', kind: 'config', where: `${path}: ${at}`, message, ...(hint ? { hint } : {}) };
}

function issueDiagnostics(issue: $ZodIssue, path: string): Diagnostic[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const guess = didYouMean(key, KNOWN_KEYS);
      return problem(path, formatPath([...issue.path, key]), `unknown key "${key}"`, guess ? `did you mean "${guess}"?` : undefined);
    });
  }
  if (issue.code === 'invalid_value' && issue.path.at(-1) === 'status') {
    return [problem(path, formatPath(issue.path), `status must be one of ${STATUSES.join(', ')}`)];
  }
  if (issue.code === 'invalid_value' && issue.path.at(-1) === 'kind') {
    return [problem(path, formatPath(issue.path), `kind must be one of ${CANDIDATE_KINDS.join(', ')}`)];
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [problem(path, formatPath(issue.path), `missing ${String(issue.path.at(-1) ?? 'value')}`)];
  }
  return [problem(path, formatPath(issue.path), issue.message)];
}

/** YAML (or JSON) text of a register → items, or one diagnostic per problem. */
export function parseRegister(text: string, path: string, config: Config): RegisterResult {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      items: [],
      diagnostics: doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return { severity: 'error' as const, kind: 'config' as const, where: pos ? `${path}:${pos.line}:${pos.col}` : path, message: `not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` };
      }),
    };
  }
  const raw: unknown = doc.toJS() ?? {};
  const shape = WrittenRegister.safeParse(raw);
  if (!shape.success) return { items: [], diagnostics: shape.error.issues.flatMap((i) => issueDiagnostics(i, path)) };
  const diagnostics: Diagnostic[] = [];
  const err = (at: string, message: string, hint?: string) => diagnostics.push(problem(path, at, message, hint));
  const categoryIds = config.categories.map((c) => c.id);
  const checkCategory = (id: string, at: string) => {
    if (config.categoryById.has(id)) return;
    const guess = didYouMean(id, categoryIds);
    err(at, `unknown category "${id}"`, guess ? `did you mean "${guess}"?` : `categories are: ${categoryIds.join(', ')}`);
  };
  const seen = new Map<string, string>();
  const items: SavingsItem[] = [];
  shape.data.items.forEach((w, i) => {
    const at = `items[${i}]`;
    const first = seen.get(w.id);
    if (first !== undefined) err(`${at}.id`, `duplicate id "${w.id}"`, `already used by ${first}`);
    else seen.set(w.id, at);
    if (w.vendor === undefined && w.category === undefined) err(at, 'an item needs a vendor or a category');
    if (w.category !== undefined) checkCategory(w.category, `${at}.category`);
    if (w.redeployTo !== undefined) checkCategory(w.redeployTo, `${at}.redeployTo`);
    if (w.status === 'redeployed' && w.redeployTo === undefined) err(`${at}.redeployTo`, 'a redeployed item needs redeployTo (the category the money went to)');
    const annual = parseDecimal(String(w.annual).trim().replace(/,/g, ''));
    if (annual === undefined || annual.units < 0n) err(`${at}.annual`, `annual must be an amount >= 0, like "5544.00", got "${String(w.annual)}"`);
    let due: string | undefined;
    if (w.due !== undefined) {
      const text = w.due instanceof Date ? w.due.toISOString().slice(0, 10) : w.due.trim();
      due = text.length === 10 ? parseIsoDate(text) : undefined;
      if (due === undefined) err(`${at}.due`, `due must be a date like 2026-12-31, got "${String(w.due)}"`);
    }
    items.push({
      id: w.id,
      title: w.title,
      vendor: w.vendor,
      category: w.category,
      kind: w.kind,
      status: w.status,
      annual: annual ?? { units: 0n, scale: 0 },
      owner: w.owner,
      due,
      redeployTo: w.redeployTo,
      where: at,
    });
  });
  return diagnostics.length > 0 ? { items: [], diagnostics } : { items, diagnostics };
}
