// Validates SARIF logs against the SARIF 2.1.0 JSON schema shipped in @microsoft/jest-sarif
// (schemastore's sarif-2.1.0-rtm.5, draft-04), with ajv 8.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';

const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function compile() {
  // ajv 8 speaks draft-07; this schema uses no draft-04 feature that differs (no boolean
  // exclusiveMinimum), so only the draft-04 `id`/`$schema` keys are dropped. Its patterns are not
  // valid with the u flag.
  const { $schema, id, ...schema } = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  void $schema;
  void id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/[\s\\]/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

const validate = compile();

/** The schema errors of a log, empty when it is valid. */
export function sarifErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
