// The GovReport language server in a browser worker (the web extension: vscode.dev, github.dev):
// the same server over the worker's messages, analysing in its own thread. PDF and Word files are
// not read here (their readers need Node's file system and worker threads): the command says so; nor
// are configuration files (.govreportrc.json): the editor's settings alone apply.
import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { translator } from '../core/messages/translate';
import { InlineAnalyses } from './inlineAnalyses';
import { startLanguageServer } from './languageServer';
import { documentSettings } from './settings';

/** The worker's global scope: messages from and to the extension. */
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];

startLanguageServer({
  connect: (options) => createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope), options),
  analyses: new InlineAnalyses(),
  checkBinary: async (_uri, options) => ({ result: { error: translator(options.locale)('lsp.binaryUnavailable') }, diagnostics: [] }),
  projectSettings: (editor) => ({ for: async (uri) => documentSettings(await editor.for(uri), undefined, false), changed: () => {} }),
});
