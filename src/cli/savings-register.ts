/** The savings register (savings.yaml): read for `savings`, the board and `explain --forecast`. */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseRegister, type SavingsItem } from '../analysis/savings/register.js';
import { EXIT, ExitError, usageError } from '../diagnostic.js';
import { REGISTER_NAME } from './commands/savings.js';

export function readRegister(
  flag: string | false | undefined,
  origin: 'file' | 'demo' | 'default',
  configDir: string,
  cwd: string,
  config: Parameters<typeof parseRegister>[2],
  note: (m: string) => void,
): { path: string; items: SavingsItem[] } | undefined {
  if (flag === false) return undefined;
  let path: string;
  let shown: string;
  if (flag !== undefined) {
    path = isAbsolute(flag) ? flag : resolve(cwd, flag);
    shown = flag;
  } else {
    path = join(origin === 'default' ? cwd : resolve(cwd, configDir), REGISTER_NAME);
    if (!existsSync(path)) return undefined;
    shown = origin === 'demo' ? `demo/${REGISTER_NAME}` : relative(cwd, path) || path;
    note(`savings register: ${shown}`);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usageError(`cannot read --register ${shown}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  const { items, diagnostics } = parseRegister(text, shown, config);
  if (diagnostics.length > 0) throw new ExitError(EXIT.usage, diagnostics);
  return { path: shown, items };
}
