import {
  CodeAction, CodeActionKind, CodeActionParams, createConnection, DidChangeConfigurationNotification,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, looksLikeReport, parseReport, sharedSegmenter } from '../../engine';
import type { Finding } from '../../engine/types';
import { sameDiagnostic, toCodeAction, toDiagnostic } from './convert';
import { toFoldingRanges, toSymbols } from './outline';
import { defaultSettings, normalizeSettings, Settings } from './settings';

/** The Gongwen language server: an adapter from LSP to the engine. Transport (stdio/IPC) comes from argv. */
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const DEBOUNCE_MS = 200;

let canPullConfiguration = false;
const settingsCache = new Map<string, Promise<Settings>>();
const results = new Map<string, { version: number; findings: Finding[] }>();
const timers = new Map<string, NodeJS.Timeout>();
const reportedProblems = new Set<string>();

connection.onInitialize((params) => {
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: { label: '公文报告' },
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'gongwen' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
  }
  // Load the segmenter now so the first keystroke does not wait for the dictionary.
  sharedSegmenter((message) => connection.console.warn(message));
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  for (const document of documents.all()) void validate(document);
});

documents.onDidOpen(({ document }) => void validate(document));
documents.onDidChangeContent(({ document }) => schedule(document));
documents.onDidClose(({ document }) => {
  clearTimeout(timers.get(document.uri));
  timers.delete(document.uri);
  results.delete(document.uri);
  settingsCache.delete(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.onCodeAction(async (params) => codeActions(params));
connection.onDocumentSymbol(async ({ textDocument }) => {
  const document = documents.get(textDocument.uri);
  const structure = document && (await structureOf(document));
  return structure ? toSymbols(document, structure) : [];
});
connection.onFoldingRanges(async ({ textDocument }) => {
  const document = documents.get(textDocument.uri);
  const structure = document && (await structureOf(document));
  return structure ? toFoldingRanges(structure) : [];
});
/** The heading tree for the client's 报告结构 view (same shape as document symbols). */
connection.onRequest('gongwen/structure', async ({ textDocument }: { textDocument: { uri: string } }) => {
  const document = documents.get(textDocument.uri);
  const structure = document && (await structureOf(document));
  return { headings: structure ? toSymbols(document, structure) : [] };
});

function schedule(document: TextDocument): void {
  clearTimeout(timers.get(document.uri));
  timers.set(document.uri, setTimeout(() => {
    timers.delete(document.uri);
    const current = documents.get(document.uri);
    if (current) void validate(current);
  }, DEBOUNCE_MS));
}

async function validate(document: TextDocument): Promise<void> {
  const settings = await settingsFor(document.uri);
  const current = documents.get(document.uri);
  if (!current || current.version !== document.version) return; // a newer edit will validate
  const findings = analyse(document, settings);
  results.set(document.uri, { version: document.version, findings });
  await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.map(toDiagnostic) });
}

function isChecked(text: string, settings: Settings): boolean {
  return settings.enable === 'always' || (settings.enable === 'auto' && looksLikeReport(text));
}

async function structureOf(document: TextDocument) {
  const text = document.getText();
  if (!isChecked(text, await settingsFor(document.uri))) return undefined;
  const language = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
  return parseReport(text, language, sharedSegmenter((message) => connection.console.warn(message))).structure();
}

function analyse(document: TextDocument, settings: Settings): Finding[] {
  const text = document.getText();
  if (!isChecked(text, settings)) return [];
  try {
    return check(text, {
      language: document.languageId === 'markdown' ? 'markdown' : 'plaintext',
      referenceDate: settings.referenceDate || undefined,
      rules: settings.rules,
      segmenter: sharedSegmenter((message) => connection.console.warn(message)),
    });
  } catch (error) {
    connection.console.error(`gongwen: 检查 ${document.uri} 时出错：${(error as Error).stack ?? error}`);
    return [];
  }
}

async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  if (params.context.only && !params.context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  let result = results.get(document.uri);
  if (!result || result.version !== document.version) {
    result = { version: document.version, findings: analyse(document, await settingsFor(document.uri)) };
    results.set(document.uri, result);
  }
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  for (const finding of result.findings) {
    if (finding.offset > end || finding.offset + finding.length < start) continue;
    const diagnostic = params.context.diagnostics.find((d) => sameDiagnostic(d, toDiagnostic(finding))) ?? toDiagnostic(finding);
    for (const fix of finding.fixes) actions.push(toCodeAction(document, fix, diagnostic));
  }
  return actions;
}

function settingsFor(uri: string): Promise<Settings> {
  if (!canPullConfiguration) return Promise.resolve(defaultSettings);
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' }).then(
      (raw) => {
        const { settings: normalized, problems } = normalizeSettings(raw);
        for (const problem of problems) reportOnce(problem);
        return normalized;
      },
      () => defaultSettings,
    );
    settingsCache.set(uri, settings);
  }
  return settings;
}

function reportOnce(problem: string): void {
  if (reportedProblems.has(problem)) return;
  reportedProblems.add(problem);
  connection.console.warn(problem);
  void connection.window.showWarningMessage(problem);
}

documents.listen(connection);
connection.listen();
