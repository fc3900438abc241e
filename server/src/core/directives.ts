// In-file directives, HTML comments as markdownlint's (and ESLint's, in its comment syntax):
//   <!-- govreport-disable-next-line sum-mismatch -->    the line below the comment
//   <!-- govreport-disable-line sum-mismatch -->         the comment's own line (e.g. at the end of it)
//   <!-- govreport-disable sum-mismatch -->  …  <!-- govreport-enable sum-mismatch -->
//                                                         from the one to the other (or to the end)
//   <!-- govreport-disable-file sum-mismatch -->         the whole file, wherever the comment is
// Rule ids are separated by spaces or commas; none named means every rule. A finding is off where
// its span starts. Unknown rule ids and unknown directive names are problems, reported by the
// `invalid-directive` rule. Pure: the core reads them from the text it analyses, the HTML reader from
// the page's source (whose comments the page's text does not keep).
import { LineIndex } from './lineIndex';
import { RULE_METAS } from './rules/meta';
import type { Finding, Span, TextEdit } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

const KINDS: readonly string[] = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'];

/** `rules` (null: every rule) are off in [start, end): a line, or the whole text (end Infinity). */
export interface OffRange {
  start: number;
  end: number;
  rules: readonly string[] | null;
}

/** From `at` on, `rules` (null: every rule) are switched off, or on again. */
export interface Toggle {
  at: number;
  off: boolean;
  rules: readonly string[] | null;
}

export interface DirectiveProblem {
  /** The unknown rule id, or the unknown directive's name (`govreport-disable-nextline`). */
  span: Span;
  kind: 'unknown-rule' | 'unknown-directive';
  name: string;
}

export interface Directives {
  ranges: OffRange[];
  toggles: Toggle[];
  problems: DirectiveProblem[];
}

interface Comment {
  /** The whole comment, `<!--` to `-->`. */
  span: Span;
  name: Span;
  /** Rule ids as written (any word: unknown ones are problems). */
  ids: Span[];
}

const OPENING = /<!--\s*govreport-/g;
const NAME = /[a-z]+(?:-[a-z]+)*/y;
const ID = /[^\s,，]+/g;

/** Every `<!-- govreport-… -->` comment of the text, in text order. Linear: each `>` is looked for once. */
function comments(text: string): Comment[] {
  const found: Comment[] = [];
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    const close = text.indexOf('>', OPENING.lastIndex);
    if (close < 0) break; // no comment can end after this
    OPENING.lastIndex = close + 1;
    if (text[close - 1] !== '-' || text[close - 2] !== '-' || close - 2 < m.index + m[0].length) continue;
    const nameStart = m.index + m[0].length - 'govreport-'.length;
    NAME.lastIndex = m.index + m[0].length;
    const name = NAME.exec(text);
    const nameEnd = name ? NAME.lastIndex : m.index + m[0].length;
    const body = text.slice(nameEnd, close - 2);
    const ids = [...body.matchAll(ID)].map((id) => ({ start: nameEnd + id.index, end: nameEnd + id.index + id[0].length }));
    found.push({ span: { start: m.index, end: close + 1 }, name: { start: nameStart, end: nameEnd }, ids });
  }
  return found;
}

/** The stretches a directive comment takes in the text (what the analysis does not read). */
export function directiveComments(text: string): Span[] {
  return comments(text).map((c) => c.span);
}

export function readDirectives(text: string): Directives {
  const lines = new LineIndex(text);
  const lineRange = (line: number) => ({ start: lines.offsetAt({ line, character: 0 }), end: lines.offsetAt({ line: line + 1, character: 0 }) });
  const known = new Set(RULE_METAS.map((m) => m.id));
  const directives: Directives = { ranges: [], toggles: [], problems: [] };
  for (const comment of comments(text)) {
    const kind = text.slice(comment.name.start + 'govreport-'.length, comment.name.end);
    if (!KINDS.includes(kind)) {
      directives.problems.push({ span: comment.name, kind: 'unknown-directive', name: text.slice(comment.name.start, comment.name.end) });
      continue;
    }
    const ids = comment.ids.map((span) => ({ span, id: text.slice(span.start, span.end) }));
    for (const { span, id } of ids) if (!known.has(id)) directives.problems.push({ span, kind: 'unknown-rule', name: id });
    const rules = ids.length === 0 ? null : ids.map((i) => i.id).filter((id) => known.has(id));
    switch (kind as DirectiveKind) {
      case 'disable':
      case 'enable':
        directives.toggles.push({ at: comment.span.start, off: kind === 'disable', rules });
        break;
      case 'disable-line':
        directives.ranges.push({ ...lineRange(lines.positionAt(comment.span.start).line), rules });
        break;
      case 'disable-next-line': {
        const next = lines.positionAt(comment.span.end).line + 1;
        if (next < lines.lineCount) directives.ranges.push({ ...lineRange(next), rules });
        break;
      }
      case 'disable-file':
        directives.ranges.push({ start: 0, end: Infinity, rules });
    }
  }
  return directives;
}

/** The directives with every offset moved by `move` (into the text analysed, or through edits). */
export function moveDirectives(directives: Directives, move: (offset: number) => number): Directives {
  const at = (offset: number) => (Number.isFinite(offset) ? move(offset) : offset);
  return {
    ranges: directives.ranges.map((r) => ({ ...r, start: at(r.start), end: at(r.end) })),
    toggles: directives.toggles.map((t) => ({ ...t, at: at(t.at) })),
    problems: directives.problems,
  };
}

