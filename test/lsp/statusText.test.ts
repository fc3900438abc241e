// The status bar's text from the server's govreport/status and the document's diagnostics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statusText, type StatusInput } from '../../client/src/statusText';

const messages = {
  statusCounts: (errors: number, warnings: number) => `E${errors} W${warnings}`,
  statusPassed: (template: string | null) => `passed ${template}`,
  statusNotChecked: 'not checked',
  statusChecking: 'checking',
};
const uri = 'file:///a.txt';
const none: StatusInput = { status: undefined, isReportLanguage: false, errors: 0, warnings: 0, others: 0 };

const cases: [string, StatusInput, string | undefined][] = [
  ['a clean report: passed, with its template', { ...none, status: { uri, state: 'checked', template: '2019' } }, 'passed 2019'],
  ['a clean report whose template was not recognised', { ...none, status: { uri, state: 'checked', template: null } }, 'passed null'],
  ['errors and warnings counted', { ...none, status: { uri, state: 'checked', template: '2021' }, errors: 2, warnings: 1, others: 3 }, '$(error) E2 W1'],
  ['warnings only', { ...none, status: { uri, state: 'checked', template: '2021' }, warnings: 1, others: 1 }, '$(warning) E0 W1'],
  ['only hints and infos: passed', { ...none, status: { uri, state: 'checked', template: '2021' }, others: 2 }, 'passed 2021'],
  ['not checked (too large, timed out)', { ...none, status: { uri, state: 'notChecked', template: null }, others: 1 }, '$(info) not checked'],
  ['not a report: nothing', { ...none, status: { uri, state: 'ignored', template: null } }, undefined],
  ['a plain text before any status: nothing', none, undefined],
  ['a .govreport file before its first status: checking', { ...none, isReportLanguage: true }, '$(sync~spin) checking'],
];

for (const [name, input, expected] of cases) {
  test(name, () => assert.equal(statusText(messages, input), expected));
}
