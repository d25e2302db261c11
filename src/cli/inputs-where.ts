/** The inputs as a diagnostic names them: the one file, stdin, or "inputs". */
export function inputsWhere(paths: readonly string[]): string {
  return paths.length === 1 ? (paths[0] === '-' ? 'stdin' : paths[0]!) : 'inputs';
}
