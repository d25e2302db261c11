/**
 * Problems found in user input are values, collected and reported together (beancount style);
 * exceptions are kept for fatal I/O and bugs, and are turned into exit codes once, in cli/main.
 */
import { printable } from './terminal-text.js';

export { printable } from './terminal-text.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** data: a row or value of an input file; config: the configuration; usage: the command line */
  kind: 'data' | 'config' | 'usage' | 'io';
  /** `file:line` for data, `config.yaml: rules[3].match.vendor` for configuration */
  where: string;
  message: string;
  column?: string;
  /** the offending text, quoted in the message */
  text?: string;
  hint?: string;
}

export const EXIT = {
  ok: 0,
  data: 1,
  usage: 2,
  tripped: 3,
} as const;

/** A fatal condition with its exit code; thrown by the edges, caught once in cli/main. */
export class ExitError extends Error {
  constructor(
    readonly exitCode: number,
    readonly diagnostics: Diagnostic[],
  ) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

export function usageError(message: string, hint?: string): ExitError {
  return new ExitError(EXIT.usage, [{ severity: 'error', kind: 'usage', where: 'techspend', message, ...(hint ? { hint } : {}) }]);
}

export function dataError(where: string, message: string, hint?: string): ExitError {
  return new ExitError(EXIT.data, [{ severity: 'error', kind: 'data', where, message, ...(hint ? { hint } : {}) }]);
}

/** One line: `where: [column "X": ]message[: "text"][ (hint)]`. */
export function formatDiagnostic(d: Diagnostic): string {
  const level = d.severity === 'warning' ? 'warning: ' : '';
  const column = d.column !== undefined ? `column "${printable(d.column, 60)}": ` : '';
  const text = d.text !== undefined ? ` "${printable(d.text)}"` : '';
  const hint = d.hint !== undefined ? ` (${printable(d.hint, 4000)})` : '';
  // where (a file name) and message (may quote a vendor or a column name) come from the data too
  return `${printable(d.where, 4000)}: ${level}${column}${printable(d.message, 4000)}${text}${hint}`;
}
