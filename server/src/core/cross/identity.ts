// Which body issued a report and for which year: from its title (`平潭综合实验区2023年政府信息公开
// 工作年度报告`: the body is what stands before the year), else from its file or folder name
// (`17_平潭综合实验区_2019.txt`, `临川区/2021.txt`). Paths are plain strings: no IO here.
import { BODY_SUFFIX, NAME_NOISE, TITLE_LEAD, TITLE_YEAR } from './vocabulary';

export interface Identity {
  year: number | null;
  /** The body's name as written (title or path), and the key reports of one body share. */
  body: string | null;
  bodyKey: string | null;
  /** Where year and body were read: `title`, `path`, or the title's body with the path's year. */
  source: 'title' | 'path';
}

const keyOf = (name: string): string => name.replace(/[\s·•_\-—.()（）【】《》"“”]/g, '').replace(BODY_SUFFIX, '');

/** Year and body named by a title; null parts where it names none. */
export function titleIdentity(title: string): { year: number | null; body: string | null } {
  const text = title.trim();
  const m = TITLE_YEAR.exec(text);
  if (!m) return { year: null, body: null };
  const body = text.slice(0, m.index).replace(TITLE_LEAD, '').trim();
  return { year: Number(m[1]), body: keyOf(body) ? body : null };
}

const parts = (path: string): string[] => path.split(/[\\/]+/).filter((p) => p !== '' && p !== '.' && p !== '..');
/** A name without its extensions (`02_洪泽区_2023.raw.txt` → `02_洪泽区_2023`). */
const stem = (name: string): string => name.replace(/(\.[A-Za-z][A-Za-z0-9]{0,4})+$/, '');
const YEAR = /(?:19|20)\d{2}/g;

/** What a file or folder name says of the body, its year and numbering taken out (`17_平潭综合实验区_2019` → `平潭综合实验区`). */
function nameBody(name: string): string {
  const words = name.replace(YEAR, ' ').replace(NAME_NOISE, ' ').replace(/^[\s\d_\-.]+/, '').replace(/[\s\d_\-.]+$/, '');
  return /[\u4e00-\u9fff]/.test(words) ? words.trim() : '';
}

/** Year and body named by a path: the file's name first, then its folders, nearest first. */
export function pathIdentity(path: string): { year: number | null; body: string | null } {
  const names = parts(path);
  names[names.length - 1] = stem(names[names.length - 1] ?? '');
  let year: number | null = null;
  let body: string | null = null;
  for (let i = names.length - 1; i >= 0 && (year === null || body === null); i--) {
    const years = names[i].match(YEAR);
    if (year === null && years) year = Number(years[years.length - 1]);
    const named = nameBody(names[i]);
    if (body === null && named) body = named;
  }
  return { year, body };
}

export function identify(path: string, title: string | null): Identity {
  const fromTitle = title ? titleIdentity(title) : { year: null, body: null };
  const fromPath = pathIdentity(path);
  const year = fromTitle.year ?? fromPath.year;
  const body = fromTitle.body ?? fromPath.body;
  return { year, body, bodyKey: body ? keyOf(body) : null, source: fromTitle.body && fromTitle.year ? 'title' : 'path' };
}

/** The body key a path names (for bodies renamed between years), or null. */
export function pathBodyKey(path: string): string | null {
  const body = pathIdentity(path).body;
  return body ? keyOf(body) : null;
}

/** The path without its extensions: one report published in several forms shares it (`17_…_2019.html`, `.txt`, `.raw.txt`). */
export const sameReportKey = (path: string): string => stem(path);
