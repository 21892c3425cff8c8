import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { Analysis, ServerContext } from './analysis';
import { CODE_ACTION_KINDS, registerCodeActions } from './code-actions';
import { registerCommands, SERVER_COMMANDS } from './commands';
import { COMPLETION_TRIGGERS, registerCompletion } from './completion';
import { isConfigFile, WorkspaceConfigs } from './workspace-config';
import { tolerantDocuments } from './documents';
import { registerHover } from './hover';
import { registerOutline } from './outline';
import { onNotification } from './protocol';
import { registerReportRequests } from './report-requests';
import { registerReview } from './review';
import { legend, registerSemanticTokens } from './semantic-tokens';
import { createTransport, redirectConsole } from './transport';
import { registerWordRequests } from './word';

/**
 * The Gongwen language server: an adapter from LSP to the engine. This file wires the connection and the
 * document lifecycle; each feature registers its own handlers (analysis.ts keeps one session per version).
 * Transport (stdio/IPC) comes from argv.
 */
let shutdownReceived = false;
const transport = createTransport(process.argv.slice(2), (code, reason) => {
  process.stderr.write(`${reason}\n`);
  process.exit(code);
});
const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer);
if (transport.stdio)
  redirectConsole(
    (m) => connection.console.log(m),
    (m) => connection.console.error(m),
  );
// The client went away (stdin closed): an exit without shutdown is a crash as far as LSP is concerned.
transport.reader.onClose(() => process.exit(shutdownReceived ? 0 : 1));
connection.onShutdown(() => {
  shutdownReceived = true;
});

const documents = new TextDocuments(tolerantDocuments);
const configs = new WorkspaceConfigs(connection);
const analysis = new Analysis(connection, documents, configs);
const context: ServerContext = { connection, documents, configs, analysis };
let canPullConfiguration = false;
let watchesFolders = false;

connection.onInitialize((params) => {
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  watchesFolders = !!params.capabilities.workspace?.workspaceFolders;
  analysis.setCanPullConfiguration(canPullConfiguration);
  configs.setWorkspaceFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  configs.setTrusted((params.initializationOptions as { workspaceTrusted?: unknown } | undefined)?.workspaceTrusted !== false);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      documentSymbolProvider: { label: '公文报告' },
      foldingRangeProvider: true,
      executeCommandProvider: { commands: SERVER_COMMANDS },
      hoverProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
      semanticTokensProvider: { legend, full: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'gongwen' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
  }
  // A folder added or removed changes which .gongwen.json governs a file and what 检查工作区 walks.
  if (watchesFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(async () => {
      configs.setWorkspaceFolders(((await connection.workspace.getWorkspaceFolders()) ?? []).map((f) => f.uri));
      configs.reset();
      analysis.invalidate();
    });
  }
  analysis.segmenter().cut('公文', false); // load the dictionary now (it loads on first use), not on the first keystroke
});

connection.onDidChangeConfiguration(() => analysis.invalidate());
connection.onDidChangeWatchedFiles(() => {
  configs.reset();
  analysis.invalidate();
});

/** VS Code's workspace trust changed (Restricted Mode → trusted): workspace rule packs now run. */
onNotification(connection, 'gongwen/workspaceTrust', ({ trusted }) => {
  configs.setTrusted(trusted !== false);
  analysis.invalidate();
});

const justOpened = new Set<string>();
documents.onDidOpen(({ document }) => {
  justOpened.add(document.uri);
  void analysis.validate(document);
});
documents.onDidChangeContent(({ document }) => {
  // Opening fires this too, right after onDidOpen, which has already checked the text.
  if (!justOpened.delete(document.uri)) analysis.schedule(document);
});
documents.onDidClose(({ document }) => {
  analysis.forget(document.uri);
  if (!isConfigFile(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

registerCodeActions(context);
registerCommands(context);
registerCompletion(context);
registerHover(context);
registerOutline(context);
registerReportRequests(context);
registerReview(context);
registerSemanticTokens(context);
registerWordRequests(context);
documents.listen(connection);
connection.listen();
