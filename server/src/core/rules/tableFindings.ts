// Findings on table identities, shared by sum-mismatch (sums) and table-identity (the others).
// Where one correction is clearly best, each cell it changes is reported once, with the identities it
// breaks; otherwise each broken identity is reported, naming the competing corrections.
import { format } from '../numbers/decimal';
import type { Correction, TableDiagnosis } from '../tables/corrections';
import type { IdentityResult } from '../tables/evaluate';
import type { ParsedTable, TableCell } from '../tables/readTable';
import type { Identity } from '../templates/types';
import type { Fix } from '../types';
import type { Emitter, RuleContext } from './context';
import { cellsOf, identityExplanation, identityLine } from './identityText';

/** More competing corrections than this are counted, not listed (any part of a lone sum may be wrong). */
const MAX_ALTERNATIVES = 3;
const CIRCLED = ['①', '②', '③'];

const involves = (r: IdentityResult, cell: TableCell): boolean => r.stated.includes(cell) || r.others.includes(cell);

function changesText(ctx: RuleContext, c: Correction): string {
  return c.changes.map((x) => `${x.cell.name} ${ctx.written(x.cell.start, x.cell.end)} 改为 ${format(x.value)}`).join('，');
}

/** What the prose says about a correction: the restated figures it agrees with, and those it leaves wrong. */
function proseText(c: Correction): string {
  const agree = c.agreeing.map((r) => `与正文${r.alias.name} ${format(r.figure.value)} 一致`);
  const still = c.unresolved.map((r) => `正文${r.alias.name} ${format(r.figure.value)} 仍不一致`);
  return [...agree, ...still].length > 0 ? `（${[...agree, ...still].join('；')}）` : '';
}

export function correctionFix(ctx: RuleContext, c: Correction, preferred: boolean, why = ''): Fix {
  return {
    title: `${why}将${changesText(ctx, c)}`,
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
  const shown = list.slice(0, MAX_ALTERNATIVES).map((c, i) => `${CIRCLED[i]}将${changesText(ctx, c)}${proseText(c)}`);
  const more = list.length > MAX_ALTERNATIVES ? `等 ${list.length} 种同样简单的更正` : '';
  return `；无法确定哪一格有误，可能的更正：${shown.join('；')}${more ? `；${more}` : ''}`;
}

/** A broken identity's hover: the identity, the competing corrections, then the table of its cells. */
function identityComputation(table: ParsedTable, r: IdentityResult, corrections: readonly string[]): string {
  const { markdown, table: cells } = identityExplanation(table, r);
  const listed = corrections.length > 0 ? ['**可能的更正**（每种都使本表各项核对全部成立）：', corrections.join('\n')] : [];
  return [markdown, ...listed, cells].join('\n\n');
}

/** A correction's hover: what it changes and every identity it makes hold, then their tables. */
function correctionComputation(heading: string, table: ParsedTable, repaired: readonly IdentityResult[]): string {
  const explanations = repaired.map((r) => identityExplanation(table, r));
  return [heading, explanations.map((e) => `- ${e.markdown}`).join('\n'), ...explanations.map((e) => e.table)].join('\n\n');
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
    out.checked(span, () => identityExplanation(table, result), result.ok, parts);
    if (result.ok || settled.has(result) || cellsOf(result).some((c) => c.guessed)) continue;
    const competing = result.identity.kind === 'atMost' ? [] : alternatives(byIdentity.get(result), anchor);
    const listed = competing.slice(0, MAX_ALTERNATIVES);
    out.report({
      span,
      severity: result.identity.kind === 'atMost' ? result.identity.severity : undefined,
      message: identityLine(table, result) + alternativesText(ctx, competing),
      related: cellsOf(result)
        .filter((c) => c !== anchor)
        .map((c) => ({ span: ctx.span(c.start, c.end), message: `${c.name} = ${c.text}` })),
      computation: identityComputation(table, result, listed.map((c, i) => `${i + 1}. 将${changesText(ctx, c)}${proseText(c)}`)),
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
      const together = others.length > 0 ? `（与${others.map((x) => `${x.cell.name} ${x.cell.text} → ${format(x.value)}`).join('、')}一同更正后，本表 ${d.failing.length} 项不成立的核对全部成立）` : '';
      const lines = explains.map((r) => identityLine(d.table, r));
      const broken = lines.length > 1 ? `：它使 ${lines.length} 项核对同时不成立（${lines.join('；')}）` : lines.length === 1 ? `：${lines[0]}` : '';
      out.report({
        span: ctx.span(cell.start, cell.end),
        message: `${cell.name} ${cell.text} 很可能有误，应为 ${value}${together}${broken}`,
        related: [
          ...c.agreeing.filter((r) => r.cells.includes(cell)).map((r) => ({ span: ctx.span(r.figure.start, r.figure.end), message: `正文也写作 ${format(r.figure.value)}` })),
          ...others.map((x) => ({ span: ctx.span(x.cell.start, x.cell.end), message: `一同更正：${x.cell.name} ${x.cell.text} → ${format(x.value)}` })),
          ...[...new Set(explains.flatMap(cellsOf))].filter((x) => x !== cell).map((x) => ({ span: ctx.span(x.start, x.end), message: `${x.name} = ${x.text}` })),
        ],
        computation: correctionComputation(`**${cell.name} ${cell.text} → ${value}**：${others.length > 0 ? `与${changesText(ctx, { ...c, changes: others })}一同更正后` : '改为 ' + value + ' 后'}以下各项同时成立`, d.table, explains.length > 0 ? explains : d.failing),
        fixes: [fix],
      });
    }
  }
}
