/**
 * Tables that fit the terminal: on a terminal of `width` columns, a table too wide for it keeps its
 * most recent period columns (and the total), or wraps its text columns at word boundaries, or,
 * when even its figures do not fit, shows each row as a short block of "label: value" lines. No
 * line is ever wider than the terminal, so the terminal never breaks a row mid-cell. Without a
 * width (a pipe or a file) every column is kept.
 */
import type { Column, Table } from '../report/model.js';

/** Display width of plain text (no escape sequences reach here: cells are made printable first). */
export function textWidth(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    // combining marks take no column; CJK and other wide characters take two
    if ((c >= 0x300 && c <= 0x36f) || c === 0x200b) continue;
    n += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x1f300 && c <= 0x1faff) ? 2 : 1;
  }
  return n;
}

/** Words of `text` on lines of at most `width` columns (a word longer than that is cut). */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const limit = Math.max(8, width);
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line);
    line = indent;
  };
  for (let word of text.split(/ +/)) {
    if (line.trim() !== '' && textWidth(line) + 1 + textWidth(word) > limit) push();
    while (textWidth(line) + textWidth(word) > limit) {
      // a word wider than a line: cut it where the line ends
      const room = limit - textWidth(line);
      let cut = '';
      for (const ch of word) {
        if (textWidth(cut + ch) > room) break;
        cut += ch;
      }
      if (cut === '') break;
      line += cut;
      word = word.slice(cut.length);
      push();
    }
    line = line === '' || line === indent ? line + word : `${line} ${word}`;
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Columns' widths as cli-table3 draws them: the widest cell plus one space each side. */
export function naturalWidths(columns: readonly Column[], cells: readonly string[][], head: readonly string[]): number[] {
  return columns.map((_, i) => 2 + Math.max(textWidth(head[i]!), ...cells.map((r) => Math.max(...r[i]!.split('\n').map(textWidth)))));
}

/** A table's full width: its columns and one border between and around them. */
export const tableWidth = (widths: readonly number[]): number => widths.reduce((a, b) => a + b, 0) + widths.length + 1;

export interface Fitted {
  table: Table;
  /** what was left out, said under the table */
  note?: string;
}

/**
 * A period report too wide for the terminal keeps its latest periods: the columns keyed `p:<period>`
 * are dropped oldest first until the table fits (at least one stays).
 */
export function dropOldPeriods(t: Table, fits: (t: Table) => boolean): Fitted {
  const periods = t.columns.filter((c) => c.key.startsWith('p:'));
  if (periods.length < 2 || fits(t)) return { table: t };
  let kept = periods.length;
  let table = t;
  while (kept > 1) {
    kept--;
    const dropped = new Set(periods.slice(0, periods.length - kept).map((c) => c.key));
    table = { ...t, columns: t.columns.filter((c) => !dropped.has(c.key)) };
    if (fits(table)) break;
  }
  const left = periods.length - kept;
  const first = periods[0]!.label;
  const last = periods[left - 1]!.label;
  return {
    table,
    note: `${left} earlier period${left === 1 ? '' : 's'} (${left === 1 ? first : `${first} to ${last}`}) left out to fit the terminal; the Total covers every period. Every column: --period quarter (or year), --format csv, or -o <file>.`,
  };
}
