// The words prose understanding rests on, as data: who a figure is about, which period, what a
// difference looks like, what a share's base is called, which rates exist, how a partition is
// introduced. The readers in this folder only combine them.

/**
 * Subjects that make a figure another body's, not the reporting body's: subordinate governments
 * and departments (`各县（市、区）`, `市直部门`, `各乡镇`), a whole system, an office acting for the body
 * (`区政府办代表区政府`).
 */
export const OTHER_BODY = /各(县|区|市|乡|镇|街道|部门|单位|级|地|有关)|[市县区]直|所属|下属|直属|[局厅委办]属|系统|全省|政府办|法制办|办公[室厅]/;

/** A named unit inside a 其中 clause is a part of the body, not the body (`其中县自然资源局受理52件`). */
export const NAMED_UNIT = /[局委办处厅所院站队]|委员会|中心|[乡镇]政府/;

/** Scopes wider than disclosure (`各类行政复议案件41件`): the figure counts more than the table does. */
export const WIDER_SCOPE = /各类|各种|全部案件|所有案件/;

/** A subset named before a 其中 (`涉及房屋征收的申请8件，其中予以公开3件`): its parts are not the table's rows. */
export const SUBSET_SCOPE = /涉及(?!政府信息公开)[^,;。]{1,20}的/;

/** A sentence that puts its figures outside the tables (`…46件，不属于政府信息公开类案件，未列入下表`). */
export const OUTSIDE_TABLES = /不属于政府信息公开|不是[^,;。]{0,20}政府信息公开|非政府信息公开|[未不](列|计|统计)入|不在[^,;。]{0,6}表/;

/** Periods other than the report's (a named earlier year is checked against the report year). */
export const PAST_PERIOD = '上年度?|去年|上一年度?|前一年|上年同期|同期';
/** Words that put a clause in the report's own period. */
export const OWN_PERIOD = /本年度?|今年|全年|当年/;

/** A comparison: the clause sets a figure against another period's (`较上年`, `同比`, `与2015年的59件相比`). */
export const COMPARISON = /较|比上|同比|环比|相比|相较|比\d{4}年/;
/** Verbs of a change, right before its figure (`增加25件`, `减少了9件`, `同比下降13.8%`). */
export const CHANGE_VERB = /(增加|减少|增长|下降|上升|提高|降低|增多|回落|减|增|多|少)(了)?(约|近)?$/;
/** A growth rate rather than a share (`增长40.3%`, `同比下降13.8%`); a decline's sign is negative. */
export const GROWTH = /(增加|增长|上升|提高|增多|减少|下降|降低|回落)(了)?(约|近)?$/;
export const DECLINE = /(减少|下降|降低|回落)(了)?(约|近)?$/;

/** Concepts a share or a rate may be of, and that prose figures may state. */
export type ConceptId = 'received' | 'new' | 'due' | 'closed' | 'onTime' | 'answered' | 'cannotProvide' | 'refused' | 'notProcessed' | 'active';

export interface Concept {
  id: ConceptId;
  /** How a share names it as its base (`占办结总数的`, `占已办结申请的`, `在已办结的申请中`). */
  baseWords: readonly string[];
  /** Words at the end of a prose figure's label that make it this concept (`全年办结80件`, `本年度办结的198件`). */
  figureWords: readonly string[];
  /** Words that make such a label something narrower (`按时办结56件`). */
  notFigureWords?: readonly string[];
  /** The paragraph (or its section) must be about these: `受理群众事项9449件` is no application. */
  about?: readonly string[];
}

