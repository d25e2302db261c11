/** Find, read and validate the configuration (the pure work is in config/build). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { buildConfig, parseConfigText } from '../config/build.js';
import type { Config } from '../config/config.js';
import { EXIT, ExitError, usageError } from '../diagnostic.js';
import { DEMO_CONFIG } from './package-root.js';

export const CONFIG_NAMES = ['techspend.yaml', 'techspend.yml', 'techspend.json'];

export interface LoadedConfig {
  config: Config;
  /** 'file', 'demo', or 'default' when no config was found */
  origin: 'file' | 'demo' | 'default';
}

export function findConfig(cwd: string): string | undefined {
  for (const name of CONFIG_NAMES) {
    const p = join(cwd, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

export function loadConfigFile(path: string, shownAs: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read config ${shownAs}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  const parsed = parseConfigText(text.replace(/^\uFEFF/, ''), shownAs);
  if (parsed.diagnostics.length > 0) throw new ExitError(EXIT.usage, parsed.diagnostics);
  const dir = dirname(path);
  const result = buildConfig(parsed.value, {
    path: shownAs,
    dir,
    readRelative: (rel) => {
      const p = isAbsolute(rel) ? rel : join(dir, rel);
      try {
        return { text: readFileSync(p, 'utf8') };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return { error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message };
      }
    },
  });
  if (result.config === undefined) throw new ExitError(EXIT.usage, result.diagnostics);
  return result.config;
}

export function loadConfig(options: { config?: string | undefined; demo?: boolean | undefined; cwd: string }, defaultConfig: () => Config): LoadedConfig {
  if (options.config !== undefined) {
    const p = resolve(options.cwd, options.config);
    return { config: loadConfigFile(p, options.config), origin: 'file' };
  }
  if (options.demo) return { config: loadConfigFile(DEMO_CONFIG, 'demo/techspend.yaml'), origin: 'demo' };
  const found = findConfig(options.cwd);
  if (found) return { config: loadConfigFile(found, relative(options.cwd, found) || found), origin: 'file' };
  return { config: defaultConfig(), origin: 'default' };
}
