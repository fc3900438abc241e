// The GovReport language server: `node dist/server.js --stdio` (editors) or IPC (the VS Code
// client). The same bundle runs the analyses in worker threads.
import { isMainThread } from 'node:worker_threads';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { AnalysisLanes } from './analysisLanes';
import { serveAnalyses } from './analysisWorker';
import { checkBinary, isDocumentWorker, serveDocumentCheck } from './binaryDocuments';
import { ANALYSIS_TIME_LIMIT_MS, startLanguageServer } from './languageServer';
import { ProjectSettings } from './projectSettings';

if (isMainThread) {
  startLanguageServer({
    connect: (options) => createConnection(ProposedFeatures.all, options),
    analyses: new AnalysisLanes(__filename, ANALYSIS_TIME_LIMIT_MS),
    checkBinary: (uri, options) => checkBinary(uri, options, __filename, ANALYSIS_TIME_LIMIT_MS),
    projectSettings: (editor, publish) => new ProjectSettings(editor, publish),
  });
} else if (isDocumentWorker()) void serveDocumentCheck();
else serveAnalyses();
