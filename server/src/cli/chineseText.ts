// How much a decoded text reads like a Chinese report, to choose between the encodings that can
// decode its bytes: a wrong legacy decoding (Big5 read as GBK, GBK read as Big5) gives Han
// characters too, but rare ones mixed with kana, symbols and private-use characters.

// The 300 most frequent Han characters of 18 published annual reports (2018–2025, place names left
// out), their traditional forms (OpenCC cn → t, tw, twp, hk) and the usual full-width punctuation.
// They are 81–91% of the Han characters of those reports and of the bundled samples, in either
// form, but 2–17% of those of Big5 read as GB18030 or GBK read as Big5.
const FREQUENT = new Set(
  '政公开信息府的务作工行理年一和项办件区全申发关实情请进结度新网化要不人规事数等条其制本第平市报主三二' +
    '况及动法范中果布站重建方会策上强复提他部保机管加在时服文体解通设门于面性内有目民告合处大业对推量共是' +
    '计议容国审各读展总定求众以依点查收持问诉分社领题力四类式单与位步应用正台验专确安为同改下完准相域十媒' +
    '形据决好属成期生监落过能核出效案了未维导知栏五升个做组群标例到统户指高程现答综费日地督需责号系省次明' +
    '回善室委权六级构按织整集予厅企格取施接经起任后线围资运无讼续照存深并态源占入断自基考道商认编月可严置' +
    '采录或纠切优转尚电传我意调联更增常立受执微障律供多评环批护益金员根由流间已密检家山真渠具促质产院绕心' +
    '開務項辦區發關實請進結網規數條報況動範會強復機時體設門於內處業對計議國審讀總衆眾點問訴領題類單與應臺' +
    '驗專確爲為準據決屬監過維導欄個組羣標統戶現綜費責號權級構織廳經後線圍資運無訟續並態佔斷認編嚴採錄糾優' +
    '轉電傳調聯執評環護員間檢質產繞' +
    '，。、：；（）《》“”？！—…·',
);

function isChinese(c: number): boolean {
  return (
    c === 0xb7 || c === 0xd7 || // · ×
    (c >= 0x2000 && c <= 0x206f) || // general punctuation: — “ ” …
    (c >= 0x2460 && c <= 0x24ff) || // ① ⑴
    (c >= 0x2500 && c <= 0x257f) || // box drawing: tables in plain text
    (c >= 0x3000 && c <= 0x303f) || // 、。《》【】
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x20000 && c <= 0x3134f)
  );
}

/**
 * From 0 to 1: each non-ASCII character counts 1 when it is frequent in reports, ½ when it is
 * another Han character or Chinese punctuation, and 0 otherwise. 0 for a text without non-ASCII.
 */
export function chineseScore(text: string): number {
  let nonAscii = 0;
  let points = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    points += FREQUENT.has(ch) ? 2 : isChinese(c) ? 1 : 0;
  }
  return nonAscii === 0 ? 0 : points / (2 * nonAscii);
}
