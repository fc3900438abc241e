// `govreport rules`: every rule with its default severity and descriptions.
import { RULE_METAS } from '../core/rules/meta';

export function formatRules(format: 'text' | 'json'): string {
  if (format === 'json') {
    const rules = RULE_METAS.map(({ id, defaultSeverity, description, descriptionEn, fixable }) => ({
      id, defaultSeverity, description, descriptionEn, fixable,
    }));
    return `${JSON.stringify({ rules }, null, 2)}\n`;
  }
  const idWidth = Math.max(...RULE_METAS.map((m) => m.id.length)) + 2;
  const indent = ' '.repeat(idWidth + 9);
  return RULE_METAS.map(
    (m) => `${m.id.padEnd(idWidth)}${m.defaultSeverity.padEnd(9)}${m.description}\n${indent}${m.descriptionEn}\n`,
  ).join('');
}
