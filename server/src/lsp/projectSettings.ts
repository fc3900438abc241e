// Each document's settings: the editor's (`govreport.*`, pulled per document) over those of the
// project's configuration file, the same `.govreportrc.json` / `govreport.config.json` the CLI reads
// (found from the document's folder up; documents that are not files have none). An invalid file
// gets one diagnostic on itself, and none of its settings apply; it is read again when the client
// reports a change to it (workspace/didChangeWatchedFiles).
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { LineIndex } from '../core/lineIndex';
import { CONFIG_FILE_NAMES, type ConfigProblem } from '../config/projectConfig';
import { ConfigFiles } from '../io/configFiles';
import { documentSettings, type DocumentSettings, type SettingsStore } from './settings';

/** The code of the diagnostic on an invalid configuration file. */
export const INVALID_CONFIG_CODE = 'invalid-config';

export class ProjectSettings {
  private readonly files = new ConfigFiles();
  /** Configuration files (URIs) whose problem is published. */
  private readonly published = new Set<string>();

  constructor(
    private readonly editor: SettingsStore,
    private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void,
  ) {}

  async for(uri: string): Promise<DocumentSettings> {
    const editor = await this.editor.for(uri);
    const path = filePathOf(uri);
    const file = path === undefined ? null : this.files.forFile(path);
    if (!file) return documentSettings(editor, undefined, false);
    if ('problem' in file.reading) {
      this.publishProblem(file.path, file.text, file.reading.problem);
      return documentSettings(editor, undefined, false);
    }
    return documentSettings(editor, file.reading.config, path !== undefined && file.ignores(path));
  }

  /**
   * Configuration files changed, appeared or went: read them all again, withdraw their diagnostics,
   * and give each of `changed` (URIs of files that still exist) its problem at once, before any
   * report below it is checked.
   */
  changed(changed: readonly string[] = []): void {
    this.files.clear();
    const withdrawn = new Set(this.published);
    this.published.clear();
    for (const uri of changed) {
      const path = filePathOf(uri);
      const file = path === undefined || !CONFIG_FILE_NAMES.includes(basename(path)) ? undefined : this.files.load(path);
      if (file && 'problem' in file.reading) this.publishProblem(file.path, file.text, file.reading.problem);
    }
    for (const uri of withdrawn) if (!this.published.has(uri)) this.publish(uri, []);
  }

  private publishProblem(path: string, text: string, { span, message }: ConfigProblem): void {
    const uri = pathToFileURL(path).href;
    if (this.published.has(uri)) return;
    this.published.add(uri);
    const lines = new LineIndex(text);
    const diagnostic: Diagnostic = {
      range: { start: lines.positionAt(span.start), end: lines.positionAt(span.end) },
      severity: DiagnosticSeverity.Error,
      source: 'govreport',
      code: INVALID_CONFIG_CODE,
      message,
    };
    this.publish(uri, [diagnostic]);
  }
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
