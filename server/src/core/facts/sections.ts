// The form's sections found in the report, once per document (several rules read them).
import type { DocumentModel } from '../document';
import { findSections, type SectionPlace } from '../structure/sections';

const cache = new WeakMap<DocumentModel, SectionPlace[] | null>();

/**
 * The sections of the report's form, in the form's order; null when its form prescribes none, or when
 * the text is no whole report: without its title, and without its first or its last section (an excerpt,
 * a table pasted alone).
 */
export function sectionsOf(doc: DocumentModel): SectionPlace[] | null {
  if (cache.has(doc)) return cache.get(doc)!;
  const sections = doc.template?.sections;
  const found = sections ? findSections(doc.norm.text, sections) : null;
  const places = found && (doc.title || (found[0].heading && found[found.length - 1].heading)) ? found : null;
  cache.set(doc, places);
  return places;
}
