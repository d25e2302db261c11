/**
 * The one Markdown escaping (GitHub-flavoured, as the board memo is pasted) and the one Mermaid
 * label escaping. A value from the data — a vendor, a category, a file name — must stay inline
 * text in its cell or label: it can never end its line (and so never close a ```mermaid fence,
 * start a heading, a table or a list), never become HTML, a link or an image.
 */

// every way a Markdown (CommonMark) or Mermaid line can end: LF, CR, VT, FF, NEL, LS, PS
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * Inline Markdown text, safe in a table cell, a heading, a list item or a quote: line breaks
 * become spaces; `\` and `|` are backslash-escaped (no column break, even inside a code span);
 * `](` becomes `]\(` (no inline link or image: `[x](http://…)`, `![x](http://tracker)`); `<` `>`
 * become entities (no raw HTML, no autolink). Backticks stay: a code span is inline and harmless,
 * and the reports' own notes use them.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/[\\|]/g, (c) => `\\${c}`)
    .replace(/\]\(/g, ']\\(')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

/**
 * Text inside a quoted Mermaid label (`"…"`, also the unquoted `pie title`): one line; `"` and
 * `` ` `` become `'` (no closing the string, no fence); `<` `>` become `‹` `›` (no HTML label);
 * and a `#` that would start a Mermaid entity code (`#lt;`) becomes `＃`. Look-alike characters
 * rather than entity codes: pie and xychart do not decode entities in every Mermaid version.
 */
export function escapeMermaid(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(/["`]/g, "'")
    .replace(/[<>]/g, (c) => (c === '<' ? '\u2039' : '\u203a'))
    .replace(/#(?=\w*;)/g, '\uff03');
}
