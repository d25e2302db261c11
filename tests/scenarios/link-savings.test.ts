/** analysis/scenario-savings: landings named by id take the register's or candidate's amount; refusals. */
import { describe, expect, it } from 'vitest';
import { linkScenarioSavings, pendingSavingIds } from '../../src/analysis/scenario-savings.js';
import type { Scenario } from '../../src/config/scenario-file.js';
import { parseDecimal, toFixed, ZERO } from '../../src/money/decimal.js';

const landing = (linkTo: string) => ({ label: linkTo, monthly: ZERO, lands: '2027-01', where: 'plan.yaml: scenarios.base.savings[0]', linkTo });
const scenario = (...savings: ReturnType<typeof landing>[]): Scenario => ({ name: 'base', growth: new Map(), drivers: [], savings, initiatives: [] });
const d = (s: string) => parseDecimal(s)!;

describe('linkScenarioSavings', () => {
  it('a register item: annual ÷ 12 to the cent for the notes, the annual kept for the year\'s figure', () => {
    const { scenarios, problems } = linkScenarioSavings([scenario(landing('SAV-1'))], [{ id: 'SAV-1', annual: d('1000.00'), category: 'cloud', from: 'savings.yaml: items[0]' }]);
    expect(problems).toEqual([]);
    const v = scenarios[0]!.savings[0]!;
    expect([toFixed(v.monthly), toFixed(v.annual!), v.category, v.linkTo]).toEqual(['83.33', '1000.00', 'cloud', undefined]);
  });
  it('a candidate id matches whatever its case; a one-off candidate is refused', () => {
    const known = [
      { id: 'overlap:Zoom', annual: d('1200'), vendor: 'Zoom', category: 'meetings', from: 'savings candidate' },
      { id: 'spike:Twilio', annual: d('500'), vendor: 'Twilio', category: 'sms', from: 'savings candidate', oneOff: true },
    ];
    expect(linkScenarioSavings([scenario(landing('OVERLAP:zoom'))], known).problems).toEqual([]);
    expect(linkScenarioSavings([scenario(landing('spike:Twilio'))], known).problems[0]!.message).toMatch(/one-off amount/);
  });
  it('a realized item is linked with a note that it may be counted twice', () => {
    const r = linkScenarioSavings([scenario(landing('SAV-1'))], [{ id: 'SAV-1', annual: d('1200'), vendor: 'Webex', from: 'r', status: 'realized' }]);
    expect(r.notes[0]).toBe('base: saving SAV-1 is realized in the register: it may already be out of the run rate, so landing it again would count it twice.');
  });
  it('pendingSavingIds: each id once', () => {
    expect(pendingSavingIds([scenario(landing('A'), landing('B'), landing('A'))])).toEqual(['A', 'B']);
  });
});
