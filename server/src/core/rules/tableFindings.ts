// Findings on table identities, shared by sum-mismatch (sums) and table-identity (the others).
// Where one correction is clearly best, each cell it changes is reported once, with the identities it
// breaks; otherwise each broken identity is reported, naming the competing corrections.
import { format } from '../numbers/decimal';
import type { Correction, TableDiagnosis } from '../tables/corrections';
import type { IdentityResult } from '../tables/evaluate';
import type { TableCell } from '../tables/readTable';
import type { Identity } from '../templates/types';
import type { Fix, RelatedSpan } from '../types';
import type { Emitter, RuleContext } from './context';
import { cellsOf, identitiesMarkdown, identityExplanation, identityLine, identityMarkdown } from './identityText';

/** More competing corrections than this are counted, not listed (any part of a lone sum may be wrong). */
const MAX_ALTERNATIVES = 3;
const CIRCLED = ['①', '②', '③'];

const involves = (r: IdentityResult, cell: TableCell): boolean => r.stated.includes(cell) || r.others.includes(cell);

/** A cell as related information: its name and figure, nothing else (`（一）予以公开 · 自然人 = 9`). */
const cellRelated = (ctx: RuleContext, c: TableCell): RelatedSpan => ({ span: ctx.span(c.start, c.end), message: ctx.t('related.cell', { cell: c.name, value: c.text }) });

function changesText(ctx: RuleContext, c: Correction): string {
  const changes = c.changes.map((x) => ctx.t('correction.change', { cell: x.cell.name, stated: ctx.written(x.cell.start, x.cell.end), value: format(x.value) }));
  return ctx.t.join(changes, 'list.clauses');
}

/** What the prose says about a correction: the restated figures it agrees with, and those it leaves wrong. */
function proseText({ t }: RuleContext, c: Correction): string {
  const agree = c.agreeing.map((r) => t('correction.agrees', { quantity: r.alias.name, value: format(r.figure.value) }));
  const still = c.unresolved.map((r) => t('correction.stillDisagrees', { quantity: r.alias.name, value: format(r.figure.value) }));
  const all = [...agree, ...still];
  return all.length > 0 ? t('text.parenthesized', { text: t.join(all, 'list.semicolons') }) : '';
}

/** The fix of a correction; `fromProse`: offered by a prose figure that the corrected table agrees with. */
export function correctionFix(ctx: RuleContext, c: Correction, preferred: boolean, fromProse = false): Fix {
  return {
    title: ctx.t(fromProse ? 'correction.fixFromProse' : 'correction.fix', { changes: changesText(ctx, c) }),
    edits: c.changes.map((x) => ({ span: ctx.span(x.cell.start, x.cell.end), newText: format(x.value) })),
    preferred,
  };
}

/** The competing corrections of a table, those changing `anchor` first. */
function alternatives(d: TableDiagnosis | undefined, anchor: TableCell): Correction[] {
  const all = d?.candidates ?? [];
  return [...all.filter((c) => c.changes.some((x) => x.cell === anchor)), ...all.filter((c) => !c.changes.some((x) => x.cell === anchor))];
}

function alternativesText(ctx: RuleContext, list: readonly Correction[]): string {
  if (list.length === 0) return '';
  const shown = list.slice(0, MAX_ALTERNATIVES).map((c, i) => ctx.t('correction.alternative', { mark: CIRCLED[i], changes: changesText(ctx, c), prose: proseText(ctx, c) }));
  const more = list.length > MAX_ALTERNATIVES ? [ctx.t('correction.moreAlternatives', { count: list.length })] : [];
  return ctx.t('correction.alternatives', { list: ctx.t.join([...shown, ...more], 'list.semicolons') });
}

