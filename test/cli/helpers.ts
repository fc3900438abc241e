// Shared by the CLI tests: temp folders, GBK bytes, a fake analyzer, and run() with captured streams.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, type Analyzer } from '../../server/src/cli/run';
import type { Finding } from '../../server/src/core/types';

export function tempDir(): { dir: string; write(path: string, content: string | Uint8Array): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'govreport-cli-'));
  return {
    dir,
    write(path, content) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      return abs;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `folder(files)`: a fresh folder below `tmp` with the given files; returns its path (the cwd of a run). */
export function folderMaker(tmp: ReturnType<typeof tempDir>): (files: Record<string, string | Uint8Array>) => string {
  let counter = 0;
  return (files) => {
    const name = `case${counter++}`;
    for (const [path, content] of Object.entries(files)) tmp.write(`${name}/${path}`, content);
    return `${tmp.dir}/${name}`;
  };
}

// Node can decode GB18030 but not encode it: a table of known GBK/GB18030 byte sequences.
export const GB18030_BYTES: Readonly<Record<string, string>> = {
  政府信息公开: 'd5feb8aed0c5cfa2b9abbfaa',
  年度报告: 'c4eab6c8b1a8b8e6',
  食品药品: 'cab3c6b7d2a9c6b7',
  申请: 'c9eac7eb',
  共: 'b9b2',
  件: 'bcfe',
  '，': 'a3ac',
  '。': 'a1a3',
  '𠀀': '95328236', // four bytes: only GB18030 has them
};

/** Encodes text made of ASCII and the words in GB18030_BYTES. */
export function gb18030(text: string): Buffer {
  const words = Object.keys(GB18030_BYTES).sort((a, b) => b.length - a.length);
  const parts: Buffer[] = [];
  for (let i = 0; i < text.length; ) {
    const word = words.find((w) => text.startsWith(w, i));
    if (word) {
      parts.push(Buffer.from(GB18030_BYTES[word], 'hex'));
      i += word.length;
    } else if (text.charCodeAt(i) < 0x80) {
      parts.push(Buffer.from(text[i], 'latin1'));
      i++;
    } else {
      throw new Error(`no GB18030 bytes for ${text[i]} in the test table`);
    }
  }
  return Buffer.concat(parts);
}

/** Stands in for the core: every "7025" is an error (fixed to 7235), every "约" a warning; severities as configured. */
/** In a text, makes the fake analyzer find no report title: the text is not recognised as a report. */
export const NOT_A_REPORT = '不是年报';

export const fake: Analyzer = (input, { disable = [], severity = {} }) => {
  const text = typeof input === 'string' ? input : input.text;
  const findings: Finding[] = [];
  for (const m of text.matchAll(/7025|约/g)) {
    const span = { start: m.index, end: m.index + m[0].length };
    findings.push(
      m[0] === '7025'
        ? { rule: 'sum-mismatch', severity: 'error', message: '合计不符', span, related: [], fixes: [{ title: '改为 7235', edits: [{ span, newText: '7235' }], preferred: true }] }
        : { rule: 'prose-table-mismatch', severity: 'warning', message: '正文与表格不一致', span, related: [], fixes: [] },
    );
  }
  const on = findings.filter((f) => !disable.includes(f.rule) && severity[f.rule] !== 'off').map((f) => ({ ...f, severity: (severity[f.rule] as Finding['severity']) ?? f.severity }));
  // the preferred fixes as the batch, as the core proposes it when they are proven together
  const fixAll = on.flatMap((f) => f.fixes.filter((x) => x.preferred).flatMap((x) => x.edits));
  // every text is read as a report (its first character as the title) except one saying `不是年报`
  const title = text.includes(NOT_A_REPORT) ? null : { text: text.slice(0, 1), span: { start: 0, end: Math.min(1, text.length) } };
  return { title, template: null, traditional: false, findings: on, fixAll, checked: [], outline: [], tables: [] };
};

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: (string | Buffer)[],
  cwd: string,
  { env = {}, tty = false, analyzer, stdin, now }: { env?: Record<string, string>; tty?: boolean; analyzer?: Analyzer; stdin?: string | Uint8Array; now?: () => number } = {},
): Promise<CliRun> {
  const captured = { stdout: '', stderr: '' };
  const code = await run(
    argv,
    {
      stdout: { isTTY: tty, write: (s: string) => (captured.stdout += s) },
      stderr: { isTTY: tty, write: (s: string) => (captured.stderr += s) },
      env,
      cwd,
      readStdin: async () => (typeof stdin === 'string' ? Buffer.from(stdin) : (stdin ?? new Uint8Array())),
      now,
    },
    analyzer,
  );
  return { code, ...captured };
}
