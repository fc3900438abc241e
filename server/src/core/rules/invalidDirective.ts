// invalid-directive: a directive comment that names a rule or a directive that does not exist does
// nothing for it, which the writer would not notice. Also used by the HTML reader, whose directives
// are in the page's source rather than in the text analysed.
import type { DirectiveProblem } from '../directives';
import { translator, type Translator } from '../messages/translate';
import type { AnalyzeOptions, Finding } from '../types';
import type { Rule } from './context';
import { RULE_METAS, ruleMeta } from './meta';

const META = ruleMeta('invalid-directive')!;
const DIRECTIVES = ['govreport-disable-next-line', '-disable-line', '-disable', '-enable', '-disable-file'];

/** Edit distance of two short words (ids are a few dozen characters). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

/** The rule id a misspelt one most likely means: the only one at most two edits away. */
function likelyId(name: string): string | undefined {
  const near = RULE_METAS.map((m) => m.id).filter((id) => distance(name.toLowerCase(), id) <= 2);
  return near.length === 1 ? near[0] : undefined;
}

export function directiveProblemMessage(problem: DirectiveProblem, t: Translator = translator()): string {
  if (problem.kind === 'unknown-directive') return t('directive.unknown', { name: problem.name, directives: t.join(DIRECTIVES, 'list.enumeration') });
  const likely = likelyId(problem.name);
  return t('directive.unknownRule', { name: problem.name, hint: likely ? t('directive.didYouMean', { id: likely }) : t('directive.seeRules') });
}

/** The problems as findings, with the severity the caller configured (none when the rule is off). */
export function directiveProblemFindings(problems: readonly DirectiveProblem[], options: AnalyzeOptions): Finding[] {
  const severity = options.severity?.[META.id] ?? META.defaultSeverity;
  if (severity === 'off' || options.disable?.includes(META.id)) return [];
  return problems.map((p) => ({ rule: META.id, severity, message: directiveProblemMessage(p, translator(options.locale)), span: p.span, related: [], fixes: [] }));
}

export const invalidDirective: Rule = {
  meta: META,
  check(ctx, out) {
    for (const problem of ctx.directiveProblems) out.report({ span: problem.span, message: directiveProblemMessage(problem, ctx.t), related: [], fixes: [] });
  },
};
