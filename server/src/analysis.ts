import { Connection, Diagnostic, DiagnosticSeverity, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { looksLikeReport, openReport, sharedSegmenter } from '../../engine';
import type { CheckOptions, Finding, ReportSession, Segmenter } from '../../engine';
import { pauseCollector } from './collect-in-pause';
import { toDiagnostic } from './convert';
import { isReadable } from './documents';
import { defaultSettings, normalizeSettings, Settings } from './settings';
import { isConfigFile, WorkspaceConfigs } from './workspace-config';

const DEBOUNCE_MS = 200;
const collectInPause = pauseCollector();
/**
 * Documents longer than this (UTF-16 code units) are not checked in the editor: a check runs on every
 * pause in typing and must stay well under a second (1M characters take ~0.15 s); beyond it the
 * document gets one information diagnostic instead. Documented in docs/rules.md.
 */
const MAX_DOCUMENT_CHARS = 2_000_000;

/** What every feature of the server shares: the connection, the open documents, the configs, the analysis. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  configs: WorkspaceConfigs;
  analysis: Analysis;
}

/**
 * Which documents are checked and with what options, and one engine session per document version:
 * diagnostics, outline, folding, highlighting, hover, code actions and the views all read the same parse.
 * Anything that changes options (settings, configs, trust, a chosen report type) calls invalidate().
 */
export class Analysis {
  private canPullConfiguration = false;
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly sessions = new Map<string, { version: number; generation: number; session: ReportSession }>();
  /** Bumped by invalidate(): a session opened under older options is stale even at the same version. */
  private generation = 0;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly reportedProblems = new Set<string>();
  /** Report types chosen per file with the client's 选择报告类型 command. */
  private readonly chosenTypes = new Map<string, string>();
  /** Files the user asked to check (检查当前报告) even though they do not look like reports. */
  private readonly forced = new Set<string>();
  /**
   * Open documents that have looked like reports: once one does, it stays checked while open, so the test
   * (a scan of its first 20,000 characters) is not repeated on every keystroke, and its diagnostics do not
   * vanish while a line is being rewritten.
   */
  private readonly reports = new Set<string>();
  readonly segmenter: () => Segmenter;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly configs: WorkspaceConfigs,
  ) {
    this.segmenter = () => sharedSegmenter((message) => connection.console.warn(message));
  }

  setCanPullConfiguration(can: boolean): void {
    this.canPullConfiguration = can;
  }

  /** Options may have changed (settings, configs, trust): forget every session and check the open documents again. */
  invalidate(): void {
    this.settingsCache.clear();
    this.generation++;
    for (const document of this.documents.all()) void this.validate(document);
  }

  chooseType(uri: string, type: string | null): void {
    if (type) this.chosenTypes.set(uri, type);
    else this.chosenTypes.delete(uri);
    this.sessions.delete(uri);
    const document = this.documents.get(uri);
    if (document) void this.validate(document);
  }

  /** 检查当前报告: check this document from now on, even if it does not look like a report. */
  async force(uri: string): Promise<number> {
    this.forced.add(uri);
    const document = this.documents.get(uri);
    return document ? (await this.validate(document)).length : 0;
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.sessions.delete(uri);
    this.settingsCache.delete(uri);
    this.forced.delete(uri);
    this.reports.delete(uri);
  }

  schedule(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        const current = this.documents.get(document.uri);
        if (current) void this.validate(current);
      }, DEBOUNCE_MS),
    );
    // After this edit's notification is handled; the check waits for the debounce anyway.
    setImmediate(collectInPause);
  }

  /** Checks a document and publishes its diagnostics; returns its findings. */
  async validate(document: TextDocument): Promise<Finding[]> {
    // An open config file's diagnostics are its problems, published by WorkspaceConfigs.
    if (isConfigFile(document.uri)) return [];
    try {
      const options = await this.checkedOptions(document);
      const current = this.documents.get(document.uri);
      if (!current || current.version !== document.version) return []; // a newer edit will validate
      const oversized = tooLarge(document);
      const findings = options && !oversized ? this.findingsIn(document, this.sessionWith(document, options)) : [];
      const diagnostics = options && oversized ? [tooLargeDiagnostic(document)] : findings.map((f) => toDiagnostic(f, document.uri));
      await this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
      return findings;
    } catch (error) {
      // Runs from events, not requests: nobody would see the rejection, and an unhandled one ends the process.
      this.connection.console.error(`gongwen: 检查 ${document.uri} 时出错：${(error as Error).stack ?? error}`);
      return [];
    }
  }

  /** The session of the document's current version, or undefined when the document is not checked. */
  async sessionOf(document: TextDocument, force = false): Promise<ReportSession | undefined> {
    const options = await this.optionsFor(document, force);
    return options && this.sessionWith(document, options);
  }

  /** The findings of the document's current version (a closed file's too: the workspace check reads them here). */
  async findingsOf(document: TextDocument): Promise<Finding[]> {
    const session = await this.sessionOf(document);
    return session ? this.findingsIn(document, session) : [];
  }

  /**
   * Engine options for a document, or undefined when the document is not to be checked
   * (gongwen.enable = never, or auto and the text does not look like a report, or it is too large
   * to check on every keystroke). `force` checks anyway, except a document too large.
   */
  async optionsFor(document: TextDocument, force = false): Promise<CheckOptions | undefined> {
    return tooLarge(document) ? undefined : this.checkedOptions(document, force);
  }

  private sessionWith(document: TextDocument, options: CheckOptions): ReportSession {
    const cached = this.sessions.get(document.uri);
    if (
      cached?.version === document.version &&
      cached.generation === this.generation &&
      cached.session.options.language === options.language
    )
      return cached.session;
    // The previous version's session lets the check after a keystroke re-read only the paragraph typed in.
    const session = openReport(document.getText(), options, cached?.session);
    // Only open documents keep a session: the workspace check reads closed files through here too.
    if (this.documents.get(document.uri))
      this.sessions.set(document.uri, { version: document.version, generation: this.generation, session });
    return session;
  }

  private findingsIn(document: TextDocument, session: ReportSession): Finding[] {
    try {
      return session.checked().findings;
    } catch (error) {
      this.connection.console.error(`gongwen: 检查 ${document.uri} 时出错：${(error as Error).stack ?? error}`);
      return [];
    }
  }

  /** optionsFor without the size limit: validate() reports an oversized document instead of skipping it silently. */
  private async checkedOptions(document: TextDocument, force = false): Promise<CheckOptions | undefined> {
    // Config files are synced so quick fixes can edit their open version; they are not reports.
    if (!isReadable(document) || isConfigFile(document.uri)) return undefined;
    const settings = await this.settingsFor(document.uri);
    // A file in the gongwen language, or one the user asked to check, is a report by choice.
    const chosen = document.languageId === 'gongwen' || this.forced.has(document.uri);
    const checked = settings.enable === 'always' || (settings.enable === 'auto' && (chosen || this.isReport(document)));
    if (!checked && !force) return undefined;
    const workspace = this.configs.settingsFor(document.uri);
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
      reportType: this.chosenTypes.get(document.uri) ?? (settings.reportType || workspace.options.reportType),
      segmenter: this.segmenter(),
    };
  }

  private isReport(document: TextDocument): boolean {
    if (this.reports.has(document.uri)) return true;
    const looks = looksLikeReport(document.getText());
    if (looks && this.documents.get(document.uri)) this.reports.add(document.uri);
    return looks;
  }

  private settingsFor(uri: string): Promise<Settings> {
    if (!this.canPullConfiguration) return Promise.resolve(defaultSettings);
    let settings = this.settingsCache.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' }).then(
        (raw) => {
          const { settings: normalized, problems } = normalizeSettings(raw);
          for (const problem of problems) this.reportOnce(problem);
          return normalized;
        },
        () => defaultSettings,
      );
      this.settingsCache.set(uri, settings);
    }
    return settings;
  }

  private reportOnce(problem: string): void {
    if (this.reportedProblems.has(problem)) return;
    this.reportedProblems.add(problem);
    this.connection.console.warn(problem);
    void this.connection.window.showWarningMessage(problem);
  }
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
    message:
      `文档过大，未检查：${document.getText().length.toLocaleString('en')} 个字符，` +
      `编辑器中的上限为 ${MAX_DOCUMENT_CHARS.toLocaleString('en')}。请拆分文件后再检查。`,
  };
}
