// argv → Command. Usage problems throw UsageError (exit code 2).
import { constants } from 'node:buffer';
import { parseArgs } from 'node:util';
import bytes from 'bytes';
import { DEFAULT_LOCALE, localeOf, type Locale } from '../core/messages/translate';
import { RULE_METAS } from '../core/rules/meta';
import type { SeverityOverride } from '../core/types';
import { displayPath, type FsPath } from './fsPath';

export type Format = 'text' | 'json' | 'sarif' | 'html';

/** `-` among the paths: the text comes from standard input. */
export const STDIN = '-';

export interface CheckCommand {
  kind: 'check';
  paths: FsPath[];
  format: Format;
  /** --rule id=severity and --disable id (as 'off'), later ones winning; over the configuration file. */
  rules: Record<string, SeverityOverride>;
  /** Worker threads to check files in; null: chosen from the number of files. */
  jobs: number | null;
  /** Larger files are not read; null: the configuration file's maxFileSize, else DEFAULT_MAX_FILE_SIZE. */
  maxFileSize: number | null;
  /** The language of messages and the summary. */
  locale: Locale;
  /** --config FILE; false: --no-config; null: each report's own, found from its folder up. */
  config: string | false | null;
  /** --fix writes the fixes into the files, --fix-dry-run prints them as a unified diff. */
  fix: 'write' | 'dry-run' | null;
  outputFile: string | null;
  /** Only error findings are reported. */
  quiet: boolean;
  /** Exit code 1 when more warnings than this are reported. */
  maxWarnings: number | null;
  /** The name standard input stands for (its format, its configuration file, the name output shows). */
  stdinFilename: string | null;
  ignorePatterns: string[];
  /** Check one body's reports of consecutive years against each other (off with --no-cross). */
  cross: boolean;
}

/** `id`: one rule, with its documentation page; none: every rule. */
export type RulesCommand = { kind: 'rules'; format: 'text' | 'json'; id?: string };

export type Command = { kind: 'help' } | { kind: 'version' } | RulesCommand | CheckCommand;

export class UsageError extends Error {}

export const MAX_JOBS = 64;
/** Below this many files, worker threads cost more than they save: one job unless --jobs says otherwise. */
export const PARALLEL_FROM_FILES = 200;
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** Whole megabytes, no more than fit in one string. */
const MAX_FILE_SIZE_CEILING = Math.floor(constants.MAX_STRING_LENGTH / 2 ** 20) * 2 ** 20;
/** What bytes.parse reads as written (it reads 50M as 50 bytes). */
const SIZE = /^(\d+|\d+(\.\d+)?\s*[kmgt]b)$/i;

export const USAGE = `用法 (usage):
  govreport check [选项] 路径...          检查文件、文件夹或通配符；- 为标准输入 (check files, folders, globs; - reads standard input)
  govreport rules [--format text|json]    列出规则 (list the rules)
  govreport rules 规则                     显示规则的说明文档 (show a rule's documentation)
  govreport --help | --version
`;

