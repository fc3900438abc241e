// Table 二 (主动公开政府信息情况). No identity makes its cells add up (本年新制作 need not equal
// 本年新公开); in the 2019 format what was newly published this year should be within the total in force.
import type { RowDef, TableDef } from './types';

const row = (key: string, label: string, columns: string[]): RowDef => ({ key, labels: [label], values: columns.length, columns });
const caption = (key: string, label: string): RowDef => ({ key, labels: [label], values: 0 });

const SIGNATURE_COMMON = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '信息内容', '行政许可', '行政处罚', '行政强制', '行政事业性收费'];

export const TABLE2_2019: TableDef = {
  id: 't2',
  name: '表二 主动公开政府信息情况',
  signature: [...SIGNATURE_COMMON, '本年新制作数量', '上一年项目数量', '采购项目数量'],
  columns: [
    { key: 'made', label: '本年新制作数量' },
    { key: 'published', label: '本年新公开数量' },
    { key: 'inForce', label: '对外公开总数量' },
    { key: 'lastYear', label: '上一年项目数量' },
    { key: 'change', label: '本年增/减' },
    { key: 'decisions', label: '处理决定数量' },
    { key: 'projects', label: '采购项目数量' },
    { key: 'amount', label: '采购总金额' },
  ],
  rows: [
    caption('c1', '第二十条第（一）项'),
    row('rules', '规章', ['made', 'published', 'inForce']),
    row('normative', '规范性文件', ['made', 'published', 'inForce']),
    caption('c5', '第二十条第（五）项'),
    row('licensing', '行政许可', ['lastYear', 'change', 'decisions']),
    row('otherServices', '其他对外管理服务事项', ['lastYear', 'change', 'decisions']),
    caption('c6', '第二十条第（六）项'),
    row('penalty', '行政处罚', ['lastYear', 'change', 'decisions']),
    row('enforcement', '行政强制', ['lastYear', 'change', 'decisions']),
    caption('c8', '第二十条第（八）项'),
    row('fees', '行政事业性收费', ['lastYear', 'change']),
    caption('c9', '第二十条第（九）项'),
    row('procurement', '政府集中采购', ['projects', 'amount']),
  ],
  identities: (['rules', 'normative'] as const).map((row) => ({
    kind: 'atMost',
    part: [[row, 'published']],
    whole: [[row, 'inForce']],
    severity: 'warning',
    note: 'template.publishedInForce',
  })),
};

export const TABLE2_2021: TableDef = {
  id: 't2',
  name: '表二 主动公开政府信息情况',
  signature: [...SIGNATURE_COMMON, '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'],
  columns: [
    { key: 'issued', label: '本年制发件数' },
    { key: 'abolished', label: '本年废止件数' },
    { key: 'inForce', label: '现行有效件数' },
    { key: 'decisions', label: '本年处理决定数量' },
    { key: 'feeAmount', label: '本年收费金额（单位：万元）' },
  ],
  rows: [
    caption('c1', '第二十条第（一）项'),
    row('rules', '规章', ['issued', 'abolished', 'inForce']),
    row('normative', '行政规范性文件', ['issued', 'abolished', 'inForce']),
    caption('c5', '第二十条第（五）项'),
    row('licensing', '行政许可', ['decisions']),
    caption('c6', '第二十条第（六）项'),
    row('penalty', '行政处罚', ['decisions']),
    row('enforcement', '行政强制', ['decisions']),
    caption('c8', '第二十条第（八）项'),
    row('fees', '行政事业性收费', ['feeAmount']),
  ],
  identities: [],
};
