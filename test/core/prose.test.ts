// Sentence understanding, in tables of sentences with their exact reading: what each figure is
// (whose, which period, a difference), which base a percentage has, which lists are partitions of
// which total. `⟦…⟧` marks the figure a case is about.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildDocument } from '../../server/src/core/document';
import { findPercentages } from '../../server/src/core/facts/percentages';
import { findProseSums } from '../../server/src/core/facts/proseSums';
import { readProse } from '../../server/src/core/prose/reading';
import type { FigureRole } from '../../server/src/core/prose/figures';
import { unmark } from './expect';

/** A report's title line gives the year prose periods are judged against. */
const titled = (year: number, body: string): string => `某县人民政府${year}年政府信息公开工作年度报告\n\n${body}`;

function marked(source: string): { text: string; at: number; figure: string } {
  const { text, spans } = unmark(source);
  assert.equal(spans.length, 1, 'one marked figure per case');
  return { text, at: spans[0].start, figure: spans[0].text };
}

const ROLES: { text: string; role: FigureRole }[] = [
  { text: titled(2020, '全年新收申请⟦62⟧件，较上年（71件）减少9件。'), role: 'own' },
  { text: titled(2020, '全年新收申请62件，较上年（⟦71⟧件）减少9件。'), role: 'comparison' },
  { text: titled(2020, '全年新收申请62件，较上年（71件）减少⟦9⟧件。'), role: 'change' },
  { text: titled(2014, '共收到申请87件，较2013年的⟦62⟧件增加25件，增长40.3%。'), role: 'comparison' },
  { text: titled(2022, '全年新收申请108件，2021年为⟦90⟧件，较上年增加18件。'), role: 'comparison' },
  { text: titled(2024, '本年新收申请131件，同比下降13.8%（2023年为⟦152⟧件）。'), role: 'comparison' },
  { text: titled(2020, '与2019年的⟦59⟧件相比，增长28.8%。'), role: 'comparison' },
  { text: titled(2020, '各乡镇另收到申请⟦17⟧件，已由乡镇自行办理。'), role: 'otherBody' },
  { text: titled(2020, '各县（市、区）全年共收到政府信息公开申请⟦3120⟧件。'), role: 'otherBody' },
  { text: titled(2018, '另据统计，全省水利系统共收到政府信息公开申请⟦412⟧件。'), role: 'otherBody' },
  { text: titled(2019, '全省林草系统共收到申请203件，局属单位另收到申请⟦11⟧件。'), role: 'otherBody' },
  { text: titled(2019, '全县共收到申请143件，其中县自然资源局受理⟦52⟧件。'), role: 'otherBody' },
  { text: titled(2016, '全年区政府及各部门共收到政府信息公开申请⟦76⟧件。'), role: 'own' },
  { text: titled(2014, '2014年县政府及县直部门共收到政府信息公开申请⟦87⟧件。'), role: 'own' },
  { text: titled(2023, '上年度街道共收到申请⟦7⟧件。'), role: 'otherPeriod' },
  { text: titled(2021, '2020年同期新收申请64件，其中自然人申请⟦58⟧件。'), role: 'otherPeriod' },
  { text: titled(2019, '全年新收申请45件，较上年（39件）增长15.4%，其中自然人申请⟦38⟧件。'), role: 'own' },
  { text: titled(2019, '全年新收申请203件，上年结转⟦7⟧件。'), role: 'own' },
  { text: titled(2024, '2023年度结转的⟦7⟧件申请已于本年度全部办结。'), role: 'own' },
  { text: titled(2020, '全年县政府及各部门共新收政府信息公开申请250件，较上年增加37件，其\n中自然人申请⟦230⟧件。'), role: 'own' },
];

describe('what a prose figure is', () => {
  for (const c of ROLES) {
    const { text, at, figure } = marked(c.text);
    test(`${figure} in ${text.split('\n').pop()} is ${c.role}`, () => {
      const reading = readProse(buildDocument({ text }));
      const found = reading.texts.flatMap((pt) => pt.figures.map((f, i) => ({ pt, f, i }))).find(({ f }) => f.token.start === at);
      assert.ok(found, 'figure read');
      assert.equal(reading.figure(found.pt, found.i).role, c.role);
    });
  }
});