export const HELP = `govreport — 政府信息公开工作年度报告校验 (checker for government information-disclosure annual reports)

${USAGE}
选项 (options):
  --format text|json|sarif|html
                             输出格式，默认 text；html 为供审阅的单页报告 (output format, default text; html: one page for reviewers)
  -o, --output-file 文件     输出写入文件而不是标准输出 (write the output to a file instead of standard output)
  --fix                      把经过验证的首选修复写入文件（仅文本与 HTML 文件），再报告余下的问题
                             (write every proven preferred fix into the files (text and HTML only), then report what remains)
  --fix-dry-run              不写文件，在标准输出打印修复的统一 diff；问题报告改写到 --output-file 或标准错误
                             (write nothing: print the fixes as a unified diff on standard output; the report goes to --output-file or standard error)
  --quiet                    只报告错误，不报告警告和提示 (report errors only)
  --max-warnings N           警告超过 N 个时退出码为 1 (exit code 1 when there are more than N warnings)
  --rule 规则=级别            设置规则级别 off|error|warning|info|hint，可重复，优先于配置文件 (set a rule's severity; repeatable; over the configuration file)
  --disable 规则[,规则]       关闭规则，可重复；同 --rule 规则=off (switch rules off; repeatable; as --rule id=off)
  -c, --config 文件          使用这个配置文件，不再查找 .govreportrc.json / govreport.config.json (use this configuration file instead of looking for one)
  --no-config                不使用任何配置文件 (use no configuration file)
  --ignore-pattern 通配符     不检查匹配的文件（相对于当前文件夹），可重复 (skip matching files, relative to the working directory; repeatable)
  --stdin-filename 文件名     标准输入（路径 -）当作这个文件：决定格式、配置文件和输出中的名称
                             (the file standard input (path -) stands for: its format, its configuration file, its name in the output)
  --jobs N                   用 N 个线程并行检查（1–${MAX_JOBS}）；默认少于 ${PARALLEL_FROM_FILES} 个文件时为 1，否则为 2（不超过 CPU 数）
                             (check files in N worker threads; default 1 below ${PARALLEL_FROM_FILES} files, else 2 or the CPU count if lower)
  --max-file-size 大小       更大的文件不读取，默认取配置文件的 maxFileSize，否则 ${bytes.format(DEFAULT_MAX_FILE_SIZE)}；字节数或 512KB、50MB 等大小（1KB = 1024 字节）
                             (larger files are not read; default the configuration file's maxFileSize, else ${bytes.format(DEFAULT_MAX_FILE_SIZE)}; bytes or a size such as 512KB or 50MB)
  --no-cross                 不做跨年度核对（同一机关相邻年度的报告互相核对）
                             (no checks across years: one body's reports of consecutive years against each other)
  --lang zh-CN|en            消息的语言，默认 zh-CN (language of the messages, default zh-CN)
  -h, --help                 显示帮助 (show this help)
  -v, --version              显示版本 (show the version)

配置文件 (configuration file): 从每个报告所在文件夹向上查找 .govreportrc.json 或 govreport.config.json（JSON，可带注释）：
  "rules" 规则级别、"ignores" 不检查的文件、"maxFileSize"。文件无效时报错并以退出码 2 结束。
  (found from each report's folder up, JSON with comments: "rules", "ignores", "maxFileSize". An invalid file is an error, exit code 2.)

路径 (paths): 普通文件；文件夹（递归查找 .txt .md .html .htm .pdf .docx）；通配符 *、**、?、[34]、{2023,2024}。文件夹与通配符跳过以 . 开头的条目、
  node_modules、非普通文件和 .gitignore 忽略的文件。
  (regular files; folders, searched recursively for .txt .md .html .htm .pdf .docx; globs with *, **, ?, [34], {2023,2024}. Folders and globs skip
  dot entries, node_modules, what is not a regular file and what .gitignore ignores.)
编码 (encodings): UTF-8（可带 BOM）、带 BOM 的 UTF-16LE/BE、GB18030/GBK、Big5，取读来最像中文报告的一种。
  (UTF-8 with or without BOM, UTF-16LE/BE with BOM, GB18030/GBK, Big5: whichever reads most like a Chinese report.)

退出码 (exit codes):
  0 没有错误 (no errors)
  1 发现错误，或警告超过 --max-warnings (errors found, or more warnings than --max-warnings)
  2 用法错误；配置文件无效；有路径不存在，或是没有可检查文件的文件夹、没有匹配的通配符（其余路径照常检查）；或没有可读取的文件。优先于 1
    (usage error; an invalid configuration file; a path that is missing, a folder without report files or a glob without matches (the other paths are still
    checked); or nothing could be read. Wins over 1)
`;

const OPTIONS = {
  format: { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'ignore-pattern': { type: 'string', multiple: true },
  'stdin-filename': { type: 'string' },
  disable: { type: 'string', multiple: true },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  'max-file-size': { type: 'string' },
  'no-cross': { type: 'boolean' },
  lang: { type: 'string' },
  version: { type: 'boolean', short: 'v' },
} as const;

const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'html'];
const SEVERITIES: readonly string[] = ['off', 'error', 'warning', 'info', 'hint'];
/** Options that only `check` takes, with their names as written. */
const CHECK_ONLY = ['disable', 'jobs', 'max-file-size', 'no-cross', 'output-file', 'fix', 'fix-dry-run', 'quiet', 'max-warnings', 'rule', 'config', 'no-config', 'ignore-pattern', 'stdin-filename', 'lang'];

const unknownRules = (ids: string[]) =>
  `未知规则 (unknown rule): ${ids.join(', ')}；可用规则 (valid rules): ${RULE_METAS.map((m) => m.id).join(', ')}`;

function knownRule(id: string): string {
  if (!RULE_METAS.some((m) => m.id === id)) throw new UsageError(unknownRules([id]));
  return id;
}

