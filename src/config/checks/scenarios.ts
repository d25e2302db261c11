/**
 * Next year's scenarios (`scenarios:`): inline, or the path of a scenario file beside the config,
 * read by the config's own YAML reader and checked by scenario-file.ts (known categories, months,
 * amounts). Problems name the scenario file, or the config's `scenarios.` path.
 */
import { parseConfigText } from '../build.js';
import { readScenarios, scenarioWhere } from '../scenario-file.js';
import { type ConfigCheck, report } from './state.js';

export const scenarios: ConfigCheck = {
  name: 'scenarios',
  run(s) {
    const written = s.written.scenarios;
    if (written === undefined) return;
    const categoryIds = [...s.categoryById.keys()];
    let read;
    if (typeof written === 'string') {
      const file = s.ctx.readRelative(written);
      if ('error' in file) {
        report(s, 'scenarios', `cannot read scenarios "${written}": ${file.error}`);
        return;
      }
      const parsed = parseConfigText(file.text.replace(/^\uFEFF/, ''), written);
      read = parsed.diagnostics.length > 0 ? { scenarios: [], diagnostics: parsed.diagnostics } : readScenarios(parsed.value, { where: scenarioWhere(written), categoryIds });
    } else read = readScenarios(written, { where: scenarioWhere(s.ctx.path, ['scenarios']), categoryIds }, true);
    s.diagnostics.push(...read.diagnostics);
    if (read.scenarios.length > 0) s.scenarios = read.scenarios;
  },
};