interface PercentCase {
  text: string;
  kind: 'share' | 'rate' | 'growth';
  /** The computations in order; the first is what a wrong figure is compared with. */
  formulas: string[];
  explicit: boolean;
}

const PERCENTS: PercentCase[] = [
  { text: '全年办结80件。予以公开28件，占办结总数的⟦35⟧%。', kind: 'share', formulas: ['28/80'], explicit: true },
  { text: '本年度办结的198件申请中，予以公开64件；部分公开22件，占办结总数的⟦10.8⟧%。', kind: 'share', formulas: ['22/198'], explicit: true },
  { text: '办结200件。办结的申请中，无法提供73件，占全年办结量的⟦35.5⟧%。', kind: 'share', formulas: ['73/200'], explicit: true },
  { text: '无法提供14件，占办结总数27件的⟦51.9⟧%。', kind: 'share', formulas: ['14/27'], explicit: true },
  { text: '全年共答复申请64件。属于已主动公开范围的15件，占答复总数的23.4%；同意部分公开的4件，占⟦6.3⟧%。', kind: 'share', formulas: ['4/64'], explicit: true },
  {
    text: '无法提供73件，其中本机关不掌握相关政府信息60件，占无法提供总数的82.2%；没有现成信息需要另行制作11件，占⟦15.1⟧%。',
    kind: 'share',
    formulas: ['11/73'],
    explicit: true,
  },
  { text: '全年应办理61件，已办结56件。在已办结的申请中，予以公开13件，占23%；部分公开5件，占⟦8⟧%；无法提供23件，占41%。', kind: 'share', formulas: ['5/56'], explicit: true },
  { text: '本年新收的11件中，自然人申请10件，占⟦91⟧%。', kind: 'share', formulas: ['10/11'], explicit: true },
  {
    text: '本年新收217件。按申请方式分：网络申请147件，占67.7%；信函申请31件，占⟦14.4⟧%；当面申请29件，占13.4%；其他方式10件。',
    kind: 'share',
    formulas: ['31/217'],
    explicit: true,
  },
  { text: '新收申请154件，其中法人或其他组织申请28件，其中法律服务机构申请8件，占法人或其他组织申请的⟦28.6⟧%。', kind: 'share', formulas: ['8/28'], explicit: true },
  { text: '共收到申请64件。不同意公开的3件（涉及个人隐私2件，不是《条例》所指政府信息1件），占⟦4.7⟧%。', kind: 'share', formulas: ['3/64'], explicit: false },
  { text: '全年共收到申请23件，较上年（18件）增长27.8%。其中自然人申请19件，占82.6%；法人或其他组织申请4件，占⟦17.3⟧%。', kind: 'share', formulas: ['4/23'], explicit: true },
  { text: '本年度应办理申请132件（含上年结转5件），已办结129件，办结率⟦98.7⟧%。', kind: 'rate', formulas: ['129/132'], explicit: true },
  { text: '全年办结42件，其中按时办结41件，按时办结率为⟦97.7⟧%，延期办结1件。', kind: 'rate', formulas: ['41/42'], explicit: true },
  { text: '全年共收到政府信息公开申请12件（含上年结转1件），办结11件，办结率⟦100⟧%。', kind: 'rate', formulas: ['11/12'], explicit: true },
  { text: '全年办结248件，本年度应办理260件，办结率⟦95.4⟧%。', kind: 'rate', formulas: ['248/260'], explicit: true },
  { text: '全年新收申请108件，2021年为90件，较上年增加18件，同比增长⟦16.7⟧%。', kind: 'growth', formulas: ['(108-90)/90', '18/90'], explicit: true },
  { text: '本年新收申请131件，同比下降⟦13.8⟧%（2023年为152件）。', kind: 'growth', formulas: ['(131-152)/152'], explicit: true },
  { text: '共收到申请87件，较2013年的62件增加25件，增长⟦40.3⟧%。', kind: 'growth', formulas: ['(87-62)/62', '25/62'], explicit: true },
];