/** Arguments that are not valid UTF-8 come as bytes: paths keep them, all else is read as displayed. */
export function parseCommand(argv: readonly FsPath[]): Command {
  // strict: false so that unknown options reach us as tokens and get our own message.
  const { values, tokens } = parseArgs({
    args: argv.map(displayPath),
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: string }>)[token.name];
    if (!spec) throw new UsageError(`未知选项 (unknown option): ${token.rawName}`);
    if (spec.type === 'string' && token.value === undefined) {
      throw new UsageError(`${token.rawName} 需要一个值 (needs a value)`);
    }
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...rest] = tokens.flatMap((token) => (token.kind === 'positional' ? [argv[token.index]] : []));
  const format = (values.format as string | undefined) ?? 'text';

  switch (command === undefined ? undefined : displayPath(command)) {
    case undefined:
      throw new UsageError('缺少命令 (missing command)');
    case 'rules':
      if (rest.length > 1) throw new UsageError(`rules 只接受一个规则名 (rules takes at most one rule id): ${rest.map(displayPath).join(' ')}`);
      for (const name of CHECK_ONLY) {
        if ((values as Record<string, unknown>)[name] !== undefined) throw new UsageError(`--${name} 只能用于 check (--${name} is only valid with check)`);
      }
      if (format !== 'text' && format !== 'json') {
        throw new UsageError(`rules 的 --format 只能是 text 或 json (rules supports --format text or json): ${format}`);
      }
      if (rest.length === 0) return { kind: 'rules', format };
      return { kind: 'rules', format, id: knownRule(displayPath(rest[0])) };
    case 'check': {
      if (rest.length === 0) throw new UsageError('check 需要至少一个路径 (check needs at least one path)');
      if (!(FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`未知格式 (unknown format): ${format}；可用 (valid): ${FORMATS.join(', ')}`);
      }
      const rules = ruleSettings(tokens.flatMap((t) => (t.kind === 'option' && (t.name === 'rule' || t.name === 'disable') ? [[t.name, t.value!] as const] : [])));
      const paths = rest;
      const stdin = paths.filter((p) => displayPath(p) === STDIN).length;
      const stdinFilename = (values['stdin-filename'] as string | undefined) ?? null;
      if (stdin > 1) throw new UsageError('标准输入 - 只能给一次 (- can be given once)');
      if (stdinFilename !== null && stdin === 0) throw new UsageError('--stdin-filename 需要路径 - (--stdin-filename needs the path -)');
      if (values.fix && values['fix-dry-run']) throw new UsageError('--fix 与 --fix-dry-run 只能选一个 (--fix and --fix-dry-run exclude each other)');
      if (values.fix && stdin > 0) throw new UsageError('--fix 不能写回标准输入，请用 --fix-dry-run (--fix cannot write to standard input; use --fix-dry-run)');
      if (values.config !== undefined && values['no-config']) throw new UsageError('--config 与 --no-config 只能选一个 (--config and --no-config exclude each other)');
      return {
        kind: 'check',
        paths,
        format: format as Format,
        rules,
        jobs: parseJobs(values.jobs as string | undefined),
        maxFileSize: values['max-file-size'] === undefined ? null : parseSize(values['max-file-size'] as string),
        config: values['no-config'] ? false : ((values.config as string | undefined) ?? null),
        fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : null,
        outputFile: (values['output-file'] as string | undefined) ?? null,
        quiet: values.quiet === true,
        maxWarnings: parseMaxWarnings(values['max-warnings'] as string | undefined),
        stdinFilename,
        ignorePatterns: (values['ignore-pattern'] ?? []) as string[],
        cross: !values['no-cross'],
        locale: parseLang(values.lang as string | undefined),
      };
    }
    default:
      throw new UsageError(`未知命令 (unknown command): ${displayPath(command)}`);
  }
}

/** --rule id=severity and --disable id,id in the order given: the later wins. */
function ruleSettings(options: readonly (readonly ['rule' | 'disable', string])[]): Record<string, SeverityOverride> {
  const rules: Record<string, SeverityOverride> = {};
  const unknown: string[] = [];
  for (const [name, value] of options) {
    const settings =
      name === 'disable'
        ? value.split(',').map((id) => id.trim()).filter(Boolean).map((id) => [id, 'off'])
        : [value.split('=').map((part) => part.trim())];
    for (const [id, severity, ...extra] of settings) {
      if (severity === undefined || extra.length > 0 || !SEVERITIES.includes(severity)) {
        throw new UsageError(`--rule 需要 规则=级别，级别为 ${SEVERITIES.join('|')} (--rule needs id=severity): ${value}`);
      }
      if (!RULE_METAS.some((m) => m.id === id)) unknown.push(id);
      rules[id] = severity as SeverityOverride;
    }
  }
  if (unknown.length > 0) {
    throw new UsageError(unknownRules(unknown));
  }
  return rules;
}

function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings 需要不小于 0 的整数 (--max-warnings needs a whole number of at least 0): ${value}`);
  return Number(value);
}

function parseJobs(value: string | undefined): number | null {
  if (value === undefined) return null;
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs 需要 1 到 ${MAX_JOBS} 之间的整数 (--jobs needs a whole number from 1 to ${MAX_JOBS}): ${value}`);
  return jobs;
}

/** `zh`, `zh-CN`, `zh-Hans` … are Chinese; `en`, `en-US` … English; nothing else is offered. */
function parseLang(value: string | undefined): Locale {
  if (value === undefined) return DEFAULT_LOCALE;
  if (!/^(zh|en)([-_]\w+)*$/i.test(value)) throw new UsageError(`--lang 只能是 zh-CN 或 en (--lang takes zh-CN or en): ${value}`);
  return localeOf(value);
}

function parseSize(value: string): number {
  const size = SIZE.test(value.trim()) ? bytes.parse(value.trim()) : null;
  if (size === null || size < 1 || size > MAX_FILE_SIZE_CEILING) {
    const max = bytes.format(MAX_FILE_SIZE_CEILING);
    throw new UsageError(`--max-file-size 需要 1 字节到 ${max} 之间的大小，如 50MB 或 512KB (--max-file-size needs a size from 1 byte to ${max}, such as 50MB or 512KB): ${value}`);
  }
  return size;
}
