// Loading pdfjs-dist (Mozilla's PDF.js, the parser of Firefox) into the bundle. pdfjs parses in a
// worker, and a single CJS bundle has no worker file to start, so its "fake worker" runs the parser
// in this thread: pdfjs takes it from `globalThis.pdfjsWorker.WorkerMessageHandler` when set (see
// PDFWorker.#mainThreadWorkerMessageHandler in pdf.mjs). Both modules are imported on the first PDF
// only, so a run that reads no PDF never evaluates them.
//
// Node 20 needs the legacy build, whose core-js polyfills replace built-ins that work (in Node 20.20:
// Array.prototype.push, JSON.parse, JSON.stringify) with slower ones for the whole process; those
// are put back once the modules are evaluated (pdfjs runs on the native ones; what core-js only adds,
// it keeps). The modules' top level also builds a DOMMatrix, which Node lacks (pdfjs polyfills it
// from the optional @napi-rs/canvas, which the bundle does not ship; only rendering, which we do not
// do, uses it): a stand-in serves during the import. It warns on the console meanwhile, which is quiet.
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const BUILT_INS: object[] = [
  globalThis, Object, Object.prototype, Array, Array.prototype, JSON, Math, Number, Number.prototype, String, String.prototype, Promise,
  Promise.prototype, Map.prototype, Set.prototype, WeakMap.prototype, Uint8Array, Uint8Array.prototype, ArrayBuffer.prototype, RegExp.prototype,
  Function.prototype, Symbol,
];

/** Runs `load`, then restores every existing property of the built-ins that it replaced. */
async function keepingBuiltIns<T>(load: () => Promise<T>): Promise<T> {
  const before = BUILT_INS.map((target) => new Map(Reflect.ownKeys(target).map((key) => [key, Reflect.getOwnPropertyDescriptor(target, key)!])));
  try {
    return await load();
  } finally {
    BUILT_INS.forEach((target, i) => {
      for (const [key, was] of before[i]) {
        const now = Reflect.getOwnPropertyDescriptor(target, key);
        if (now && (!Object.is(now.value, was.value) || now.get !== was.get || now.set !== was.set)) Reflect.defineProperty(target, key, was);
      }
    });
  }
}

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= keepingBuiltIns(async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    const scope = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    const standIn = scope.DOMMatrix ? null : class DOMMatrix {};
    if (standIn) scope.DOMMatrix = standIn;
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      scope.pdfjsWorker = worker;
      return pdfjs;
    } finally {
      console.warn = warn;
      if (standIn && scope.DOMMatrix === standIn) delete scope.DOMMatrix;
    }
  });
  return loading;
}
