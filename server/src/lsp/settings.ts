// The `govreport.*` settings: their defaults, how raw editor values are read, and a per-document
// store that pulls them with `workspace/configuration` (or keeps the pushed ones for clients that
// cannot be asked).
import type { ProjectConfig } from '../config/projectConfig';
import { DEFAULT_LOCALE, type Locale } from '../core/messages/translate';
import type { AnalyzeOptions, SeverityOverride } from '../core/types';

/** `govreport.language`: the editor's own language (`auto`), or one forced. */
export type LanguageSetting = 'auto' | Locale;
const LANGUAGES: readonly string[] = ['auto', 'zh-CN', 'en'];

export interface Settings {
  /** Rule id → severity override or 'off'. */
  rules: Record<string, SeverityOverride>;
  /** Check plain-text and Markdown documents whose text looks like an annual report. */
  detectReports: boolean;
  /** Larger documents (UTF-8 bytes) are not analysed; null: the configuration file's, else DEFAULT_MAX_FILE_SIZE. */
  maxFileSize: number | null;
  /** `govreport.language` as set. */
  language: LanguageSetting;
  /** The language of messages: the one set, or the client's when `auto`. */
  locale: Locale;
}

/** The settings a document is checked with: the editor's over its configuration file's. */
export interface DocumentSettings extends Settings {
  maxFileSize: number;
  /** The configuration file's `ignores` name the document. */
  ignored: boolean;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
export const DEFAULT_SETTINGS: Settings = { rules: {}, detectReports: true, maxFileSize: null, language: 'auto', locale: DEFAULT_LOCALE };

/** VS Code settings over the project's configuration file (ProjectConfig), as the CLI's flags are over it. */
export function documentSettings(editor: Settings, project: ProjectConfig | undefined, ignored: boolean): DocumentSettings {
  return {
    rules: { ...project?.rules, ...editor.rules },
    detectReports: editor.detectReports,
    maxFileSize: editor.maxFileSize ?? project?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    language: editor.language,
    locale: editor.locale,
    ignored,
  };
}

const OVERRIDES: readonly string[] = ['off', 'error', 'warning', 'info', 'hint'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whatever the editor sent → Settings; anything missing or malformed takes its default.
 * `clientLocale`: the language of the editor (from `initialize`), for `language: auto`.
 */
export function readSettings(raw: unknown, clientLocale: Locale = DEFAULT_LOCALE): Settings {
  const section = isRecord(raw) ? raw : {};
  const rules: Record<string, SeverityOverride> = {};
  if (isRecord(section.rules)) {
    for (const [id, value] of Object.entries(section.rules)) {
      if (typeof value === 'string' && OVERRIDES.includes(value)) rules[id] = value as SeverityOverride;
    }
  }
  const { detectReports, maxFileSize } = section;
  const language = typeof section.language === 'string' && LANGUAGES.includes(section.language) ? (section.language as LanguageSetting) : DEFAULT_SETTINGS.language;
  return {
    rules,
    detectReports: typeof detectReports === 'boolean' ? detectReports : DEFAULT_SETTINGS.detectReports,
    maxFileSize:
      typeof maxFileSize === 'number' && maxFileSize >= 0 ? maxFileSize : null,
    language,
    locale: language === 'auto' ? clientLocale : language,
  };
}

/** Directives in the text (`<!-- govreport-disable … -->`) are honoured by the core itself. */
export function analyzeOptions(settings: Settings): AnalyzeOptions {
  return { severity: settings.rules, explain: true, locale: settings.locale };
}

export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<Settings>>();
  private pushed: unknown = undefined;
  private clientLocale: Locale = DEFAULT_LOCALE;
  private pull: ((uri: string) => Promise<unknown>) | undefined;

  constructor(private readonly logError: (message: string) => void) {}

  /** Ask the client for each document's settings (when it supports `workspace/configuration`). */
  pullWith(pull: (uri: string) => Promise<unknown>): void {
    this.pull = pull;
  }

  /** The editor's language (`InitializeParams.locale`), used where `govreport.language` is `auto`. */
  useClientLocale(locale: Locale): void {
    this.clientLocale = locale;
    this.perDocument.clear();
  }

  for(uri: string): Promise<Settings> {
    const pull = this.pull;
    if (!pull) return Promise.resolve(readSettings(this.pushed, this.clientLocale));
    let settings = this.perDocument.get(uri);
    if (!settings) {
      const read = (raw: unknown) => readSettings(raw, this.clientLocale);
      settings = pull(uri).then(read, (error: unknown) => {
        this.logError(`读取设置失败，使用默认设置 (reading settings failed): ${String(error)}`);
        return read(undefined);
      });
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** `workspace/didChangeConfiguration`: drop what was pulled, keep what was pushed. */
  changed(pushedSection: unknown): void {
    this.perDocument.clear();
    if (!this.pull) this.pushed = pushedSection;
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}
