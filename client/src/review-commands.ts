import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ReviewExportFormat as Format, WorkspaceCheck } from '../../shared/protocol';
import { onNotification, request } from './protocol';

const EXTENSIONS: Record<Format, string> = { html: 'html', markdown: 'md', sarif: 'sarif' };

/** 检查工作区所有报告 and 导出审校报告: the server does the work, the client shows progress and opens the result. */
export function registerReviewCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('gongwen.checkWorkspace', () => checkWorkspace(client)),
    vscode.commands.registerCommand('gongwen.exportReview', (scope?: 'file' | 'workspace', format?: Format) =>
      exportReview(client, scope, format),
    ),
  ];
}

async function checkWorkspace(client: LanguageClient): Promise<WorkspaceCheck | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking all reports'), cancellable: true },
    async (progress, token) => {
      let last = 0;
      const listener = onNotification(client, 'gongwen/workspaceProgress', ({ done, total, file }) => {
        progress.report({
          increment: total ? ((done - last) / total) * 100 : 0,
          message: file ? `${done + 1}/${total} ${path.basename(file)}` : undefined,
        });
        last = done;
      });
      try {
        const result = await request(client, 'gongwen/checkWorkspace', {}, token);
        void vscode.window.setStatusBarMessage(
          vscode.l10n.t('Gongwen: {0} report(s) checked, {1} problem(s)', result.checked, result.findings),
          6000,
        );
        if (!result.cancelled) await vscode.commands.executeCommand('workbench.actions.view.problems');
        return result;
      } catch (error) {
        if (token.isCancellationRequested) return undefined; // cancelled by the user: nothing to say
        throw error;
      } finally {
        listener.dispose();
      }
    },
  );
}

/** Writes the report next to the file (报告.审校报告.html) or at the workspace root, and opens it. Returns its URI. */
async function exportReview(client: LanguageClient, scope?: 'file' | 'workspace', format?: Format): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!scope) {
    const choices = [
      ...(document ? [{ label: vscode.l10n.t('Current report'), scope: 'file' as const }] : []),
      ...(folder ? [{ label: vscode.l10n.t('All reports of the workspace'), scope: 'workspace' as const }] : []),
    ];
    scope = (await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Export Review Report') }))?.scope;
    if (!scope) return undefined;
  }
  if (!format) {
    const formats = [
      { label: 'HTML', description: vscode.l10n.t('printable (A4)'), format: 'html' as const },
      { label: 'Markdown', format: 'markdown' as const },
      { label: 'SARIF 2.1.0', description: vscode.l10n.t('for code scanning'), format: 'sarif' as const },
    ];
    format = (await vscode.window.showQuickPick(formats, { title: vscode.l10n.t('Export Review Report') }))?.format;
    if (!format) return undefined;
  }
  const uri = scope === 'file' ? document?.uri.toString() : undefined;
  if (scope === 'file' && !uri) return undefined;
  const content = await request(client, 'gongwen/exportReview', { format, uri });
  if (content === null) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No checked report to export.'));
    return undefined;
  }
  const target =
    scope === 'file' && document!.uri.scheme === 'file'
      ? vscode.Uri.file(document!.uri.fsPath.replace(/\.[^./\\]+$/, '') + `.审校报告.${EXTENSIONS[format]}`)
      : folder
        ? vscode.Uri.joinPath(folder.uri, `审校报告.${EXTENSIONS[format]}`)
        : undefined;
  if (!target) {
    await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({
        content,
        language: format === 'markdown' ? 'markdown' : format === 'sarif' ? 'json' : 'html',
      }),
    );
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  // HTML is for reading and printing: the browser; Markdown and SARIF open in the editor.
  if (format === 'html') await vscode.env.openExternal(target);
  else await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
