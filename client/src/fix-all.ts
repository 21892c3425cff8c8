import * as vscode from 'vscode';

/** 公文：修复所有安全问题 — runs the server's source.fixAll.gongwen action on the current file. */
export function registerFixAllCommand(): vscode.Disposable {
  return vscode.commands.registerCommand('gongwen.fixAll', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const document = editor.document;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      'source.fixAll.gongwen',
    );
    const action = actions?.find((a) => a.kind?.value === 'source.fixAll.gongwen');
    if (!action?.edit) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is nothing to fix automatically.'));
      return;
    }
    await vscode.workspace.applyEdit(action.edit);
    void vscode.window.setStatusBarMessage(action.title, 4000);
  });
}
