// Synthetic 政府信息公开工作年度报告 with answer keys, for tests. An independent oracle: every
// template label below is written from shared/docs/domain.md, never imported from the core.
// Deterministic: all randomness comes from a seeded mulberry32 (`Rng`).
//
// A report is built as a list of atoms (prose text, plain text, numbers). Tables are described
// once as rows of cells with rowspan/colspan and flattened four ways; surface options
// (traditional characters, pinyin glosses, full-width digits, CRLF) rewrite the atoms, so every
// span in the key is computed from the final text.
import * as OpenCC from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import type { Span } from '../../server/src/core/types';

export type TemplateId = '2019' | '2021' | 'pre2019';
export type Flattening = 'pipe-cells' | 'tsv' | 'markdown' | 'spaces';

export interface GenerateOptions {
  seed: number;
  template: TemplateId;
  flattening: Flattening;
  /** Traditional characters, plus pinyin glosses such as `據(jù)` in prose paragraphs. */
  traditional?: boolean;
  /** ０-９ everywhere (prose, labels, cells). */
  fullWidthDigits?: boolean;
  crlf?: boolean;
  /** The report's year and body (otherwise drawn); a series of one body's years sets them (series.ts). */
  year?: number;
  name?: string;
  /** Cells given rather than drawn, by `refKey` (last year's carry-overs); the other cells are solved around them. */
  fixed?: ReadonlyMap<string, number>;
  /** Last year's 本年新收 total, restated after this year's: `本年新收政府信息公开申请N件，较上年（M件）增加…`. */
  lastYearNew?: number;
  /** The paragraph of section 五 (存在的主要问题及改进情况), instead of the usual one. */
  problems?: string;
}

/** A template cell: table `二`/`三`/`四` (2019, 2021) or `统计表` (pre-2019); `row` and `col` are simplified labels. */
export interface CellRef {
  table: string;
  row: string;
  col: string;
}

export interface CellKey extends CellRef {
  /** The figure as printed, in ASCII digits (`12`, `+16`, `6350.86`). */
  text: string;
  /** The figure × 10^decimals (an integer). */
  value: number;
  decimals: number;
  span: Span;
  /** Ids of the identities the cell takes part in. */
  identities: string[];
}

/** Σ lhs = Σ rhs. `error`: an identity of the form; `warning`: an equality the checker only warns about. */
export interface Identity {
  id: string;
  severity: 'error' | 'warning';
  lhs: CellRef[];
  rhs: CellRef[];
}

/** How the parts of a `共…其中` list relate to its total: Σ = total, Σ < total, Σ > total (overlapping categories). */
export type ListKind = 'partition' | 'incomplete' | 'overlapping';

export type ProseFactBody =
  | { kind: 'total'; value: number; list: string; listKind: ListKind }
  | { kind: 'part'; value: number; list: string; label: string }
  /** `value` is the stated percentage × 10^decimals; `approximate` for `约占` (stated truncated, within one unit). */
  | { kind: 'percent'; value: number; decimals: number; count: number; base: number; approximate: boolean }
  /** The figure equals the sum of these cells (usually one). */
  | { kind: 'restated-cell'; value: number; cells: CellRef[] }
  /** `超3000份` (more than), `400余人次` (somewhat more than): never an equality. */
  | { kind: 'approximate'; value: number; qualifier: '超' | '余' }
  /** Last year's value of these cells (`较上年（63件）`), as last year's report states them. */
  | { kind: 'last-year-cell'; value: number; cells: CellRef[] };

export type ProseFact = ProseFactBody & { span: Span; text: string };

/** A stretch of the report's text (an atom: words, a figure, a unit), with its span in `text`. */
export interface TextRun {
  text: string;
  span: Span;
}

/** A table cell as the form prints it: its top-left grid position and spans (`runs` empty for an empty cell). */
export interface BlockCell {
  runs: TextRun[];
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

/** The report's structure, for renderings other than text (HTML, DOCX): its lines as paragraphs,
 * its tables as rows of the cells that start in each row. */
export type ReportBlock = { kind: 'paragraph'; runs: TextRun[] } | { kind: 'table'; width: number; rows: BlockCell[][] };

export interface GeneratedReport {
  options: GenerateOptions;
  text: string;
  cells: CellKey[];
  identities: Identity[];
  prose: ProseFact[];
  blocks: ReportBlock[];
}

// ---------------------------------------------------------------------------------------------
// Randomness and exact arithmetic

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  /** `n` of `items` (all if fewer), in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, n);
  }
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** 100·count/base with `decimals` decimals, rounded half-up (or truncated), × 10^decimals. Integer arithmetic only. */
export function scaledPercent(count: number, base: number, decimals: number, truncate = false): number {
  const num = BigInt(count) * 100n * 10n ** BigInt(decimals);
  const b = BigInt(base);
  return Number(truncate ? num / b : (2n * num + b) / (2n * b));
}

/** 72, 1 → `7.2`; -5, 0 → `-5`. */
export function formatScaled(value: number, decimals: number): string {
  const digits = String(Math.abs(value)).padStart(decimals + 1, '0');
  const body = decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  return value < 0 ? `-${body}` : body;
}

export const toAsciiDigits = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
export const toFullWidthDigits = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const refKey = (r: CellRef) => `${r.table}|${r.row}|${r.col}`;

/** Drops a trailing note: `（二）部分公开（区分处理的，…）` → `（二）部分公开`. */
const stripNote = (label: string) => label.replace(/\s*（[^（）]*）$/, '');

// ---------------------------------------------------------------------------------------------
// Values: free cells are drawn, the others solved from one identity each

type Draw = (rng: Rng) => number;
const range =
  (lo: number, hi: number): Draw =>
  (rng) =>
    rng.int(lo, hi);

class Model {
  readonly identities: Identity[] = [];
  private readonly draws = new Map<string, Draw>();
  private readonly solvers = new Map<string, Identity>();

  draw(ref: CellRef, draw: Draw): void {
    this.draws.set(refKey(ref), draw);
  }

  identity(id: string, lhs: CellRef[], rhs: CellRef[], solve?: CellRef, severity: Identity['severity'] = 'error'): void {
    const identity = { id, severity, lhs, rhs };
    this.identities.push(identity);
    if (solve) this.solvers.set(refKey(solve), identity);
  }

