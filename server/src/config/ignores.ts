// Ignore globs of a configuration file (and --ignore-pattern), matched with picomatch against a
// path relative to the folder they are relative to. Pure: paths in, a verdict out.
import picomatch from 'picomatch';

/** `**` at the start of the pattern would not match a dot folder otherwise; `dot` lets it. */
const OPTIONS = { dot: true } as const;

/** A test for '/'-separated relative paths; a pattern naming a folder (`草稿`, `草稿/`) covers all below it. */
export function ignoreMatcher(patterns: readonly string[]): (relative: string) => boolean {
  if (patterns.length === 0) return () => false;
  const expanded = patterns.flatMap((p) => {
    const pattern = p.replace(/^\.\//, '').replace(/\/+$/, '');
    return [pattern, `${pattern}/**`];
  });
  const matches = picomatch(expanded, OPTIONS);
  // outside the folder (`../x`): never ignored by it
  return (relative) => !relative.startsWith('../') && relative !== '..' && matches(relative);
}
