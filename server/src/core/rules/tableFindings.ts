// Findings on table identities, shared by sum-mismatch (sums) and table-identity (the others):
// one finding per broken identity, except where a single cell explains several of them.
import { compare, format, sum } from '../numbers/decimal';
import type { Restatement } from '../facts/restatements';
import type { Culprit } from '../tables/culprits';
import type { Identity } from '../templates/types';
import type { Emitter, RuleContext } from './context';
import { cellsOf, identityLine, identityMarkdown } from './identityText';

export function reportIdentities(ctx: RuleContext, out: Emitter, kinds: (kind: Identity['kind']) => boolean): void {
  const explained = new Set(ctx.culprits.flatMap((c) => c.explains));
  for (const { table, result } of ctx.identities) {
    if (!kinds(result.identity.kind)) continue;
    const [anchor] = result.stated;
    const span = ctx.span(anchor.start, anchor.end);
    out.checked(span, () => identityMarkdown(table, result), result.ok);
    if (result.ok || explained.has(result) || cellsOf(result).some((c) => c.guessed)) continue;
    const fix =
      result.identity.kind === 'sum'
        ? { title: `将 ${anchor.text} 改为 ${format(result.othersValue)}`, edits: [{ span, newText: format(result.othersValue) }], preferred: true }
        : undefined;
    out.report({
      span,
      severity: result.identity.kind === 'atMost' ? result.identity.severity : undefined,
      message: identityLine(table, result),
      related: cellsOf(result)
        .filter((c) => c !== anchor)
        .map((c) => ({ span: ctx.span(c.start, c.end), message: `${c.name} = ${c.text}` })),
      computation: identityMarkdown(table, result),
      fix,
    });
  }
}

/** Prose figures that state the value the culprit should have (`予以公开2件` when the cell says 4). */
export function proseAgreeingWith(ctx: RuleContext, culprit: Culprit): Restatement[] {
  return ctx.restatements.filter((r) => {
    if (!r.cells.includes(culprit.cell) || r.cells.some((c) => c.value === null)) return false;
    const corrected = sum(r.cells.map((c) => (c === culprit.cell ? culprit.value : c.value!)));
    return compare(corrected, r.figure.value) === 0;
  });
}

export function reportCulprits(ctx: RuleContext, out: Emitter, kinds: (kinds: Identity['kind'][]) => boolean): void {
  for (const culprit of ctx.culprits) {
    if (!kinds(culprit.explains.map((r) => r.identity.kind))) continue;
    const { cell, table } = culprit;
    const value = format(culprit.value);
    const span = ctx.span(cell.start, cell.end);
    const lines = culprit.explains.map((r) => identityLine(table, r));
    out.report({
      span,
      message: `${cell.name} ${cell.text} 很可能有误，应为 ${value}：它使 ${lines.length} 项核对同时不成立（${lines.join('；')}）`,
      related: [
        ...proseAgreeingWith(ctx, culprit).map((r) => ({ span: ctx.span(r.figure.start, r.figure.end), message: `正文也写作 ${format(r.figure.value)}` })),
        ...culprit.explains.flatMap((r) =>
          cellsOf(r)
            .filter((c) => c !== cell)
            .map((c) => ({ span: ctx.span(c.start, c.end), message: `${identityLine(table, r)} · ${c.name} = ${c.text}` })),
        ),
      ],
      computation: [`**${cell.name} ${cell.text} → ${value}**：改为 ${value} 后以下各项同时成立`, '', ...culprit.explains.map((r) => identityMarkdown(table, r))].join('\n\n'),
      fix: { title: `将 ${cell.text} 改为 ${value}`, edits: [{ span, newText: value }], preferred: true },
    });
  }
}
