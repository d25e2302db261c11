/** Sources entries: a known currency, debit and credit together, keyed on files or header columns. */
import { isKnownCurrency } from '../../money/currency.js';
import { type ConfigCheck, report } from './state.js';

export const sources: ConfigCheck = {
  name: 'sources',
  run(s) {
    s.sources = (s.written.sources ?? []).map((src, i) => {
      const at = `sources[${i}]`;
      if (src.currency !== undefined && !isKnownCurrency(src.currency.toUpperCase())) report(s, `${at}.currency`, `unknown currency "${src.currency}"`);
      if (src.columns?.amount === undefined && (src.columns?.debit === undefined) !== (src.columns?.credit === undefined)) {
        report(s, `${at}.columns`, 'debit and credit columns go together');
      }
      if (src.files === undefined && src.headerIncludes === undefined) report(s, at, 'a source needs files (path globs) or headerIncludes (header columns the file has)');
      return { ...src, files: src.files === undefined ? [] : Array.isArray(src.files) ? src.files : [src.files], where: at };
    });
  },
};
