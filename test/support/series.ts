// One body's reports over consecutive years, generated so that what carries over does (table 三's
// 上年结转 = last year's 结转下年度, table 二's counts), with cross-year errors planted on request and
// an answer key: which cell of which year is wrong, and by how much.
import { generateReport, refKey, Rng, type CellRef, type Flattening, type GeneratedReport, type TemplateId } from './generate';

const APPLICANTS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const CARRIED = '二、上年结转政府信息公开申请数量';
const NEXT = '四、结转下年度继续办理';
const NEW = '一、本年新收政府信息公开申请数量';
const DOCUMENT_ROWS = ['规章', '行政规范性文件'];
const ITEM_ROWS = ['行政许可', '其他对外管理服务事项', '行政处罚', '行政强制', '行政事业性收费'];

/** An error planted in one year's report: the cell (or prose figure) is off by `delta` from what carries over. */
export type Plant =
  | { kind: 'carry'; year: number; column: string; delta: number }
  | { kind: 'inForce'; year: number; row: string; delta: number }
  | { kind: 'items'; year: number; row: string; delta: number }
  | { kind: 'lastYearNew'; year: number; delta: number }
  /** The same section 五 paragraph in this year's report and the year before's. */
  | { kind: 'copied'; year: number };

export interface SeriesOptions {
  seed: number;
  name: string;
  years: readonly number[];
  flattening: Flattening;
  plants?: readonly Plant[];
  /** The body's name from this year on (renamed: 撤县设区). */
  renamed?: { year: number; name: string };
  /** A second, different report of this year. */
  twice?: number;
}

export interface SeriesReport {
  year: number;
  name: string;
  report: GeneratedReport;
}

const templateOf = (year: number): TemplateId => (year >= 2021 ? '2021' : '2019');
const ref = (table: string, row: string, col: string): CellRef => ({ table, row, col });

/** Problems paragraphs that differ from year to year (a report that copies one is planted). */
function problemsOf(year: number, rng: Rng): string {
  const topics = ['政策解读的形式还不够丰富', '基层政务公开标准化规范化水平有待提高', '依申请公开答复的规范性有待加强', '政府网站信息更新不够及时', '公开内容的针对性和实用性不强'];
  const [a, b] = rng.sample(topics, 2);
  return `${year}年，一是${a}，部分单位对政务公开工作的重视程度仍需提升；二是${b}，公开平台之间的信息联动还不够顺畅。下一步，我们将针对上述问题加强业务培训和督促检查，完善考核评议机制，推动政务公开工作提质增效。`;
}

export function generateSeries(opts: SeriesOptions): SeriesReport[] {
  const rng = new Rng(opts.seed);
  const plants = opts.plants ?? [];
  const out: SeriesReport[] = [];
  let previous: GeneratedReport | null = null;
  let previousYear = -1;
  let previousProblems = '';
  /** How far the planted error moves this year's cell (0 when none is planted there). */
  const deltaOf = (kind: Plant['kind'], year: number, at?: string): number => {
    const p = plants.find((x) => x.kind === kind && x.year === year && (at === undefined || ('column' in x ? x.column : 'row' in x ? x.row : '') === at));
    return p && 'delta' in p ? p.delta : 0;
  };
  const valueIn = (report: GeneratedReport, r: CellRef) => report.cells.find((c) => refKey(c) === refKey(r))?.value;
  for (const year of opts.years) {
    const template = templateOf(year);
    const fixed = new Map<string, number>();
    const consecutive = previous !== null && previousYear === year - 1;
    if (consecutive) {
      for (const col of APPLICANTS) {
        fixed.set(refKey(ref('三', CARRIED, col)), valueIn(previous!, ref('三', NEXT, col))! + deltaOf('carry', year, col));
      }
      if (template === '2021' && templateOf(year - 1) === '2021') {
        for (const row of DOCUMENT_ROWS) {
          const [issued, abolished] = [rng.int(0, 20), rng.int(0, 10)];
          fixed.set(refKey(ref('二', row, '本年制发件数')), issued);
          fixed.set(refKey(ref('二', row, '本年废止件数')), abolished);
          fixed.set(refKey(ref('二', row, '现行有效件数')), valueIn(previous!, ref('二', row, '现行有效件数'))! + issued - abolished + deltaOf('inForce', year, row));
        }
      }
      if (template === '2019' && templateOf(year - 1) === '2019') {
        for (const row of ITEM_ROWS) {
          const count = valueIn(previous!, ref('二', row, '上一年项目数量'))! + valueIn(previous!, ref('二', row, '本年增/减'))!;
          fixed.set(refKey(ref('二', row, '上一年项目数量')), count + deltaOf('items', year, row));
        }
      }
    }
    const restatesLastYear = consecutive && plants.some((p) => p.kind === 'lastYearNew' && p.year === year);
    const lastYearNew = restatesLastYear ? valueIn(previous!, ref('三', NEW, '总计'))! + deltaOf('lastYearNew', year) : undefined;
    const copied = plants.some((p) => p.kind === 'copied' && p.year === year);
    const problems = copied ? previousProblems : problemsOf(year, rng);
    const name = opts.renamed && year >= opts.renamed.year ? opts.renamed.name : opts.name;
    const seed = rng.int(1, 2 ** 31);
    const report = generateReport({ seed, template, flattening: opts.flattening, year, name, fixed, lastYearNew, problems });
    out.push({ year, name, report });
    if (opts.twice === year) out.push({ year, name, report: generateReport({ seed: seed + 1, template, flattening: opts.flattening, year, name, problems: problemsOf(year, rng) }) });
    [previous, previousYear, previousProblems] = [report, year, problems];
  }
  return out;
}
