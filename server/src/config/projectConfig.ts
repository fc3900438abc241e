// The project configuration file (`.govreportrc.json` or `govreport.config.json`, JSON with
// comments) read from its text: parsed with jsonc-parser, validated with ajv against the schema
// shipped in schemas/govreportrc.schema.json. Pure (the text in, the configuration or its one
// problem out): the CLI and the language server find and read the file themselves.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../../schemas/govreportrc.schema.json';
import type { SeverityOverride, Span } from '../core/types';

export { CONFIG_FILE_NAMES } from './fileNames';

export interface ProjectConfig {
  /** Rule id → severity or 'off'. */
  rules: Record<string, SeverityOverride>;
  /** Globs of files not to check, relative to the configuration file's folder. */
  ignores: string[];
  /** Larger files are not checked; undefined: the tool's own default. */
  maxFileSize?: number;
}

/** An invalid file: one message (Chinese first), where the first problem is. */
export interface ConfigProblem {
  message: string;
  span: Span;
}

export type ConfigReading = { config: ProjectConfig } | { problem: ConfigProblem };

export const EMPTY_CONFIG: ProjectConfig = { rules: {}, ignores: [] };

// compiled on the first file read, not when the CLI starts (`--version` needs no schema)
let compiled: ValidateFunction | undefined;
const validator = (): ValidateFunction => (compiled ??= new Ajv({ allErrors: false }).compile(schema));

export function readProjectConfig(text: string): ConfigReading {
  const errors: ParseError[] = [];
  // a byte-order mark is not JSON
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const tree = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const error = errors[0];
    const span = error ? { start: error.offset, end: error.offset + Math.max(error.length, 1) } : { start: 0, end: text.length };
    return invalid(`JSON 语法错误 (${error ? printParseErrorCode(error.error) : 'empty file'})`, 'JSON syntax error', span);
  }
  const value: unknown = getNodeValue(tree);
  const validate = validator();
  if (validate(value)) {
    const { rules = {}, ignores = [], maxFileSize } = value as Partial<ProjectConfig>;
    return { config: { rules: { ...rules }, ignores: [...ignores], ...(maxFileSize === undefined ? {} : { maxFileSize }) } };
  }
  const error = validate.errors![0];
  const [zh, en] = explain(error);
  const name = where(error);
  return invalid(name ? `“${name}” ${zh}` : zh, name ? `"${name}" ${en}` : en, spanOf(tree, error));
}

function invalid(zh: string, en: string, span: Span): { problem: ConfigProblem } {
  return { problem: { message: `GovReport 配置文件无效：${zh}。文件中的设置均未采用 (invalid GovReport configuration: ${en}; none of its settings apply)`, span } };
}

/** The property as written in the file: `rules.sum-mismatch`, `ignores[0]`, or the file itself. */
function where(error: ErrorObject): string {
  const path = pathOf(error.instancePath);
  const name = path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');
  return name;
}

function pathOf(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** What is wrong, in Chinese and in English. */
function explain(error: ErrorObject): [zh: string, en: string] {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = Object.keys(propertiesAt(error.schemaPath)).filter((key) => key !== '$schema');
      const kind = error.instancePath === '/rules' ? ['规则', 'rule'] : ['设置项', 'setting'];
      return [`有未知的${kind[0]} “${name}”；可用：${known.join(', ')}`, `unknown ${kind[1]} "${name}"; valid: ${known.join(', ')}`];
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return [`的值只能是 ${allowed}`, `must be one of ${allowed}`];
    }
    case 'type':
      return [`应为${TYPE_NAMES[String(params.type)] ?? params.type}`, `must be ${String(params.type)}`];
    case 'minimum':
      return [`不能小于 ${String(params.limit)}`, `must be at least ${String(params.limit)}`];
    case 'minLength':
      return ['不能为空字符串', 'must not be empty'];
    default:
      return [error.message ?? '不符合格式', error.message ?? 'does not match the schema'];
  }
}

const TYPE_NAMES: Record<string, string> = { object: '对象 {…}', array: '数组 […]', string: '字符串', integer: '整数', number: '数字', boolean: '布尔值' };

/** The `properties` of the schema object whose `additionalProperties` failed (`#/properties/rules/additionalProperties`). */
function propertiesAt(schemaPath: string): Record<string, unknown> {
  const parts = schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1).filter(Boolean);
  let node: unknown = schema;
  for (const part of parts) node = (node as Record<string, unknown>)[part];
  return ((node as { properties?: Record<string, unknown> }).properties ?? {}) as Record<string, unknown>;
}

/** Where the error is in the text: the unknown property's name, or the value that is wrong. */
function spanOf(tree: Node, error: ErrorObject): Span {
  const path = pathOf(error.instancePath);
  let node: Node | undefined = findNodeAtLocation(tree, path) ?? tree;
  if (error.keyword === 'additionalProperties') {
    const property = findNodeAtLocation(tree, [...path, String((error.params as { additionalProperty: string }).additionalProperty)]);
    node = property?.parent?.children?.[0] ?? node;
  }
  return { start: node.offset, end: node.offset + node.length };
}
