// The core: text → Report. Pure (no IO) and synchronous.
import { applyDirectives, readDirectives, rulesOffEverywhere } from './directives';
import { buildDocument, type DocumentModel } from './document';
import { findImageTables } from './facts/imageTables';
import { findPercentages } from './facts/percentages';
import { findProseSums } from './facts/proseSums';
import { findRestatements, type Restatement } from './facts/restatements';
import { summariseForCrossYear } from './cross/summary';
import { translator, type Translator } from './messages/translate';
import { buildOutline } from './outline';
import { RULES } from './rules';
import { configuredSeverity, RULE_METAS } from './rules/meta';
import type { Emitter, RuleContext, TableIdentity } from './rules/context';
import { editInput, fixAllBatch, proveFixes } from './fixes';
import { diagnoseTable, type TableDiagnosis } from './tables/corrections';
import { evaluateTable } from './tables/evaluate';
import { cellId, type ParsedTable } from './tables/readTable';
import { tableTitle } from './tables/tableTitle';
import type { AnalysisInput, AnalyzeOptions, CheckedFigure, Finding, Report, Severity, Span, TableSummary, TextEdit } from './types';

/** Every table's identities, evaluated once, and what would repair the tables where some fail. */
function checkTables(doc: DocumentModel, restatements: readonly Restatement[]): Pick<RuleContext, 'identities' | 'diagnoses'> {
  const identities: TableIdentity[] = [];
  const diagnoses: TableDiagnosis[] = [];
  for (const table of doc.tables) {
    const results = evaluateTable(table.def.identities, table.cells, table.rowsSeen, table.unknownAfter);
    for (const result of results) identities.push({ table, result });
    diagnoses.push(...diagnoseTable(table, results, restatements));
  }
  return { identities, diagnoses };
}

/** What the Report says of a table read: its title, where it is, how much of it was read. */
function summarise(t: ParsedTable, span: (start: number, end: number) => Span, tr: Translator): TableSummary {
  const dataRows = t.def.rows.filter((r) => r.values !== 0);
  const read = dataRows.filter((r) => (r.columns ?? t.def.columns.map((c) => c.key)).every((c) => t.cells.has(cellId(r.key, c))));
  return { id: t.def.id, name: tableTitle(tr, t.def), span: span(t.block.start, t.block.end), rowsRead: read.length, rowsExpected: dataRows.length, cellsRead: t.cells.size };
}

/** The checks across reports this report switches off (a directive, `disable`, a severity `off`), and the severities it sets for the others. */
function crossRuleSettings(disabled: ReadonlySet<string>, all: boolean, options: AnalyzeOptions): { disabled: string[]; severity: Record<string, Severity> } {
  const across = RULE_METAS.filter((m) => m.acrossReports);
  const off = across.filter((m) => all || disabled.has(m.id) || options.severity?.[m.id] === 'off').map((m) => m.id);
  const severity: Record<string, Severity> = {};
  for (const { id } of across) {
    const configured = options.severity?.[id];
    if (configured && configured !== 'off' && !off.includes(id)) severity[id] = configured;
  }
  return { disabled: off, severity };
}

/** Analyses a text, or a text with the tables its source gives as grids (HTML, DOCX, PDF readers). */
export function analyze(source: string | AnalysisInput, options: AnalyzeOptions = {}): Report {
  const input = typeof source === 'string' ? { text: source } : source;
  const { text } = input;
  const tr = translator(options.locale);
  const doc = buildDocument(input, tr);
  const span = (start: number, end: number): Span => doc.norm.map.toOriginal({ start, end });
  const restatements = findRestatements(doc);
  const directives = input.directives ?? readDirectives(text);
  const ctx: RuleContext = {
    doc,
    ...checkTables(doc, restatements),
    proseSums: findProseSums(doc),
    percentages: findPercentages(doc, restatements),
    restatements,
    written: (start, end) => {
      const s = span(start, end);
      return text.slice(s.start, s.end);
    },
    imageTables: findImageTables(doc),
    directiveProblems: directives.problems,
    span,
    t: tr,
  };
  // rules switched off by the caller, or for the whole text by `<!-- govreport-disable-file … -->`
  const everywhere = rulesOffEverywhere(directives);
  const disabled = new Set([...(options.disable ?? []), ...everywhere.rules]);
  const found: Finding[] = [];
  const checked: CheckedFigure[] = [];
  for (const rule of RULES) {
    const override = options.severity?.[rule.meta.id];
    if (everywhere.all || disabled.has(rule.meta.id) || override === 'off') continue;
    const out: Emitter = {
      report: ({ severity, ...f }) => found.push({ rule: rule.meta.id, severity: configuredSeverity(rule.meta, severity, override), ...f }),
      checked: (s, explain, ok, parts = []) => {
        if (options.explain) checked.push({ span: s, parts: [...parts], ...explain(), ok });
      },
    };
    rule.check(ctx, out);
  }
  found.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  // lines and ranges switched off by directives
  const findings = applyDirectives(found, directives);
  const proving = options.proveFixes !== false;
  const reanalyse = (edits: readonly TextEdit[]): Finding[] => analyze(editInput(input, edits), { ...options, explain: false, proveFixes: false, summary: false }).findings;
  const offered = proving ? proveFixes(text, findings, reanalyse) : findings;
  const titleSpan = doc.title ? span(doc.title.start, doc.title.end) : null;
  const title = titleSpan ? { text: text.slice(titleSpan.start, titleSpan.end), span: titleSpan } : null;
  return {
    title,
    template: doc.template?.id ?? null,
    traditional: doc.norm.traditional,
    findings: offered,
    fixAll: proving ? fixAllBatch(offered, reanalyse) : [],
    checked,
    outline: buildOutline(doc, span, tr),
    tables: doc.tables.map((t) => summarise(t, span, tr)),
    ...(options.summary === false ? {} : { crossYear: summariseForCrossYear(doc, span, title, crossRuleSettings(disabled, everywhere.all, options)) }),
    ...(doc.pages > 0 ? { unread: doc.unread } : {}),
  };
}
