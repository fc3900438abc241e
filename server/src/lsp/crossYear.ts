// Checks across years in the editor: when the folder of a report (or a sibling folder named for the
// year before, or the same path under a folder of the year before: 年报/2022/江苏/ for
// 年报/2023/江苏/) holds the same body's report of the year before, the current report's findings across
// years are published with its other diagnostics, with places in the other file as related
// information. The other files are read from disk (decoded as the CLI decodes them; a PDF or Word file
// read as the command "check a PDF or Word file" reads it, its places shown in the view of its
// extracted text), analysed without proving fixes, and kept as small summaries, cached by
// modification time and size, never as text.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readText } from '../cli/read';
import { checkAcrossReports } from '../core/cross/check';
import { positionsOf, rangeIn, type SummaryPositions } from '../core/cross/positions';
import type { ReportEntry } from '../core/cross/types';
import { reportIdentity } from '../core/reportIdentity';
import type { AnalyzeOptions, Report } from '../core/types';
import { formatOf, isDocumentFormat, REPORT_EXTENSIONS, textFormatOf } from '../readers/format';
import type { TextFormat } from './analysisWorker';
import { extractedUriOf } from './binaryDocuments';
import { findingDiagnostic } from './diagnostics';
import { rangeOf } from './ranges';

const isDocument = (file: string): boolean => isDocumentFormat(formatOf(file));
/** Report files the editor opens as text, and PDF and Word files (read through `readDocument`, when given). */
const TEXT_REPORTS = new Set([...REPORT_EXTENSIONS, 'govreport'].filter((e) => !isDocument(`.${e}`)).map((e) => `.${e}`));
/** At most this many files of a folder are read to find the year before (the rest are not looked at). */
const MAX_CANDIDATES = 40;
/** How far above a report's folder a folder named for its year is looked for (`年报/2023/江苏/泰州/`). */
const MIRRORED_LEVELS = 3;

export type NeighbourAnalysis = (key: string, text: string, format: TextFormat) => Promise<Report | null>;
/**
 * A PDF or Word file read and analysed: the text extracted from it and its Report; null when it cannot
 * be read; undefined when it was not read this time (timed out, or replaced by a newer read): not kept.
 */
export type DocumentAnalysis = (file: string) => Promise<{ text: string; report: Report } | null | undefined>;

interface Summarised {
  mtimeMs: number;
  size: number;
  entry: ReportEntry | null;
  positions: SummaryPositions | null;
}

export class CrossYearNeighbours {
  private readonly cache = new Map<string, Summarised>();

  /** `docsBase`: see diagnosticsOf; `readDocument`: PDF and Word files of the year before too (none: only text files). */
  constructor(
    private readonly analyse: NeighbourAnalysis,
    private readonly docsBase?: string,
    private readonly readDocument?: DocumentAnalysis,
  ) {}

  /** The current report's findings across years as diagnostics (none when it is not a file, names no year, or has no neighbour). */
  async diagnostics(document: TextDocument, report: Report, options: Pick<AnalyzeOptions, 'severity' | 'disable' | 'locale'>, maxFileSize: number): Promise<Diagnostic[]> {
    if (!report.crossYear || !document.uri.startsWith('file:')) return [];
    const path = fileURLToPath(document.uri);
    const year = reportIdentity(report.crossYear.title?.text ?? null, path).year;
    if (year === null) return [];
    const others = await this.yearBefore(path, year, maxFileSize);
    const entries: ReportEntry[] = [{ path, summary: report.crossYear }, ...others.map((o) => o.entry!)];
    const positions = new Map(others.map((o) => [o.entry!.path, o.positions!]));
    return checkAcrossReports(entries, options)
      .findings.filter((f) => f.path === path)
      .map((f) =>
        findingDiagnostic(
          f,
          rangeOf(document, f.span),
          f.related.map((r) => ({
            location: r.path === path ? { uri: document.uri, range: rangeOf(document, r.span) } : { uri: viewOf(r.path), range: rangeIn(positions.get(r.path)!, r.span) },
            message: r.message,
          })),
          this.docsBase,
        ),
      );
  }

