import { pathToFileURL } from 'node:url';
import {
  CodeAction, CodeActionKind, CodeActionParams, CompletionItemKind, createConnection, Diagnostic, DiagnosticSeverity,
  DidChangeConfigurationNotification,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check, complete, describeReport, diffEdit, fixAll, looksLikeReport, parseReport, ruleData, rules, sharedSegmenter } from '../../engine';
import type { CheckOptions, Finding, ReportStructure, ReviewCategoryId, ReviewFormat } from '../../engine';
import { sameDiagnostic, toCodeAction, toDiagnostic, toTextEdits } from './convert';
import { toFoldingRanges, toSymbols } from './outline';
import { legend, semanticTokens } from './semantic-tokens';
import { defaultSettings, normalizeSettings, Settings } from './settings';
import { ConfigChange, configEdit, SUPPRESS_COMMAND, suppressActions } from './suppress-actions';
import { isReadable, tolerantDocuments } from './documents';
import { isConfigFile } from './workspace-config';
import { createTransport, redirectConsole } from './transport';
import { WorkspaceConfigs } from './workspace-config';
import { findingHover, formulationHover, joinHovers } from './hover';
import { checkWorkspace, exportReview, FIX_CATEGORY, fixCategory, ReviewHost, reviewTree } from './review';
import { registerWordRequests } from './word';

/** The Gongwen language server: an adapter from LSP to the engine. Transport (stdio/IPC) comes from argv. */
let shutdownReceived = false;
const transport = createTransport(process.argv.slice(2), (code, reason) => {
  process.stderr.write(`${reason}\n`);
  process.exit(code);
});
const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer);
if (transport.stdio) redirectConsole((m) => connection.console.log(m), (m) => connection.console.error(m));
// The client went away (stdin closed): an exit without shutdown is a crash as far as LSP is concerned.
transport.reader.onClose(() => process.exit(shutdownReceived ? 0 : 1));
connection.onShutdown(() => { shutdownReceived = true; });
const documents = new TextDocuments(tolerantDocuments);
const DEBOUNCE_MS = 200;
/**
 * Documents longer than this (UTF-16 code units) are not checked in the editor: a check runs on every
 * pause in typing and must stay well under a second (1M characters take ~0.15 s); beyond it the
 * document gets one information diagnostic instead. Documented in docs/rules.md.
 */
const MAX_DOCUMENT_CHARS = 2_000_000;
const INSERT_SECTION = 'gongwen.server.insertSection';
const RENUMBER = 'gongwen.server.renumber';
/** `source.fixAll.gongwen`, so editor.codeActionsOnSave can run it. */
const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

let canPullConfiguration = false;
const settingsCache = new Map<string, Promise<Settings>>();
const results = new Map<string, { version: number; findings: Finding[] }>();
const timers = new Map<string, NodeJS.Timeout>();
const reportedProblems = new Set<string>();
/** Report types chosen per file with the client's 选择报告类型 command. */
const chosenTypes = new Map<string, string>();
/** Files the user asked to check (检查当前报告) even though they do not look like reports. */
const forced = new Set<string>();
const segmenter = () => sharedSegmenter((message) => connection.console.warn(message));
const configs = new WorkspaceConfigs(connection);
const ruleIds = rules.map((r) => r.id);

connection.onInitialize((params) => {
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  configs.setWorkspaceFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  configs.setTrusted((params.initializationOptions as { workspaceTrusted?: unknown } | undefined)?.workspaceTrusted !== false);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentSymbolProvider: { label: '公文报告' },
      foldingRangeProvider: true,
      executeCommandProvider: { commands: [INSERT_SECTION, RENUMBER, SUPPRESS_COMMAND, FIX_CATEGORY] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['、', '（'] },
      semanticTokensProvider: { legend, full: true },
    },
    serverInfo: { name: 'gongwen' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
  }
  segmenter(); // load the dictionary now, not on the first keystroke
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  revalidateAll();
});

connection.onDidChangeWatchedFiles(() => {
  configs.reset();
  revalidateAll();
});

/** VS Code's workspace trust changed (Restricted Mode → trusted): workspace rule packs now run. */
connection.onNotification('gongwen/workspaceTrust', ({ trusted }: { trusted: boolean }) => {
  configs.setTrusted(trusted !== false);
  revalidateAll();
});

connection.onNotification('gongwen/setReportType', ({ uri, type }: { uri: string; type: string | null }) => {
  if (type) chosenTypes.set(uri, type); else chosenTypes.delete(uri);
  const document = documents.get(uri);
  if (document) void validate(document);
});

