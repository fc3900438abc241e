// Writes test/fixtures/formats/: a handful of generated reports (test/support/formatFixtureReports.ts: each
// template; consistent, or with one error planted by mutate.ts), each as a web page (.html, renderHtml), a
// Word file (.docx, renderDocx), the web page saved as a Word file by LibreOffice Writer (.html.docx: a
// word processor's markup, the page's merged cells as Writer converts them) and two PDFs (.pdf: the page
// printed by headless Chromium; .docx.pdf: the Word file exported by LibreOffice Writer, as word
// processors export, with rows broken across pages), with an answer key (.json): the findings the
// planted error must draw (rule, the figure, and where it is: its exact range in the HTML source, its
// paragraph or table cell in the .docx, its page in each PDF) and the rows each statistical table has.
// Before a key is written, the same report as plain text must draw exactly those findings, so that
// a key never asks for more than the checker reports on the plain text.
//
// Usage: npm run fixtures:formats
// Needs Debian's chromium, LibreOffice Writer, Chinese fonts and pdftotext:
//   apt-get install -y chromium libreoffice-writer-nogui fonts-wqy-microhei fonts-noto-cjk poppler-utils
import { execFileSync } from 'node:child_process';
import { unzipSync, zipSync } from 'fflate';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { RULE_METAS } from '../server/src/core/rules';
import type { Span } from '../server/src/core/types';
import { FORMAT_FIXTURES } from '../test/support/formatFixtureReports';
import { generateReport, type GeneratedReport, type ReportBlock, type TemplateId, type TextRun } from '../test/support/generate';
import type { Mutation } from '../test/support/mutate';
import { renderDocx, type DocxLocation } from '../test/support/renderDocx';
import { isFigure, renderHtml } from '../test/support/renderHtml';

const OUT = 'test/fixtures/formats';
const CHROMIUM = '/usr/bin/chromium';
const SOFFICE = '/usr/bin/soffice';

const mapRuns = (blocks: readonly ReportBlock[], f: (run: TextRun) => TextRun): ReportBlock[] =>
  blocks.map((b) => (b.kind === 'paragraph' ? { ...b, runs: b.runs.map(f) } : { ...b, rows: b.rows.map((cells) => cells.map((c) => ({ ...c, runs: c.runs.map(f) }))) }));

/** The report's blocks with the planted figure written in; the run that carries it. */
function plantInBlocks(report: GeneratedReport, mutation: Mutation): { blocks: ReportBlock[]; planted: TextRun } {
  const { span } = mutation.expected;
  let planted: TextRun | undefined;
  const blocks = mapRuns(report.blocks, (run) => (run.span.start === span.start ? (planted = { text: mutation.text.slice(span.start, span.end), span: run.span }) : run));
  if (!planted) throw new Error(`no run at ${span.start}: ${mutation.description}`);
  return { blocks, planted };
}

/** The plain text must draw exactly the planted finding (or nothing, for a consistent report). */
function checkOnText(name: string, text: string, expected: { rule: string; span: Span }[]): void {
  const found = analyze(text).findings.map((f) => `${f.rule} ${f.span.start}-${f.span.end} ${text.slice(f.span.start, f.span.end)}`);
  const wanted = expected.map((e) => `${e.rule} ${e.span.start}-${e.span.end} ${text.slice(e.span.start, e.span.end)}`);
  if (JSON.stringify(found) !== JSON.stringify(wanted)) throw new Error(`${name}: the plain text draws\n  ${found.join('\n  ') || '(nothing)'}\nnot\n  ${wanted.join('\n  ') || '(nothing)'}`);
}

const TABLE_IDS: Record<TemplateId, string[]> = { '2019': ['t2', 't3', 't4'], '2021': ['t2', 't3', 't4'], pre2019: ['stats'] };
const hasFigure = (runs: readonly TextRun[]) => runs.some((r) => isFigure(r.text));

