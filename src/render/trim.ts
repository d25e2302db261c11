/**
 * `--max-bytes N`: trim Markdown to fit a PR comment or step summary, keeping the headline
 * (title, summary and the Checks block) and whole sections in order, then saying what was left out.
 */
export function trimMarkdown(markdown: string, maxBytes: number): string {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const parts = markdown.split(/\n(?=## )/);
  // the Checks block (tripped --fail-on conditions) is part of the headline: a CI summary must show it
  const checks = parts.findIndex((p, i) => i > 0 && p.startsWith('## Checks'));
  if (checks > 0) parts.splice(0, checks + 1, `${parts.slice(0, checks).join('\n')}\n${parts[checks]!}`);
  const head = parts[0]!;
  const kept: string[] = [head];
  let size = Buffer.byteLength(head);
  let dropped = 0;
  const note = (n: number) => `\n_… ${n} more section${n === 1 ? '' : 's'} left out to stay under ${maxBytes} bytes; run the command without --max-bytes for the whole report._\n`;
  for (const p of parts.slice(1)) {
    const add = Buffer.byteLength('\n' + p);
    if (dropped === 0 && size + add + Buffer.byteLength(note(parts.length)) <= maxBytes) {
      kept.push(p);
      size += add;
    } else dropped++;
  }
  let out = kept.join('\n');
  if (dropped > 0) out = out.replace(/\n*$/, '\n') + note(dropped);
  // the headline alone may exceed the budget: cut at a line boundary
  while (Buffer.byteLength(out) > maxBytes && out.includes('\n')) out = out.slice(0, out.lastIndexOf('\n', out.length - 2) + 1);
  return out;
}
