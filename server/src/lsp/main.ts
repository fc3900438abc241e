// The GovReport language server: `node dist/server.js --stdio` (editors) or IPC (the VS Code
// client). The same bundle runs the analyses in worker threads.
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { ruleDocsUrl } from '../io/ruleDocs';
import { AnalysisLanes } from './analysisLanes';
import { serveAnalyses } from './analysisWorker';
import { checkBinary, checkDocumentFile, isDocumentWorker, serveDocumentCheck } from './binaryDocuments';
import { CrossYearNeighbours } from './crossYear';
import { ANALYSIS_TIME_LIMIT_MS, startLanguageServer } from './languageServer';
import { ProjectSettings } from './projectSettings';
import { WorkspaceCheck } from './workspaceCheck';

if (isMainThread) {
  const analyses = new AnalysisLanes(__filename, ANALYSIS_TIME_LIMIT_MS);
  const docsBase = ruleDocsUrl();
  startLanguageServer({
    connect: (options) => createConnection(ProposedFeatures.all, options),
    analyses,
    checkBinary: (uri, options) => checkBinary(uri, options, __filename, ANALYSIS_TIME_LIMIT_MS, docsBase),
    projectSettings: (editor, publish) => new ProjectSettings(editor, publish),
    // other years' reports are analysed only for their summaries: no fix is proven, no hover explained
    neighbours: new CrossYearNeighbours(
      async (key, text, format) => {
        const result = await analyses.analyze(key, text, { proveFixes: false }, format);
        return result.kind === 'report' ? result.report : null;
      },
      docsBase,
      async (file) => {
        const checked = await checkDocumentFile(pathToFileURL(file).href, {}, __filename, ANALYSIS_TIME_LIMIT_MS);
        return 'error' in checked ? null : checked;
      },
    ),
    docsBase,
    workspaceCheck: (deps) => new WorkspaceCheck(deps),
  });
} else if (isDocumentWorker()) void serveDocumentCheck();
else serveAnalyses();
