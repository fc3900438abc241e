// The blind corpus (test/blind): reports written by hands that never read the checker, with an answer
// key each. A planted error is found when an error or warning points at one of its anchors (its line,
// and the anchor's text within the finding's characters); any other error or warning is false, unless
// the key lists it as optional. Scored per rule, with every miss and every false finding.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, textFormatOf } from '../../server/src/readers/source';
import type { Finding } from '../../server/src/core/types';

export const BLIND_DIR = join(__dirname, '..', 'blind');

interface Anchor {
  line: number;
  text?: string;
}

interface KeyError {
  id?: string;
  kind: string;
  why?: string;
  at: Anchor[];
}

interface KeyEntry {
  errors: KeyError[];
  optional?: Anchor[];
  silent?: (Anchor & { why?: string })[];
}

export interface BlindFinding {
  file: string;
  line: number;
  rule: string;
  text: string;
  message: string;
  /** The key lists the figure as a trap: correct, though it looks wrong. */
  trap: boolean;
}

export interface BlindMiss {
  file: string;
  line: number;
  kind: string;
  why: string;
}

export interface BlindRuleScore {
  expected: number;
  found: number;
  reported: number;
  falseFindings: number;
}

export interface BlindResult {
  files: number;
  expected: number;
  found: number;
  reported: number;
  misses: BlindMiss[];
  falseFindings: BlindFinding[];
  byRule: Map<string, BlindRuleScore>;
}

const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
};

/** The 1-based line of an offset and the finding's characters on that line. */
function placeOf(text: string, starts: readonly number[], f: Finding): { line: number; chars: string } {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= f.span.start) line++;
  const lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
  return { line: line + 1, chars: text.slice(f.span.start, Math.min(f.span.end, lineEnd)).replace(/\r$/, '') };
}

const hits = (place: { line: number; chars: string }, a: Anchor): boolean =>
  place.line === a.line && (a.text === undefined || (place.chars.includes(a.text) && place.chars.length <= a.text.length + 6));

function score(result: BlindResult, rule: string): BlindRuleScore {
  let s = result.byRule.get(rule);
  if (!s) result.byRule.set(rule, (s = { expected: 0, found: 0, reported: 0, falseFindings: 0 }));
  return s;
}

export function runBlindEval(dir = BLIND_DIR): BlindResult {
  const result: BlindResult = { files: 0, expected: 0, found: 0, reported: 0, misses: [], falseFindings: [], byRule: new Map() };
  const keys = readdirSync(dir).filter((f) => /^key-.*\.json$/.test(f)).sort();
  for (const keyFile of keys) {
    const key = JSON.parse(readFileSync(join(dir, keyFile), 'utf8')) as Record<string, KeyEntry>;
    for (const [name, entry] of Object.entries(key)) {
      if (name.startsWith('_')) continue;
      const text = readFileSync(join(dir, 'reports', name), 'utf8').replace(/^\uFEFF/, '');
      result.files++;
      const starts = lineStarts(text);
      const findings = checkText(textFormatOf(name, text), text, {}).report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      const places = findings.map((f) => placeOf(text, starts, f));
      result.reported += findings.length;
      for (const f of findings) score(result, f.rule).reported++;
      const used = new Set<number>();
      for (const e of entry.errors) {
        result.expected++;
        score(result, e.kind).expected++;
        const matching = places.flatMap((p, i) => (e.at.some((a) => hits(p, a)) ? [i] : []));
        if (matching.length === 0) {
          result.misses.push({ file: name, line: e.at[0].line, kind: e.kind, why: e.why ?? '' });
          continue;
        }
        result.found++;
        score(result, e.kind).found++;
        for (const i of matching) used.add(i);
      }
      findings.forEach((f, i) => {
        if (used.has(i) || (entry.optional ?? []).some((a) => hits(places[i], a))) return;
        score(result, f.rule).falseFindings++;
        const trap = (entry.silent ?? []).some((a) => hits(places[i], a));
        result.falseFindings.push({ file: name, line: places[i].line, rule: f.rule, text: places[i].chars, message: f.message, trap });
      });
    }
  }
  return result;
}

export const recallOf = (s: { expected: number; found: number }): number => (s.expected === 0 ? 1 : s.found / s.expected);
/** Planted errors found over those found plus false findings (errors and warnings together). */
export const precisionOf = (r: BlindResult): number => (r.found + r.falseFindings.length === 0 ? 1 : r.found / (r.found + r.falseFindings.length));

/** A rule's precision over its own findings (whichever planted error they matched). */
export const rulePrecision = (s: BlindRuleScore): number => (s.reported === 0 ? 1 : (s.reported - s.falseFindings) / s.reported);
