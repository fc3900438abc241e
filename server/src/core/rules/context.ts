// What every rule sees, and how it reports.
import type { DirectiveProblem } from '../directives';
import type { DocumentModel } from '../document';
import type { ImageTable } from '../facts/imageTables';
import type { PercentFact } from '../facts/percentages';
import type { ProseSum } from '../facts/proseSums';
import type { Restatement } from '../facts/restatements';
import type { TableDiagnosis } from '../tables/corrections';
import type { Translator } from '../messages/translate';
import type { IdentityResult } from '../tables/evaluate';
import type { ParsedTable } from '../tables/readTable';
import type { Explanation, Finding, RuleMeta, Severity, Span } from '../types';

export interface TableIdentity {
  table: ParsedTable;
  result: IdentityResult;
}

export interface RuleContext {
  doc: DocumentModel;
  identities: TableIdentity[];
  /** Per table with broken identities: the corrections that would repair it. */
  diagnoses: TableDiagnosis[];
  proseSums: ProseSum[];
  percentages: PercentFact[];
  restatements: Restatement[];
  imageTables: ImageTable[];
  /** Unknown rule ids and directive names in the text's directive comments (original offsets). */
  directiveProblems: DirectiveProblem[];
  /** Normalised offsets → original offsets. */
  span(start: number, end: number): Span;
  /** Messages in the language asked for. */
  t: Translator;
  /** The characters of normalised offsets as the original text writes them (`１２`, `3，05`): what a fix title names. */
  written(start: number, end: number): string;
}

export type RawFinding = Omit<Finding, 'rule' | 'severity'> & {
  /** A weaker severity than the rule's, for findings the rule is less sure of (e.g. a vague base). */
  severity?: Severity;
};

export interface Emitter {
  report(finding: RawFinding): void;
  /**
   * A figure that passed (or failed) a check, with the computation for hovers (built once, only if
   * asked for) and the other figures of the computation (`parts`), which point at it too.
   */
  checked(span: Span, explain: () => Explanation, ok: boolean, parts?: readonly Span[]): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext, out: Emitter): void;
}
