// The GovReport language server: `node dist/server.js --stdio` (editors) or IPC (the VS Code
// client). The same bundle runs the analyses in worker threads.
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { ruleDocsUrl } from '../io/ruleDocs';
import { AnalysisLanes } from './analysisLanes';
import { AnalysisWorker, serveAnalyses } from './analysisWorker';
import { checkBinary, checkDocumentFile } from './binaryDocuments';
import { CrossYearNeighbours } from './crossYear';
import { ANALYSIS_TIME_LIMIT_MS, startLanguageServer } from './languageServer';
import { ProjectSettings } from './projectSettings';
import { WorkspaceCheck } from './workspaceCheck';

/** The documents' worker ends after this long without a file to read. */
const DOCUMENT_WORKER_IDLE_MS = 30_000;

if (isMainThread) {
  const analyses = new AnalysisLanes(__filename, ANALYSIS_TIME_LIMIT_MS);
  // PDF and Word files, one after the other in a worker kept warm while files come (the workspace check)
  const documents = new AnalysisWorker(__filename, ANALYSIS_TIME_LIMIT_MS, DOCUMENT_WORKER_IDLE_MS);
  const docsBase = ruleDocsUrl();
  startLanguageServer({
    connect: (options) => createConnection(ProposedFeatures.all, options),
    analyses,
    checkBinary: (uri, options) => checkBinary(uri, options, documents, docsBase),
    projectSettings: (editor, publish) => new ProjectSettings(editor, publish),
    // other years' reports are analysed only for their summaries: no fix is proven, no hover explained
    neighbours: new CrossYearNeighbours(
      async (key, text, format) => {
        const result = await analyses.analyze(key, text, { proveFixes: false }, format);
        return result.kind === 'report' ? result.report : null;
      },
      docsBase,
      async (file) => {
        const uri = pathToFileURL(file).href;
        // a key of its own: a check of the same file from the editor does not replace this read
        const checked = await checkDocumentFile(uri, {}, documents, `cross-year:${uri}`);
        if ('error' in checked) return checked.transient ? undefined : null;
        return checked;
      },
    ),
    docsBase,
    workspaceCheck: (deps) => new WorkspaceCheck(deps),
  });
} else serveAnalyses();
