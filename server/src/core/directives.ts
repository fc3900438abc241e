// In-file directives that switch rules off for the whole file:
//   <!-- govreport-disable sum-mismatch, percent-mismatch -->
// anywhere in the text, rule ids separated by spaces or commas. Pure: the CLI and the language server
// pass `disabledRulesIn(text)` to `analyze` as `disable`.
import type { TextEdit } from './types';

const DIRECTIVE = /<!--\s*govreport-disable\b([^>]*?)-->/g;
const RULE_ID = /^[a-z][a-z0-9-]*$/;

function ruleIdsOf(list: string): string[] {
  return list.split(/[\s,，]+/).filter((id) => RULE_ID.test(id));
}

export function disabledRulesIn(text: string): string[] {
  const ids = new Set<string>();
  for (const match of text.matchAll(DIRECTIVE)) for (const id of ruleIdsOf(match[1])) ids.add(id);
  return [...ids];
}

function disableDirective(rules: readonly string[]): string {
  return `<!-- govreport-disable ${rules.join(', ')} -->`;
}

/**
 * The edit that switches `rule` off for the file: when the first line is already a directive, add the
 * rule to it; otherwise insert a directive line above the text, with the text's own line break.
 */
export function disableRuleEdit(text: string, rule: string): TextEdit {
  const firstBreak = text.search(/\r\n|\r|\n/);
  const firstLineEnd = firstBreak < 0 ? text.length : firstBreak;
  const firstLine = text.slice(0, firstLineEnd);
  const existing = /^\s*<!--\s*govreport-disable\b([^>]*?)-->\s*$/.exec(firstLine);
  if (existing) {
    const rules = ruleIdsOf(existing[1]);
    if (!rules.includes(rule)) rules.push(rule);
    return { span: { start: 0, end: firstLineEnd }, newText: disableDirective(rules) };
  }
  const lineBreak = firstBreak < 0 ? '\n' : text.startsWith('\r\n', firstBreak) ? '\r\n' : text[firstBreak];
  return { span: { start: 0, end: 0 }, newText: disableDirective([rule]) + lineBreak };
}
