// Prose phrases that restate table figures, per format. Each phrase is followed, within a few
// characters and without a clause break, by the figure (`行政复议共32件`, `同意公开信息的337件`).
import type { ConceptId } from '../prose/vocabulary';
import type { CellRef, ConceptCells, ProseAlias } from './types';

const DISCLOSURE = ['信息公开', '依申请公开'];
const APPLICATIONS = ['申请'];

type AliasData = [name: string, phrases: string[], cells: CellRef[], scope?: Partial<ProseAlias>];

const aliases = (table: string, data: readonly AliasData[]): ProseAlias[] =>
  data.map(([name, phrases, cells, scope]) => ({ name, phrases, table, cells, ...scope }));

const RECEIVED = ['收到政府信息公开申请', '收到依申请公开申请', '收到政府信息依申请公开', '受理政府信息公开申请', '收到信息公开申请', '受理信息公开申请', '收到申请'];
const NEWLY_RECEIVED = ['新收政府信息公开申请', '新收申请'];
/** `全年收到申请64件（含上年结转5件）`: the figure counts last year's carried-over applications too. */
const WITH_CARRIED = ['(含上年结转', '(含上年度结转', '(其中上年结转', '(包括上年结转'];
const ABOUT_APPLICATIONS: Partial<ProseAlias> = { paragraphMentions: APPLICATIONS };
const ABOUT_REVIEW: Partial<ProseAlias> = { paragraphMentions: DISCLOSURE, sentenceMentions: ['行政复议'], sentenceExcludes: ['行政诉讼'] };
const ABOUT_LAWSUIT: Partial<ProseAlias> = { paragraphMentions: DISCLOSURE, sentenceMentions: ['行政诉讼'], sentenceExcludes: ['行政复议'] };
const LAWSUIT = { name: '行政诉讼数量', phrases: ['行政诉讼'], scope: { notAfter: ['复议后'], paragraphMentions: DISCLOSURE } };

const t3 = (row: string, ...columns: string[]): CellRef[] => columns.map((c): CellRef => [row, c]);
const t4 = (...columns: string[]): CellRef[] => columns.map((c): CellRef => ['data', c]);

/** A result group of table 三: the 总计 of each of its sub-rows (`无法提供15件` is the （四） subtotal). */
const group = (prefix: string, count: number): CellRef[] => Array.from({ length: count }, (_, i): CellRef => [`${prefix}.${i + 1}`, 'total']);
const t2 = (row: string, column: string): CellRef[] => [[row, column]];

/** Table 二: what the body decided, issued and abolished (2019 and 2021 forms share these row keys). */
const ACTIVE: AliasData[] = [
  ['行政处罚决定数量', ['作出行政处罚决定', '行政处罚决定', '行政处罚案件'], t2('penalty', 'decisions')],
  ['行政许可决定数量', ['作出行政许可决定', '行政许可决定'], t2('licensing', 'decisions')],
  ['行政强制决定数量', ['作出行政强制决定', '行政强制决定', '采取行政强制措施'], t2('enforcement', 'decisions')],
];

