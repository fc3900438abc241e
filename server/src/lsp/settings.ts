// The `govreport.*` settings: their defaults, how raw editor values are read, and a per-document
// store that pulls them with `workspace/configuration` (or keeps the pushed ones for clients that
// cannot be asked).
import type { ProjectConfig } from '../config/projectConfig';
import type { AnalyzeOptions, SeverityOverride } from '../core/types';

export interface Settings {
  /** Rule id → severity override or 'off'. */
  rules: Record<string, SeverityOverride>;
  /** Check plain-text and Markdown documents whose text looks like an annual report. */
  detectReports: boolean;
  /** Larger documents (UTF-8 bytes) are not analysed; null: the configuration file's, else DEFAULT_MAX_FILE_SIZE. */
  maxFileSize: number | null;
}

/** The settings a document is checked with: the editor's over its configuration file's. */
export interface DocumentSettings extends Settings {
  maxFileSize: number;
  /** The configuration file's `ignores` name the document. */
  ignored: boolean;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
export const DEFAULT_SETTINGS: Settings = { rules: {}, detectReports: true, maxFileSize: null };

/** VS Code settings over the project's configuration file (ProjectConfig), as the CLI's flags are over it. */
export function documentSettings(editor: Settings, project: ProjectConfig | undefined, ignored: boolean): DocumentSettings {
  return {
    rules: { ...project?.rules, ...editor.rules },
    detectReports: editor.detectReports,
    maxFileSize: editor.maxFileSize ?? project?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ignored,
  };
}

const OVERRIDES: readonly string[] = ['off', 'error', 'warning', 'info', 'hint'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whatever the editor sent → Settings; anything missing or malformed takes its default. */
export function readSettings(raw: unknown): Settings {
  const section = isRecord(raw) ? raw : {};
  const rules: Record<string, SeverityOverride> = {};
  if (isRecord(section.rules)) {
    for (const [id, value] of Object.entries(section.rules)) {
      if (typeof value === 'string' && OVERRIDES.includes(value)) rules[id] = value as SeverityOverride;
    }
  }
  const { detectReports, maxFileSize } = section;
  return {
    rules,
    detectReports: typeof detectReports === 'boolean' ? detectReports : DEFAULT_SETTINGS.detectReports,
    maxFileSize:
      typeof maxFileSize === 'number' && maxFileSize >= 0 ? maxFileSize : null,
  };
}

/** Directives in the text (`<!-- govreport-disable … -->`) are honoured by the core itself. */
export function analyzeOptions(settings: Settings): AnalyzeOptions {
  return { severity: settings.rules, explain: true };
}

export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<Settings>>();
  private pushed: Settings = DEFAULT_SETTINGS;
  private pull: ((uri: string) => Promise<unknown>) | undefined;

  constructor(private readonly logError: (message: string) => void) {}

  /** Ask the client for each document's settings (when it supports `workspace/configuration`). */
  pullWith(pull: (uri: string) => Promise<unknown>): void {
    this.pull = pull;
  }

  for(uri: string): Promise<Settings> {
    const pull = this.pull;
    if (!pull) return Promise.resolve(this.pushed);
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = pull(uri).then(readSettings, (error: unknown) => {
        this.logError(`读取设置失败，使用默认设置 (reading settings failed): ${String(error)}`);
        return DEFAULT_SETTINGS;
      });
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** `workspace/didChangeConfiguration`: drop what was pulled, keep what was pushed. */
  changed(pushedSection: unknown): void {
    this.perDocument.clear();
    if (!this.pull) this.pushed = readSettings(pushedSection);
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}
