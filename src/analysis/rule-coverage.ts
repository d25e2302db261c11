/**
 * Rule coverage, as `techspend validate` counts it: for each rule the lines it wins, the lines it
 * matches (every match, not just the first), its amount, and which rule shadows it. Rule coverage
 * counts technology lines; every line (excluded too) counts for the rules it matches.
 */
import type { Config } from '../config/config.js';
import type { Rule } from '../config/rule.js';
import type { ExpenseLine } from '../ingest/line.js';
import { add, type Decimal, ZERO } from '../money/decimal.js';
import { type Categorization, createCategorizer } from '../rules/engine.js';

export interface RuleStats {
  won: number;
  matched: number;
  amount: Decimal;
  shadowedBy: Map<string, number>;
}

export class RuleCoverage {
  readonly stats: Map<string, RuleStats>;
  /** every line seen, technology and excluded */
  lines = 0;
  excludedLines = 0;
  categorizedLines = 0;
  categorizedAmount: Decimal = ZERO;
  /** technology spend */
  allAmount: Decimal = ZERO;
  // a second categorizer over the same compiled rules: validate asks for every match, not just the winner
  private readonly categorizer;

  constructor(config: Config) {
    this.categorizer = createCategorizer(config);
    this.stats = new Map<string, RuleStats>(config.rules.map((r) => [r.id, { won: 0, matched: 0, amount: ZERO, shadowedBy: new Map() }]));
  }

  see(l: ExpenseLine, booked: Decimal, c: Categorization, technology: boolean): void {
    const stats = this.stats;
    this.lines++;
    if (technology) this.allAmount = add(this.allAmount, booked);
    else this.excludedLines++;
    const all: Rule[] = this.categorizer.allMatches(l);
    const winner = c.rule;
    if (winner) {
      if (technology) {
        this.categorizedLines++;
        this.categorizedAmount = add(this.categorizedAmount, booked);
      }
      const s = stats.get(winner.id)!;
      s.won++;
      s.amount = add(s.amount, booked);
    }
    for (const r of all) {
      const s = stats.get(r.id)!;
      s.matched++;
      if (winner && r !== winner) s.shadowedBy.set(winner.id, (s.shadowedBy.get(winner.id) ?? 0) + 1);
    }
  }
}