export const NATIONAL_PROSE: ProseAlias[] = [
  ...aliases('t3', [
    ['本年新收与上年结转申请数量之和', RECEIVED, [...t3('new', 'total'), ...t3('carry', 'total')], { followedBy: WITH_CARRIED }],
    ['本年新收政府信息公开申请数量', RECEIVED, t3('new', 'total'), { notFollowedBy: WITH_CARRIED }],
    ['本年新收政府信息公开申请数量', NEWLY_RECEIVED, t3('new', 'total'), ABOUT_APPLICATIONS],
    ['予以公开和部分公开数量之和', ['予以公开和部分公开', '予以公开及部分公开', '予以公开与部分公开', '予以公开或部分公开'], [...t3('r1', 'total'), ...t3('r2', 'total')], ABOUT_APPLICATIONS],
    ['不予公开数量', ['不予公开'], group('r3', 8), ABOUT_APPLICATIONS],
    ['无法提供数量', ['无法提供'], group('r4', 3), ABOUT_APPLICATIONS],
    ['不予处理数量', ['不予处理'], group('r5', 5), ABOUT_APPLICATIONS],
    ['其他处理数量', ['其他处理'], t3('r6', 'total'), ABOUT_APPLICATIONS],
    ['其他处理数量', ['其他处理'], group('r6', 3), ABOUT_APPLICATIONS],
    ['本机关不掌握相关政府信息数量', ['本机关不掌握相关政府信息', '本机关不掌握'], t3('r4.1', 'total'), ABOUT_APPLICATIONS],
    ['没有现成信息需要另行制作数量', ['没有现成信息需要另行制作', '需要另行制作'], t3('r4.2', 'total'), ABOUT_APPLICATIONS],
    ['补正后申请内容仍不明确数量', ['补正后申请内容仍不明确'], t3('r4.3', 'total'), ABOUT_APPLICATIONS],
    ['信访举报投诉类申请数量', ['信访举报投诉类申请', '信访举报投诉类'], t3('r5.1', 'total'), ABOUT_APPLICATIONS],
    ['重复申请数量', ['重复申请'], t3('r5.2', 'total'), ABOUT_APPLICATIONS],
    ['要求提供公开出版物数量', ['要求提供公开出版物'], t3('r5.3', 'total'), ABOUT_APPLICATIONS],
    ['自然人申请数量', ['自然人申请', '自然人提出'], t3('new', 'natural'), ABOUT_APPLICATIONS],
    ['法人或其他组织申请数量', ['法人或其他组织申请', '法人或者其他组织申请'], t3('new', 'commercial', 'research', 'charity', 'legal', 'other'), ABOUT_APPLICATIONS],
    ['上年结转政府信息公开申请数量', ['上年结转'], t3('carry', 'total'), ABOUT_APPLICATIONS],
    ['本年度办理结果总计', ['全年办结', '本年办结', '本年度办结'], t3('r7', 'total'), ABOUT_APPLICATIONS],
    ['予以公开数量', ['予以公开'], t3('r1', 'total'), ABOUT_APPLICATIONS],
    ['部分公开数量', ['部分公开'], t3('r2', 'total'), { ...ABOUT_APPLICATIONS, notAfter: ['同意'] }],
    ['结转下年度继续办理数量', ['结转下年度'], t3('next', 'total'), ABOUT_APPLICATIONS],
  ]),
  ...aliases('t2', ACTIVE),
  ...aliases('t4', [
    ['行政复议数量', ['行政复议'], t4('review.total'), { paragraphMentions: DISCLOSURE }],
    [LAWSUIT.name, LAWSUIT.phrases, t4('direct.total', 'after.total'), LAWSUIT.scope],
    ['未经复议直接起诉数量', ['未经复议直接起诉', '直接起诉'], t4('direct.total'), { paragraphMentions: DISCLOSURE, notAfter: ['未经复议'] }],
    ['复议后起诉数量', ['复议后行政诉讼', '复议后起诉'], t4('after.total'), { paragraphMentions: DISCLOSURE }],
  ]),
];

const stat = (...rows: string[]): CellRef[] => rows.map((r): CellRef => [r, 'value']);

