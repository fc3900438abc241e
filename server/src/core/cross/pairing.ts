// Pairs the reports of one issuing body by year (N−1 with N), from their titles and file names:
// a body renamed between years is followed through its file or folder name (when that name never
// holds two of its reports for one year); one report in several forms (`.html` and `.txt` of the
// same name) or copied under another name counts once, the best-read form; two different reports of
// one body and year are not paired at all (which one is the report?); a missing year leaves its
// neighbours unpaired.
import { msg, type Msg } from '../messages/translate';
import { reportIdentity, stem, type ReportIdentity } from '../reportIdentity';
import { UnionFind } from '../unionFind';
import type { ReportEntry } from './types';

export interface Identified {
  entry: ReportEntry;
  identity: ReportIdentity;
}

export interface Pairing {
  body: string;
  earlier: Identified;
  later: Identified;
  /** How the two were found to be one body's consecutive years. */
  basis: Msg;
}

export interface PairingResult {
  /** Every report whose year and body are known. */
  reports: Identified[];
  pairs: Pairing[];
  /** Two or more different reports of one body for one year. */
  duplicates: { body: string; year: number; reports: Identified[] }[];
  /** One report in several forms: the form used, and the others. */
  alternates: { used: Identified; others: Identified[] }[];
  /** A body's years without a report between years with one. */
  gaps: { body: string; years: number[] }[];
  /** Each body's reports (a renamed body's under all its names), by year; `body` as its latest report names it. */
  bodies: { body: string; reports: Identified[] }[];
}

const richness = (r: Identified): number => r.entry.summary.cells.length + r.entry.summary.priorFigures.length;

/** Bodies whose reports share a file or folder name are one body renamed, if no year then has two of its reports. */
function followRenames(reports: readonly Identified[], bodies: UnionFind): void {
  const yearsOf = new Map<string, number[]>();
  const byPath = new Map<string, Set<string>>();
  for (const r of reports) {
    const body = r.identity.bodyKey!;
    yearsOf.set(body, [...(yearsOf.get(body) ?? []), r.identity.year!]);
    const key = reportIdentity(null, r.entry.path).bodyKey;
    if (key) byPath.set(key, (byPath.get(key) ?? new Set()).add(body));
  }
  for (const named of byPath.values()) {
    if (named.size < 2) continue;
    const keys = [...named];
    const years = keys.flatMap((k) => [...new Set(yearsOf.get(k))]);
    if (new Set(years).size === years.length) keys.slice(1).forEach((k) => bodies.union(keys[0], k));
  }
}

function basisOf(earlier: Identified, later: Identified): Msg {
  const [a, b] = [earlier.identity, later.identity];
  if (a.bodyKey !== b.bodyKey) return msg('cross.basisRenamed', { from: a.body!, to: b.body! });
  const sources = new Set([a.bodyFrom, a.yearFrom, b.bodyFrom, b.yearFrom]);
  return msg(sources.size > 1 ? 'cross.basisTitleAndPath' : sources.has('title') ? 'cross.basisTitle' : 'cross.basisPath');
}

/** What a report states, as one key: its tables' cells as written and its long sentences; null when it states neither. */
function contentKey({ summary }: ReportEntry): string | null {
  if (summary.cells.length === 0 && summary.sentences.length === 0) return null;
  return JSON.stringify([summary.template, summary.cells.map((c) => [c.table, c.row, c.column, c.text]), summary.sentences.map((x) => x.hash)]);
}

/**
 * How many different reports `rs` are: one report in several forms shares its path without
 * extensions (`17_…_2019.html`, `.txt`, `.raw.txt`), and copies under other names state the same.
 */
function versions(rs: readonly Identified[]): number {
  if (rs.length < 2) return rs.length;
  const same = new UnionFind();
  const byContent = new Map<string, string>();
  for (const r of rs) {
    const form = stem(r.entry.path);
    same.find(form);
    const content = contentKey(r.entry);
    if (content === null) continue;
    const seen = byContent.get(content);
    if (seen === undefined) byContent.set(content, form);
    else same.union(seen, form);
  }
  return new Set(rs.map((r) => same.find(stem(r.entry.path)))).size;
}

export function pairReports(entries: readonly ReportEntry[]): PairingResult {
  const reports = entries.map((entry) => ({ entry, identity: reportIdentity(entry.summary.title?.text ?? null, entry.path) })).filter((r) => r.identity.year !== null && r.identity.bodyKey);
  const bodies = new UnionFind();
  followRenames(reports, bodies);
  const groups = new Map<string, Identified[]>();
  for (const r of reports) {
    const k = bodies.find(r.identity.bodyKey!);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const result: PairingResult = { reports, pairs: [], duplicates: [], alternates: [], gaps: [], bodies: [] };
  for (const group of groups.values()) {
    const byYearOrder = [...group].sort((a, b) => a.identity.year! - b.identity.year!);
    const named = byYearOrder[byYearOrder.length - 1].identity.body!;
    result.bodies.push({ body: named, reports: byYearOrder });
    const byYear = new Map<number, Identified[]>();
    for (const r of group) byYear.set(r.identity.year!, [...(byYear.get(r.identity.year!) ?? []), r]);
    const single = new Map<number, Identified>();
    for (const [year, rs] of byYear) {
      const body = rs[0].identity.body!;
      if (versions(rs) > 1) result.duplicates.push({ body, year, reports: rs });
      else {
        const used = rs.reduce((best, r) => (richness(r) > richness(best) ? r : best));
        single.set(year, used);
        if (rs.length > 1) result.alternates.push({ used, others: rs.filter((r) => r !== used) });
      }
    }
    const years = [...byYear.keys()].sort((a, b) => a - b);
    const missing: number[] = [];
    for (let y = years[0]; y <= years[years.length - 1]; y++) if (!byYear.has(y)) missing.push(y);
    if (missing.length > 0) result.gaps.push({ body: named, years: missing });
    for (const year of years) {
      const [earlier, later] = [single.get(year - 1), single.get(year)];
      if (earlier && later) result.pairs.push({ body: later.identity.body!, earlier, later, basis: basisOf(earlier, later) });
    }
  }
  return result;
}

/** `跨年度配对：平潭综合实验区 2023 年与 2024 年报告，依据标题中的机关名称与年份`: what every finding on a pair says of it. */
export function pairingMessage(p: Pairing): Msg {
  return msg('cross.pairing', { body: p.body, earlier: p.earlier.identity.year!, later: p.later.identity.year!, basis: p.basis });
}
