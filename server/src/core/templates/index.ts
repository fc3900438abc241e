// The three official formats as data.
import { STATS_TABLE } from './stats2014';
import { TABLE2_2019, TABLE2_2021 } from './table2';
import { TABLE3_2019, TABLE3_2021 } from './table3';
import { TABLE4 } from './table4';
import type { ProseAlias, TemplateDef } from './types';

const DISCLOSURE = ['信息公开', '依申请公开'];

const REVIEW_AND_LAWSUIT = (review: ProseAlias['cells'], lawsuit: ProseAlias['cells'], table: string): ProseAlias[] => [
  { name: '行政复议数量', phrases: ['行政复议'], paragraphMentions: DISCLOSURE, table, cells: review },
  { name: '行政诉讼数量', phrases: ['行政诉讼'], notAfter: ['复议后'], paragraphMentions: DISCLOSURE, table, cells: lawsuit },
];

const RECEIVED_PHRASES = ['收到政府信息公开申请', '收到依申请公开申请', '收到政府信息依申请公开', '受理政府信息公开申请', '收到信息公开申请', '受理信息公开申请', '收到申请'];

const NATIONAL_PROSE: ProseAlias[] = [
  { name: '本年新收政府信息公开申请数量', phrases: RECEIVED_PHRASES, table: 't3', cells: [['new', 'total']] },
  ...REVIEW_AND_LAWSUIT([['data', 'review.total']], [['data', 'direct.total'], ['data', 'after.total']], 't4'),
  { name: '复议后起诉数量', phrases: ['复议后行政诉讼', '复议后起诉'], paragraphMentions: DISCLOSURE, table: 't4', cells: [['data', 'after.total']] },
];

export const TEMPLATES: readonly TemplateDef[] = [
  {
    id: '2021',
    name: '2021 年版年报格式（国办公开办函〔2021〕30号）',
    distinctive: ['本年制发件数', '本年废止件数', '现行有效件数', '申请人无正当理由逾期不补正', '本年收费金额'],
    tables: [TABLE2_2021, TABLE3_2021, TABLE4],
    prose: NATIONAL_PROSE,
  },
  {
    id: '2019',
    name: '2019 年版年报格式（国办公开办函〔2019〕60号）',
    distinctive: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购项目数量', '本年增/减'],
    tables: [TABLE2_2019, TABLE3_2019, TABLE4],
    prose: NATIONAL_PROSE,
  },
  {
    id: 'pre2019',
    name: '2019 年以前的政府信息公开情况统计表',
    distinctive: ['统计指标', '统计数', '申请答复数', '行政复议数量'],
    tables: [STATS_TABLE],
    prose: [
      { name: '收到申请数', phrases: RECEIVED_PHRASES, table: 'stats', cells: [['apply.received', 'value']] },
      ...REVIEW_AND_LAWSUIT([['review.total', 'value']], [['lawsuit.total', 'value']], 'stats'),
    ],
  },
];
