import type { ExpenseLine } from '../../ingest/line.js';
import type { Decimal } from '../../money/decimal.js';
import type { Report } from '../../report/model.js';
import type { Categorization } from '../../rules/engine.js';
import type { RunContext } from '../context.js';

/** Collects what the savings section of the board needs while the board scans. */
export function boardSavings(_ctx: RunContext, _register: string | undefined) {
  return {
    add(_l: ExpenseLine, _booked: Decimal, _c: Categorization): void {},
    build(_end: string): { report: Report; committed: Decimal } | undefined {
      return undefined;
    },
  };
}