  /** Draws the free cells (or takes them from `fixed`) and solves the others, drawing again until no solved cell is negative. */
  values(rng: Rng, fixed?: ReadonlyMap<string, number>): Map<string, number> {
    for (;;) {
      const values = new Map<string, number>();
      const valueOf = (key: string): number => {
        const known = values.get(key);
        if (known !== undefined) return known;
        const draw = this.draws.get(key);
        const identity = this.solvers.get(key);
        if (!draw && !identity) throw new Error(`no value for ${key}`);
        let v: number;
        if (draw && fixed?.has(key)) v = fixed.get(key)!;
        else if (draw) v = draw(rng);
        else {
          const { lhs, rhs } = identity!;
          const [own, other] = lhs.some((r) => refKey(r) === key) ? [lhs, rhs] : [rhs, lhs];
          const of = (refs: CellRef[]) => sum(refs.filter((r) => refKey(r) !== key).map((r) => valueOf(refKey(r))));
          v = of(other) - of(own);
        }
        values.set(key, v);
        return v;
      };
      [...this.draws.keys(), ...this.solvers.keys()].forEach(valueOf);
      if ([...this.solvers.keys()].every((k) => values.get(k)! >= 0)) return values;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Tables as rows of cells

type Fmt = 'int' | 'signed' | 'dec2' | 'wan';
interface Cell {
  text?: string;
  ref?: CellRef;
  fmt?: Fmt;
  colspan?: number;
  rowspan?: number;
}
interface Table {
  width: number;
  rows: Cell[][];
}

// Table 二 (主动公开政府信息情况): per block, its columns after `信息内容` (null: an empty cell,
// as in seed 002) and its rows. A block with fewer than three columns lets its last one span the rest.
interface Column {
  name: string;
  draw: Draw;
  fmt?: Fmt;
}
interface Block {
  caption: string;
  cols: (Column | null)[];
  rows: string[];
}

const PRIOR: Column = { name: '上一年项目数量', draw: range(100, 900) };
const CHANGE: Column = { name: '本年增/减', draw: range(-60, 80), fmt: 'signed' };
const DECISIONS: Column = { name: '处理决定数量', draw: range(10, 20000) };
const DECISIONS_2021: Column = { name: '本年处理决定数量', draw: range(10, 20000) };

const TABLE_TWO: Record<'2019' | '2021', Block[]> = {
  '2019': [
    {
      caption: '第二十条第（一）项',
      cols: [
        { name: '本年新制作数量', draw: range(0, 30) },
        { name: '本年新公开数量', draw: range(0, 30) },
        { name: '对外公开总数量', draw: range(40, 300) },
      ],
      rows: ['规章', '规范性文件'],
    },
    { caption: '第二十条第（五）项', cols: [PRIOR, CHANGE, DECISIONS], rows: ['行政许可', '其他对外管理服务事项'] },
    { caption: '第二十条第（六）项', cols: [PRIOR, CHANGE, DECISIONS], rows: ['行政处罚', '行政强制'] },
    { caption: '第二十条第（八）项', cols: [PRIOR, CHANGE, null], rows: ['行政事业性收费'] },
    {
      caption: '第二十条第（九）项',
      cols: [
        { name: '采购项目数量', draw: range(50, 3000) },
        { name: '采购总金额', draw: range(100000, 900000), fmt: 'wan' },
        null,
      ],
      rows: ['政府集中采购'],
    },
  ],
  '2021': [
    {
      caption: '第二十条第（一）项',
      cols: [
        { name: '本年制发件数', draw: range(0, 20) },
        { name: '本年废止件数', draw: range(0, 10) },
        { name: '现行有效件数', draw: range(20, 200) },
      ],
      rows: ['规章', '行政规范性文件'],
    },
    { caption: '第二十条第（五）项', cols: [DECISIONS_2021], rows: ['行政许可'] },
    { caption: '第二十条第（六）项', cols: [DECISIONS_2021], rows: ['行政处罚', '行政强制'] },
    { caption: '第二十条第（八）项', cols: [{ name: '本年收费金额（单位：万元）', draw: range(0, 5000), fmt: 'dec2' }], rows: ['行政事业性收费'] },
  ],
};

// Table 三 (收到和处理政府信息公开申请情况)
const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const CORPORATE = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const APPLICANTS = ['自然人', ...CORPORATE];
/** Per applicant column: the largest value of a detail cell, and how often a detail cell is 0. */
const APPLICANT_DRAW: Record<string, [number, number]> = {
  自然人: [8, 0.4],
  商业企业: [3, 0.8],
  科研机构: [1, 0.97],
  社会公益组织: [1, 0.97],
  法律服务机构: [2, 0.9],
  其他: [3, 0.8],
};
export const T3 = {
  NEW: '一、本年新收政府信息公开申请数量',
  CARRIED: '二、上年结转政府信息公开申请数量',
  RESULTS: '三、本年度办理结果',
  GRANTED: '（一）予以公开',
  PARTIAL: '（二）部分公开',
  TOTAL: '（七）总计',
  NEXT: '四、结转下年度继续办理',
} as const;

type Results = readonly (readonly [group: string, subRows: readonly string[]])[];
const RESULTS_2019: Results = [
  ['（一）予以公开', []],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', []],
  [
    '（三）不予公开',
    ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'],
  ],
  ['（四）无法提供', ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']],
  ['（五）不予处理', ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']],
  ['（六）其他处理', []],
];
const RESULTS: Record<'2019' | '2021', Results> = {
  '2019': RESULTS_2019,
  '2021': [
    ...RESULTS_2019.slice(0, 5),
    [
      '（六）其他处理',
      ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他'],
    ],
  ],
};

// Table 四 (行政复议、行政诉讼)
const T4_GROUPS = ['行政复议', '未经复议直接起诉', '复议后起诉'];
const T4_COLS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

// Pre-2019 统计表: rows in print order; `parts` are printed right after their row. gen: a range
// to draw from; 'sum' = Σ parts; 'rest' = parent − Σ siblings; { same } = equals that row (a
// warning-level identity: 收到 = 办结 = 答复). Ranges keep every soft bound of domain.md §4.1
// (其中 ≤ parent, max channel ≤ 主动公开 ≤ Σ channels, 回应 ≥ each event channel).
type PreGen = readonly [number, number] | 'sum' | 'rest' | { same: string };
interface PreRow {
  label: string;
  unit: string;
  gen?: PreGen;
  parts?: PreRow[];
}
const row = (label: string, unit: string, gen?: PreGen, parts?: PreRow[]): PreRow => ({ label, unit, gen, parts });
const group = (label: string, parts: PreRow[]) => row(label, '——', undefined, parts);
const RECEIVED = '（一）收到申请数';

const PRE2019: PreRow[] = [
  group('一、主动公开情况', [
    row('（一）主动公开政府信息数 （不同渠道和方式公开相同信息计1条）', '条', [3500, 4200]),
    row('其中：主动公开规范性文件数', '条', [10, 60]),
    row('制发规范性文件总数', '件', [5, 40]),
    group('（二）通过不同渠道和方式公开政府信息的情况', [
      row('1.政府公报公开政府信息数', '条', [0, 50]),
      row('2.政府网站公开政府信息数', '条', [2000, 3500]),
      row('3.政务微博公开政府信息数', '条', [500, 2000]),
      row('4.政务微信公开政府信息数', '条', [500, 2000]),
      row('5.其他方式公开政府信息数', '条', [1200, 1500]),
    ]),
  ]),
  group('二、回应解读情况', [
    row('（一）回应公众关注热点或重大舆情数 （不同方式回应同一热点或舆情计1次）', '次', [150, 205]),
    group('（二）通过不同渠道和方式回应解读的情况', [
      row('1.参加或举办新闻发布会总次数', '次', [3, 12]),
      row('其中：主要负责同志参加新闻发布会次数', '次', [0, 3]),
      row('2.政府网站在线访谈次数', '次', [2, 8]),
      row('其中：主要负责同志参加政府网站在线访谈次数', '次', [0, 2]),
      row('3.政策解读稿件发布数', '篇', [10, 60]),
      row('4.微博微信回应事件数', '次', [100, 150]),
      row('5.其他方式回应事件数', '次', [100, 150]),
    ]),
  ]),
  group('三、依申请公开情况', [
    row(RECEIVED, '件', 'sum', [
      row('1.当面申请数', '件', [5, 60]),
      row('2.传真申请数', '件', [0, 5]),
      row('3.网络申请数', '件', [100, 300]),
      row('4.信函申请数', '件', [5, 60]),
    ]),
    row('（二）申请办结数', '件', { same: RECEIVED }, [row('1.按时办结数', '件', 'rest'), row('2.延期办结数', '件', [0, 15])]),
    row('（三）申请答复数', '件', { same: RECEIVED }, [
      row('1.属于已主动公开范围数', '件', [5, 30]),
      row('2.同意公开答复数', '件', 'rest'),
      row('3.同意部分公开答复数', '件', [0, 15]),
      row('4.不同意公开答复数', '件', 'sum', [
        row('其中：涉及国家秘密', '件', [0, 1]),
        row('涉及商业秘密', '件', [0, 2]),
        row('涉及个人隐私', '件', [0, 6]),
        row('危及国家安全、公共安全、经济安全和社会稳定', '件', [0, 1]),
        row('不是《条例》所指政府信息', '件', [0, 5]),
        row('法律法规规定的其他情形', '件', [0, 2]),
      ]),
      row('5.不属于本行政机关公开数', '件', [0, 12]),
      row('6.申请信息不存在数', '件', [0, 10]),
      row('7.告知作出更改补充数', '件', [0, 5]),
      row('8.告知通过其他途径办理数', '件', [0, 5]),
    ]),
  ]),
  row('四、行政复议数量', '件', 'sum', [row('（一）维持具体行政行为数', '件', [0, 8]), row('（二）被依法纠错数', '件', [0, 2]), row('（三）其他情形数', '件', [0, 5])]),
  row('五、行政诉讼数量', '件', 'sum', [
    row('（一）维持具体行政行为或者驳回原告诉讼请求数', '件', [0, 6]),
    row('（二）被依法纠错数', '件', [0, 2]),
    row('（三）其他情形数', '件', [0, 4]),
  ]),
  row('六、举报投诉数量', '件', [0, 30]),
  row('七、依申请公开信息收取的费用', '万元', [0, 0]),
  group('八、机构建设和保障经费情况', [
    row('（一）政府信息公开工作专门机构数', '个', [5, 40]),
    row('（二）设置政府信息公开查阅点数', '个', [10, 80]),
    row('（三）从事政府信息公开工作人员数', '人', 'sum', [row('1.专职人员数（不包括政府公报及政府网站工作人员数）', '人', [5, 20]), row('2.兼职人员数', '人', [20, 120])]),
    row('（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', '万元', [5, 60]),
  ]),
  group('九、政府信息公开会议和培训情况', [
    row('（一）召开政府信息公开工作会议或专题会议数', '次', [2, 50]),
    row('（二）举办各类培训班数', '次', [2, 30]),
    row('（三）接受培训人员数', '人次', [100, 1500]),
  ]),
];

const cellOf = (table: string) => (row: string, col: string): CellRef => ({ table, row, col });
const t3 = cellOf('三');
const t4 = cellOf('四');
const stat = (row: string) => cellOf('统计表')(row, '统计数');

function tableTwo(model: Model, blocks: Block[]): Table {
  const rows: Cell[][] = [];
  for (const b of blocks) {
    const colspan = (i: number) => (i === b.cols.length - 1 ? 4 - b.cols.length : 1);
    rows.push([{ text: b.caption, colspan: 4 }], [{ text: '信息内容' }, ...b.cols.map((c, i) => ({ text: c?.name, colspan: colspan(i) }))]);
    for (const r of b.rows)
      rows.push([
        { text: r },
        ...b.cols.map((c, i) => {
          if (!c) return {};
          const ref = cellOf('二')(r, c.name);
          model.draw(ref, c.draw);
          return { ref, fmt: c.fmt, colspan: colspan(i) };
        }),
      ]);
  }
  return { width: 4, rows };
}

function tableThree(model: Model, results: Results): Table {
  const resultRows: { key: string; labels: Cell[] }[] = results.flatMap(([label, subs]) =>
    subs.length
      ? subs.map((s, i) => ({ key: `${stripNote(label)} ${s}`, labels: [...(i ? [] : [{ text: label, rowspan: subs.length }]), { text: s }] }))
      : [{ key: stripNote(label), labels: [{ text: label, colspan: 2 }] }],
  );
  const details = resultRows.map((r) => r.key);
  resultRows.push({ key: T3.TOTAL, labels: [{ text: T3.TOTAL, colspan: 2 }] });
  resultRows[0].labels.unshift({ text: T3.RESULTS, rowspan: resultRows.length });
  const wide = (key: string) => ({ key, labels: [{ text: key, colspan: 3 }] });
  const dataRows = [wide(T3.NEW), wide(T3.CARRIED), ...resultRows, wide(T3.NEXT)];
  const cols = [...APPLICANTS, '总计'];

  for (const c of cols) {
    const solve = c !== '总计';
    model.identity(`T3-SUM ${c}`, [t3(T3.TOTAL, c)], details.map((r) => t3(r, c)), solve ? t3(T3.TOTAL, c) : undefined);
    model.identity(`T3-BAL ${c}`, [t3(T3.NEW, c), t3(T3.CARRIED, c)], [t3(T3.TOTAL, c), t3(T3.NEXT, c)], solve ? t3(T3.NEW, c) : undefined);
  }
  for (const { key } of dataRows) model.identity(`T3-ROW ${key}`, [t3(key, '总计')], APPLICANTS.map((c) => t3(key, c)), t3(key, '总计'));
  const busy = new Set<string>([T3.GRANTED, T3.PARTIAL, details.find((d) => d.startsWith('（四）'))!, T3.NEXT]);
  for (const r of [...details, T3.CARRIED, T3.NEXT])
    for (const c of APPLICANTS) {
      const [hi, zero] = APPLICANT_DRAW[c];
      const top = r === T3.GRANTED ? 3 * hi : hi;
      const pZero = r === T3.CARRIED ? 0.9 : busy.has(r) ? zero : Math.max(zero, 0.85);
      model.draw(t3(r, c), (rng) => (r === T3.GRANTED && c === '自然人' ? rng.int(1, top) : rng.chance(pZero) ? 0 : rng.int(1, top)));
    }

  const header: Cell[][] = [
    [{ text: T3_NOTE, colspan: 3, rowspan: 3 }, { text: '申请人情况', colspan: 7 }],
    [{ text: '自然人', rowspan: 2 }, { text: '法人或其他组织', colspan: 5 }, { text: '总计', rowspan: 2 }],
    CORPORATE.map((text) => ({ text })),
  ];
  return { width: 10, rows: [...header, ...dataRows.map((r) => [...r.labels, ...cols.map((c) => ({ ref: t3(r.key, c) }))])] };
}

function tableFour(model: Model): Table {
  for (const g of T4_GROUPS) {
    const parts = T4_COLS.slice(0, 4).map((c) => t4(g, c));
    model.identity(`T4-SUM ${g}`, [t4(g, '总计')], parts, t4(g, '总计'));
    parts.forEach((p) => model.draw(p, (rng) => (rng.chance(0.6) ? 0 : rng.int(1, 4))));
  }
  return {
    width: 15,
    rows: [
      [{ text: '行政复议', colspan: 5 }, { text: '行政诉讼', colspan: 10 }],
      [...T4_COLS.map((text) => ({ text, rowspan: 2 })), { text: '未经复议直接起诉', colspan: 5 }, { text: '复议后起诉', colspan: 5 }],
      [...T4_COLS, ...T4_COLS].map((text) => ({ text })),
      T4_GROUPS.flatMap((g) => T4_COLS.map((c) => ({ ref: t4(g, c) }))),
    ],
  };
}

function statTable(model: Model): Table {
  const flat: { row: PreRow; parent?: PreRow }[] = [];
  const walk = (rows: PreRow[], parent?: PreRow): void => {
    for (const r of rows) {
      flat.push({ row: r, parent });
      walk(r.parts ?? [], r);
    }
  };
  walk(PRE2019);
  const count = new Map<string, number>();
  flat.forEach(({ row: r }) => count.set(stripNote(r.label), (count.get(stripNote(r.label)) ?? 0) + 1));
  const keyOf = (r: PreRow, parent?: PreRow): string => (count.get(stripNote(r.label))! > 1 && parent ? `${stripNote(parent.label)} ${stripNote(r.label)}` : stripNote(r.label));
  const keys = new Map(flat.map(({ row: r, parent }) => [r, keyOf(r, parent)]));

  for (const { row: r } of flat) {
    const ref = stat(keys.get(r)!);
    const parts = (r.parts ?? []).map((p) => stat(keys.get(p)!));
    const rest = r.parts?.find((p) => p.gen === 'rest');
    if (r.gen === 'sum' || rest) model.identity(`P-SUM ${ref.row}`, [ref], parts, r.gen === 'sum' ? ref : stat(keys.get(rest!)!));
    const gen = r.gen;
    if (gen === undefined || gen === 'sum' || gen === 'rest') continue;
    if ('same' in gen) model.identity(`P-EQ ${ref.row}`, [ref], [stat(gen.same)], ref, 'warning');
    else model.draw(ref, range(gen[0], gen[1]));
  }
  return {
    width: 3,
    rows: [
      [{ text: '统 计 指 标' }, { text: '单位' }, { text: '统计数' }],
      ...flat.map(({ row: r }) => [{ text: r.label }, { text: r.unit }, r.gen ? { ref: stat(keys.get(r)!) } : {}]),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Atoms and the document writer

/** A table figure before its span is known. */
type CellDraft = Omit<CellKey, 'span' | 'identities'>;
/** A number in prose, with what it means. */
interface Num {
  num: string;
  facts: ProseFactBody[];
}
/** A table cell with its final text (and, for data cells, its key). */
interface Printed {
  text: string;
  suffix: string;
  cell?: CellDraft;
  colspan: number;
}
type Piece = string | Num | Printed;

interface Atom {
  s: string;
  kind: 'prose' | 'plain' | 'num';
  /** The number as generated (ASCII digits). */
  ascii?: string;
  cell?: CellDraft;
  facts?: ProseFactBody[];
}

/** A block over atom indices: a paragraph's atoms, or a table cell's. */
type DraftBlock =
  | { kind: 'paragraph'; atoms: number[] }
  | { kind: 'table'; width: number; rows: (Omit<BlockCell, 'runs'> & { atoms: number[] })[][] };

class Doc {
  readonly atoms: Atom[] = [];
  readonly blocks: DraftBlock[] = [];
  private readonly atomsOfCell = new Map<Printed, number[]>();
  private add(kind: 'prose' | 'plain', pieces: Piece[]): number[] {
    const added: number[] = [];
    const push = (atom: Atom) => added.push(this.atoms.push(atom) - 1);
    for (const p of pieces) {
      if (typeof p === 'string') {
        if (p) push({ s: p, kind });
      } else if ('num' in p) push({ s: p.num, kind: 'num', ascii: p.num, facts: p.facts });
      else {
        const first = this.atoms.length;
        if (p.cell) push({ s: p.text, kind: 'num', ascii: p.text, cell: p.cell });
        else if (p.text) push({ s: p.text, kind: 'plain' });
        if (p.suffix) push({ s: p.suffix, kind: 'plain' });
        this.atomsOfCell.set(p, added.filter((i) => i >= first));
      }
    }
    return added;
  }
  private paragraph(kind: 'prose' | 'plain', pieces: Piece[]): void {
    const atoms = this.add(kind, pieces);
    this.add(kind, ['\n']);
    if (atoms.length) this.blocks.push({ kind: 'paragraph', atoms });
  }
  line(...pieces: Piece[]): void {
    this.paragraph('plain', pieces);
  }
  para(...pieces: Piece[]): void {
    this.paragraph('prose', pieces);
  }
  /** A table: its flattened lines in the text, its cells as a table block. */
  table(grid: Slot[][], width: number, lines: Piece[][]): void {
    for (const pieces of lines) this.add('plain', [...pieces, '\n']);
    const rows = grid.map((slots, r) =>
      slots.flatMap((s, col) => {
        if (!s.origin) return [];
        let rowspan = 1;
        while (grid[r + rowspan]?.[col]?.cell === s.cell) rowspan++;
        return [{ atoms: this.atomsOfCell.get(s.cell) ?? [], row: r, col, rowspan, colspan: s.cell.colspan }];
      }),
    );
    this.blocks.push({ kind: 'table', width, rows });
  }
}

// ---------------------------------------------------------------------------------------------
// Flattening

interface Slot {
  cell: Printed;
  /** The cell's top-left slot. */
  origin: boolean;
  /** The slot lies in the cell's first column. */
  firstCol: boolean;
}

function printCell(c: Cell, values: Map<string, number>): Printed {
  const colspan = c.colspan ?? 1;
  if (!c.ref) return { text: c.text ?? '', suffix: '', colspan };
  const value = values.get(refKey(c.ref))!;
  const decimals = c.fmt === 'dec2' || c.fmt === 'wan' ? 2 : 0;
  const text = (c.fmt === 'signed' && value > 0 ? '+' : '') + formatScaled(value, decimals);
  return { text, suffix: c.fmt === 'wan' ? '万元' : '', colspan, cell: { ...c.ref, text, value, decimals } };
}

function layout(t: Table, values: Map<string, number>): Slot[][] {
  const grid: Slot[][] = t.rows.map(() => []);
  t.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r][c]) c++;
      const printed = printCell(cell, values);
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++)
        for (let dc = 0; dc < printed.colspan; dc++) grid[r + dr][c + dc] = { cell: printed, origin: dr === 0 && dc === 0, firstCol: dc === 0 };
      c += printed.colspan;
    }
  });
  return grid;
}

type Flatten = (grid: Slot[][], width: number, displayWidth: (s: string) => number) => Piece[][];

const FLATTEN: Record<Flattening, Flatten> = {
  // One cell per line ending in ` |`, an empty cell as a lone `|`; a line of k pipes after a row
  // k cells short of the table's width, except after the last row (seed 002).
  'pipe-cells': (grid, width) =>
    grid.flatMap((slots, r) => {
      const cells = slots.filter((s) => s.origin).map((s) => s.cell);
      const lines: Piece[][] = cells.map((c) => (c.text ? [c, ' |'] : ['|']));
      return cells.length < width && r < grid.length - 1 ? [...lines, ['|'.repeat(width - cells.length)]] : lines;
    }),
  // One row per line, tab-separated with a trailing tab; a row-spanned label leaves an empty cell,
  // a column-spanned one takes a single cell (seed 004).
  tsv: (grid) => grid.map((slots) => [...slots.filter((s) => s.firstCol).flatMap((s, i) => [i ? '\t' : '', s.origin ? s.cell : '']), '\t']),
  markdown: (grid, width) => {
    const rows = grid.map((slots) => ['|', ...slots.flatMap((s) => [' ', s.origin ? s.cell : '', ' |'])]);
    return [rows[0], ['|' + ' --- |'.repeat(width)], ...rows.slice(1)];
  },
  // Labels left, numbers right, columns two spaces apart; spanned cells stretch their last column.
  spaces: (grid, width, displayWidth) => {
    const widthOf = (c: Printed) => displayWidth(c.text + c.suffix);
    const widths = Array<number>(width).fill(0);
    const origins = grid.flatMap((slots) => slots.flatMap((s, c) => (s.origin ? [{ cell: s.cell, c }] : [])));
    const room = (c: number, span: number) => sum(widths.slice(c, c + span)) + 2 * (span - 1);
    origins.filter((o) => o.cell.colspan === 1).forEach(({ cell, c }) => (widths[c] = Math.max(widths[c], widthOf(cell))));
    origins.forEach(({ cell, c }) => (widths[c + cell.colspan - 1] += Math.max(0, widthOf(cell) - room(c, cell.colspan))));
    return grid.map((slots) => {
      const pieces: Piece[] = [];
      for (let c = 0; c < width; ) {
        const s = slots[c];
        const span = s.origin ? s.cell.colspan : 1;
        const blank = !s.origin || !(s.cell.text || s.cell.suffix);
        const pad = ' '.repeat(room(c, span) - (blank ? 0 : widthOf(s.cell)));
        pieces.push(c ? '  ' : '', ...(blank ? [pad] : s.cell.cell ? [pad, s.cell] : [s.cell, pad]));
        c += span;
      }
      while (typeof pieces.at(-1) === 'string' && !(pieces.at(-1) as string).trim()) pieces.pop();
      return pieces;
    });
  },
};

function displayWidth(s: string, wideDigits: boolean): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w += (cp >= 0x2e80 && !(cp >= 0xff61 && cp <= 0xffdc)) || (wideDigits && ch >= '0' && ch <= '9') ? 2 : 1;
  }
  return w;
}

// ---------------------------------------------------------------------------------------------
// Prose

interface Ctx {
  rng: Rng;
  doc: Doc;
  values: Map<string, number>;
  opts: GenerateOptions;
  year: number;
  name: string;
}

const num = (value: number, ...facts: ProseFactBody[]): Num => ({ num: String(value), facts });

/** A prose figure restating the sum of table cells. */
function restated(ctx: Ctx, ...cells: CellRef[]): Num {
  const value = sum(cells.map((c) => ctx.values.get(refKey(c))!));
  return num(value, { kind: 'restated-cell', value, cells });
}

function percent(count: number, base: number, decimals: number, approximate = false): Num {
  const value = scaledPercent(count, base, decimals, approximate);
  return { num: formatScaled(value, decimals), facts: [{ kind: 'percent', value, decimals, count, base, approximate }] };
}

/** `{total}{unit}，其中{label}{part}{unit}{after}{sep}…`; the list kind follows from the arithmetic. */
function list(id: string, total: Num, parts: [label: string, part: Num, ...after: Piece[]][], unit: string, sep: string): Piece[] {
  const totalValue = Number(total.num);
  const partsSum = sum(parts.map(([, p]) => Number(p.num)));
  const listKind: ListKind = partsSum === totalValue ? 'partition' : partsSum < totalValue ? 'incomplete' : 'overlapping';
  total.facts.push({ kind: 'total', value: totalValue, list: id, listKind });
  return [
    total,
    `${unit}，其中`,
    ...parts.flatMap(([label, part, ...after], i) => {
      part.facts.push({ kind: 'part', value: Number(part.num), list: id, label });
      return [i ? sep : '', label, part, unit, ...after];
    }),
  ];
}

/** 主动公开 paragraphs shared by all templates: partitions ending in 其他 (with mixed-precision
 * shares, and without), an incomplete list, overlapping 四办 categories, approximate figures. */
function disclosureParagraphs(ctx: Ctx): void {
  const { rng, doc } = ctx;
  const kinds = ['财政预决算信息', '重大建设项目信息', '公共资源配置信息', '社会公益事业信息', '政策文件信息'];
  const first = rng.int(0, kinds.length - 1);
  const labels = [0, 1, 2].map((i) => kinds[(first + i) % kinds.length]).concat('其他重点领域信息');
  const values = labels.map((_, i) => (i < 3 ? rng.int(20, 400) : rng.int(10, 200)));
  const total = sum(values);
  const shift = rng.int(0, 2);
  doc.para(
    '1.加大重点领域信息公开力度。全年公开重点领域信息共',
    ...list('重点领域', num(total), labels.map((l, i) => [l, num(values[i]), '，占总数的', percent(values[i], total, (i + shift) % 3), '%']), '条', '；'),
    '。',
  );
  const [meetings, events, other] = [rng.int(10, 80), rng.int(10, 80), rng.int(50, 600)];
  const [leaflets, visitors] = [rng.int(2, 9) * 1000, rng.int(2, 9) * 100];
  doc.para(
    '2.拓展政务公开渠道。区政府门户网站发布政务动态信息',
    ...list('政务动态', num(meetings + events + other), [['区政府常务会议信息', num(meetings), '，约占', percent(meetings, meetings + events + other, 1, true), '%'], ['重大活动信息', num(events)]], '条', '；'),
    '。全年发放政务公开宣传资料超',
    num(leaflets, { kind: 'approximate', value: leaflets, qualifier: '超' }),
    '份，接受群众现场咨询',
    num(visitors, { kind: 'approximate', value: visitors, qualifier: '余' }),
    '余人次。',
  );
  const channels = ['马上办', '网上办', '就近办', '一次办'].map((l) => [l, rng.int(20, 400)] as const);
  const largest = Math.max(...channels.map(([, v]) => v));
  const items = num(largest + rng.int(0, sum(channels.map(([, v]) => v)) - largest - 1));
  doc.para(
    '3.深化“放管服”改革。梳理公布“马上办、网上办、就近办、一次办”政务服务事项',
    ...list('四办', items, channels.map(([l, v]) => [l, num(v)]), '项', '、'),
    '。',
  );
  const messages = ['咨询类', '建议类', '投诉类', '其他留言'].map((l) => [l, rng.int(5, 300)] as const);
  doc.para(
    '4.加强互动回应。全年通过区长信箱收到网民留言共',
    ...list('网民留言', num(sum(messages.map(([, v]) => v))), messages.map(([l, v]) => [l, num(v)]), '条', '、'),
    '，均已按时办理答复。',
  );
}

function nationalReport(ctx: Ctx, tables: Record<'二' | '三' | '四', Table>, table: (t: Table) => void): void {
  const { doc, year, name } = ctx;
  const r = (...cells: CellRef[]) => restated(ctx, ...cells);
  doc.line(`${name}${year}年政府信息公开工作年度报告`);
  doc.para(
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
  );
  doc.line('一、总体情况');
  doc.para(`${year}年，${name}坚持以公开为常态、不公开为例外，持续推进政务公开标准化规范化建设，全面提升政务公开质量。`);
  doc.line('（一）主动公开');
  disclosureParagraphs(ctx);
  doc.line('（二）依申请公开');
  const granted = ctx.values.get(refKey(t3(T3.GRANTED, '总计')))!;
  const handled = ctx.values.get(refKey(t3(T3.TOTAL, '总计')))!;
  doc.para(
    '全年共收到政府信息公开申请',
    ...list('申请人', r(t3(T3.NEW, '总计')), [['自然人申请', r(t3(T3.NEW, '自然人'))], ['法人或其他组织申请', r(...CORPORATE.map((c) => t3(T3.NEW, c)))]], '件', '、'),
    '；上年结转政府信息公开申请',
    r(t3(T3.CARRIED, '总计')),
    '件。全年办结',
    ...list('办理结果', r(t3(T3.TOTAL, '总计')), [['予以公开', r(t3(T3.GRANTED, '总计')), '，约占办结总数的', percent(granted, handled, 1, true), '%'], ['部分公开', r(t3(T3.PARTIAL, '总计'))]], '件', '；'),
    '。结转下年度继续办理',
    r(t3(T3.NEXT, '总计')),
    '件。',
  );
  const lastYear = ctx.opts.lastYearNew;
  if (lastYear !== undefined) {
    const now = ctx.values.get(refKey(t3(T3.NEW, '总计')))!;
    const cells = [t3(T3.NEW, '总计')];
    doc.para('与上年相比，本年新收政府信息公开申请', r(...cells), '件，较上年（', num(lastYear, { kind: 'last-year-cell', value: lastYear, cells }), `件）${now >= lastYear ? '增加' : '减少'}`, num(Math.abs(now - lastYear)), '件。');
  }
  doc.line('（三）政府信息管理');
  doc.para('严格落实公开属性源头认定和保密审查制度，动态更新政府信息公开指南和目录，确保发布信息准确、规范。');
  doc.line('二、主动公开政府信息情况');
  table(tables.二);
  doc.line('三、收到和处理政府信息公开申请情况');
  table(tables.三);
  doc.line('四、政府信息公开行政复议、行政诉讼情况');
  table(tables.四);
  const direct = t4('未经复议直接起诉', '总计');
  const afterReview = t4('复议后起诉', '总计');
  doc.para(
    '全年发生政府信息公开行政复议',
    r(t4('行政复议', '总计')),
    '件，行政诉讼',
    ...list('行政诉讼', r(direct, afterReview), [['未经复议直接起诉', r(direct)], ['复议后起诉', r(afterReview)]], '件', '、'),
    '。',
  );
  doc.line('五、存在的主要问题及改进情况');
  doc.para(ctx.opts.problems ?? '一是政策解读的形式还不够丰富；二是基层政务公开标准化规范化水平有待提高。下一步，将加强业务培训，完善考核评议机制，推动政务公开工作提质增效。');
  doc.line('六、其他需要报告的事项');
  doc.para(ctx.opts.template === '2021' ? '本年度未收取信息处理费。' : '无。');
}

function pre2019Report(ctx: Ctx, stats: Table, table: (t: Table) => void): void {
  const { doc, year, name, rng } = ctx;
  const r = (...rows: string[]) => restated(ctx, ...rows.map(stat));
  const answered = ctx.values.get(refKey(stat('（三）申请答复数')))!;
  const shift = rng.int(0, 2);
  const answers: [string, string][] = [
    ['属于已主动公开范围的', '1.属于已主动公开范围数'],
    ['同意公开的', '2.同意公开答复数'],
    ['同意部分公开的', '3.同意部分公开答复数'],
    ['不同意公开的', '4.不同意公开答复数'],
    ['不属于本行政机关公开的', '5.不属于本行政机关公开数'],
    ['申请信息不存在的', '6.申请信息不存在数'],
    ['告知作出更改补充的', '7.告知作出更改补充数'],
    ['告知通过其他途径办理的', '8.告知通过其他途径办理数'],
  ];
  doc.line(`${name}${year}年政府信息公开工作年度报告`);
  doc.para(`根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由${name}人民政府办公室编制${name}${year}年政府信息公开工作年度报告。现将${year}年政府信息公开情况报告如下。`);
  doc.line('一、概述');
  doc.para(`${year}年，我区认真贯彻落实《条例》，围绕区委、区政府中心工作，加大重点领域信息公开力度，不断拓展公开渠道，增强公开实效。`);
  doc.line('二、政府信息公开情况');
  doc.line('（一）主动公开政府信息情况');
  doc.para(`${year}年，全区主动公开政府信息`, r('（一）主动公开政府信息数'), '条。');
  disclosureParagraphs(ctx);
  doc.line('（二）依申请公开办理情况');
  doc.para(
    `${year}年全区共收到政府信息公开申请`,
    ...list('申请方式', r(RECEIVED), [['当面申请', r('1.当面申请数')], ['传真申请', r('2.传真申请数')], ['网络申请', r('3.网络申请数')], ['信函申请', r('4.信函申请数')]], '件', '、'),
    '。全年办结',
    ...list('办结', r('（二）申请办结数'), [['按时办结', r('1.按时办结数')], ['延期办结', r('2.延期办结数')]], '件', '、'),
    '。全年共答复',
    ...list('答复', r('（三）申请答复数'), answers.map(([label, key], i) => [label, r(key), '，占总数的', percent(ctx.values.get(refKey(stat(key)))!, answered, (i + shift) % 2), '%']), '件', '；'),
    '。',
  );
  doc.line('（三）政府信息公开的收费及减免情况');
  doc.para(`${year}年未收取任何依申请公开政府信息费用。`);
  doc.line('（四）行政复议、行政诉讼情况');
  doc.para(
    '因政府信息公开申请的行政复议共',
    ...list('行政复议', r('四、行政复议数量'), [['维持具体行政行为', r('（一）维持具体行政行为数')], ['被依法纠错', r('四、行政复议数量 （二）被依法纠错数')], ['其他情形', r('四、行政复议数量 （三）其他情形数')]], '件', '，'),
    '。提起行政诉讼案件',
    ...list('行政诉讼', r('五、行政诉讼数量'), [['维持具体行政行为或者驳回原告诉讼请求', r('（一）维持具体行政行为或者驳回原告诉讼请求数')], ['被依法纠错', r('五、行政诉讼数量 （二）被依法纠错数')], ['其他情形', r('五、行政诉讼数量 （三）其他情形数')]], '件', '，'),
    '。',
  );
  doc.line('（五）举报投诉情况');
  doc.para('全年受理涉及政府信息公开的举报投诉', r('六、举报投诉数量'), '件，均已按期办结。');
  doc.line('三、主要问题及改进措施');
  doc.para('一是部分单位对政府信息公开工作的认识还不到位；二是依申请公开答复的规范性有待提高。下一步，将加强业务培训，规范依申请公开的受理、办理和答复流程。');
  doc.line(`${name}政府信息公开工作领导小组办公室`);
  doc.line(`${year + 1}年1月${rng.int(10, 28)}日`);
  doc.line('政府信息公开情况统计表');
  doc.line(`（${year}年度）`);
  doc.line(`填报单位（盖章）：${name}政府信息公开办公室`);
  table(stats);
  doc.line(`单位负责人：张明  审核人：李华  填报人：王芳  填报日期：${year + 1}年1月${rng.int(10, 28)}日`);
}

// ---------------------------------------------------------------------------------------------
// Surface options

let converter: ((s: string) => string) | undefined;
/** Simplified → traditional with Taiwan variants (為, 群眾, as in seed 002); keeps code-point counts. */
const toTraditional = (s: string) => (converter ??= OpenCC.ConverterFactory([STPhrases, STCharacters], [TWVariants]))(s);

/** Pinyin that conversion noise puts after some traditional characters (seed 002: `據(jù)`, `區(qū)`). */
const GLOSSES: Record<string, string> = {
  據: 'jù', 區: 'qū', 數: 'shù', 結: 'jié', 轉: 'zhuǎn', 務: 'wù', 進: 'jìn', 規: 'guī', 應: 'yīng', 網: 'wǎng',
  導: 'dǎo', 標: 'biāo', 準: 'zhǔn', 項: 'xiàng', 關: 'guān', 體: 'tǐ', 發: 'fā', 費: 'fèi', 範: 'fàn', 訴: 'sù', 議: 'yì',
};

function applySurface(atoms: Atom[], opts: GenerateOptions, rng: Rng): void {
  if (opts.traditional) {
    const converted = Array.from(toTraditional(atoms.map((a) => a.s).join('')));
    let i = 0;
    for (const a of atoms) {
      const n = Array.from(a.s).length;
      a.s = converted.slice(i, i + n).join('');
      i += n;
      if (a.kind === 'num' && a.s !== a.ascii) throw new Error(`conversion changed the figure ${a.ascii}`);
      if (a.kind === 'prose') a.s = Array.from(a.s, (ch) => (GLOSSES[ch] && rng.chance(0.5) ? `${ch}(${GLOSSES[ch]})` : ch)).join('');
    }
    if (i !== converted.length) throw new Error('conversion changed the number of code points');
  }
  for (const a of atoms) {
    if (opts.fullWidthDigits) a.s = toFullWidthDigits(a.s);
    if (opts.crlf) a.s = a.s.replace(/\n/g, '\r\n');
  }
}

// ---------------------------------------------------------------------------------------------

const PLACES = ['青溪区', '临川区', '东湖区', '南屏区', '北塘区', '西岭区', '云山区', '平江区'];
const YEARS: Record<TemplateId, [number, number]> = { pre2019: [2015, 2018], '2019': [2019, 2020], '2021': [2021, 2024] };

export function generateReport(opts: GenerateOptions): GeneratedReport {
  const rng = new Rng(opts.seed);
  const model = new Model();
  const national = opts.template === 'pre2019' ? undefined : { 二: tableTwo(model, TABLE_TWO[opts.template]), 三: tableThree(model, RESULTS[opts.template]), 四: tableFour(model) };
  const stats = national ? undefined : statTable(model);
  const doc = new Doc();
  const values = model.values(rng, opts.fixed);
  const [year, name] = [rng.int(...YEARS[opts.template]), rng.pick(PLACES)];
  const ctx: Ctx = { rng, doc, values, opts, year: opts.year ?? year, name: opts.name ?? name };

  const markdown = opts.flattening === 'markdown';
  const table = (t: Table) => {
    if (markdown) doc.line();
    const grid = layout(t, ctx.values);
    doc.table(grid, t.width, FLATTEN[opts.flattening](grid, t.width, (s) => displayWidth(s, !!opts.fullWidthDigits)));
    if (markdown) doc.line();
  };
  if (national) nationalReport(ctx, national, table);
  else pre2019Report(ctx, stats!, table);

  applySurface(doc.atoms, opts, rng);
  const idsOf = new Map<string, string[]>();
  for (const id of model.identities) for (const ref of [...id.lhs, ...id.rhs]) idsOf.set(refKey(ref), [...(idsOf.get(refKey(ref)) ?? []), id.id]);
  const cells: CellKey[] = [];
  const prose: ProseFact[] = [];
  const runs: TextRun[] = [];
  let offset = 0;
  for (const a of doc.atoms) {
    const span = { start: offset, end: offset + a.s.length };
    offset = span.end;
    runs.push({ text: a.s, span });
    if (a.cell) cells.push({ ...a.cell, span, identities: idsOf.get(refKey(a.cell)) ?? [] });
    for (const f of a.facts ?? []) prose.push({ ...f, span, text: a.ascii! });
  }
  const runsOf = (atoms: number[]) => atoms.map((i) => runs[i]);
  const blocks = doc.blocks.map((b): ReportBlock =>
    b.kind === 'paragraph' ? { kind: 'paragraph', runs: runsOf(b.atoms) } : { ...b, rows: b.rows.map((cells) => cells.map(({ atoms, ...c }) => ({ ...c, runs: runsOf(atoms) }))) },
  );
  return { options: opts, text: doc.atoms.map((a) => a.s).join(''), cells, identities: model.identities, prose, blocks };
}

/** Cells that some error-level identity checks: changing one of them must be reported. */
export function checkedCells(report: GeneratedReport): CellKey[] {
  const strict = new Set(report.identities.filter((i) => i.severity === 'error').map((i) => i.id));
  return report.cells.filter((c) => c.identities.some((id) => strict.has(id)));
}
