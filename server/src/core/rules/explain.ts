// Shared wording of arithmetic in messages and hovers.
import type { Translator } from '../messages/translate';
import { format, sub, type Decimal } from '../numbers/decimal';
import type { Explanation } from '../types';

/** `1325+130+97` — zero addends folded away when there are many (`10+2+5（其余 18 项为 0）`). */
export function addends(t: Translator, values: readonly Decimal[]): string {
  const many = values.length > 8;
  const shown = many ? values.filter((v) => v.units !== 0) : values;
  const zeros = values.length - shown.length;
  const body = shown.length > 0 ? shown.map(format).join('+') : '0';
  return zeros > 0 ? t('arith.zerosFolded', { addends: body, zeros }) : body;
}

/** `（差 210）`: the absolute difference. */
export function difference(t: Translator, a: Decimal, b: Decimal): string {
  const d = sub(a, b);
  return t('arith.difference', { difference: format({ units: Math.abs(d.units), scale: d.scale }) });
}

/** A markdown table of named figures, for hovers. */
export function figuresTable(t: Translator, rows: readonly (readonly [string, string])[]): string {
  return [t('hover.figuresHeader'), '| --- | ---: |', ...rows.map(([name, value]) => `| ${name.replace(/\|/g, '\\|')} | ${value} |`)].join('\n');
}

/** An explanation as one Markdown text (a finding's `computation`): the verdict and the arithmetic, then the table. */
export function explanationText({ markdown, table }: Explanation): string {
  return table ? `${markdown}\n\n${table}` : markdown;
}
