/**
 * Scenario savings linked to the savings the team already tracks: a landing in a scenario that
 * gives no amount but an id (`{ id: SAV-004, lands: 2027-03 }`) takes its annual amount — and its
 * vendor or category, when the landing names neither — from the savings register item of that id,
 * or from the savings candidate `kind:vendor` (as `techspend savings` finds it and `explain
 * --savings` names it). So a plan and the register cannot drift apart on the amount.
 *
 * The year's figure is then annual × (months landed in the year) ÷ 12, rounded once to the cent
 * (computeScenario), so a full year is the annual amount exactly; `monthly` (annual ÷ 12 at the
 * cent) is for the notes. An unknown id is a problem naming the landing's path and the known ids;
 * a one-off candidate (a duplicate to claim back, a spike) is no monthly saving and is refused.
 * Pure: the register items and candidates come in as data.
 */
import type { Scenario, SavingLanding } from '../config/scenario-file.js';
import { type Decimal, divide } from '../money/decimal.js';
import type { ScenarioProblem } from './scenarios.js';

/** A saving a landing can name: a register item or a savings candidate. */
export interface KnownSaving {
  /** `SAV-004` (register) or `overlap:Zoom` (candidate) */
  id: string;
  annual: Decimal;
  vendor?: string | undefined;
  category?: string | undefined;
  /** where it was found, for the notes: `savings.yaml: items[3]` or `savings candidate` */
  from: string;
  /** a duplicate to claim back or a spike: an amount once, not a saving a year */
  oneOff?: boolean | undefined;
  /** the register status: realized / redeployed savings are already in the run rate */
  status?: string | undefined;
}

const TWELVE: Decimal = { units: 12n, scale: 0 };
const SHOWN_IDS = 15;

/** The ids landings wait to be linked to, in order, once each. */
export function pendingSavingIds(scenarios: readonly Scenario[]): string[] {
  return [...new Set(scenarios.flatMap((s) => s.savings.map((v) => v.linkTo).filter((id): id is string => id !== undefined)))];
}

/** Register ids match as written; candidate ids (`kind:vendor`) whatever their case. */
function find(known: readonly KnownSaving[], id: string): KnownSaving | undefined {
  return known.find((k) => k.id === id) ?? known.find((k) => k.id.includes(':') && k.id.toLowerCase() === id.toLowerCase());
}

function knownList(known: readonly KnownSaving[]): string {
  if (known.length === 0) return 'no savings register or candidate is known to this run (a register is savings.yaml beside the config, or --register)';
  const ids = known.map((k) => k.id);
  return `known ids: ${ids.slice(0, SHOWN_IDS).join(', ')}${ids.length > SHOWN_IDS ? ` and ${ids.length - SHOWN_IDS} more (techspend savings lists them)` : ''}`;
}

/** Every landing with an id and no amount, given the amount (and vendor or category) of the saving it names. */
export function linkScenarioSavings(scenarios: readonly Scenario[], known: readonly KnownSaving[]): { scenarios: Scenario[]; problems: ScenarioProblem[]; notes: string[] } {
  const problems: ScenarioProblem[] = [];
  const notes: string[] = [];
  const linked = scenarios.map((s) => ({
    ...s,
    savings: s.savings.map((v): SavingLanding => {
      if (v.linkTo === undefined) return v;
      const k = find(known, v.linkTo);
      if (k === undefined) {
        problems.push({ where: `${v.where}.id`, message: `unknown saving "${v.linkTo}": no savings register item or candidate has this id, and the landing gives no monthly amount`, hint: knownList(known) });
        return v;
      }
      if (k.oneOff) {
        problems.push({ where: `${v.where}.id`, message: `"${k.id}" is a one-off amount (${k.from}), not a saving a year`, hint: 'give the landing its monthly amount' });
        return v;
      }
      const vendor = v.vendor ?? (v.category === undefined ? k.vendor : undefined);
      const category = v.category ?? (v.vendor === undefined ? k.category : undefined);
      if (vendor === undefined && category === undefined) {
        problems.push({ where: v.where, message: `"${k.id}" names no vendor or category to take the saving off`, hint: 'give the landing its vendor or category' });
        return v;
      }
      if (k.status === 'realized' || k.status === 'redeployed') notes.push(`${s.name}: saving ${v.label} is ${k.status} in the register: it may already be out of the run rate, so landing it again would count it twice.`);
      const { linkTo: _, ...rest } = v;
      return { ...rest, vendor, category, annual: k.annual, monthly: divide(k.annual, TWELVE, 2), label: v.label === k.id ? `${k.id} [${k.from}]` : v.label };
    }),
  }));
  return { scenarios: linked, problems, notes };
}
