// The words and table cells the checks across years rest on, as data.
import type { SubordinateKind } from './types';

/** Cells that carry over from one year's report into the next's: table 三 `二、上年结转` and `四、结转下年度`, table 二's counts of documents and items. */
export const CARRIED_ROWS: Readonly<Record<string, readonly string[]>> = { t3: ['carry', 'next'] };
export const CARRIED_COLUMNS: Readonly<Record<string, readonly string[]>> = { t2: ['issued', 'abolished', 'inForce', 'lastYear', 'change'] };

/**
 * Between a prose figure and the one right after it, words that make the second last year's value of
 * the same quantity: `81件，较上年（74件）`, `81件，上年为74件`, `81件（去年同期74件）`, `81件，比上年的74件`.
 */
export const LAST_YEAR_CONNECTOR = /^[,(]?(较|比|与)?(上年|去年|上一年)度?(同期)?(的|为|是|有)?\(?$/;

/** A sentence shorter than this (compact characters) is never compared between years (`无。`, headings). */
export const MIN_SENTENCE = 20;
/** Copied sentences are reported when a run of them is at least this long (compact characters). */
export const MIN_COPIED = 100;

/** Sentences every report writes alike, year after year, by the form's own wording: never "copied". */
export const BOILERPLATE = [
  /^本(年度)?报告(是)?根据《中华人民共和国政府信息公开条例》/,
  /^本(年度)?报告(包括|共分|由|分为)/,
  /统计期限/,
  /^本(年度)?报告(的)?电子版/,
  /如对本(年度)?报告有(任何)?疑问/,
  /^本报告中所列数据/,
];

/**
 * Subordinates prose may state figures of as a whole (`各县区共收到申请…件`), and the names of the bodies
 * that are such subordinates (their reports' titles or file names). A department's name alone does not
 * say whose it is (`教育局`), so departments count only when `owned`: named with the region's name before
 * their own and no other place between (`淮安市教育局`, not `淮安市洪泽区教育局`).
 */
export const SUBORDINATES: readonly { kind: SubordinateKind; words: RegExp; body: RegExp; owned?: true }[] = [
  { kind: 'counties', words: /^各(县|区|县区|区县|县市区|县\(市、?区\)|县\(市\)区|区\(县\))/, body: /(县|区|旗)$/ },
  { kind: 'townships', words: /^各(乡镇|镇|乡|街道|镇街|镇\(街道\)|乡镇\(街道\)|街镇)/, body: /(乡|镇|街道|街道办事处)$/ },
  { kind: 'departments', words: /^([市县区旗]直)?各部门/, body: /(局|委|委员会|办|办公室|厅|署|中心)$/, owned: true },
];

/**
 * Words that name a place in what follows the region's name in a department's (`洪泽区` of
 * `淮安市洪泽区教育局`): such a department is another place's. `市场监督管理局` is missed with them, which
 * only leaves it out of the sum (one warning fewer), where counting another place's would raise a false one.
 */
export const OTHER_PLACE = /[省市县区旗乡镇]|街道/;
