// The configurations every generated-report test runs over: templates × flattenings × surfaces.
import type { Flattening, GenerateOptions, TemplateId } from './generate';

export const TEMPLATES: TemplateId[] = ['2019', '2021', 'pre2019'];
export const FLATTENINGS: Flattening[] = ['pipe-cells', 'tsv', 'markdown', 'spaces'];
export const SURFACES: [string, Partial<GenerateOptions>][] = [
  ['', {}],
  [' traditional', { traditional: true }],
  [' full-width CRLF', { fullWidthDigits: true, crlf: true }],
];
