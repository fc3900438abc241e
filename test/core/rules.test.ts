// Table-driven rule tests: each case marks the exact figure a finding must point at.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, applyFix, describeFindings, loud, unmark } from './expect';

interface Invalid {
  name: string;
  text: string;
  rule: string;
  severity?: string;
  message?: RegExp;
  /** The text after applying the finding's fix, if it has one. */
  fixed?: string;
}

// A pre-2019 统计表 flattened one cell per line, as published.
const statsTable = (total: number, channels: number[]): string =>
  [
    '统 计 指 标 |', '单位 |', '统计数 |',
    '一、主动公开情况 |', '—— |', '|',
    '（一）主动公开政府信息数 |', '条 |', `⟦${total}⟧ |`,
    '（二）通过不同渠道和方式公开政府信息的情况 |', '—— |', '|',
    ...['1.政府公报公开政府信息数', '2.政府网站公开政府信息数', '3.政务微博公开政府信息数', '4.政务微信公开政府信息数', '5.其他方式公开政府信息数'].flatMap((label, i) => [`${label} |`, '条 |', `${channels[i]} |`]),
    '三、依申请公开情况 |', '—— |', '|',
    '（一）收到申请数 |', '件 |', '5 |',
    '四、行政复议数量 |', '件 |', '0 |',
  ].join('\n');

const INVALID: Invalid[] = [
  {
    name: 'a 其中 list ending in 其他 that does not add up',
    text: '全年公开政府信息⟦7025⟧条，其中政务动态类信息1325条；政府公文类信息130条；其他类信息5780条。',
    rule: 'sum-mismatch',
    message: /合计 7025 ≠ 1325\+130\+5780 = 7235（差 210）/,
    fixed: '全年公开政府信息7235条，其中政务动态类信息1325条；政府公文类信息130条；其他类信息5780条。',
  },
  {
    name: 'a known pair 按时/延期 that does not add up',
    text: '共收到申请⟦600⟧件，其中580件按时办结，16件延期办结。',
    rule: 'sum-mismatch',
    fixed: '共收到申请596件，其中580件按时办结，16件延期办结。',
  },
  {
    name: 'a list ending in a catch-all followed by another statement',
    text: '共收到申请⟦130⟧件，其中当面申请20件、网络申请90件、其他方式10件，办结118件。',
    rule: 'sum-mismatch',
    message: /合计 130 ≠ 20\+90\+10 = 120（差 10）/,
  },
  {
    name: 'a list hard-wrapped across a page break (PDF text)',
    text: '2020年全区收到依申请公开申请共⟦24⟧件，其中土地征收领域申请数13件、人力社保领域申请数1件、城市管\n\n理领域申请数1件、其他领域申请数8件。',
    rule: 'sum-mismatch',
    message: /合计 24 ≠ 13\+1\+1\+8 = 23（差 1）/,
  },
  {
    name: 'a list whose items carry shares',
    text: '全年公开重点领域信息共⟦830⟧条，其中社会公益事业信息161条，占总数的19.44%；政策文件信息282条，占总数的34%；其他信息385条，占总数的46.5%。',
    rule: 'sum-mismatch',
  },
  {
    name: 'a share truncated instead of rounded (30/129 = 23.26%)',
    text: '全市共受理信息公开申请129件，其中当面申请30件，占⟦23.2⟧%；网上申请99件，占76.7%。',
    rule: 'percent-mismatch',
    severity: 'error',
    message: /23\.2% 与 30\/129 ≈ 23\.256%，按一位小数四舍五入为 23\.3% 不符/,
    fixed: '全市共受理信息公开申请129件，其中当面申请30件，占23.3%；网上申请99件，占76.7%。',
  },
  {
    name: 'a share of 占总数的 against the total of the same sentence',
    text: '在已经答复的129件信息公开申请中，“属于已主动公开”的57件，占总数的44.2%；“申请内容不明确”的1件，占总数的⟦0.7⟧%。',
    rule: 'percent-mismatch',
    severity: 'error',
  },
  {
    name: 'the base is the 共 total, not a part named 公共…',
    text: '共公开信息708条，其中公共资源配置信息378条，占总数的53%；其他信息330条，占总数的⟦46⟧%。',
    rule: 'percent-mismatch',
    message: /330\/708 ≈ 46\.61%/,
  },
  {
    name: 'a share whose base is only in an earlier sentence is a hint',
    text: '全市共梳理政务服务事项42091项。二级以上办理深度事项11630项，占总事项的⟦87.74⟧%。',
    rule: 'percent-mismatch',
    severity: 'hint',
  },
  {
    name: 'a 统计表 channel bound: more items published than all channels together (a warning)',
    text: statsTable(900, [0, 500, 100, 100, 100]),
    rule: 'table-identity',
    severity: 'warning',
    message: /主动公开政府信息数 900 > .*之和 0\+500\+100\+100\+100 = 800（不同渠道/,
  },
  {
    name: 'a rate that fits no stated denominator is a hint',
    text: '受理群众事项9449件，已办结9362件，办结率⟦98⟧%。',
    rule: 'percent-mismatch',
    severity: 'hint',
    message: /9362\/9449 ≈ 99\.08%，按整数四舍五入为 99% 不符（比率的分母未写明/,
  },
];

