import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { request } from './protocol';

/**
 * 导入 Word 文档 / 导出为公文格式 Word. The conversion runs in the server (docx/); this only asks
 * for files and shows the result. Opening a .docx shows a small page offering the import.
 */
export function registerWord(client: LanguageClient): vscode.Disposable[] {
  const importDocx = async (uri?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const source =
      uri ??
      (
        await vscode.window.showOpenDialog({
          filters: { Word: ['docx'] },
          canSelectMany: false,
          title: vscode.l10n.t('Import Word Document'),
        })
      )?.[0];
    if (!source) return undefined;
    const result = await request(client, 'gongwen/importDocx', { uri: source.toString() });
    if (!result.uri) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not import {0}: {1}', source.fsPath, result.error ?? ''));
      return undefined;
    }
    const target = vscode.Uri.parse(result.uri);
    await vscode.window.showTextDocument(target);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Imported as {0}. Not carried over: {1}', vscode.workspace.asRelativePath(target), result.notes.join(', ')),
    );
    return target;
  };
  const exportDocx = async (target?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    const save =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: document.uri.with({ path: document.uri.path.replace(/\.(md|markdown|txt)$/i, '') + '.docx' }),
        filters: { Word: ['docx'] },
      }));
    if (!save) return undefined;
    const result = await request(client, 'gongwen/exportDocx', { textDocument: { uri: document.uri.toString() }, target: save.toString() });
    if (!result.uri) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not export: {0}', result.error ?? ''));
      return undefined;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0} (GB/T 9704-2012 layout)', save.fsPath));
    return save;
  };
  const offer: vscode.CustomReadonlyEditorProvider = {
    openCustomDocument: (uri) => ({ uri, dispose: () => undefined }),
    resolveCustomEditor: (document, panel) => {
      panel.webview.options = { enableScripts: true };
      const label = vscode.l10n.t('Import as an editable Markdown report');
      const note = vscode.l10n.t(
        'A Word document cannot be edited here. Gongwen can import its text, with headings numbered and tables as Markdown tables.',
      );
      panel.webview.html =
        `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline';"></head>` +
        `<body style="font-family: var(--vscode-font-family); padding: 2em"><p>${escape(note)}</p><button id="import">${escape(label)}</button>` +
        `<script>const vscode = acquireVsCodeApi(); document.getElementById('import').onclick = () => vscode.postMessage('import');</script></body></html>`;
      panel.webview.onDidReceiveMessage(() => void importDocx(document.uri));
    },
  };
  return [
    vscode.commands.registerCommand('gongwen.importDocx', importDocx),
    vscode.commands.registerCommand('gongwen.exportDocx', exportDocx),
    vscode.window.registerCustomEditorProvider('gongwen.docxImport', offer),
  ];
}

function escape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}