describe('which base a percentage has', () => {
  for (const c of PERCENTS) {
    // under the heading of applications, as in a report: `办结80件` counts applications there
    const { text, at, figure } = marked(titled(c.text.includes('2023年为') ? 2024 : c.text.includes('2021年为') ? 2022 : 2020, `三、收到和处理政府信息公开申请情况\n${c.text}`));
    test(`${figure}% in ${c.text}`, () => {
      const facts = findPercentages(buildDocument({ text }));
      const fact = facts.find((f) => f.percent.start === at);
      assert.ok(fact, `a ${c.kind} is read`);
      assert.equal(fact.kind, c.kind);
      assert.deepEqual(fact.bases.map((b) => b.formula).slice(0, c.formulas.length), c.formulas);
      assert.equal(fact.explicit, c.explicit);
    });
  }
  test('a difference in percentage points is no percentage of anything', () => {
    const text = titled(2020, '办结率为96.3%，较上年提高3.7个百分点。');
    assert.deepEqual(
      findPercentages(buildDocument({ text })).map((f) => f.percent.raw),
      [],
    );
  });
});

interface SumCase {
  text: string;
  /** The total the list hangs from and its first reading; null when no list is checked. */
  sum: { total: string; parts: string } | null;
}

const SUMS: SumCase[] = [
  { text: '新收申请62件，较上年（71件）减少9件。其中自然人提出55件、法人或其他组织提出7件。', sum: { total: '62', parts: '55+7' } },
  { text: '全年新收申请45件，较上年（39件）增长15.4%，其中自然人申请38件，法人或其他组织申请7件。', sum: { total: '45', parts: '38+7' } },
    // the items after 3 are its detail (they add up to it and end with a catch-all): 41 has no partition
  { text: '县政府法制办全年共受理各类行政复议案件41件，其中涉及政府信息公开的3件，维持具体行政行为2件，其他情形1件；', sum: null },
  { text: '共收到申请58件，较2017年的47件增长23.4%。按申请方式分：当面申请6件，网络申请39件，信函申请11件，其他方式2件。', sum: { total: '58', parts: '6+39+11+2' } },
  {
    text: '全年办结248件，本年度应办理260件，办结率95.4%。其中予以公开83件，占办结总数的33.4%；部分公开27件，予以公开和部分公开合计110件，占44.4%；不予公开27件；无法提供79件；不予处理21件；其他处理11件。',
    sum: { total: '248', parts: '83+27+27+79+21+11' },
  },
  { text: '办结的申请中，予以公开22件；部分公开8件；无法提供24件，其中本机关不掌握相关政府信息21件；不予处理3件；其他处理3件。', sum: null },
  { text: '全年共受理消费者投诉举报12736件，其中投诉8215件、举报3104件、咨询及其他1417件。', sum: { total: '12736', parts: '8215+3104+1417' } },
  { text: '全年发布信息2317条，主要类别有：\n工作动态1204条、通知公告388条、其他725条。', sum: { total: '2317', parts: '1204+388+725' } },
  { text: '2016年全年区政府及各部门共收到政府信息公开申请76件，其\n中自然人申请61件、法人或其他组织申请15件。', sum: { total: '76', parts: '61+15' } },
  { text: '全年新收申请127件，按申请方式分：\n当面21件、网络84件、信函15件、其他7件。', sum: { total: '127', parts: '21+84+15+7' } },
  { text: '全年发布信息3905条，其中网站2106条、微博1377条、微信1924条。', sum: null },
  // shares that make 100% show the list is whole, with no catch-all
  { text: '全年新收申请60件，其中网络申请40件，占69%；当面申请18件，占31%。', sum: { total: '60', parts: '40+18' } },
  { text: '全年新收申请60件，其中网络申请40件，占66.7%；当面申请10件，占16.7%。', sum: null },
  { text: '申请内容主要集中在招生入学17件、教师招聘9件、学校建设6件等方面。', sum: null },
];

describe('which lists are partitions of which total', () => {
  for (const c of SUMS) {
    test(c.text, () => {
      const sums = findProseSums(buildDocument({ text: titled(2020, c.text) }));
      const read = sums.map((s) => ({ total: s.total.raw, parts: s.readings[0].map((p) => p.token.raw).join('+') }));
      assert.deepEqual(read, c.sum ? [c.sum] : []);
    });
  }
});
