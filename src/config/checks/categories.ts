/**
 * Categories: ids unique, an excluded category is not shared technology; the uncategorized
 * category made when it is not written, and the `excluded` one when a rule says only
 * `scope: excluded`; unmatched lines' scope agrees with their category.
 */
import type { Category } from '../config.js';
import { builtInCategories } from '../catalog-rules.js';
import type { WrittenRule } from '../schema.js';
import { type BuildState, type ConfigCheck, report } from './state.js';

/** the category of a rule that says only `scope: excluded` (made when no category has this id) */
export const EXCLUDED_CATEGORY = 'excluded';

export const categories: ConfigCheck = {
  name: 'categories',
  run(s) {
    const { written } = s;
    (written.categories ?? builtInCategories()).forEach((c, i) => {
      if (s.categoryById.has(c.id)) {
        report(s, `categories[${i}].id`, `duplicate category id "${c.id}"`);
        return;
      }
      const category: Category = {
        id: c.id,
        name: c.name,
        function: c.function ?? (c.shared ? 'Shared Technology' : c.name),
        revenueGenerating: c.revenueGenerating ?? false,
        investment: c.investment,
        pool: c.pool,
        shared: c.shared ?? false,
        scope: c.scope ?? 'technology',
      };
      if (category.scope === 'excluded' && category.shared) report(s, `categories[${i}].shared`, `category "${c.id}" is excluded: it cannot be shared technology`, 'remove shared, or scope: excluded');
      add(s, category);
    });
    if (!s.categoryById.has(written.uncategorized)) {
      add(s, { id: written.uncategorized, name: 'Uncategorized', function: 'Unassigned', revenueGenerating: false, shared: false, scope: written.unmatched ?? 'technology' });
    }
    const uncategorizedScope = s.categoryById.get(written.uncategorized)!.scope;
    s.unmatched = written.unmatched ?? uncategorizedScope;
    if (s.unmatched === 'technology' && uncategorizedScope === 'excluded') {
      report(s, 'unmatched', `unmatched lines are technology, but their category "${written.uncategorized}" (uncategorized) is excluded`, 'say unmatched: excluded, or use another uncategorized category');
    }
    // a rule that only says `scope: excluded` books its lines to this category
    const needsExcluded = written.rules.some((r) => !('table' in r) && (r as WrittenRule).scope === 'excluded' && (r as WrittenRule).category === undefined && (r as WrittenRule).split === undefined);
    if (needsExcluded && !s.categoryById.has(EXCLUDED_CATEGORY)) {
      add(s, { id: EXCLUDED_CATEGORY, name: 'Excluded (not technology)', function: 'Not technology', revenueGenerating: false, shared: false, scope: 'excluded' });
    }
  },
};

function add(s: BuildState, category: Category): void {
  s.categories.push(category);
  s.categoryById.set(category.id, category);
}
