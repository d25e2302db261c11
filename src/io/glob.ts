/** Minimal glob matching for `sources[].files` and command-line patterns: `**`, `*`, `?`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function hasGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Does a path match a pattern? A pattern without a slash matches the file name anywhere. */
export function matchesGlob(path: string, pattern: string): boolean {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const g = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!g.includes('/')) return globToRegExp(g).test(p.slice(p.lastIndexOf('/') + 1));
  return globToRegExp(g).test(p) || globToRegExp(g.startsWith('**/') ? g : `**/${g}`).test(p);
}