const APPLICATIONS = ['申请'];

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'received',
    baseWords: ['收到申请总数', '受理申请总数', '申请总数', '申请总量', '收到申请', '受理申请', '申请量', '全部申请', '受理总数', '收到总数'],
    figureWords: ['收到', '受理', '接收', '接到', '申请总数', '申请总量'],
    notFigureWords: ['新收', '应办理', '结转', '已办结', '办结'],
    about: APPLICATIONS,
  },
  { id: 'new', baseWords: ['新收申请总数', '新收申请', '新收总数', '本年新收', '新收的申请'], figureWords: ['新收'], notFigureWords: ['结转'], about: APPLICATIONS },
  { id: 'due', baseWords: ['应办理申请总数', '应办理申请', '应办理', '需办理'], figureWords: ['应办理', '应办结', '需办理'], about: APPLICATIONS },
  {
    id: 'closed',
    baseWords: ['办结总数', '已办结申请', '已办结的申请', '办结的申请', '办结申请', '全年办结量', '办结量', '办结数', '已办结', '办结件数'],
    figureWords: ['办结', '办理完毕'],
    notFigureWords: ['按时办结', '按期办结', '延期办结', '逾期办结', '未办结', '未能办结', '当日办结', '即时办结'],
    about: APPLICATIONS,
  },
  { id: 'onTime', baseWords: [], figureWords: ['按时办结', '按期办结', '法定期限内办结'], about: APPLICATIONS },
  { id: 'answered', baseWords: ['答复总数', '答复数', '全部答复', '答复申请总数', '作出答复'], figureWords: ['答复'], notFigureWords: ['不予答复', '未答复'], about: APPLICATIONS },
  { id: 'cannotProvide', baseWords: ['无法提供总数', '无法提供的'], figureWords: ['无法提供'] },
  { id: 'refused', baseWords: ['不予公开总数', '不予公开的'], figureWords: ['不予公开'] },
  { id: 'notProcessed', baseWords: ['不予处理总数', '不予处理的'], figureWords: ['不予处理'] },
  { id: 'active', baseWords: ['主动公开总数', '主动公开信息总数', '主动公开政府信息总数', '公开信息总数'], figureWords: ['主动公开'] },
];

/**
 * What a named base most likely equals when the report states no figure for it (`占答复总数的` where only
 * 收到 is stated): a candidate only, that a list's sibling shares must confirm.
 */
export const CONCEPT_FALLBACK: Partial<Record<ConceptId, readonly ConceptId[]>> = {
  answered: ['closed', 'received'],
  closed: ['due', 'received'],
  new: ['received'],
};

/** A named rate (`办结率`): which concept it divides by which (the first denominator stated in prose wins). */
export interface RateDef {
  /** The words before 率 (`按时办结` of 按时办结率). */
  words: readonly string[];
  numerator: ConceptId;
  denominators: readonly ConceptId[];
}

export const RATES: readonly RateDef[] = [
  { words: ['按时办结', '按期办结', '按时答复'], numerator: 'onTime', denominators: ['closed'] },
  { words: ['办结', '答复'], numerator: 'closed', denominators: ['due', 'received'] },
];

/** Words that open a partition of the figure before them without 其中 (`按申请方式分：`, `从类别看，`). */
export const PARTITION_INTRO = /^(其中|按[^,;:。]{1,8}(分|划分|统计|区分)|从[^,;:。]{1,10}(看|来看|分析|上看)|主要类别有|主要类别为|具体为|具体包括|分类型看|分别是|分别为)[:,]?/;

/** A list item that closes a partition: everything not named before it (`其他方式4件`, `咨询及其他1381件`). */
export const CATCH_ALL_LABEL = /^(其他|其它|其余|另有?其他)|(及|和|与|或|等)(其他|其它)(类|方面|事项|情形)?$/;
export const CATCH_ALL_AFTER = /^(为|属于?|是)?(其他|其它|其余)/;

/** Pairs that partition applications between them (按时/延期, 自然人/法人). */
export const KNOWN_PAIRS: readonly (readonly RegExp[])[] = [
  [/按时|按期/, /延期/],
  [/自然人/, /法人/],
];

/** A list item that sums the items just before it (`予以公开和部分公开合计110件`). */
export const SUBTOTAL_LABEL = /合计|小计|共计|总计|两项|二者|以上/;

/** Publication channels: the same item is counted in each channel it went out on, but once in the total. */
export const CHANNEL = /网站|微博|微信|公报|新闻发布|客户端|APP|媒体|渠道|平台|公开栏|报纸|广播|电视|短信|热线|显示屏/i;

/** Words that mark a figure as a total (`共`, not the 共 of 公共; `累计`, `合计`, `全年`). */
export const TOTAL_MARK = /((?<!公)共|累计|总计|合计|全年)[^\d,;。]{0,12}$/;
