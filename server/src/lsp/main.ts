// The GovReport language server: `node dist/server.js --stdio` (editors) or IPC (the VS Code
// client). The same bundle runs the analyses in worker threads.
import { isMainThread } from 'node:worker_threads';
import { serveAnalyses } from './analysisWorker';
import { isDocumentWorker, serveDocumentCheck } from './binaryDocuments';
import { startLanguageServer } from './languageServer';

if (isMainThread) startLanguageServer(__filename);
else if (isDocumentWorker()) void serveDocumentCheck();
else serveAnalyses();
