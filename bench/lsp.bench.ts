// Language-server latency and memory, measured over stdio as an editor sees them:
//   npm run bench:lsp
// - typing in a 20 KB and a 1 MB report, waiting for each edit's diagnostics (edit → fresh
//   diagnostics, debounce included): median and p99;
// - a burst of keystrokes faster than the 1 MB analysis: how many runs were skipped as stale, the
//   latency of the last keystroke, and how long a cheap request waits meanwhile;
// - the server's resident memory with 20 reports open;
// - typing in a 20 KB report while a 20 MB one is analysed again and again (a keystroke in it before
//   each one in the small report), and the server's memory with and without the large one.
// Prints figures only; nothing here is a pass/fail assertion.
import { FoldingRangeRequest } from 'vscode-languageserver/node';
import { MAX_DEBOUNCE_MS } from '../server/src/lsp/scheduler';
import { EditorSession, readSample } from '../test/lsp/editor';

/** A report of at least `bytes` UTF-8 bytes: the bundled sample repeated, cut at a line end. */
function reportOfSize(bytes: number): string {
  const lines = readSample().split('\n');
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length];
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return out.join('\n');
}

/** Keystroke `version`: type 字 at line 2, column 5, or delete it again, so the text keeps its size. */
function keystroke(editor: EditorSession, uri: string, version: number): Promise<void> {
  const at = { line: 2, character: 5 };
  return version % 2 === 0
    ? editor.edit(uri, version, { start: at, end: at }, '字')
    : editor.edit(uri, version, { start: at, end: { line: 2, character: 6 } }, '');
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function openAndWait(editor: EditorSession, uri: string, text: string): Promise<number> {
  const started = performance.now();
  const published = editor.nextDiagnostics(uri, (p) => p.version === 1, 120_000);
  await editor.open(uri, text, 'govreport');
  await published;
  return performance.now() - started;
}

async function typingLatency(editor: EditorSession, uri: string, keystrokes: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let version = 2; version < keystrokes + 2; version++) {
    const published = editor.nextDiagnostics(uri, (p) => p.version === version, 120_000);
    const sent = performance.now();
    await keystroke(editor, uri, version);
    latencies.push((await published).at - sent);
  }
  return latencies;
}

/** Keystrokes every `intervalMs`, with a cheap request on a small document after each one. */
async function burst(editor: EditorSession, uri: string, firstVersion: number, keystrokes: number, intervalMs: number, probeUri: string) {
  const lastVersion = firstVersion + keystrokes - 1;
  const before = editor.published.length;
  const final = editor.nextDiagnostics(uri, (p) => p.version === lastVersion, 120_000);
  const probes: Array<Promise<number>> = [];
  let lastSent = 0;
  for (let version = firstVersion; version <= lastVersion; version++) {
    await keystroke(editor, uri, version);
    const sent = performance.now();
    lastSent = sent;
    probes.push(
      editor.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: probeUri } }).then(() => performance.now() - sent),
    );
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const { at } = await final;
  const runs = editor.published.slice(before).filter((p) => p.uri === uri).length;
  return { keystrokes, runs, lastLatency: at - lastSent, probes: await Promise.all(probes) };
}

async function memoryWithReportsOpen(count: number): Promise<void> {
  const editor = await EditorSession.start();
  await editor.initialize();
  const started = editor.serverRss();
  const text = reportOfSize(20 * 1024);
  for (let i = 0; i < count; i++) await openAndWait(editor, `file:///bench-open-${i}.govreport`, text);
  console.log(`server RSS: ${mb(started)} after start, ${mb(editor.serverRss())} with ${count} reports of 20 KB open`);
  await editor.stop();
}

async function latency(): Promise<void> {
  const editor = await EditorSession.start();
  await editor.initialize();
  for (const [label, bytes, keystrokes] of [['20 KB', 20 * 1024, 300], ['1 MB', 1024 * 1024, 40]] as const) {
    const uri = `file:///bench-${bytes}.govreport`;
    const text = reportOfSize(bytes);
    const open = await openAndWait(editor, uri, text);
    const latencies = await typingLatency(editor, uri, keystrokes);
    console.log(
      `${label} report (${Buffer.byteLength(text)} bytes, ${text.length} UTF-16 units): open → diagnostics ${ms(open)}; ` +
        `typing, edit → fresh diagnostics over ${keystrokes} edits: median ${ms(percentile(latencies, 0.5))}, ` +
        `p99 ${ms(percentile(latencies, 0.99))}, max ${ms(Math.max(...latencies))}`,
    );
  }
  const typed = await burst(editor, `file:///bench-${1024 * 1024}.govreport`, 42, 30, 30, `file:///bench-${20 * 1024}.govreport`);
  console.log(
    `1 MB burst: ${typed.keystrokes} keystrokes 30 ms apart → ${typed.runs} diagnostics runs ` +
      `(${typed.keystrokes - typed.runs} stale versions skipped); last keystroke → diagnostics ${ms(typed.lastLatency)}; ` +
      `a request on another document meanwhile: median ${ms(percentile(typed.probes, 0.5))}, max ${ms(Math.max(...typed.probes))}`,
  );
  console.log(`server RSS after the 1 MB work (heap high-water marks): ${mb(editor.serverRss())}`);
  await editor.stop();
}

async function smallBesideLarge(keystrokes: number): Promise<void> {
  const editor = await EditorSession.start({ maxFileSize: 64 * 1024 * 1024 });
  await editor.initialize();
  const small = 'file:///bench-small.govreport';
  const large = 'file:///bench-large.govreport';
  await openAndWait(editor, small, reportOfSize(20 * 1024));
  const withSmall = editor.serverRss();
  const open = await openAndWait(editor, large, reportOfSize(20 * 1024 * 1024));
  const withLarge = editor.serverRss();
  const latencies: number[] = [];
  for (let version = 2; version < keystrokes + 2; version++) {
    await keystroke(editor, large, version);
    // Past the large document's debounce, so that its analysis is under way.
    await new Promise((resolve) => setTimeout(resolve, MAX_DEBOUNCE_MS + 50));
    const published = editor.nextDiagnostics(small, (p) => p.version === version, 120_000);
    const sent = performance.now();
    await keystroke(editor, small, version);
    latencies.push((await published).at - sent);
  }
  console.log(
    `20 KB report beside a 20 MB one (open → diagnostics ${ms(open)}) being analysed again: edit → fresh diagnostics over ` +
      `${keystrokes} edits: median ${ms(percentile(latencies, 0.5))}, p99 ${ms(percentile(latencies, 0.99))}, max ${ms(Math.max(...latencies))}`,
  );
  await editor.close(large);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  console.log(
    `server RSS: ${mb(withSmall)} with the 20 KB report open, ${mb(withLarge)} with the 20 MB one too, ` +
      `${mb(editor.serverRss())} after typing in both and closing the 20 MB one`,
  );
  await editor.stop();
}

async function main(): Promise<void> {
  await memoryWithReportsOpen(20);
  await latency();
  await smallBesideLarge(20);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