const justOpened = new Set<string>();
documents.onDidOpen(({ document }) => {
  justOpened.add(document.uri);
  void validate(document);
});
documents.onDidChangeContent(({ document }) => {
  // Opening fires this too, right after onDidOpen, which has already checked the text.
  if (!justOpened.delete(document.uri)) schedule(document);
});
documents.onDidClose(({ document }) => {
  clearTimeout(timers.get(document.uri));
  timers.delete(document.uri);
  results.delete(document.uri);
  structures.delete(document.uri);
  settingsCache.delete(document.uri);
  forced.delete(document.uri);
  if (!isConfigFile(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.onCodeAction(async (params) => codeActions(params));

connection.onDocumentSymbol(async ({ textDocument }) => {
  const document = documents.get(textDocument.uri);
  const options = document && (await optionsFor(document));
  return options ? toSymbols(document, structureOf(document, options)) : [];
});

connection.languages.semanticTokens.on(async ({ textDocument }) => {
  const document = documents.get(textDocument.uri);
  const options = document && (await optionsFor(document));
  // Markdown has its own highlighting; plain text and the gongwen language get ours.
  if (!document || !options || options.language === 'markdown') return { data: [] };
  const structure = structureOf(document, options);
  const findings = results.get(document.uri)?.version === document.version ? results.get(document.uri)!.findings : analyse(document, options);
  return semanticTokens(document, structure, findings);
});

connection.onFoldingRanges(async ({ textDocument }) => {
  const document = documents.get(textDocument.uri);
  const options = document && (await optionsFor(document));
  return options ? toFoldingRanges(structureOf(document, options)) : [];
});

/** Everything the client's 报告结构 view shows: the type and why, the reference date and why, each standard part, the heading tree. */
connection.onRequest('gongwen/structure', async ({ textDocument }: { textDocument: { uri: string } }) => {
  const document = documents.get(textDocument.uri);
  const options = document && (await optionsFor(document));
  if (!document || !options) return { type: null, parts: [], headings: [], restricted: false, referenceDate: null };
  const summary = describeReport(document.getText(), options);
  return {
    restricted: configs.packWithheld(document.uri),
    type: summary.type,
    charCount: summary.charCount,
    referenceDate: summary.referenceDate,
    parts: summary.parts.map(({ id, name, required, present, line }) => ({ id, name, required, present, line })),
    headings: toSymbols(document, summary.model.structure()),
  };
});

/**
 * The report types the 选择报告类型 picker offers for a document: its workspace pack's types first (they also take
 * precedence in detection), then the built-in ones, from the engine's one list (data/report-types.json + pack).
 */
connection.onRequest('gongwen/reportTypes', ({ textDocument }: { textDocument: { uri: string } }) => {
  const { pack } = configs.settingsFor(textDocument.uri).options;
  const own = new Set((pack?.reportTypes ?? []).map((t) => t.id));
  return ruleData(pack).types.map(({ id, name }) => ({ id, name, pack: own.has(id) }));
});

/** 检查当前报告: check this document from now on, even if it does not look like a report. */
connection.onRequest('gongwen/checkDocument', async ({ textDocument }: { textDocument: { uri: string } }) => {
  forced.add(textDocument.uri);
  const document = documents.get(textDocument.uri);
  if (document) await validate(document);
  return results.get(textDocument.uri)?.findings.length ?? 0;
});

/** The 审校 features (review.ts): the 审校结果 view, 检查工作区所有报告, 导出审校报告; hover explains findings. */
const review: ReviewHost = { connection, documents, configs, optionsFor: (d) => optionsFor(d), findingsOf };
connection.onRequest('gongwen/review', ({ textDocument }: { textDocument: { uri: string } }) => reviewTree(review, textDocument.uri));
connection.onRequest('gongwen/checkWorkspace', (_params: unknown, token) => checkWorkspace(review, token));
connection.onRequest('gongwen/exportReview', ({ format, uri }: { format: ReviewFormat; uri?: string }, token) => exportReview(review, format, uri, token));
connection.onHover(async ({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  return document ? joinHovers(findingHover(document, await findingsOf(document), position), formulationHover(document, position)) : null;
});

connection.onCompletion(async ({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  const options = document && (await optionsFor(document));
  if (!document || !options) return [];
  const offset = document.offsetAt(position);
  return complete(document.getText(), offset, options.language!, segmenter()).map((c, i) => ({
    label: c.label,
    detail: c.detail,
    documentation: c.documentation,
    kind: c.kind === 'heading' ? CompletionItemKind.Enum : CompletionItemKind.Text,
    sortText: String(i).padStart(3, '0'),
    textEdit: { range: { start: document.positionAt(c.replaceFrom), end: position }, newText: c.insertText },
  }));
});

connection.onExecuteCommand(async ({ command, arguments: args }) => {
  if (command === RENUMBER && args) return renumber(args[0] as string);
  if (command === INSERT_SECTION && args) return insertSection(args[0] as string, args[1] as string);
  if (command === SUPPRESS_COMMAND && args) return changeConfig(args[0] as ConfigChange);
  if (command === FIX_CATEGORY && args) return fixCategory(review, args[0] as string, args[1] as ReviewCategoryId);
  return undefined;
});

/** A 忽略/关闭规则 quick fix, made now against the config as it is now (open in the editor or on disk). */
async function changeConfig(change: ConfigChange): Promise<boolean> {
  const open = typeof change?.file === 'string' ? documents.get(pathToFileURL(change.file).toString()) : undefined;
  const result = configEdit(change, open);
  if ('problem' in result) {
    void connection.window.showWarningMessage(result.problem);
    return false;
  }
  return (await connection.workspace.applyEdit({ label: '修改 Gongwen 配置', edit: result.edit })).applied;
}

async function insertSection(uri: string, partId: string): Promise<boolean> {
  const document = documents.get(uri);
  const options = document && (await optionsFor(document, true));
  const part = options && describeReport(document.getText(), options).parts.find((p) => p.id === partId);
  if (!document || !part?.insert) return false;
  const edit = { changes: { [uri]: toTextEdits(document, part.insert) } };
  return (await connection.workspace.applyEdit({ label: `插入“${part.name}”部分`, edit })).applied;
}

/** 重新编号: every safe heading-numbering fix (numbers in sequence, GB/T 9704 forms), as one edit. */
async function renumber(uri: string): Promise<number> {
  const document = documents.get(uri);
  const options = document && (await optionsFor(document, true));
  if (!document || !options) return 0;
  const only = { ...options, rules: Object.fromEntries(rulesExcept('heading-numbering')) };
  const before = document.getText();
  const { text, fixed } = fixAll(before, (t) => check(t, only));
  const edit = diffEdit(before, text);
  if (edit) await connection.workspace.applyEdit({ label: '重新编号', edit: { changes: { [uri]: toTextEdits(document, [edit]) } } });
  return fixed;
}

function rulesExcept(id: string): [string, 'off'][] {
  return ruleIds.filter((r) => r !== id).map((r) => [r, 'off']);
}

/**
 * The structure of a document version, read once: Outline, folding and highlighting all ask for it
 * right after each change.
 */
const structures = new Map<string, { version: number; language: string; structure: ReportStructure }>();
function structureOf(document: TextDocument, options: CheckOptions): ReportStructure {
  const cached = structures.get(document.uri);
  if (cached?.version === document.version && cached.language === options.language) return cached.structure;
  const structure = parseReport(document.getText(), options.language!, segmenter()).structure();
  structures.set(document.uri, { version: document.version, language: options.language!, structure });
  return structure;
}

function schedule(document: TextDocument): void {
  clearTimeout(timers.get(document.uri));
  timers.set(document.uri, setTimeout(() => {
    timers.delete(document.uri);
    const current = documents.get(document.uri);
    if (current) void validate(current);
  }, DEBOUNCE_MS));
}

function revalidateAll(): void {
  for (const document of documents.all()) void validate(document);
}

async function validate(document: TextDocument): Promise<void> {
  // An open config file's diagnostics are its problems, published by WorkspaceConfigs.
  if (isConfigFile(document.uri)) return;
  try {
    const options = await checkedOptions(document);
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return; // a newer edit will validate
    const oversized = tooLarge(document);
    const findings = options && !oversized ? analyse(document, options) : [];
    results.set(document.uri, { version: document.version, findings });
    const diagnostics = options && oversized ? [tooLargeDiagnostic(document)] : findings.map((f) => toDiagnostic(f, document.uri));
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  } catch (error) {
    // Runs from events, not requests: nobody would see the rejection, and an unhandled one ends the process.
    connection.console.error(`gongwen: 检查 ${document.uri} 时出错：${(error as Error).stack ?? error}`);
  }
}

/**
 * Engine options for a document, or undefined when the document is not to be checked
 * (gongwen.enable = never, or auto and the text does not look like a report, or it is too large
 * to check on every keystroke). `force` checks anyway, except a document too large.
 */
async function optionsFor(document: TextDocument, force = false): Promise<CheckOptions | undefined> {
  return tooLarge(document) ? undefined : checkedOptions(document, force);
}

/** optionsFor without the size limit: validate() reports an oversized document instead of skipping it silently. */
async function checkedOptions(document: TextDocument, force = false): Promise<CheckOptions | undefined> {
  // Config files are synced so quick fixes can edit their open version; they are not reports.
  if (!isReadable(document) || isConfigFile(document.uri)) return undefined;
  const settings = await settingsFor(document.uri);
  const text = document.getText();
  // A file in the gongwen language, or one the user asked to check, is a report by choice.
  const chosen = document.languageId === 'gongwen' || forced.has(document.uri);
  const checked = settings.enable === 'always' || (settings.enable === 'auto' && (chosen || looksLikeReport(text)));
  if (!checked && !force) return undefined;
  const workspace = configs.settingsFor(document.uri);
  if (workspace.skip && !force) return undefined;
  return {
    ...workspace.options,
    language: document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri) ? 'markdown' : 'plaintext',
    referenceDate: settings.referenceDate || undefined,
    // .gongwen.json says what its files are (archiveFiles: old reports); the setting is the default.
    dateMode: workspace.options.dateMode ?? settings.dateMode,
    maxLength: settings.maxLength,
    // VS Code settings are the user's own and win over the shared workspace file.
    rules: { ...workspace.options.rules, ...settings.rules },
    reportType: chosenTypes.get(document.uri) ?? (settings.reportType || workspace.options.reportType),
    segmenter: segmenter(),
  };
}

function tooLarge(document: TextDocument): boolean {
  return document.getText().length > MAX_DOCUMENT_CHARS;
}

function tooLargeDiagnostic(document: TextDocument): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'gongwen',
    code: 'document-size',
    message: `文档过大，未检查：${document.getText().length.toLocaleString('en')} 个字符，`
      + `编辑器中的上限为 ${MAX_DOCUMENT_CHARS.toLocaleString('en')}。请拆分文件后再检查。`,
  };
}

function analyse(document: TextDocument, options: CheckOptions): Finding[] {
  try {
    return check(document.getText(), options);
  } catch (error) {
    connection.console.error(`gongwen: 检查 ${document.uri} 时出错：${(error as Error).stack ?? error}`);
    return [];
  }
}

async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const wants = (kind: string) => !params.context.only || params.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...(await quickFixes(document, params)));
  if (params.context.only && wants(FIX_ALL_KIND)) {
    const all = await fixAllAction(document);
    if (all) actions.push(all);
  }
  return actions;
}

/** The findings of the document's current version: the last check's, else checked now. */
async function findingsOf(document: TextDocument): Promise<Finding[]> {
  let result = results.get(document.uri);
  if (!result || result.version !== document.version) {
    const options = await optionsFor(document);
    result = { version: document.version, findings: options ? analyse(document, options) : [] };
    // Only an open document's findings are kept: the workspace check reads closed files through here too.
    if (documents.get(document.uri)) results.set(document.uri, result);
  }
  return result.findings;
}

async function quickFixes(document: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
  const result = { findings: await findingsOf(document) };
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  const touches = (from: number, to: number) => from <= end && to >= start;
  for (const finding of result.findings) {
    if (!touches(finding.offset, finding.offset + finding.length)) {
      // A grouped fix (本文有 30 处半角逗号) has one diagnostic, at its first mark; offer it at each of its marks.
      for (const fix of finding.fixes) {
        if (fix.count && fix.edits.some((e) => touches(e.offset, e.offset + e.length))) actions.push(toCodeAction(document, fix, toDiagnostic(finding)));
      }
      continue;
    }
    const diagnostic = params.context.diagnostics.find((d) => sameDiagnostic(d, toDiagnostic(finding))) ?? toDiagnostic(finding);
    for (const fix of finding.fixes) actions.push(toCodeAction(document, fix, diagnostic));
    actions.push(...suppressActions(document, finding, diagnostic,
      configs.configFileFor(document.uri), configs.newConfigFileFor(document.uri)));
  }
  return actions;
}

/** Every safe fix of the document in one edit (several rounds when fixes overlapped). */
async function fixAllAction(document: TextDocument): Promise<CodeAction | undefined> {
  const options = await optionsFor(document);
  if (!options) return undefined;
  const before = document.getText();
  const { text, fixed } = fixAll(before, (t) => check(t, options));
  const edit = diffEdit(before, text);
  if (!edit) return undefined;
  return {
    title: `修复所有安全问题（${fixed} 处）`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: toTextEdits(document, [edit]) } },
  };
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

registerWordRequests(connection, documents);
documents.listen(connection);
connection.listen();
