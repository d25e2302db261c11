/**
 * The one terminal sanitiser. Text that came from the data (a vendor, a cell, a file name, a
 * column name) must not drive the terminal it is printed on: no escape sequence (CSI colours and
 * cursor moves, OSC window titles and hyperlinks, DCS/APC strings), no control character, no
 * bidirectional override that reorders what is shown (Trojan Source), no zero-width character
 * that hides a difference between two names. Pure; applied at the edges: the table renderer, the
 * diagnostics formatter, and the stdout/stderr writers of cli/ and io/.
 */

// ESC-introduced sequences (7-bit) and their 8-bit C1 forms:
//  - OSC (ESC ] / 0x9d), DCS (ESC P / 0x90), SOS (ESC X / 0x98), PM (ESC ^ / 0x9e), APC (ESC _ / 0x9f):
//    a string up to BEL or ST (ESC \ or 0x9c) on the same line; one never terminated loses its
//    introducer only (the rest is inert text then, and what follows it in the message is kept)
//  - CSI (ESC [ / 0x9b): parameters, intermediates, one final byte
//  - any other ESC + one character (ESC 7, ESC c, ESC ( B…)
// eslint-disable-next-line no-control-regex
const STRING_SEQUENCE = /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)/g;
// eslint-disable-next-line no-control-regex
const CSI = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?/g;
// eslint-disable-next-line no-control-regex
const OTHER_ESCAPE = /\x1b[\s\S]?/g;
// bidi embeddings, overrides and isolates, marks; zero-width space, joiners, word joiner, BOM,
// invisible operators, Mongolian vowel separator, soft hyphen, Hangul fillers
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060-\u2064\ufeff\u180e\u00ad\u115f\u1160\u3164\uffa0]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const QUICK = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\u3164\ufeff\uffa0]/;

/**
 * Text safe to print on a terminal, lines kept: escape sequences and invisible characters
 * removed, other control characters (tab included: it would misalign a table) shown as `?`.
 */
export function terminalText(text: string): string {
  if (!QUICK.test(text)) return text;
  return text
    .replace(STRING_SEQUENCE, '')
    .replace(CSI, '')
    .replace(OTHER_ESCAPE, '')
    .replace(INVISIBLE, '')
    .replace(/\r\n/g, '\n')
    .replace(CONTROL, '?');
}

/**
 * One value on one line (a diagnostic's offending text, a table cell): as terminalText, with
 * line breaks and tabs shown as `\n` `\r` `\t`, cut to `max` characters.
 */
export function printable(text: string, max = 80): string {
  let clean = text;
  if (QUICK.test(text) || /[\n\r\t]/.test(text)) {
    clean = text
      .replace(STRING_SEQUENCE, '')
      .replace(CSI, '')
      .replace(OTHER_ESCAPE, '')
      .replace(INVISIBLE, '')
      .replace(/[\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'))
      .replace(CONTROL, '?');
  }
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

/**
 * Output the program rendered itself, for a terminal: its own colours (SGR: `ESC [ … m`) are
 * kept, everything else sanitised as terminalText. Only for text whose data parts were already
 * sanitised (the table renderer's): data cannot smuggle a colour through it then.
 */
export function terminalTextKeepingColour(text: string): string {
  if (!QUICK.test(text)) return text;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SGR)) {
    out += terminalText(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + terminalText(text.slice(last));
}
