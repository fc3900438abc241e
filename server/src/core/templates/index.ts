// The three official formats as data.
import { STATS_TABLE } from './stats2014';
import { TABLE2_2019, TABLE2_2021 } from './table2';
import { TABLE3_2019, TABLE3_2021 } from './table3';
import { TABLE4 } from './table4';
import { NATIONAL_CONCEPTS, NATIONAL_PROSE, PRE2019_CONCEPTS, PRE2019_PROSE } from './prose';
import { NATIONAL_SECTIONS } from './sections';
import type { TemplateDef } from './types';

export const TEMPLATES: readonly TemplateDef[] = [
  {
    id: '2021',
    name: '2021 年版年报格式（国办公开办函〔2021〕30号）',
    distinctive: ['本年制发件数', '本年废止件数', '现行有效件数', '申请人无正当理由逾期不补正', '本年收费金额'],
    tables: [TABLE2_2021, TABLE3_2021, TABLE4],
    sections: NATIONAL_SECTIONS,
    prose: NATIONAL_PROSE,
    concepts: NATIONAL_CONCEPTS,
  },
  {
    id: '2019',
    name: '2019 年版年报格式（国办公开办函〔2019〕60号）',
    distinctive: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购项目数量', '本年增/减'],
    tables: [TABLE2_2019, TABLE3_2019, TABLE4],
    sections: NATIONAL_SECTIONS,
    prose: NATIONAL_PROSE,
    concepts: NATIONAL_CONCEPTS,
  },
  {
    id: 'pre2019',
    name: '2019 年以前的政府信息公开情况统计表',
    distinctive: ['统计指标', '统计数', '申请答复数', '行政复议数量'],
    tables: [STATS_TABLE],
    prose: PRE2019_PROSE,
    concepts: PRE2019_CONCEPTS,
  },
];
