// `govreport rules`: every rule with its default severity and descriptions; `govreport rules ID`:
// that rule's documentation page (docs/rules/ID.md, as bundled), or in JSON its entry with the page.
import { RULE_METAS } from '../core/rules/meta';
import { readRuleDoc } from '../io/ruleDocs';

/** The page of rule `id` (a known id); undefined when the documentation is not installed. */
export function formatRule(id: string, format: 'text' | 'json'): string | undefined {
  const doc = readRuleDoc(id);
  if (doc === undefined) return undefined;
  if (format === 'text') return doc.endsWith('\n') ? doc : `${doc}\n`;
  return `${JSON.stringify({ ...entry(RULE_METAS.find((m) => m.id === id)!), documentation: doc }, null, 2)}\n`;
}

const entry = ({ id, defaultSeverity, description, descriptionEn, fixable }: (typeof RULE_METAS)[number]) => ({
  id, defaultSeverity, description, descriptionEn, fixable,
});

export function formatRules(format: 'text' | 'json'): string {
  if (format === 'json') {
    const rules = RULE_METAS.map(entry);
    return `${JSON.stringify({ rules }, null, 2)}\n`;
  }
  const idWidth = Math.max(...RULE_METAS.map((m) => m.id.length)) + 2;
  const indent = ' '.repeat(idWidth + 9);
  return RULE_METAS.map(
    (m) => `${m.id.padEnd(idWidth)}${m.defaultSeverity.padEnd(9)}${m.description}\n${indent}${m.descriptionEn}\n`,
  ).join('');
}
