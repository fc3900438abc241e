// The status bar's text from the server's govreport/status and the document's diagnostics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusText, type StatusInput } from '../../client/src/statusText';

const messages = {
  statusCounts: (errors: number, warnings: number) => `E${errors} W${warnings}`,
  statusPassed: (template: string | null) => `passed ${template}`,
  statusNotChecked: 'not checked',
  statusNotRecognised: 'not a report',
  statusChecking: 'checking',
};
const uri = 'file:///a.txt';
const none: StatusInput = { status: undefined, isReportLanguage: false, errors: 0, warnings: 0, others: 0 };

const cases: [string, StatusInput, string | undefined][] = [
  ['a clean report: passed, with its template', { ...none, status: { uri, state: 'checked', template: '2019', recognised: true } }, 'passed 2019'],
  ['a clean report whose template was not recognised', { ...none, status: { uri, state: 'checked', template: null, recognised: true } }, 'passed null'],
  ['a text checked but not read as a report: no verdict', { ...none, status: { uri, state: 'checked', template: null, recognised: false } }, '$(info) not a report'],
  ['errors and warnings counted', { ...none, status: { uri, state: 'checked', template: '2021', recognised: true }, errors: 2, warnings: 1, others: 3 }, '$(error) E2 W1'],
  ['warnings only', { ...none, status: { uri, state: 'checked', template: '2021', recognised: true }, warnings: 1, others: 1 }, '$(warning) E0 W1'],
  ['only hints and infos: passed', { ...none, status: { uri, state: 'checked', template: '2021', recognised: true }, others: 2 }, 'passed 2021'],
  ['not checked (too large, timed out)', { ...none, status: { uri, state: 'notChecked', template: null, recognised: false }, others: 1 }, '$(info) not checked'],
  ['not a report: nothing', { ...none, status: { uri, state: 'ignored', template: null, recognised: false } }, undefined],
  ['a plain text before any status: nothing', none, undefined],
  ['a .govreport file before its first status: checking', { ...none, isReportLanguage: true }, '$(sync~spin) checking'],
];

for (const [name, input, expected] of cases) {
  test(name, () => assert.equal(statusText(messages, input), expected));
}
