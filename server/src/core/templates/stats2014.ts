// The pre-2019 《政府信息公开情况统计表》 (国办发〔2014〕32号 era): 统计指标 | 单位 | 统计数.
import type { CellRef, Identity, RowDef, TableDef } from './types';

const V = 'value';
const row = (key: string, ...labels: string[]): RowDef => ({ key, labels });
const caption = (key: string, label: string): RowDef => ({ key, labels: [label], values: 0 });
const cell = (key: string): CellRef => [key, V];
const sum = (total: string, parts: string[]): Identity => ({ kind: 'sum', total: cell(total), parts: parts.map(cell) });
const atMost = (part: string, whole: string): Identity => ({ kind: 'atMost', part: [cell(part)], whole: [cell(whole)] });
const CHANNELS = ['active.gazette', 'active.website', 'active.weibo', 'active.wechat', 'active.platform', 'active.otherChannel'];
const CHANNEL_NOTE = 'template.channelsCountOnce';
/** No channel publishes more items than were published at all; together they publish at least as many. */
const channelBounds: Identity[] = [
  ...CHANNELS.map((c): Identity => ({ kind: 'atMost', part: [cell(c)], whole: [cell('active.total')], severity: 'warning', note: CHANNEL_NOTE })),
  { kind: 'atMost', part: [cell('active.total')], whole: CHANNELS.map(cell), severity: 'warning', note: CHANNEL_NOTE, wholeMayLackRows: true },
];

const rows: RowDef[] = [
  caption('active', '一、主动公开情况'),
  row('active.total', '（一）主动公开政府信息数'),
  row('active.normative', '其中：主动公开规范性文件数'),
  row('active.normativeIssued', '制发规范性文件总数'),
  caption('active.channels', '（二）通过不同渠道和方式公开政府信息的情况'),
  row('active.gazette', '1.政府公报公开政府信息数'),
  row('active.website', '2.政府网站公开政府信息数'),
  row('active.weibo', '3.政务微博公开政府信息数'),
  row('active.wechat', '4.政务微信公开政府信息数'),
  row('active.platform', '5.政府信息公开统一平台公开政府信息数'),
  // 6. where a province adds a channel row (Chongqing's 统一平台), 5. in the national form
  row('active.otherChannel', '6.其他方式公开政府信息数', '5.其他方式公开政府信息数'),
  caption('response', '二、回应解读情况'),
  row('response.total', '（一）回应公众关注热点或重大舆情数'),
  caption('response.channels', '（二）通过不同渠道和方式回应解读的情况'),
  row('response.pressConf', '1.参加或举办新闻发布会总次数'),
  row('response.pressConfLeaders', '其中：主要负责同志参加新闻发布会次数'),
  row('response.interviews', '2.政府网站在线访谈次数'),
  row('response.interviewsLeaders', '其中：主要负责同志参加政府网站在线访谈次数'),
  row('response.articles', '3.政策解读稿件发布数'),
  row('response.weibo', '4.微博微信回应事件数'),
  row('response.other', '5.其他方式回应事件数'),
  caption('apply', '三、依申请公开情况'),
  row('apply.received', '（一）收到申请数'),
  row('apply.inPerson', '1.当面申请数'),
  row('apply.fax', '2.传真申请数'),
  row('apply.online', '3.网络申请数'),
  row('apply.letter', '4.信函申请数'),
  row('apply.closed', '（二）申请办结数'),
  row('apply.onTime', '1.按时办结数'),
  row('apply.extended', '2.延期办结数'),
  row('apply.answered', '（三）申请答复数'),
  row('apply.alreadyPublic', '1.属于已主动公开范围数'),
  row('apply.granted', '2.同意公开答复数'),
  row('apply.partly', '3.同意部分公开答复数'),
  row('apply.refused', '4.不同意公开答复数'),
  row('apply.refused.secret', '其中：涉及国家秘密'),
  row('apply.refused.commercial', '涉及商业秘密'),
  row('apply.refused.privacy', '涉及个人隐私'),
  row('apply.refused.security', '危及国家安全、公共安全、经济安全和社会稳定'),
  row('apply.refused.notInfo', '不是《条例》所指政府信息'),
  row('apply.refused.otherLaw', '法律法规规定的其他情形'),
  row('apply.notThisAgency', '5.不属于本行政机关公开数'),
  row('apply.notExist', '6.申请信息不存在数'),
  row('apply.amend', '7.告知作出更改补充数'),
  row('apply.otherWay', '8.告知通过其他途径办理数'),
  row('review.total', '四、行政复议数量'),
  row('review.upheld', '（一）维持具体行政行为数'),
  row('review.corrected', '（二）被依法纠错数'),
  row('review.other', '（三）其他情形数'),
  row('lawsuit.total', '五、行政诉讼数量'),
  row('lawsuit.upheld', '（一）维持具体行政行为或者驳回原告诉讼请求数'),
  row('lawsuit.corrected', '（二）被依法纠错数'),
  row('lawsuit.other', '（三）其他情形数'),
  row('complaints', '六、举报投诉数量'),
  row('fees', '七、依申请公开信息收取的费用'),
  caption('staff', '八、机构建设和保障经费情况'),
  row('staff.bodies', '（一）政府信息公开工作专门机构数'),
  row('staff.points', '（二）设置政府信息公开查阅点数'),
  row('staff.total', '（三）从事政府信息公开工作人员数'),
  row('staff.fullTime', '1.专职人员数'),
  row('staff.partTime', '2.兼职人员数'),
  row('staff.budget', '（四）政府信息公开专项经费'),
  caption('training', '九、政府信息公开会议和培训情况'),
  row('training.meetings', '（一）召开政府信息公开工作会议或专题会议数'),
  row('training.courses', '（二）举办各类培训班数'),
  row('training.trainees', '（三）接受培训人员数'),
];

export const STATS_TABLE: TableDef = {
  id: 'stats',
  name: '统计表 政府信息公开情况统计表',
  signature: ['统计指标', '主动公开政府信息数', '收到申请数', '申请办结数', '申请答复数', '行政复议数量', '行政诉讼数量', '举报投诉数量'],
  columns: [{ key: V, label: '统计数' }],
  rows,
  unitColumn: true,
  identities: [
    sum('apply.received', ['apply.inPerson', 'apply.fax', 'apply.online', 'apply.letter']),
    sum('apply.closed', ['apply.onTime', 'apply.extended']),
    sum('apply.answered', ['apply.alreadyPublic', 'apply.granted', 'apply.partly', 'apply.refused', 'apply.notThisAgency', 'apply.notExist', 'apply.amend', 'apply.otherWay']),
    sum('apply.refused', ['apply.refused.secret', 'apply.refused.commercial', 'apply.refused.privacy', 'apply.refused.security', 'apply.refused.notInfo', 'apply.refused.otherLaw']),
    sum('review.total', ['review.upheld', 'review.corrected', 'review.other']),
    sum('lawsuit.total', ['lawsuit.upheld', 'lawsuit.corrected', 'lawsuit.other']),
    sum('staff.total', ['staff.fullTime', 'staff.partTime']),
    atMost('active.normative', 'active.total'),
    atMost('response.pressConfLeaders', 'response.pressConf'),
    atMost('response.interviewsLeaders', 'response.interviews'),
    ...channelBounds,
  ],
};
