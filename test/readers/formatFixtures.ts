// The generated format fixtures (scripts/make-format-fixtures.ts): each report as .html, .docx,
// .html.docx (the page saved as a Word file by LibreOffice), .pdf (printed by Chromium) and .docx.pdf
// (exported by LibreOffice) with its answer key (.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../server/src/core/types';
import type { Location } from '../../server/src/readers/types';

export const FORMATS_DIR = join(__dirname, '..', 'fixtures', 'formats');

export interface KeyFinding {
  rule: string;
  severity: string;
  /** The planted figure as printed. */
  figure: string;
  /** Its characters in the .html source. */
  html: Span;
  /** Its body paragraph or table cell in the .docx (in the .html.docx, LibreOffice decides: the test finds the figure there). */
  docx: Exclude<Location, { page: number }>;
  /** Its 1-based page in the .pdf (printed by Chromium) and in the .docx.pdf (exported by LibreOffice). */
  pdf: { page: number };
  docxPdf: { page: number };
}

export interface FixtureKey {
  report: { template: '2019' | '2021' | 'pre2019'; seed: number; htmlStyle: 'plain' | 'word' };
  /** The planted error, or null for a consistent report. */
  planted: string | null;
  /** Each statistical table's id and the rows with figures it has (all of them must be read). */
  tables: { id: string; rows: number }[];
  findings: KeyFinding[];
}

export interface FormatFixture {
  name: string;
  key: FixtureKey;
  file: (ext: 'html' | 'docx' | 'html.docx' | 'pdf' | 'docx.pdf') => string;
}

export function formatFixtures(): FormatFixture[] {
  return readdirSync(FORMATS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.json'.length);
      return { name, key: JSON.parse(readFileSync(join(FORMATS_DIR, f), 'utf8')) as FixtureKey, file: (ext) => join(FORMATS_DIR, `${name}.${ext}`) };
    });
}
