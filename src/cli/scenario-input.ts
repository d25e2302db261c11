/**
 * Next year's scenarios for `forecast --scenario [file]` and the board: read a scenario file (the
 * config's YAML reader, its checks), or take the config's `scenarios:`, and compute each one from
 * the forecast's run rate. A bad file is a usage/config error (exit 2), one line per problem.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseConfigText } from '../config/build.js';
import type { Config } from '../config/config.js';
import { readScenarios, type Scenario, scenarioWhere } from '../config/scenario-file.js';
import { EXIT, ExitError, usageError } from '../diagnostic.js';

/** `--scenario plan.yaml`: its scenarios; `--scenario` alone: the config's (an error when it has none). */
export function loadScenarios(flag: string | true, cwd: string, config: Config): { scenarios: Scenario[]; source: string } {
  if (flag === true) {
    if (config.scenarios === undefined) throw usageError('--scenario without a file: the config has no scenarios', 'give a scenario file (--scenario plan.yaml) or add scenarios: to the config');
    return { scenarios: config.scenarios, source: config.path };
  }
  let text: string;
  try {
    text = readFileSync(isAbsolute(flag) ? flag : join(cwd, flag), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read --scenario ${flag}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const parsed = parseConfigText(text.replace(/^\uFEFF/, ''), flag);
  if (parsed.diagnostics.length > 0) throw new ExitError(EXIT.usage, parsed.diagnostics);
  const read = readScenarios(parsed.value, { where: scenarioWhere(flag), categoryIds: config.categories.map((c) => c.id) });
  if (read.diagnostics.length > 0) throw new ExitError(EXIT.usage, read.diagnostics);
  return { scenarios: read.scenarios, source: flag };
}