/** Rules off for the whole text: they need not run at all. */
export function rulesOffEverywhere(directives: Directives): { all: boolean; rules: Set<string> } {
  const file = directives.ranges.filter((r) => r.start === 0 && r.end === Infinity);
  return { all: file.some((r) => r.rules === null), rules: new Set(file.flatMap((r) => r.rules ?? [])) };
}

/** The findings the directives leave on, in their order: one sweep over the directives and the findings by offset. */
export function applyDirectives<F extends Pick<Finding, 'rule' | 'span'>>(findings: readonly F[], directives: Directives): F[] {
  type Event = { at: number; apply: () => void };
  let allOff = false; // toggles: every rule off, but those in `onAgain`
  const off = new Set<string>();
  const onAgain = new Set<string>();
  let allRanges = 0; // ranges: how many cover every rule, and each rule
  const ranges = new Map<string, number>();
  const count = (rules: readonly string[] | null, delta: number) => () => {
    if (rules === null) allRanges += delta;
    else for (const id of rules) ranges.set(id, (ranges.get(id) ?? 0) + delta);
  };
  const toggle = ({ off: disable, rules }: Toggle) => () => {
    if (rules === null) {
      allOff = disable;
      off.clear();
      onAgain.clear();
    } else {
      for (const id of rules) {
        // while every rule is off, the ids switched on again are the exceptions
        if (allOff) {
          if (disable) onAgain.delete(id);
          else onAgain.add(id);
        } else if (disable) off.add(id);
        else off.delete(id);
      }
    }
  };
  const events: Event[] = [
    ...directives.ranges.flatMap((r) => [{ at: r.start, apply: count(r.rules, 1) }, { at: r.end, apply: count(r.rules, -1) }]),
    ...directives.toggles.map((t) => ({ at: t.at, apply: toggle(t) })),
  ].sort((a, b) => a.at - b.at);
  const isOff = (rule: string) => (allOff ? !onAgain.has(rule) : off.has(rule)) || allRanges > 0 || (ranges.get(rule) ?? 0) > 0;
  const order = findings.map((_, i) => i).sort((a, b) => findings[a].span.start - findings[b].span.start);
  const kept = new Set<number>();
  let next = 0;
  for (const i of order) {
    for (; next < events.length && events[next].at <= findings[i].span.start; next++) events[next].apply();
    if (!isOff(findings[i].rule)) kept.add(i);
  }
  return findings.filter((_, i) => kept.has(i));
}

const LINE_BREAK = /\r\n|\r|\n/;

function lineBreakOf(text: string): string {
  return LINE_BREAK.exec(text)?.[0] ?? '\n';
}

/** The ids of a comment that is the whole line `line` (between `lineStart` and its end), if it is the directive `kind`. */
function directiveLineIds(line: string, kind: DirectiveKind): string[] | null {
  const match = new RegExp(`^\\s*<!--\\s*govreport-${kind}(?![a-z-])([^>]*?)-->\\s*$`).exec(line);
  return match ? match[1].split(/[\s,，]+/).filter(Boolean) : null;
}

/** The edit that makes `line` (its text from `start`) the directive `kind` with `rule` added, or null when it is not that directive. */
function extendDirective(line: string, start: number, kind: DirectiveKind, rule: string): TextEdit | null {
  const ids = directiveLineIds(line, kind);
  if (ids === null) return null;
  const indent = /^[ \t]*/.exec(line)![0];
  // no id: the directive already covers every rule
  const rules = ids.length === 0 || ids.includes(rule) ? ids : [...ids, rule];
  return { span: { start, end: start + line.length }, newText: `${indent}${directive(kind, rules)}` };
}

function directive(kind: DirectiveKind, rules: readonly string[]): string {
  return `<!-- govreport-${kind}${rules.length > 0 ? ` ${rules.join(', ')}` : ''} -->`;
}

/**
 * The edit that switches `rule` off for the whole text: when the first line is already a
 * `disable-file` directive, add the rule to it; otherwise insert one above the text, with the
 * text's own line break.
 */
export function disableRuleEdit(text: string, rule: string): TextEdit {
  const firstLine = text.split(LINE_BREAK, 1)[0];
  return (
    extendDirective(firstLine, 0, 'disable-file', rule) ?? {
      span: { start: 0, end: 0 },
      newText: directive('disable-file', [rule]) + lineBreakOf(text),
    }
  );
}

/**
 * The edit that switches `rule` off for the line holding `offset`: when the line above is already
 * a `disable-next-line` directive, add the rule to it; otherwise insert one above the line, indented
 * as the line is.
 */
export function disableLineEdit(text: string, offset: number, rule: string): TextEdit {
  const lines = new LineIndex(text);
  const { line } = lines.positionAt(offset);
  const start = lines.offsetAt({ line, character: 0 });
  if (line > 0) {
    const above = lines.offsetAt({ line: line - 1, character: 0 });
    const extended = extendDirective(text.slice(above, start).replace(/(\r\n|\r|\n)$/, ''), above, 'disable-next-line', rule);
    if (extended) return extended;
  }
  const indent = /^[ \t]*/.exec(text.slice(start, start + 200))![0];
  return { span: { start, end: start }, newText: `${indent}${directive('disable-next-line', [rule])}${lineBreakOf(text)}` };
}
