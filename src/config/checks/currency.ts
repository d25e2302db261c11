/** The reporting currency is a known ISO 4217 code. */
import { isKnownCurrency } from '../../money/currency.js';
import { type ConfigCheck, report } from './state.js';

export const reportingCurrency: ConfigCheck = {
  name: 'reporting currency',
  run(s) {
    if (!isKnownCurrency(s.currency)) report(s, 'currency', `unknown currency "${s.written.currency}"`, 'use an ISO 4217 code such as USD, EUR, GBP');
  },
};