/** Each table's id and its rows that hold figures: the rows the checker must read. */
function tablesOf(report: GeneratedReport): { id: string; rows: number }[] {
  const tables = report.blocks.filter((b) => b.kind === 'table');
  return tables.map((t, i) => ({ id: TABLE_IDS[report.options.template][i], rows: t.rows.filter((cells) => cells.some((c) => hasFigure(c.runs))).length }));
}

class Printer {
  private readonly dir = mkdtempSync(join(tmpdir(), 'govreport-fixtures-'));
  private files = 0;

  /** The page printed to PDF by headless Chromium (profile, caches and temporary files kept in a scratch folder). */
  print(html: string): Buffer {
    const n = this.files++;
    const page = join(this.dir, `page${n}.html`);
    const pdf = join(this.dir, `page${n}.pdf`);
    writeFileSync(page, html);
    const scratch = join(this.dir, 'home');
    mkdirSync(join(scratch, 'tmp'), { recursive: true });
    const env = { ...process.env, HOME: scratch, XDG_CONFIG_HOME: scratch, XDG_CACHE_HOME: scratch, XDG_DATA_HOME: scratch, TMPDIR: join(scratch, 'tmp') };
    // untagged, as most published reports are (a structure tree would triple the file's size)
    const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--disable-pdf-tagging', '--no-first-run', '--disable-background-networking', `--user-data-dir=${join(scratch, 'profile')}`, `--print-to-pdf=${pdf}`, `file://${resolve(page)}`];
    execFileSync(CHROMIUM, args, { env, stdio: 'pipe', timeout: 120_000 });
    return reproducible(readFileSync(pdf));
  }

  /** The Word file exported to PDF by LibreOffice Writer. */
  export(docx: Uint8Array): Buffer {
    const input = join(this.dir, `word${this.files++}.docx`);
    writeFileSync(input, docx);
    return reproducible(this.soffice(input, ['--convert-to', 'pdf'], 'pdf'));
  }

  /** The web page opened in LibreOffice Writer (as a text document, not Writer/Web) and saved as a Word file. */
  saveAsWord(html: string): Buffer {
    const input = join(this.dir, `web${this.files++}.html`);
    writeFileSync(input, html);
    const docx = this.soffice(input, ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML'], 'docx');
    // the same entries with a fixed time, so that the file is made again to the same bytes
    return Buffer.from(zipSync(unzipSync(docx), { mtime: new Date('2024-01-01T00:00:00Z') }));
  }

  /** Converts `input` with LibreOffice (its profile in the scratch folder); the file written, by its extension. */
  private soffice(input: string, args: string[], ext: string): Buffer {
    const scratch = join(this.dir, 'home');
    const env = { ...process.env, HOME: scratch, TMPDIR: join(scratch, 'tmp') };
    mkdirSync(join(scratch, 'tmp'), { recursive: true });
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(scratch, 'libreoffice')}`, '--headless', ...args, '--outdir', this.dir, input], { env, stdio: 'pipe', timeout: 120_000 });
    return readFileSync(input.replace(/\.[a-z]+$/, `.${ext}`));
  }

  /** The text of each page (pdftotext). */
  pages(pdf: Buffer): string[] {
    const file = join(this.dir, `text${this.files++}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  }

