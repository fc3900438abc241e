// Whose report of which year a file is: the issuing body and the year from the report's title
// (`平潭综合实验区2024年度政府信息公开工作年度报告`, `2019年上海市人民政府办公厅政府信息公开工作年度报告`),
// else from the file's name, else from its folder's name (`洪泽区/2023.txt`, `22_平潭综合实验区_2024.txt`).
// Each part says where it came from; nothing is guessed from the report's body text. What the audit
// page shows and what the checks across years pair by. Paths are plain strings: no IO here.

export type IdentitySource = 'title' | 'path';

export interface ReportIdentity {
  body: string | null;
  bodyFrom: IdentitySource | null;
  /** What one body's reports share: its name without spaces, punctuation or a trailing `人民政府`. */
  bodyKey: string | null;
  year: number | null;
  yearFrom: IdentitySource | null;
}

const TITLE_LABEL = /^\s*(?:标题|题目)\s*[:：]\s*/;
const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})\s*年度?/;
const BARE_YEARS = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/g;
/** What a report calls itself after the body's name and year. */
const REPORT_WORDS = /(?:关于)?(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)|政务公开(?:工作)?(?:年度)?(?:报告|年报)|年度报告|年报|报告/;
/** Words of a report's name, never a body's. */
const GENERIC = /^(?:政府|政务|信息|公开|工作|年度|报告|年报)+$/;
const EDGE_NOISE = /^(?:[\s\d_\-–—.、，,（）()·:：]|关于)+|[\s\d_\-–—.、，,（）()·:：的]+$/g;
const HAN = /\p{Script=Han}/gu;
/** A file or folder name is taken for a body's only when it ends as bodies' names end (`空文件.txt` names none). */
const BODY_END = /(?:省|市|区|县|旗|州|盟|乡|镇|街道|村|社区|政府|厅|局|委|委员会|办|办公室|院|署|中心|所|站|会|馆|处|部|队)$/;
/** The end of a body's name that does not change the body (`洪泽区人民政府` is 洪泽区's report). */
const BODY_SUFFIX = /(?:人民政府|政府)$/;
const KEY_NOISE = /[\s·•_\-—.()（）【】《》"“”]/g;

/** `title`: the report's title line, if it has one; `path`: the file's path as given (either separator). */
export function reportIdentity(title: string | null, path: string): ReportIdentity {
  const fromTitle = title === null ? null : titleParts(title);
  const names = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.' && p !== '..').reverse();
  const fromPath = names.slice(0, 2).map((name, i) => nameParts(i === 0 ? stem(name) : name));
  const body = fromTitle?.body ?? null;
  const year = fromTitle?.year ?? null;
  const pathBody = fromPath.find((p) => p.body !== null)?.body ?? null;
  const pathYear = fromPath.find((p) => p.year !== null)?.year ?? null;
  const named = body ?? pathBody;
  return {
    body: named,
    bodyFrom: body !== null ? 'title' : pathBody !== null ? 'path' : null,
    bodyKey: named === null ? null : named.replace(KEY_NOISE, '').replace(BODY_SUFFIX, '') || null,
    year: year ?? pathYear,
    yearFrom: year !== null ? 'title' : pathYear !== null ? 'path' : null,
  };
}

/** A file's name without its extensions (`02_洪泽区_2023.raw.txt` → `02_洪泽区_2023`). */
export const stem = (name: string): string => name.replace(/(\.[A-Za-z][A-Za-z0-9]{0,4})+$/, '');

function titleParts(title: string): { body: string | null; year: number | null } {
  const text = title.replace(TITLE_LABEL, '');
  const words = REPORT_WORDS.exec(text);
  if (!words) return { body: null, year: null };
  const head = text.slice(0, words.index);
  const year = YEAR.exec(head);
  return { body: bodyName(year ? head.replace(year[0], ' ') : head), year: year ? Number(year[1]) : null };
}

/** A name's year (the one written `…年` if any, else the last) and the body it names. */
function nameParts(name: string): { body: string | null; year: number | null } {
  const written = YEAR.exec(name);
  const bare = name.match(BARE_YEARS);
  const rest = name.replace(YEAR, ' ').replace(BARE_YEARS, ' ').replace(REPORT_WORDS, ' ');
  const pieces = rest.split(/[\s_\-–—.]+/).map(bodyName);
  return { body: pieces.find((p) => p !== null && BODY_END.test(p)) ?? null, year: written ? Number(written[1]) : bare ? Number(bare[bare.length - 1]) : null };
}

/** A body's name has two Han characters at least and no Latin letters (`75db285d` is a hash, not a body). */
function bodyName(text: string): string | null {
  const name = text.replace(EDGE_NOISE, '').replace(/\s+/g, '');
  if (/[A-Za-z]/.test(name) || (name.match(HAN) ?? []).length < 2 || GENERIC.test(name)) return null;
  return name;
}
