/**
 * A file's header and layout, found from its first records as they arrive: the header row (or
 * none: the first record is data and its columns are named by position), a sample of the rows
 * after it, and the layout header and sample map to (ingest/layout.ts). Pure: io/scan.ts hands
 * the records over one at a time and reads the file; the parallel planner asks the same
 * questions of the same records, so every reader finds the same header.
 */
import { describeChoices, describeLayout, type Layout, type LayoutOptions, type LayoutResult, looksLikeData, resolveLayout } from './layout.js';

/** Rows read after the header before the layout is chosen. */
export const SAMPLE_ROWS = 500;

/** What a `sources` entry says of a file's header: it has one (true), has none (false), or unsaid. */
export interface HeaderSpec {
  header?: boolean | undefined;
}

/**
 * Whether a file's first non-blank record is data rather than a header: the source says so, or
 * (unless it says there is a header) the record looks like data. The parallel planner asks the
 * same question of the same record, so both read the header alike.
 */
export function startsWithoutHeader(fields: readonly string[], source: HeaderSpec | undefined): boolean {
  return source?.header === false || (source?.header !== true && looksLikeData(fields));
}

/** Every field empty, white space, or filler without a letter or digit (`,,,,`, `†††`): a blank record. */
const FILLED = /[\p{L}\p{N}]/u;

export function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.length === 0) continue;
    // a field starting with a letter or digit settles it without a search
    const c = f.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || FILLED.test(f)) return false;
  }
  return true;
}

/**
 * A YYYY-MM in a file's name (`2011-06-payments.csv`), when there is exactly one: the month a
 * file with no date column covers.
 */
export function monthInName(fileName: string): string | undefined {
  const found = new Set([...fileName.matchAll(/(?<!\d)((?:19|20)\d{2})[-_](0[1-9]|1[0-2])(?!\d)/g)].map((m) => `${m[1]}-${m[2]}`));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The header of one file and the sample of rows after it, while its layout is not known yet. */
export class FileHeader {
  /** the header's cells (trimmed), or the column positions of a file without one */
  header: string[] | undefined;
  /** the physical line the header (or, without one, the first record) starts on */
  line = 0;
  /** no header row: the first record is data */
  headerless = false;
  /** rows read after the header, waiting for the layout */
  readonly sample: { fields: string[]; line: number }[] = [];
  // the header as written, to know it when the file repeats it (exports pasted together)
  private key = '';
  private first: string | undefined;

  /** A record before the layout is known: the header, or a row of the sample. True once the sample is full. */
  take(fields: string[], line: number, source: HeaderSpec | undefined): boolean {
    if (this.header === undefined) {
      if (isBlank(fields)) return false;
      if (startsWithoutHeader(fields, source)) {
        // no header row: the first record is data, columns are named by position
        this.headerless = true;
        this.header = fields.map((_, i) => String(i + 1));
        this.line = line;
        this.sample.push({ fields, line });
        return false;
      }
      this.header = fields.map((h) => h.trim());
      this.key = fields.join('\u0000');
      this.first = fields[0];
      this.line = line;
      return false;
    }
    this.sample.push({ fields, line });
    return this.sample.length >= SAMPLE_ROWS;
  }

  /** A row equal to the header as written: the header again, not a line. */
  repeats(fields: readonly string[]): boolean {
    // compare the first cell before joining the row: most rows differ there
    return fields.length === this.header!.length && fields[0] === this.first && fields.join('\u0000') === this.key;
  }
}

/** A file's layout, and what its summary says of it; or why it cannot be mapped. */
export type FileMapping =
  | { layout: Layout; format: string; mapping: string; notes: string[]; notice: string | undefined }
  | { layout: undefined; problems: string[]; fatal: boolean };

/**
 * The layout of a file from its header and sample (`resolve`: the layout the first part of a
 * file found, for a worker reading a later part). `name`: the file as output names it.
 */
export function mapFile(file: FileHeader, name: string, options: Omit<LayoutOptions, 'headerless' | 'monthFromName'> & { resolve?: typeof resolveLayout | undefined }): FileMapping {
  const { resolve, ...layoutOptions } = options;
  const result: LayoutResult = (resolve ?? resolveLayout)(file.header!, file.sample.map((b) => b.fields), {
    ...layoutOptions,
    headerless: file.headerless,
    monthFromName: options.fileName === undefined ? undefined : monthInName(options.fileName),
  });
  if (result.layout === undefined) return { layout: undefined, problems: result.problems, fatal: result.fatal === true };
  const layout = result.layout;
  return {
    layout,
    format: layout.format,
    mapping: describeLayout(layout),
    notes: [...describeChoices(layout), ...(layout.dateNote ? [layout.dateNote] : [])],
    notice: layout.month === undefined ? undefined : `${name}: no date column; every line is dated ${layout.month}, the month in the file name (map a date column under sources to read real dates)`,
  };
}
