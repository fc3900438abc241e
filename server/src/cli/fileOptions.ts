// How each file is checked: the configuration file that applies to it (the nearest one up from its
// folder, the one --config names, or none with --no-config) under the command line's own settings
// (--rule and --disable over its "rules", --max-file-size over its "maxFileSize"), and whether its
// "ignores" or --ignore-pattern skip it. Invalid configuration files are collected, each once, to
// stop the run before anything is checked.
import { relative, resolve, sep } from 'node:path';
import { ignoreMatcher } from '../config/ignores';
import { LineIndex } from '../core/lineIndex';
import { ConfigFiles, type ConfigFile } from '../io/configFiles';
import { DEFAULT_MAX_FILE_SIZE, type CheckCommand } from './args';
import type { CheckOptions } from './checkFiles';

export class FileOptions {
  private readonly files = new ConfigFiles();
  private readonly ignorePattern: (relative: string) => boolean;
  private readonly problems = new Map<string, string>();

  constructor(
    private readonly command: CheckCommand,
    private readonly cwd: string,
  ) {
    this.ignorePattern = ignoreMatcher(command.ignorePatterns);
  }

  /** Whether a file found in a folder or by a glob is not to be checked (absolute path). */
  ignored(abs: string): boolean {
    const config = this.configOf(abs);
    return this.ignorePattern(toSlashes(relative(this.cwd, abs))) || (config !== null && 'config' in config.reading && config.ignores(abs));
  }

  /** The options to check the file at `abs` with. */
  of(abs: string): CheckOptions {
    const config = this.configOf(abs);
    const settings = config && 'config' in config.reading ? config.reading.config : undefined;
    return {
      severity: { ...settings?.rules, ...this.command.rules },
      maxFileSize: this.command.maxFileSize ?? settings?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      fix: this.command.fix !== null,
      summary: this.command.cross,
      locale: this.command.locale,
    };
  }

  /** `file:line:col: message` of each invalid configuration file met so far. */
  invalidConfigurations(): string[] {
    return [...this.problems.values()];
  }

  private configOf(abs: string): ConfigFile | null {
    const { config } = this.command;
    const file = config === false ? null : config === null ? this.files.forFile(abs) : this.files.load(resolve(this.cwd, config));
    if (file && 'problem' in file.reading && !this.problems.has(file.path)) {
      const { line, character } = new LineIndex(file.text).positionAt(file.reading.problem.span.start);
      this.problems.set(file.path, `${relative(this.cwd, file.path) || file.path}:${line + 1}:${character + 1}: ${file.reading.problem.message}`);
    }
    return file;
  }
}

function toSlashes(path: string): string {
  return path.split(sep).join('/');
}
