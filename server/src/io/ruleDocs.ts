// The rule documentation, docs/rules/ID.md, where the package ships it: beside the bundles
// (dist/ → ../docs/rules, in the extension and the npm package) or in the repository (from the
// sources, server/src/io → ../../../docs/rules).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folder of the rule documentation, looked for from `from` upwards; undefined if it is not there. */
export function ruleDocsDir(from: string = __dirname): string | undefined {
  for (let dir = from, i = 0; i < 4; dir = dirname(dir), i++) {
    const docs = join(dir, 'docs', 'rules');
    if (existsSync(docs)) return docs;
  }
  return undefined;
}

/** `file:///…/docs/rules/`, to which a rule id and `.md` are appended. */
export function ruleDocsUrl(dir = ruleDocsDir()): string | undefined {
  return dir && `${pathToFileURL(dir).href}/`;
}

/** The Markdown of a rule's page, undefined for an unknown id or a missing page. */
export function readRuleDoc(id: string, dir = ruleDocsDir()): string | undefined {
  if (!dir || !/^[a-z][a-z-]*$/.test(id)) return undefined;
  const path = join(dir, `${id}.md`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
