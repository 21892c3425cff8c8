import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { request } from './protocol';

/** The palette commands that hand work to the server (which owns checking and edits). */
export function registerCommands(client: LanguageClient, refresh: () => void): vscode.Disposable[] {
  const current = () => vscode.window.activeTextEditor?.document;
  return [
    vscode.commands.registerCommand('gongwen.checkDocument', async () => {
      const document = current();
      if (!document) return;
      const count = await request(client, 'gongwen/checkDocument', { textDocument: { uri: document.uri.toString() } });
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Gongwen: {0} problem(s) found', count), 4000);
      refresh();
    }),
    vscode.commands.registerCommand('gongwen.insertMissingSection', async () => {
      const document = current();
      if (!document) return;
      const { parts } = await request(client, 'gongwen/structure', { textDocument: { uri: document.uri.toString() } });
      const missing = parts.filter((p) => !p.present);
      if (!missing.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Every standard part of this report is there.'));
        return;
      }
      const picked = await vscode.window.showQuickPick(
        missing.map((p) => ({ label: p.name, description: p.required ? vscode.l10n.t('required') : vscode.l10n.t('optional'), id: p.id })),
        { title: vscode.l10n.t('Insert Missing Part') },
      );
      if (picked) await vscode.commands.executeCommand('gongwen.server.insertSection', document.uri.toString(), picked.id);
      refresh();
    }),
    vscode.commands.registerCommand('gongwen.renumber', async () => {
      const document = current();
      if (!document) return;
      const fixed = await vscode.commands.executeCommand<number>('gongwen.server.renumber', document.uri.toString());
      void vscode.window.setStatusBarMessage(
        fixed ? vscode.l10n.t('Renumbered ({0} change(s))', fixed) : vscode.l10n.t('Numbering is already in order'),
        4000,
      );
    }),
    vscode.commands.registerCommand('gongwen.showStructure', async () => {
      await vscode.commands.executeCommand('workbench.view.explorer');
      await vscode.commands.executeCommand('gongwen.structure.focus');
    }),
    vscode.commands.registerCommand('gongwen.switchToGongwenMode', async () => {
      const document = current();
      if (document) await vscode.languages.setTextDocumentLanguage(document, 'gongwen');
    }),
  ];
}