export const PRE2019_PROSE: ProseAlias[] = aliases('stats', [
  ['主动公开政府信息数', ['主动公开政府信息'], stat('active.total'), { notAfter: ['网站', '微博', '微信', '公报', '平台'] }],
  ['收到申请数', RECEIVED, stat('apply.received')],
  ['当面申请数', ['当面申请'], stat('apply.inPerson'), ABOUT_APPLICATIONS],
  ['传真申请数', ['传真申请'], stat('apply.fax'), ABOUT_APPLICATIONS],
  ['网络申请数', ['网络申请', '网上申请'], stat('apply.online'), ABOUT_APPLICATIONS],
  ['信函申请数', ['信函申请'], stat('apply.letter'), ABOUT_APPLICATIONS],
  ['申请办结数', ['全年办结', '申请办结'], stat('apply.closed'), ABOUT_APPLICATIONS],
  ['按时办结数', ['按时办结'], stat('apply.onTime'), ABOUT_APPLICATIONS],
  ['延期办结数', ['延期办结'], stat('apply.extended'), ABOUT_APPLICATIONS],
  ['申请答复数', ['共答复', '答复申请'], stat('apply.answered'), ABOUT_APPLICATIONS],
  ['属于已主动公开范围数', ['属于已主动公开'], stat('apply.alreadyPublic'), ABOUT_APPLICATIONS],
  ['同意公开和同意部分公开答复数之和', ['同意公开和部分公开', '同意公开及部分公开', '同意公开与部分公开', '同意公开和同意部分公开'], stat('apply.granted', 'apply.partly'), ABOUT_APPLICATIONS],
  ['同意公开答复数', ['同意公开'], stat('apply.granted'), { ...ABOUT_APPLICATIONS, notAfter: ['不'] }],
  ['同意部分公开答复数', ['同意部分公开', '部分公开'], stat('apply.partly'), { ...ABOUT_APPLICATIONS, notAfter: ['同意'] }],
  ['不同意公开答复数', ['不同意公开'], stat('apply.refused'), ABOUT_APPLICATIONS],
  ['涉及国家秘密', ['涉及国家秘密'], stat('apply.refused.secret'), ABOUT_APPLICATIONS],
  ['涉及商业秘密', ['涉及商业秘密'], stat('apply.refused.commercial'), ABOUT_APPLICATIONS],
  ['涉及个人隐私', ['涉及个人隐私'], stat('apply.refused.privacy'), ABOUT_APPLICATIONS],
  ['不是《条例》所指政府信息', ['不是《条例》所指政府信息'], stat('apply.refused.notInfo'), ABOUT_APPLICATIONS],
  ['不属于本行政机关公开数', ['不属于本行政机关公开'], stat('apply.notThisAgency'), ABOUT_APPLICATIONS],
  ['申请信息不存在数', ['申请信息不存在'], stat('apply.notExist'), ABOUT_APPLICATIONS],
  // the 条例 of 2008 (第二十一条第四项) tells the applicant to amend an application whose content is unclear
  ['告知作出更改补充数', ['告知作出更改补充', '申请内容不明确'], stat('apply.amend'), ABOUT_APPLICATIONS],
  ['告知通过其他途径办理数', ['告知通过其他途径办理', '告知其他途径办理'], stat('apply.otherWay'), ABOUT_APPLICATIONS],
  ['行政复议数量', ['行政复议'], stat('review.total'), { paragraphMentions: DISCLOSURE }],
  ['行政复议维持具体行政行为数', ['维持具体行政行为'], stat('review.upheld'), ABOUT_REVIEW],
  ['行政复议被依法纠错数', ['被依法纠错'], stat('review.corrected'), ABOUT_REVIEW],
  ['行政复议其他情形数', ['其他情形'], stat('review.other'), ABOUT_REVIEW],
  [LAWSUIT.name, LAWSUIT.phrases, stat('lawsuit.total'), LAWSUIT.scope],
  ['行政诉讼维持具体行政行为或者驳回原告诉讼请求数', ['维持具体行政行为', '驳回原告诉讼请求', '驳回诉讼请求'], stat('lawsuit.upheld'), ABOUT_LAWSUIT],
  ['行政诉讼被依法纠错数', ['被依法纠错'], stat('lawsuit.corrected'), ABOUT_LAWSUIT],
  ['行政诉讼其他情形数', ['其他情形'], stat('lawsuit.other'), ABOUT_LAWSUIT],
  ['举报投诉数量', ['举报投诉'], stat('complaints'), { paragraphMentions: DISCLOSURE }],
]);

const inT3 = (...cells: CellRef[]): ConceptCells => ({ table: 't3', cells });
const NEW = t3('new', 'total')[0];
const CARRY = t3('carry', 'total')[0];

export const NATIONAL_CONCEPTS: Partial<Record<ConceptId, readonly ConceptCells[]>> = {
  received: [inT3(NEW), inT3(NEW, CARRY)],
  new: [inT3(NEW)],
  due: [inT3(NEW, CARRY)],
  closed: [inT3(['r7', 'total'])],
  answered: [inT3(['r7', 'total'])],
  refused: [inT3(...group('r3', 8))],
  cannotProvide: [inT3(...group('r4', 3))],
  notProcessed: [inT3(...group('r5', 5))],
};

const inStats = (row: string): ConceptCells => ({ table: 'stats', cells: stat(row) });

export const PRE2019_CONCEPTS: Partial<Record<ConceptId, readonly ConceptCells[]>> = {
  received: [inStats('apply.received')],
  new: [inStats('apply.received')],
  closed: [inStats('apply.closed')],
  onTime: [inStats('apply.onTime')],
  answered: [inStats('apply.answered')],
  refused: [inStats('apply.refused')],
  active: [inStats('active.total')],
};
