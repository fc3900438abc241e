// A stand-in for a browser's dedicated worker, in a Node worker thread: the bundle given in
// workerData runs as a classic script (no require, no module) in a global scope that has a worker's
// messaging (postMessage, onmessage, addEventListener) and lacks Node's globals (process, Buffer,
// setImmediate, global), so that a bundle reaching for Node fails here as it would in a browser.
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { runInThisContext } = require('node:vm');

const listeners = new Set();
globalThis.postMessage = (message) => parentPort.postMessage(message);
globalThis.addEventListener = (type, listener) => type === 'message' && listeners.add(listener);
globalThis.removeEventListener = (type, listener) => listeners.delete(listener);
let onmessage = null;
Object.defineProperty(globalThis, 'onmessage', { get: () => onmessage, set: (listener) => (onmessage = listener) });
parentPort.on('message', (data) => {
  const event = { data };
  onmessage?.(event);
  for (const listener of listeners) listener(event);
});
globalThis.self = globalThis;
for (const name of ['process', 'Buffer', 'setImmediate', 'clearImmediate', 'global']) delete globalThis[name];

runInThisContext(readFileSync(workerData.script, 'utf8'), { filename: workerData.script });
