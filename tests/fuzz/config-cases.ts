/**
 * Generated configs for the fuzz campaign, each with what validate must answer: `ok` (exit 0),
 * `refused` (exit 2, one line naming the config) or `either` (random text: 0 or 2, never 70).
 */
import type { Prng } from './prng.js';

export interface ConfigCase {
  kind: string;
  yaml: string;
  expect: 'ok' | 'refused' | 'either';
}

const HEAD = 'currency: USD\nrates: { EUR: 1.08 }\ncategories:\n  - { id: cloud, name: Cloud, function: Product }\n  - { id: saas, name: SaaS, function: Sales }\n';

/** Regexes that backtrack badly: a repetition inside a repetition, alike alternatives, adjacent overlaps. */
function catastrophicRegex(r: Prng): string {
  const atom = r.pick(['a', '.', '\\w', '\\d', '[a-z]', '\\s', '(?:ab)']);
  const inner = r.pick(['*', '+', '{1,5}', '{2,}']);
  const outer = r.pick(['*', '+', `{${r.int(2, 30)}}`, '{2,}']);
  switch (r.int(0, 3)) {
    case 0:
      return `(${atom}${inner}${r.pick(['', 'a', 'b', '!'])})${outer}${r.pick(['', '$', 'x'])}`;
    case 1:
      return `^(?:${atom}|${atom}${r.pick(['', 'b', 'c'])})${outer}$`;
    case 2:
      return `${r.pick(['', '^'])}${atom}*${atom}${r.pick(['*', '+'])}${r.pick(['$', '!', 'x'])}`;
    default:
      return `(${r.pick(['.', 'a'])}*${r.pick(['a', 'b'])}){${r.int(2, 40)}}$`;
  }
}

/** Regexes a rule may use. */
function safeRegex(r: Prng): string {
  return r.pick(['^aws', 'on-?call', '^(aws|amazon)\\b', '[a-z]+\\s*inc$', '(foo)+', '\\d{4}-\\d{2}', '^.*$', '(?:inc|llc)\\.?$', 'slack|zoom', '^a{2,8}!$']);
}

function rule(id: string, match: string): string {
  return `  - id: ${id}\n    category: ${id.length % 2 === 0 ? 'cloud' : 'saas'}\n    match: ${match}\n`;
}

export function configCase(r: Prng): ConfigCase {
  switch (r.int(0, 8)) {
    case 0: {
      // an alias bomb: each level repeats the one before `width` times
      const width = r.int(6, 12);
      const levels = r.int(5, 10);
      const lines = [`l0: &l0 [${Array(width).fill('x').join(', ')}]`];
      for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(width).fill(`*l${i - 1}`).join(', ')}]`);
      // width^levels copies: past yaml's bound unless small
      const copies = width ** levels;
      return { kind: 'alias bomb', yaml: `${HEAD}${lines.join('\n')}\n`, expect: copies > 1e6 ? 'refused' : 'either' };
    }
    case 1: {
      const depth = r.int(41, 6000);
      return { kind: 'flow nesting', yaml: `${HEAD}x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, expect: 'refused' };
    }
    case 2: {
      const depth = r.int(41, 3000);
      return { kind: 'block nesting', yaml: `${HEAD}x:\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`, expect: 'refused' };
    }
    case 3: {
      const depth = r.int(41, 1500);
      const key = r.pick(['not', 'any', 'all']);
      const match = key === 'not' ? `${'{ not: '.repeat(depth)}{ vendor: x }${' }'.repeat(depth)}` : `${`{ ${key}: [ `.repeat(depth)}{ vendor: x }${' ] }'.repeat(depth)}`;
      return { kind: 'match nesting', yaml: `${HEAD}rules:\n${rule('deep', match)}`, expect: 'refused' };
    }
    case 4: {
      const length = r.int(1001, 200_000);
      return { kind: 'huge regex', yaml: `${HEAD}rules:\n${rule('huge', `{ description: "/${'a'.repeat(length)}/" }`)}`, expect: 'refused' };
    }
    case 5:
      return { kind: 'catastrophic regex', yaml: `${HEAD}rules:\n${rule('r1', '{ vendor: AWS }')}${rule('slow', `{ description: ${JSON.stringify(`/${catastrophicRegex(r)}/`)} }`)}`, expect: 'refused' };
    case 6: {
      const rules = Array.from({ length: r.int(1, 12) }, (_, i) => {
        const field = r.pick(['vendor', 'description', 'amount', 'date', 'account']);
        const value = field === 'amount' ? r.pick(['">= 100"', '"10..500"', '"< 0"']) : field === 'date' ? '">= 2026-03-01"' : r.chance(0.5) ? JSON.stringify(`/${safeRegex(r)}/i`) : r.pick(['"AWS*"', '"*zoom*"', 'Slack', '"*"']);
        return rule(`r${i}`, r.chance(0.2) ? `{ not: { ${field}: ${value} } }` : r.chance(0.2) ? `{ any: [ { ${field}: ${value} }, { vendor: x } ] }` : `{ ${field}: ${value} }`);
      });
      return { kind: 'valid rules', yaml: `${HEAD}rules:\n${rules.join('')}`, expect: 'ok' };
    }
    case 7: {
      // YAML-ish text: the head with random bytes or characters spliced in
      const text = HEAD + Buffer.from(r.bytes(r.int(0, 300))).toString('latin1');
      return { kind: 'garbage yaml', yaml: text, expect: 'either' };
    }
    default: {
      const noise = ['{', '}', '[', ']', ':', '- ', '&a ', '*a', '!!binary ', '"', "'", '\n  ', '#', '? ', '|', '>', '%YAML 1.2\n', '---\n', 'rules', 'categories'];
      let text = HEAD;
      for (let i = r.int(1, 60); i > 0; i--) text += r.pick(noise);
      return { kind: 'yaml syntax noise', yaml: text, expect: 'either' };
    }
  }
}