export function reportIdentities(ctx: RuleContext, out: Emitter, kinds: (kind: Identity['kind']) => boolean): void {
  const settled = new Set(ctx.diagnoses.flatMap((d) => (d.preferred ? d.failing : [])));
  const byIdentity = new Map(ctx.diagnoses.flatMap((d) => d.failing.map((r) => [r, d] as const)));
  for (const { table, result } of ctx.identities) {
    if (!kinds(result.identity.kind)) continue;
    // the first stated figure; a placeholder is never pointed at as the wrong figure
    const anchor = [...result.stated, ...result.others].find((c) => c.value !== null) ?? result.stated[0];
    const span = ctx.span(anchor.start, anchor.end);
    // every other written cell of the identity points at it too (an empty cell has no characters to hover)
    const parts = cellsOf(result).filter((c) => c !== anchor && c.end > c.start).map((c) => ctx.span(c.start, c.end));
    out.checked(span, () => identityExplanation(ctx.t, table, result), result.ok, parts);
    if (result.ok || settled.has(result) || cellsOf(result).some((c) => c.guessed)) continue;
    const competing = result.identity.kind === 'atMost' ? [] : alternatives(byIdentity.get(result), anchor);
    const listed = competing.slice(0, MAX_ALTERNATIVES);
    out.report({
      span,
      severity: result.identity.kind === 'atMost' ? result.identity.severity : undefined,
      message: identityLine(ctx.t, table, result) + alternativesText(ctx, competing),
      related: cellsOf(result)
        .filter((c) => c !== anchor)
        .map((c) => cellRelated(ctx, c)),
      computation: identityMarkdown(
        ctx.t,
        table,
        result,
        listed.length > 0 ? ['', ctx.t('correction.alternativesHeading'), '', ...listed.map((c, i) => ctx.t('correction.numberedAlternative', { number: i + 1, changes: changesText(ctx, c), prose: proseText(ctx, c) }))] : [],
      ),
      fixes: listed.map((c) => correctionFix(ctx, c, false)),
    });
  }
}

/** The rule a changed cell is reported under: sum-mismatch when a broken sum involves it. */
function ruleOf(d: TableDiagnosis, cell: TableCell): 'sum-mismatch' | 'table-identity' {
  const own = d.failing.filter((r) => involves(r, cell));
  return (own.length > 0 ? own : d.failing).some((r) => r.identity.kind === 'sum') ? 'sum-mismatch' : 'table-identity';
}

export function reportCorrections(ctx: RuleContext, out: Emitter, rule: 'sum-mismatch' | 'table-identity'): void {
  const { t } = ctx;
  for (const d of ctx.diagnoses) {
    const c = d.preferred;
    if (!c) continue;
    const fix = correctionFix(ctx, c, true);
    for (const change of c.changes) {
      const { cell } = change;
      if (ruleOf(d, cell) !== rule) continue;
      const value = format(change.value);
      const explains = d.failing.filter((r) => involves(r, cell));
      const others = c.changes.filter((x) => x !== change);
      const arrows = others.map((x) => t('culprit.arrow', { cell: x.cell.name, stated: x.cell.text, value: format(x.value) }));
      const together = others.length > 0 ? t('culprit.together', { changes: t.join(arrows, 'list.enumeration'), count: d.failing.length }) : '';
      const lines = explains.map((r) => identityLine(t, d.table, r));
      const broken = lines.length > 1 ? t('culprit.breaksSeveral', { count: lines.length, checks: t.join(lines, 'list.semicolons') }) : lines.length === 1 ? t('culprit.breaksOne', { check: lines[0] }) : '';
      const heading = { cell: cell.name, stated: cell.text, value };
      out.report({
        span: ctx.span(cell.start, cell.end),
        message: t('culprit.message', { ...heading, together, broken }),
        related: [
          ...c.agreeing.filter((r) => r.cells.includes(cell)).map((r) => ({ span: ctx.span(r.figure.start, r.figure.end), message: t('culprit.relatedProse', { quantity: r.alias.name, value: format(r.figure.value) }) })),
          ...others.map((x) => ({ span: ctx.span(x.cell.start, x.cell.end), message: t('culprit.relatedAlsoChanged', { cell: x.cell.name, stated: x.cell.text, value: format(x.value) }) })),
          ...[...new Set(explains.flatMap(cellsOf))].filter((x) => x !== cell).map((x) => cellRelated(ctx, x)),
        ],
        computation: identitiesMarkdown(
          t,
          d.table,
          others.length > 0 ? t('culprit.hoverTogether', { ...heading, changes: changesText(ctx, { ...c, changes: others }) }) : t('culprit.hoverAlone', heading),
          explains.length > 0 ? explains : d.failing,
        ),
        fixes: [fix],
      });
    }
  }
}
