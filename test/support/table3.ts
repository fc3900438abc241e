// A 2021-form table 三 written as tab-separated rows, for fixtures: every data row is zero unless
// given (by a prefix of its label); a value may be a placeholder such as `—` or an empty string.
export const T3_ROWS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开',
  '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益',
  '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
  '（四）无法提供',
  '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确',
  '（五）不予处理',
  '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];

/** Group rows without figures of their own. */
const GROUPS = new Set(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']);

/** `rows`: a prefix of the label that names one row → its seven figures (自然人 … 其他, 总计). */
export function table3Tsv(rows: Readonly<Record<string, readonly (number | string)[]>>): string {
  const header = [
    '申请人情况',
    '\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
  ];
  const body = T3_ROWS.map((label) => {
    if (GROUPS.has(label)) return `${label}\t`;
    const given = Object.entries(rows).find(([prefix]) => label.startsWith(prefix))?.[1];
    const values = given ?? [0, 0, 0, 0, 0, 0, 0];
    return [label, '', ...values.map(String)].join('\t');
  });
  return [...header, ...body].join('\n');
}

/** The same table in the official merged-cell layout of the web pages (rowspan/colspan, `&nbsp;` in empty cells). */
export function table3Html(rows: Readonly<Record<string, readonly (number | string)[]>>): string {
  const td = (text: string | number, attrs = '') => `<td${attrs}><p><span>${text === '' ? '&nbsp;' : text}</span></p></td>`;
  const values = (label: string) => (Object.entries(rows).find(([prefix]) => label.startsWith(prefix))?.[1] ?? [0, 0, 0, 0, 0, 0, 0]).map((v) => td(v)).join('');
  const header = [
    `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>`,
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`,
    `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((l) => td(l)).join('')}</tr>`,
  ];
  const groups: [string, number][] = [['（三）不予公开', 8], ['（四）无法提供', 3], ['（五）不予处理', 5], ['（六）其他处理', 3]];
  const body: string[] = [];
  const results = T3_ROWS.slice(T3_ROWS.indexOf('三、本年度办理结果') + 1, T3_ROWS.indexOf('四、结转下年度继续办理'));
  const resultRows = results.filter((l) => !GROUPS.has(l)).length;
  body.push(`<tr>${td(T3_ROWS[0], ' colspan="3"')}${values(T3_ROWS[0])}</tr>`, `<tr>${td(T3_ROWS[1], ' colspan="3"')}${values(T3_ROWS[1])}</tr>`);
  let first = true;
  let group: [string, number] | undefined;
  let left = 0;
  for (const label of results) {
    const g = groups.find(([name]) => name === label);
    if (g) {
      group = g;
      left = g[1];
      continue;
    }
    const lead = first ? td('三、本年度办理结果', ` rowspan="${resultRows}"`) : '';
    first = false;
    if (group && left > 0) {
      const start = left === group[1] ? td(group[0], ` rowspan="${group[1]}"`) : '';
      left--;
      body.push(`<tr>${lead}${start}${td(label)}${values(label)}</tr>`);
    } else body.push(`<tr>${lead}${td(label, ' colspan="2"')}${values(label)}</tr>`);
  }
  body.push(`<tr>${td('四、结转下年度继续办理', ' colspan="3"')}${values('四、结转下年度继续办理')}</tr>`);
  return `<table border="1">\n${[...header, ...body].join('\n')}\n</table>`;
}
