/**
 * The records of plain CSV text, split without a general parser: unquoted fields (a quote after
 * a field's first character is a plain character), quoted fields whose closing quote is followed
 * by a delimiter or a line end, `""` inside quotes, LF or CRLF line ends, blank lines skipped.
 * That is what csv-parse reads with io/records.ts's options (`relax_quotes`, `skip_empty_lines`,
 * record delimiters CRLF and LF), record for record, at a small part of its cost: it tests every
 * byte against each delimiter in turn, where this jumps from one delimiter to the next in a
 * decoded string. Anything else (text after a closing quote, a quote never closed) is left to
 * csv-parse: `split` stops at the record that holds it and says so (`odd`), and the caller hands
 * the rest of the input to csv-parse from that record on. Pure: text in, records out.
 */
import { detach } from './detach.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** V8 copies substrings shorter than this; a longer one would be a view keeping the whole chunk's text alive */
const COPIED_SUBSTRING = 13;

/** A field's text as a string of its own (never a view into the chunk: lines outlive it). */
function own(s: string): string {
  return s.length < COPIED_SUBSTRING ? s : detach(s);
}

/** Whether the splitter reads a file with this delimiter and line break (else csv-parse reads all of it). */
export function splitsPlainly(delimiter: string, lineBreak: string): boolean {
  return lineBreak === '\n' && delimiter.length === 1 && delimiter !== '"' && delimiter !== '\n' && delimiter !== '\r';
}

/** Receives each record: its fields, the physical line it starts on and the line it ends on (1-based). */
export type SplitRecord = (fields: string[], line: number, endLine: number) => void;

export class CsvSplitter {
  /** line breaks (LF) before the next record to split: its start line is this + 1 */
  lines = 0;
  /** `split` stopped at a record only csv-parse reads as it should */
  odd = false;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly emit: SplitRecord,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * Split the records of `text`, which starts at a record's start. Not `final`: the text ends
   * with a line break, and a record cut by its end (a quoted field going on) is left for the next
   * call. Returns where the records not split start (the text's length when all were); `odd` is
   * then set when the record there needs csv-parse.
   */
  split(text: string, final: boolean): number {
    const n = text.length;
    const d = this.delimiter;
    let p = 0;
    let line = this.lines;
    records: while (p < n) {
      const start = p;
      const startLine = line;
      let c = text.charCodeAt(p);
      // a blank line is no record
      if (c === LF) {
        p++;
        line++;
        continue;
      }
      if (c === CR && p + 1 < n && text.charCodeAt(p + 1) === LF) {
        p += 2;
        line++;
        continue;
      }
      const fields: string[] = [];
      for (;;) {
        // p is at a field's start
        if (p < n && text.charCodeAt(p) === QUOTE) {
          let j = p + 1;
          let joined: string | undefined;
          let k: number;
          for (;;) {
            k = text.indexOf('"', j);
            if (k === -1) {
              // never closed in this text: more may come; at the end, csv-parse says it is unclosed
              this.odd = final;
              this.lines = startLine;
              return start;
            }
            if (k + 1 < n && text.charCodeAt(k + 1) === QUOTE) {
              // "" inside quotes is one quote
              joined = (joined ?? '') + text.substring(j, k + 1);
              j = k + 2;
              continue;
            }
            break;
          }
          for (let b = text.indexOf('\n', p + 1); b !== -1 && b < k; b = text.indexOf('\n', b + 1)) line++;
          const value = own(joined === undefined ? text.substring(j, k) : joined + text.substring(j, k));
          const after = k + 1;
          if (after >= n) {
            // the input's last field
            fields.push(value);
            p = after;
            this.emit(fields, startLine + 1, line + 1);
            break records;
          }
          c = text.charCodeAt(after);
          if (c === d) {
            fields.push(value);
            p = after + 1;
            continue;
          }
          if (c === LF || (c === CR && after + 1 < n && text.charCodeAt(after + 1) === LF)) {
            fields.push(value);
            this.emit(fields, startLine + 1, line + 1);
            p = after + (c === LF ? 1 : 2);
            line++;
            continue records;
          }
          // text after the closing quote: csv-parse's lenient reading of it is its own
          this.odd = true;
          this.lines = startLine;
          return start;
        }
        // an unquoted field: to the delimiter or the line's end (a quote inside is a character)
        let i = p;
        c = -1;
        for (; i < n; i++) {
          c = text.charCodeAt(i);
          if (c === d || c === LF) break;
        }
        if (i >= n) {
          if (!final) {
            this.lines = startLine;
            return start;
          }
          // the input's last field (a lone CR in it is a character)
          fields.push(own(text.substring(p, n)));
          p = n;
          this.emit(fields, startLine + 1, line + 1);
          break records;
        }
        if (c === d) {
          fields.push(own(text.substring(p, i)));
          p = i + 1;
          continue;
        }
        // a line end: CRLF leaves its CR out of the field
        fields.push(own(text.substring(p, i > p && text.charCodeAt(i - 1) === CR ? i - 1 : i)));
        this.emit(fields, startLine + 1, line + 1);
        p = i + 1;
        line++;
        continue records;
      }
    }
    this.lines = line;
    return n;
  }
}
