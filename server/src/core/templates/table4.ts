// Table 四 (政府信息公开行政复议、行政诉讼情况): one unlabelled row of 15 figures.
import type { CellRef, ColumnDef, SumIdentity, TableDef } from './types';

const GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'direct', label: '行政诉讼·未经复议直接起诉' },
  { key: 'after', label: '行政诉讼·复议后起诉' },
];
const OUTCOMES = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
];

const columns: ColumnDef[] = GROUPS.flatMap((g) => [
  ...OUTCOMES.map((o) => ({ key: `${g.key}.${o.key}`, label: `${g.label}·${o.label}` })),
  { key: `${g.key}.total`, label: `${g.label}·总计` },
]);

const identities: SumIdentity[] = GROUPS.map((g) => ({
  kind: 'sum',
  total: ['data', `${g.key}.total`],
  parts: OUTCOMES.map((o): CellRef => ['data', `${g.key}.${o.key}`]),
}));

export const TABLE4: TableDef = {
  id: 't4',
  name: '表四 政府信息公开行政复议、行政诉讼情况',
  signature: ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉'],
  columns,
  rows: [{ key: 'data', labels: [] }],
  headerlessRow: 'data',
  identities,
};
