/**
 * The small CSV tables a config names beside it (rule table, rates, driver table, budget), read
 * the one way: headers trimmed and lower-cased, blank lines skipped, cells trimmed, and each row
 * with the physical line its record starts on, which a problem names (`vendor-map.csv:12`):
 * counting rows (`k + 2`) went wrong past a blank line or a quoted line break.
 */
import { parse as parseCsv } from 'csv-parse/sync';

export interface TableRow {
  /** physical line (1-based) the record starts on */
  line: number;
  cells: Record<string, string>;
}

export type SideTable = { rows: TableRow[] } | { error: string };

/** Line breaks inside a record's own text: its raw text less the blank lines before it and its line end. */
function breaksWithin(raw: string): number {
  const body = raw.replace(/^[\r\n]+/, '').replace(/[\r\n]+$/, '');
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    // \r\n is one break, a lone \r or \n one each
    if (c === 10 || (c === 13 && body.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

export function readSideTable(text: string): SideTable {
  try {
    const records = parseCsv(text.replace(/^\uFEFF/, ''), {
      columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
    }) as { record: Record<string, string>; info: { lines: number }; raw: string }[];
    // csv-parse counts the line a record ends on
    return { rows: records.map((r) => ({ line: r.info.lines - breaksWithin(r.raw), cells: r.record })) };
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0] ?? 'unreadable CSV' };
  }
}
