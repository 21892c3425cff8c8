import * as fs from 'node:fs';
import * as path from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  check,
  dataVersion,
  reportStamp,
  reviewCategory,
  diffEdit,
  findingCategory,
  fixAll,
  groupFindings,
  reviewReport,
  worstSeverity,
} from '../../engine';
import type { ReviewCategoryId, ReviewDocument } from '../../engine';
import { version } from '../../package.json';
import { EXTENSION_ROOT, toDiagnostic, toTextEdits } from './convert';
import type { Review, ReviewExportFormat, WorkspaceCheck } from '../../shared/protocol';
import type { ServerContext } from './analysis';
import { notify, onRequest } from './protocol';

type ReviewHost = ServerContext;

/** The 审校 features: the 审校结果 view, 检查工作区所有报告, 导出审校报告. */
export function registerReview(host: ReviewHost): void {
  onRequest(host.connection, 'gongwen/review', ({ textDocument }) => reviewTree(host, textDocument.uri));
  onRequest(host.connection, 'gongwen/checkWorkspace', (_params, token) => checkWorkspace(host, token));
  onRequest(host.connection, 'gongwen/exportReview', ({ format, uri }, token) => exportReview(host, format, uri, token));
}

export const FIX_CATEGORY = 'gongwen.server.fixCategory';
/** Files the workspace check reads: the report extensions the CLI reads too, but not an exported 审校报告.md. */
const REPORT_FILE = /\.(txt|md|markdown)$/i;
const REVIEW_FILE = /(^|\.)审校报告\.[^.]+$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test', '.vsc-e2e']);
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 5000;

/** The 审校结果 view's data: findings by category, then by part, with counts, worst severity and safe fixes. */
export async function reviewTree(host: ReviewHost, uri: string): Promise<Review> {
  const document = host.documents.get(uri);
  const session = document && (await host.analysis.sessionOf(document));
  const data = dataVersion();
  if (!document || !session) return { checked: false, categories: [], referenceDate: null, dataVersion: data.label };
  const findings = await host.analysis.findingsOf(document);
  const summary = session.summary();
  const categories = groupFindings(findings, summary.model.structure())
    .filter((g) => g.findings.length)
    .map((g) => ({
      id: g.category.id,
      name: g.category.zh,
      count: g.findings.length,
      counts: g.counts,
      safe: g.safe,
      severity: worstSeverity(g.findings)!,
      parts: g.parts.map((p) => ({
        label: p.label,
        line: p.line,
        severity: worstSeverity(p.findings)!,
        findings: p.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          range: f.range,
          safe: f.fixes.some((x) => x.safe),
        })),
      })),
    }));
  return { checked: true, categories, referenceDate: summary.referenceDate, dataVersion: data.label };
}

/** 修复本类安全问题: every safe fix of one review category, as one edit (several rounds when fixes overlapped). */
export async function fixCategory(host: ReviewHost, uri: string, category: ReviewCategoryId): Promise<number> {
  const document = host.documents.get(uri);
  const options = document && (await host.analysis.optionsFor(document));
  if (!document || !options) return 0;
  const before = document.getText();
  const { text, fixed } = fixAll(before, (t) => check(t, options).filter((f) => findingCategory(f) === category));
  const edit = diffEdit(before, text);
  if (!edit) return 0;
  const label = `修复“${reviewCategory(category).zh}”类安全问题`;
  const { applied } = await host.connection.workspace.applyEdit({ label, edit: { changes: { [uri]: toTextEdits(document, [edit]) } } });
  return applied ? fixed : 0;
}

/** Report files under the workspace folders, in path order (dot folders and build output skipped). */
export function reportFiles(folders: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to check there
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (files.length >= MAX_FILES) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) walk(full);
      else if (entry.isFile() && REPORT_FILE.test(entry.name) && !REVIEW_FILE.test(entry.name)) files.push(full);
    }
  };
  for (const folder of folders) walk(folder);
  return files;
}

/** A document for a file: the open one (its unsaved text), else the file as read now. */
function documentFor(host: ReviewHost, file: string): TextDocument | undefined {
  const uri = pathToFileURL(file).toString();
  const open = host.documents.get(uri);
  if (open) return open;
  try {
    if (fs.statSync(file).size > MAX_FILE_BYTES) return undefined;
    const text = fs.readFileSync(file, 'utf8');
    return TextDocument.create(uri, /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext', 0, text);
  } catch {
    return undefined;
  }
}

/**
 * 检查工作区所有报告: checks every report file of the workspace that its settings check (gongwen.enable,
 * ignoreFiles), publishes its diagnostics, and reports progress (gongwen/workspaceProgress). It yields to the
 * event loop after each file, so edits and their diagnostics go first; a cancelled request stops at the next file.
 */
export async function checkWorkspace(host: ReviewHost, token: CancellationToken): Promise<WorkspaceCheck> {
  const files = reportFiles(host.configs.folders);
  const result: WorkspaceCheck = { files: files.length, checked: 0, findings: 0, cancelled: false };
  for (let i = 0; i < files.length; i++) {
    await yieldToEvents();
    if (token.isCancellationRequested) {
      result.cancelled = true;
      break;
    }
    void notify(host.connection, 'gongwen/workspaceProgress', { done: i, total: files.length, file: files[i] });
    const document = documentFor(host, files[i]);
    const session = document && (await host.analysis.sessionOf(document));
    if (!document || !session) continue;
    // Open documents are checked (and published) as they are edited; a closed file's diagnostics stay until it is opened.
    const findings = await host.analysis.findingsOf(document);
    result.checked++;
    result.findings += findings.length;
    if (!host.documents.get(document.uri))
      await host.connection.sendDiagnostics({ uri: document.uri, diagnostics: findings.map((f) => toDiagnostic(f, document.uri)) });
  }
  if (!result.cancelled) void notify(host.connection, 'gongwen/workspaceProgress', { done: files.length, total: files.length });
  return result;
}

/** 导出审校报告: the report of one document, or of every checked report of the workspace, in a format. */
export async function exportReview(
  host: ReviewHost,
  format: ReviewExportFormat,
  uri: string | undefined,
  token?: CancellationToken,
): Promise<string | null> {
  const documents: ReviewDocument[] = [];
  const folders = host.configs.folders;
  const add = async (document: TextDocument) => {
    const session = await host.analysis.sessionOf(document);
    if (!session) return;
    const findings = await host.analysis.findingsOf(document);
    documents.push({ file: displayName(document.uri, folders), text: session.text, findings, summary: session.summary() });
  };
  if (uri) {
    const document = host.documents.get(uri);
    if (document) await add(document);
  } else {
    for (const file of reportFiles(folders)) {
      await yieldToEvents();
      if (token?.isCancellationRequested) return null;
      const document = documentFor(host, file);
      if (document) await add(document);
    }
  }
  if (!documents.length) return null;
  return reviewReport(format, documents, {
    version,
    dataVersion: dataVersion().label,
    docsRoot: EXTENSION_ROOT,
    generated: reportStamp(new Date()),
  });
}

function displayName(uri: string, folders: readonly string[]): string {
  if (!uri.startsWith('file:')) return uri;
  const file = fileURLToPath(uri);
  const root = folders.find((f) => file.startsWith(f + path.sep));
  return (root ? path.relative(root, file) : path.basename(file)).split(path.sep).join('/');
}