  /** Summaries of the report files beside `path` (and in a sibling folder named for the year before) that may be of `year − 1`. */
  private async yearBefore(path: string, year: number, maxFileSize: number): Promise<Summarised[]> {
    const folder = dirname(path);
    const siblings = await listFiles(dirname(folder), (name) => reportIdentity(null, name).year === year - 1, true);
    const folders = [folder, ...siblings, ...(await mirrors(folder, year))];
    const files = (await Promise.all([...new Set(folders)].map((dir) => listFiles(dir, () => true, false)))).flat();
    const readable = (file: string) => TEXT_REPORTS.has(extname(file).toLowerCase()) || (this.readDocument !== undefined && isDocument(file));
    const candidates = files.filter((file) => file !== path && readable(file) && [null, year - 1].includes(reportIdentity(null, basename(file)).year));
    const summaries = await Promise.all(candidates.slice(0, MAX_CANDIDATES).map((file) => this.summary(file, maxFileSize)));
    // only the year before: other drafts of the same year beside it are no report of another year
    return summaries.filter((s) => s.entry !== null && reportIdentity(s.entry.summary.title?.text ?? null, s.entry.path).year === year - 1);
  }

  private async summary(file: string, maxFileSize: number): Promise<Summarised> {
    const none = { mtimeMs: 0, size: 0, entry: null, positions: null };
    const stats = await stat(file).catch(() => null);
    if (!stats?.isFile()) return none;
    const cached = this.cache.get(file);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached;
    const read = isDocument(file) ? await this.readDocument!(file) : await this.readTextReport(file, maxFileSize);
    if (read === undefined) return none;
    const summary = read?.report.crossYear;
    const summarised: Summarised = summary
      ? { mtimeMs: stats.mtimeMs, size: stats.size, entry: { path: file, summary }, positions: positionsOf(read.text, summary) }
      : { ...none, mtimeMs: stats.mtimeMs, size: stats.size };
    this.cache.set(file, summarised);
    return summarised;
  }

  private async readTextReport(file: string, maxFileSize: number): Promise<{ text: string; report: Report } | null> {
    const decoded = await readText(file, maxFileSize);
    if ('error' in decoded) return null;
    const report = await this.analyse(`cross-year:${file}`, decoded.text, textFormatOf(file, decoded.text));
    return report && { text: decoded.text, report };
  }
}

/** Where a file's places are shown: the file itself, or for a PDF or Word file the view of its extracted text. */
const viewOf = (file: string): string => (isDocument(file) ? extractedUriOf(pathToFileURL(file).href) : pathToFileURL(file).href);

/**
 * The folders that mirror `folder` in the year before: where one of its ancestors (up to
 * MIRRORED_LEVELS above it) is named for `year` (`2023`, `2023年`) and has a sibling named for the
 * year before, the same path below that sibling (`…/2022/江苏/` for `…/2023/江苏/`).
 */
async function mirrors(folder: string, year: number): Promise<string[]> {
  const parts = folder.split(sep);
  const found: string[] = [];
  for (let i = parts.length - 2; i > 0 && i >= parts.length - 1 - MIRRORED_LEVELS; i--) {
    if (reportIdentity(null, parts[i]).year !== year) continue;
    const before = await listFiles(parts.slice(0, i).join(sep) || sep, (name) => reportIdentity(null, name).year === year - 1, true);
    found.push(...before.map((dir) => join(dir, ...parts.slice(i + 1))));
  }
  return found;
}

/** The files (or, with `folders`, the subfolders) of `dir` whose name passes `keep`; none when it cannot be read. */
async function listFiles(dir: string, keep: (name: string) => boolean, folders: boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => (folders ? e.isDirectory() : e.isFile()) && keep(e.name)).map((e) => join(dir, e.name));
}