  /** The 1-based page of `run` in `pdf`, made by `make`: the first page whose text changes when the figure's digits do. */
  async pageOf(blocks: readonly ReportBlock[], run: TextRun, pdf: Buffer, make: (blocks: ReportBlock[]) => Promise<Buffer>): Promise<number> {
    const probe = { ...run, text: run.text.replace(/\d/g, (d) => String((Number(d) + 5) % 10)) };
    const probed = mapRuns(blocks, (r) => (r === run ? probe : r));
    const original = this.pages(pdf);
    const changed = this.pages(await make(probed));
    const page = original.findIndex((text, i) => text !== changed[i]);
    if (page < 0 || !original[page].includes(run.text)) throw new Error(`the figure ${run.text} was not found on any page`);
    return page + 1;
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Fixed dates, and a fixed file /ID and checksum (LibreOffice's change from run to run), each of the same
 * length so that the cross-reference offsets stay right: a PDF is made again to the same bytes.
 */
const reproducible = (pdf: Buffer): Buffer =>
  Buffer.from(
    pdf
      .toString('latin1')
      .replace(/(\/(?:CreationDate|ModDate) ?\(D:)\d{14}/g, '$120240101000000')
      .replace(/(\/ID ?\[ ?<)([0-9A-F]{32})(>\s*<)([0-9A-F]{32})>/gi, (_, a: string, _id: string, b: string) => `${a}${'0'.repeat(32)}${b}${'0'.repeat(32)}>`)
      .replace(/(\/DocChecksum ?\/)([0-9A-F]{32})/gi, (_, a: string) => `${a}${'0'.repeat(32)}`),
    'latin1',
  );

function requireTools(): void {
  const missing = [
    existsSync(CHROMIUM) ? null : 'chromium',
    existsSync(SOFFICE) ? null : 'libreoffice-writer-nogui',
    existsSync('/usr/bin/pdftotext') ? null : 'poppler-utils',
  ].filter(Boolean);
  const fonts = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim();
  if (!fonts) missing.push('fonts-wqy-microhei');
  if (missing.length) throw new Error(`missing: apt-get install -y ${missing.join(' ')}`);
}

async function main(): Promise<void> {
  requireTools();
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) rmSync(join(OUT, f));
  const severity = new Map(RULE_METAS.map((m) => [m.id, m.defaultSeverity]));
  const printer = new Printer();
  try {
    for (const fixture of FORMAT_FIXTURES) {
      const report = generateReport({ seed: fixture.seed, template: fixture.template, flattening: 'tsv' });
      const plant = fixture.plant?.(report);
      const { blocks, planted } = plant ? plantInBlocks(report, plant.mutation) : { blocks: report.blocks, planted: undefined };
      checkOnText(fixture.name, plant?.mutation.text ?? report.text, plant ? [{ rule: plant.rule, span: plant.mutation.expected.span }] : []);

      const title = report.blocks[0].kind === 'paragraph' ? report.blocks[0].runs.map((r) => r.text).join('') : fixture.name;
      const html = renderHtml(blocks, fixture.style, title);
      const docx = await renderDocx(blocks, title);
      const pdf = printer.print(html.html);
      const wordPdf = printer.export(docx.bytes);
      const savedAsWord = printer.saveAsWord(html.html);
      const findings = plant && planted
        ? [
            {
              rule: plant.rule,
              severity: severity.get(plant.rule),
              figure: planted.text,
              html: html.ranges.get(planted),
              docx: docx.locations.get(planted) as DocxLocation,
              pdf: { page: await printer.pageOf(blocks, planted, pdf, async (b) => printer.print(renderHtml(b, fixture.style, title).html)) },
              docxPdf: { page: await printer.pageOf(blocks, planted, wordPdf, async (b) => printer.export((await renderDocx(b, title)).bytes)) },
            },
          ]
        : [];
      const key = {
        report: { template: fixture.template, seed: fixture.seed, htmlStyle: fixture.style },
        planted: plant?.mutation.description ?? null,
        tables: tablesOf(report),
        findings,
      };
      const base = join(OUT, fixture.name);
      writeFileSync(`${base}.html`, html.html);
      writeFileSync(`${base}.docx`, docx.bytes);
      writeFileSync(`${base}.pdf`, pdf);
      writeFileSync(`${base}.docx.pdf`, wordPdf);
      writeFileSync(`${base}.html.docx`, savedAsWord);
      writeFileSync(`${base}.json`, `${JSON.stringify(key, null, 2)}\n`);
      const sizes = ['html', 'docx', 'html.docx', 'pdf', 'docx.pdf'].map((ext) => `${ext} ${(statSync(`${base}.${ext}`).size / 1024).toFixed(1)} KB`).join(', ');
      console.log(`${fixture.name}: ${sizes}; ${key.planted ?? 'consistent'}`);
    }
  } finally {
    printer.close();
  }
}

main().catch((err) => {
  console.error((err as Error).message);
  process.exit(1);
});