const VALID: [name: string, text: string][] = [
  ['channels of a 统计表 counting the same items twice', statsTable(600, [0, 500, 300, 100, 100]).replace(/[⟦⟧]/g, '')],
  ['overlapping 四办 tags exceeding the total', '梳理“四办”事项490项，其中区级权力465项、街镇权力25项，马上办38项、网上办94项、就近办25项、一次办410项。'],
  ['an incomplete 其中 list without a catch-all', '主动公开政府信息909条。其中，机构职能类信息71条，约占7.8%；科教文卫类信息65条，约占7.2%。'],
  ['approximate figures', '全年主动公开条目超3000条，相关信息共计超过500条，子条目400余条，其中其他信息100条。'],
  ['an integer share judged at integer precision (91/596 = 15.27%)', '共收到申请596件，其中属于已主动公开信息的91件，占总数的15%；其他505件，占总数的85%。'],
  ['a share that fits another stated base (承办总数)', '共收到建议和提案319件，交由系统办理306件。全文公开250件，占承办总数的81.7%，不公开56件，占承办总数的18.3%。'],
  ['约占 allows one unit of the last digit', '共公开信息909条，其中机构职能类信息71条，约占7.8%，其他838条。'],
  ['a tie rounds either way (1/8 = 12.5%)', '共8件，其中当面申请1件，占13%；其他7件，占87%。'],
  ['零件 means zero, not parts', '年度办理依申请材料为零件。'],
  ['dates, phone numbers and document numbers are not quantities', '2019年1月28日，电话023-68211133，〔2018〕117号，共3件，其中其他3件。'],
  ['a short line is not a wrapped paragraph', '全年收到政府信息公开申请共10件\n其中网上申请5件、其他申请6件。'],
  ['a line that ends a sentence is not continued by the next one', '全年全区各级行政机关共收到政府信息公开申请共10件。\n其中网上申请5件、其他申请6件。'],
  ['publication channels count the same item more than once', '主动公开政府信息1234条，其中通过政府网站公开1000条，政务微博公开200条，政务微信公开300条，其他方式公开100条。'],
  ['其他 inside a category name is not a catch-all', '共受理申请120件，其中涉及房屋征收申请90件，涉及其他组织信息20件，办结118件。'],
  ['a pair followed by another statement', '共受理申请120件，其中自然人申请100件，法人或其他组织申请20件，办结118件。'],
  ['a catch-all in the middle of a longer list that adds up', '共梳理事项100项，其中行政许可20项、其他行政权力30项，公共服务事项40项，内部审批事项10项。'],
  ['a rate that fits its numerator and denominator', '受理群众事项9449件，已办结9362件，办结率99%。'],
  ['a rate whose numerator is not stated', '共收到申请596件，其中580件予以答复，16件延期办结，答复率为100%。'],
];

describe('rules report the wrong figure', () => {
  for (const c of INVALID) {
    test(`${c.rule}: ${c.name}`, () => {
      const { text, spans } = unmark(c.text);
      const report = analyze(text);
      const [expected] = spans;
      const hit = report.findings.find((f) => f.rule === c.rule && f.span.start === expected.start && f.span.end === expected.end);
      assert.ok(hit, `no ${c.rule} at ${expected.text}@${expected.start}; got:\n${describeFindings(report.findings, text)}`);
      if (c.severity) assert.equal(hit.severity, c.severity);
      if (c.message) assert.match(hit.message, c.message);
      if (c.fixed) {
        const fixed = applyFix(text, hit);
        assert.equal(fixed, c.fixed);
        const again = analyze(fixed).findings.filter((f) => f.rule === c.rule);
        assert.deepEqual(again, [], `the fix leaves:\n${describeFindings(again, fixed)}`);
      }
    });
  }
});

describe('rules stay silent on consistent or ambiguous text', () => {
  for (const [name, text] of VALID) {
    test(name, () => {
      const findings = loud(analyze(text));
      assert.deepEqual(findings, [], describeFindings(findings, text));
    });
  }
});

describe('options and directives', () => {
  const text = '全年公开政府信息7025条，其中政务动态类信息1325条；其他类信息5780条。';

  test('a rule disabled by the caller reports nothing', () => {
    assert.deepEqual(analyze(text, { disable: ['sum-mismatch'] }).findings, []);
  });

  test('a govreport-disable directive in the text switches the rule off', () => {
    assert.deepEqual(analyze(`<!-- govreport-disable sum-mismatch -->\n${text}`).findings, []);
  });

  test('a configured severity replaces the default one', () => {
    assert.deepEqual(analyze(text, { severity: { 'sum-mismatch': 'warning' } }).findings.map((f) => f.severity), ['warning']);
  });
});
