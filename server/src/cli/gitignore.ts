// What the .gitignore files say of a path found in a folder: those of the path's own folders up to
// the repository's top (the folder holding `.git`; without one, up to the file system's root), each
// read with the `ignore` package against the path relative to its folder. Files read once per run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export class GitIgnores {
  private readonly files = new Map<string, Ignore | null>();
  private readonly tops = new Map<string, boolean>();

  /** Whether `path` (absolute; `folder` if it is one) is ignored by a .gitignore above it. */
  ignores(path: string, folder: boolean): boolean {
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      const rules = this.rulesOf(dir);
      const rel = relative(dir, path).split(sep).join('/');
      if (rules?.ignores(folder ? `${rel}/` : rel)) return true;
      if (this.isTop(dir) || dirname(dir) === dir) return false;
    }
  }

  private rulesOf(dir: string): Ignore | null {
    let rules = this.files.get(dir);
    if (rules === undefined) {
      let text: string | undefined;
      try {
        text = readFileSync(join(dir, '.gitignore'), 'utf8');
      } catch {
        text = undefined;
      }
      rules = text === undefined ? null : ignore().add(text);
      this.files.set(dir, rules);
    }
    return rules;
  }

  private isTop(dir: string): boolean {
    let top = this.tops.get(dir);
    if (top === undefined) this.tops.set(dir, (top = existsSync(join(dir, '.git'))));
    return top;
  }
}
