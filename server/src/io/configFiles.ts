// Finding and reading the project configuration file of a report: the nearest `.govreportrc.json`
// or `govreport.config.json` in the report's folder or above it, like `.markdownlint.jsonc`. Shared
// by the CLI and the language server; files read are kept until `clear()`.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { ignoreMatcher } from '../config/ignores';
import { CONFIG_FILE_NAMES, readProjectConfig, type ConfigReading } from '../config/projectConfig';

export interface ConfigFile {
  /** Absolute path of the file. */
  path: string;
  text: string;
  reading: ConfigReading;
  /** Whether a file (absolute path) is ignored by the file's `ignores`. */
  ignores(file: string): boolean;
}

export class ConfigFiles {
  private readonly byFolder = new Map<string, ConfigFile | null>();
  private readonly byPath = new Map<string, ConfigFile>();

  /** The configuration file that applies to the file at `file` (absolute), or null when there is none. */
  forFile(file: string): ConfigFile | null {
    return this.inFolder(dirname(file));
  }

  /** The file at `path` (absolute), read and validated; a file that cannot be read is a problem too. */
  load(path: string): ConfigFile {
    let loaded = this.byPath.get(path);
    if (!loaded) {
      let text = '';
      let reading: ConfigReading;
      try {
        text = readFileSync(path, 'utf8');
        reading = readProjectConfig(text);
      } catch (error) {
        const message = `无法读取配置文件 (cannot read the configuration file): ${(error as Error).message}`;
        reading = { problem: { message, span: { start: 0, end: 0 } } };
      }
      const matcher = ignoreMatcher('config' in reading ? reading.config.ignores : []);
      const folder = dirname(path);
      loaded = { path, text, reading, ignores: (file) => matcher(relative(folder, file).split(sep).join('/')) };
      this.byPath.set(path, loaded);
    }
    return loaded;
  }

  clear(): void {
    this.byFolder.clear();
    this.byPath.clear();
  }

  private inFolder(folder: string): ConfigFile | null {
    const known = this.byFolder.get(folder);
    if (known !== undefined) return known;
    const name = CONFIG_FILE_NAMES.find((n) => isFile(join(folder, n)));
    const parent = dirname(folder);
    const found = name ? this.load(join(folder, name)) : parent === folder ? null : this.inFolder(parent);
    this.byFolder.set(folder, found);
    return found;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
