// Completeness rules, table-driven: the bundled 2019-form sample edited one way per case; `⟦…⟧` marks
// the exact characters each finding must point at, and no other finding of these rules (nor table-shape,
// which says when a table was there but not read) may appear.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze, describeFindings, unmark } from './expect';

const SAMPLE = readFileSync(new URL('../../samples/synthetic-2019.txt', import.meta.url), 'utf8');
const RULES = new Set(['missing-section', 'missing-table', 'empty-section', 'fee-contradiction', 'completion-contradiction', 'table-shape']);

/** The sample with `from` replaced by `to` (each must occur once). */
function edited(...pairs: [string, string][]): string {
  let text = SAMPLE;
  for (const [from, to] of pairs) {
    assert.equal(text.split(from).length, 2, `“${from}” once in the sample`);
    text = text.replace(from, to);
  }
  return text;
}

const SECTION_5 = '一是政策解读的形式还不够丰富；二是基层政务公开标准化规范化水平有待提高。下一步，将加强业务培训，完善考核评议机制，推动政务公开工作提质增效。';
const TABLE_4 = SAMPLE.slice(SAMPLE.indexOf('行政复议\t行政诉讼'), SAMPLE.indexOf('全年发生政府信息公开行政复议'));

const CASES: { name: string; text: string; rule?: string; severity?: string; message?: RegExp }[] = [
  { name: 'the sample as it is', text: SAMPLE },
  { name: 'section 三 without its heading', text: edited(['三、收到和处理政府信息公开申请情况\n', ''], ['四、政府信息公开行政复议、行政诉讼情况', '⟦四、政府信息公开行政复议、行政诉讼情况⟧']), rule: 'missing-section', message: /^缺少第三部分“三、收到和处理政府信息公开申请情况”/ },
  { name: 'sections 五 and 六 swapped', text: edited(['五、存在的主要问题及改进情况', '⟦六、其他需要报告的事项⟧'], ['六、其他需要报告的事项\n无。', '五、存在的主要问题及改进情况\n无其他问题需要说明，各项工作正常开展，下一步继续加强。']), rule: 'missing-section', message: /^第六部分“六、其他需要报告的事项”排在第五部分之前/ },
  { name: 'an excerpt (section 三 and its table alone) is no whole report: nothing missing', text: SAMPLE.slice(SAMPLE.indexOf('三、收到和处理'), SAMPLE.indexOf('四、政府信息公开行政复议')) },
  { name: 'without its title, a text from section 一 to section 六 is a whole report', text: edited(['南屏区2019年政府信息公开工作年度报告\n', ''], ['三、收到和处理政府信息公开申请情况\n', ''], ['四、政府信息公开行政复议、行政诉讼情况', '⟦四、政府信息公开行政复议、行政诉讼情况⟧']), rule: 'missing-section' },
  { name: 'reworded headings still count', text: edited(['五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进措施']) },
  { name: 'headings glued to the table before them, as crawled pages print them', text: edited(['0\t3\t0\t0\t0\t0\t3\t\n四、政府信息公开', '0\t3\t0\t0\t0\t0\t3\t四、政府信息公开']) },
  { name: 'table 四 missing', text: edited([TABLE_4, ''], ['四、政府信息公开行政复议、行政诉讼情况', '⟦四、政府信息公开行政复议、行政诉讼情况⟧']), rule: 'missing-table', severity: 'error', message: /^缺少表四 政府信息公开行政复议、行政诉讼情况：2019 年版年报格式/ },
  { name: 'section 五 says only 无', text: edited([SECTION_5, '无。'], ['五、存在的主要问题及改进情况', '⟦五、存在的主要问题及改进情况⟧']), rule: 'empty-section', message: /只写了“无。”（1 字）/ },
  { name: 'table 四 with its header and no figures: table-shape says it was not read, not missing-table', text: edited(['0\t0\t2\t0\t2\t0\t0\t0\t0\t0\t1\t3\t0\t0\t4\t\n', ''], ['行政复议\t行政诉讼', '⟦行政复议⟧\t行政诉讼']), rule: 'table-shape', severity: 'warning', message: /整表未核对/ },
  { name: 'section 五 says something short but real', text: edited([SECTION_5, '一是公开形式单一，二是解读不够及时，下一步将加以改进。']) },
  { name: 'section 六 says no fee, section 一 states a fee', text: edited(['六、其他需要报告的事项\n无。', '六、其他需要报告的事项\n⟦本年度未收取信息处理费⟧。'], ['上年结转政府信息公开申请0件。', '上年结转政府信息公开申请0件。全年收取信息处理费120元。']), rule: 'fee-contradiction', message: /收取信息处理费 120 元/ },
  { name: 'a fee of 0 元 and a title naming the fee rules state no fee', text: edited(['六、其他需要报告的事项\n无。', '六、其他需要报告的事项\n本年度未收取信息处理费。'], ['上年结转政府信息公开申请0件。', '上年结转政府信息公开申请0件。严格落实《政府信息公开信息处理费管理办法》，收取信息处理费0元。']) },
  { name: 'last year’s fee is no contradiction', text: edited(['六、其他需要报告的事项\n无。', '六、其他需要报告的事项\n本年度未收取信息处理费，上年收取信息处理费50元。']) },
  { name: 'all completed, while table 三 carries 3 over', text: edited(['全年办结32件，', '全年办结32件，申请⟦均已办结⟧，']), rule: 'completion-contradiction', message: /“四、结转下年度继续办理”总计为 3 件/ },
  { name: '办结率100% in a sentence that states the carry-over', text: edited(['全年办结32件，', '全年办结32件，办结率100%，3件结转下年度办理，']) },
  { name: 'last year’s carried-over applications all completed', text: edited(['全年办结32件，', '上年结转的申请已全部办结。全年办结32件，']) },
];

for (const c of CASES) {
  test(c.name, () => {
    const { text, spans } = unmark(c.text);
    const found = analyze(text).findings.filter((f) => RULES.has(f.rule));
    const want = c.rule ? spans.map((s) => `${c.rule}@${s.start}-${s.end}`) : [];
    assert.deepEqual(found.map((f) => `${f.rule}@${f.span.start}-${f.span.end}`), want, describeFindings(found, text));
    for (const f of found) {
      if (c.severity) assert.equal(f.severity, c.severity);
      if (c.message) assert.match(f.message, c.message);
    }
  });
}
