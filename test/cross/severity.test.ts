// The severities of the checks across reports, as for one report's rules: a finding follows the settings
// of the report it lands in (configuration file, --rule, editor settings, as `analyze` received them),
// else the caller's; `off` in either drops it; a severity applies to findings at the rule's default level.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { checkAcrossReports } from '../../server/src/core/cross/check';
import type { AnalyzeOptions, SeverityOverride } from '../../server/src/core/types';
import { generateSeries } from '../support/series';

// 2022 carries one more 自然人 over than 2021 sent: carry-over-mismatch (an error by default) in 2022's report, twice (自然人, 总计)
const [earlier, later] = generateSeries({ seed: 35, name: '东湖区', years: [2021, 2022], flattening: 'tsv', plants: [{ kind: 'carry', year: 2022, column: '自然人', delta: 1 }] });
const RULE = 'carry-over-mismatch';
const set = (severity: SeverityOverride): AnalyzeOptions['severity'] => ({ [RULE]: severity });

const CASES: [name: string, earlierOptions: AnalyzeOptions, laterOptions: AnalyzeOptions, caller: AnalyzeOptions, expected: string[]][] = [
  ['nothing configured: the rule’s default', {}, {}, {}, ['error', 'error']],
  ['the report it lands in sets warning', {}, { severity: set('warning') }, {}, ['warning', 'warning']],
  ['the other year’s report sets warning: not its finding', { severity: set('warning') }, {}, {}, ['error', 'error']],
  ['the report it lands in switches it off', {}, { severity: set('off') }, {}, []],
  ['the caller sets info', {}, {}, { severity: set('info') }, ['info', 'info']],
  ['the report’s hint over the caller’s info', {}, { severity: set('hint') }, { severity: set('info') }, ['hint', 'hint']],
  ['the caller switches it off', {}, { severity: set('warning') }, { severity: set('off') }, []],
];

describe('severities of the checks across reports', () => {
  for (const [name, earlierOptions, laterOptions, caller, expected] of CASES) {
    test(name, () => {
      const entries = [
        { path: 'a/2021.txt', summary: analyze(earlier.report.text, { ...earlierOptions, proveFixes: false }).crossYear! },
        { path: 'a/2022.txt', summary: analyze(later.report.text, { ...laterOptions, proveFixes: false }).crossYear! },
      ];
      const found = checkAcrossReports(entries, caller).findings.filter((f) => f.rule === RULE);
      assert.deepEqual(found.map((f) => f.severity), expected);
      assert.ok(found.every((f) => f.path === 'a/2022.txt'));
    });
  }
});
