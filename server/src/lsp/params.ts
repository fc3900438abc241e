// The params of every request and notification the server handles (its own handlers, the document
// sync, and the library's initialize, trace and progress), checked before any handler sees them: a
// malformed request is answered InvalidParams saying what was expected, a malformed notification is
// dropped and logged.
import { ErrorCodes, Message, ResponseError, type MessageStrategy, type RequestMessage } from 'vscode-languageserver';
import { CHECK_BINARY_METHOD, CHECK_DOCUMENT_METHOD, CHECK_WORKSPACE_METHOD } from './protocol';

/** Invalid requests are rerouted to this method, whose handler (`answerInvalidParams`) answers the error. */
export const INVALID_PARAMS_METHOD = 'govreport/$invalidParams';

interface Shape {
  expected: string;
  matches: (params: Params) => boolean;
}

type Params = Record<string, unknown>;

const isRecord = (value: unknown): value is Params => typeof value === 'object' && value !== null && !Array.isArray(value);
const isUinteger = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isPosition = (value: unknown) => isRecord(value) && isUinteger(value.line) && isUinteger(value.character);
const isRange = (value: unknown) => isRecord(value) && isPosition(value.start) && isPosition(value.end);
const hasUri = (value: unknown): value is Params => isRecord(value) && typeof value.uri === 'string';
const isChange = (value: unknown) =>
  isRecord(value) &&
  typeof value.text === 'string' &&
  (value.range === undefined || isRange(value.range)) &&
  (value.rangeLength === undefined || isUinteger(value.rangeLength));
const isCodeActionContext = (value: unknown) =>
  isRecord(value) &&
  Array.isArray(value.diagnostics) &&
  value.diagnostics.every((diagnostic) => isRecord(diagnostic) && isRange(diagnostic.range)) &&
  (value.only === undefined || (Array.isArray(value.only) && value.only.every((kind) => typeof kind === 'string')));

const document: Shape = { expected: '{ textDocument: { uri: string } }', matches: (p) => hasUri(p.textDocument) };

const REQUESTS: Record<string, Shape> = {
  initialize: { expected: '{ capabilities: object, … }', matches: (p) => isRecord(p.capabilities) },
  [CHECK_DOCUMENT_METHOD]: { expected: '{ uri: string }', matches: hasUri },
  [CHECK_BINARY_METHOD]: { expected: '{ uri: string }', matches: hasUri },
  [CHECK_WORKSPACE_METHOD]: {
    expected: '{ uris: string[] }',
    matches: (p) => Array.isArray(p.uris) && p.uris.every((uri) => typeof uri === 'string'),
  },
  'textDocument/hover': {
    expected: '{ textDocument: { uri: string }, position: { line: uinteger, character: uinteger } }',
    matches: (p) => hasUri(p.textDocument) && isPosition(p.position),
  },
  'textDocument/codeAction': {
    expected: '{ textDocument: { uri: string }, range: Range, context: { diagnostics: [{ range: Range, … }], only?: string[] } }',
    matches: (p) => hasUri(p.textDocument) && isRange(p.range) && isCodeActionContext(p.context),
  },
  'textDocument/documentSymbol': document,
  'textDocument/foldingRange': document,
  'textDocument/willSaveWaitUntil': document,
};

const NOTIFICATIONS: Record<string, Shape> = {
  'textDocument/didOpen': {
    expected: '{ textDocument: { uri: string, languageId: string, version: integer, text: string } }',
    matches: ({ textDocument: d }) =>
      hasUri(d) && typeof d.languageId === 'string' && Number.isInteger(d.version) && typeof d.text === 'string',
  },
  'textDocument/didChange': {
    expected: '{ textDocument: { uri: string, version: integer }, contentChanges: [{ range?: Range, text: string }] }',
    matches: ({ textDocument: d, contentChanges }) =>
      hasUri(d) && Number.isInteger(d.version) && Array.isArray(contentChanges) && contentChanges.every(isChange),
  },
  'textDocument/didClose': document,
  'textDocument/willSave': document,
  'textDocument/didSave': document,
  'workspace/didChangeConfiguration': { expected: '{ settings: any }', matches: () => true },
  '$/setTrace': { expected: "{ value: 'off' | 'messages' | 'verbose' }", matches: (p) => typeof p.value === 'string' },
  'window/workDoneProgress/cancel': {
    expected: '{ token: integer | string }',
    matches: (p) => Number.isInteger(p.token) || typeof p.token === 'string',
  },
  '$/progress': {
    expected: '{ token: integer | string, value: any }',
    matches: (p) => Number.isInteger(p.token) || typeof p.token === 'string',
  },
};

/** Why `params` do not fit `shape`, or undefined when they do. */
function problem(method: string, shape: Shape | undefined, params: unknown): string | undefined {
  if (!shape || (isRecord(params) && shape.matches(params))) return undefined;
  const got = JSON.stringify(params)?.slice(0, 200) ?? String(params);
  return `参数无效 (invalid params) ${method}: expected ${shape.expected}, got ${got}`;
}

/** A jsonrpc message strategy that checks params before dispatching. */
export function checkingParams(logError: (message: string) => void): MessageStrategy {
  return {
    handleMessage(message, next) {
      if (Message.isRequest(message)) {
        const invalid = problem(message.method, REQUESTS[message.method], message.params);
        if (!invalid) return next(message);
        const rerouted: RequestMessage = { ...message, method: INVALID_PARAMS_METHOD, params: { message: invalid } };
        return next(rerouted);
      }
      if (Message.isNotification(message)) {
        const invalid = problem(message.method, NOTIFICATIONS[message.method], message.params);
        if (invalid) return logError(`忽略通知 (notification ignored): ${invalid}`);
      }
      return next(message);
    },
  };
}

/** The handler of INVALID_PARAMS_METHOD (which a client could also call directly, with anything). */
export function answerInvalidParams(params: unknown): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, isRecord(params) ? String(params.message) : '参数无效 (invalid params)');
}
