// The six sections of the national forms (2019 and 2021): the order they come in, the words that
// name each (local variants reword the headings: `五、政府信息公开工作存在的主要问题及改进情况`),
// and the table each section holds.
import type { SectionDef } from './types';

export const NATIONAL_SECTIONS: readonly SectionDef[] = [
  { numeral: '一', title: '总体情况', words: /^[^。;]{0,10}?(总体|概述|概况)/ },
  { numeral: '二', title: '主动公开政府信息情况', words: /^[^。;]{0,10}?主动公开/, table: 't2' },
  { numeral: '三', title: '收到和处理政府信息公开申请情况', words: /^[^。;]{0,10}?(收到和处理|收到及处理|依申请)/, table: 't3' },
  { numeral: '四', title: '政府信息公开行政复议、行政诉讼情况', words: /^[^。;]{0,14}?(行政复议|行政诉讼)/, table: 't4' },
  { numeral: '五', title: '存在的主要问题及改进情况', words: /^[^。;]{0,16}?(问题|改进)/, substantive: true },
  { numeral: '六', title: '其他需要报告的事项', words: /^[^。;]{0,6}?其他/ },
];
