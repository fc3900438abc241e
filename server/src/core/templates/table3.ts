// Table 三 (收到和处理政府信息公开申请情况) of the 2019 and 2021 national formats.
import { eachColumnSum, eachRowSum, type BalanceIdentity, type RowDef, type TableDef } from './types';

const NATURAL = { key: 'natural', label: '自然人' };
/** Some provinces print a 小计 of the 法人或其他组织 columns before them. */
const LEGAL_SUBTOTAL = { key: 'legalSubtotal', label: '小计' };
const LEGAL_COLUMNS = [
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'charity', label: '社会公益组织' },
  { key: 'legal', label: '法律服务机构' },
  { key: 'other', label: '其他' },
];
const TOTAL = { key: 'total', label: '总计' };
const COLUMNS = [NATURAL, ...LEGAL_COLUMNS, TOTAL];
const COLUMNS_WITH_SUBTOTAL = [NATURAL, LEGAL_SUBTOTAL, ...LEGAL_COLUMNS, TOTAL];

const group = (key: string, label: string): RowDef => ({ key, labels: [label], values: 0 });
const row = (key: string, ...labels: string[]): RowDef => ({ key, labels });

const WITHHELD = ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项'];
const UNAVAILABLE = ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'];
const NOT_PROCESSED = ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息'];
const OTHER_2021 = [
  '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '其他',
];

const numbered = (prefix: string, labels: readonly string[]): RowDef[] =>
  labels.map((label, i) => row(`${prefix}.${i + 1}`, `${i + 1}.${label}`));

function table3(variant: '2019' | '2021', subtotal = false): TableDef {
  const otherRows = variant === '2019' ? [row('r6', '（六）其他处理')] : [group('r6', '（六）其他处理'), ...numbered('r6', OTHER_2021)];
  const rows: RowDef[] = [
    row('new', '一、本年新收政府信息公开申请数量'),
    row('carry', '二、上年结转政府信息公开申请数量'),
    group('results', '三、本年度办理结果'),
    row('r1', '（一）予以公开'),
    row('r2', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    group('r3', '（三）不予公开'),
    ...numbered('r3', WITHHELD),
    group('r4', '（四）无法提供'),
    ...numbered('r4', UNAVAILABLE),
    group('r5', '（五）不予处理'),
    ...numbered('r5', NOT_PROCESSED),
    ...otherRows,
    row('r7', '（七）总计'),
    row('next', '四、结转下年度继续办理'),
  ];
  const dataRows = rows.filter((r) => r.values !== 0).map((r) => r.key);
  const resultParts = dataRows.filter((k) => /^r[1-6]/.test(k));
  const columnDefs = subtotal ? COLUMNS_WITH_SUBTOTAL : COLUMNS;
  const columns = columnDefs.map((c) => c.key);
  const parts = [NATURAL, ...LEGAL_COLUMNS].map((c) => c.key);
  const legal = LEGAL_COLUMNS.map((c) => c.key);
  const balances: BalanceIdentity[] = columns.map((col) => ({
    kind: 'balance',
    left: [['new', col], ['carry', col]],
    right: [['r7', col], ['next', col]],
    statement: 'template.table3Balance',
  }));
  return {
    id: 't3',
    name: '表三 收到和处理政府信息公开申请情况',
    signature: ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '本年度办理结果', '予以公开', '结转下年度继续办理', '申请人情况'],
    columns: columnDefs,
    rows,
    identities: [
      ...eachRowSum(dataRows, 'total', parts),
      ...(subtotal ? eachRowSum(dataRows, LEGAL_SUBTOTAL.key, legal) : []),
      ...eachColumnSum(columns, 'r7', resultParts),
      ...balances,
    ],
  };
}

const WITH_SUBTOTAL_2019 = table3('2019', true);
export const TABLE3_2019: TableDef = { ...table3('2019'), variants: [WITH_SUBTOTAL_2019] };
/** Some provinces keep the 2019 single （六）其他处理 row inside the 2021 form. */
export const TABLE3_2021: TableDef = { ...table3('2021'), variants: [table3('2019'), table3('2021', true), WITH_SUBTOTAL_2019] };
