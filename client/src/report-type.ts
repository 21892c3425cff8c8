import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ReportTypeChoice } from '../../shared/protocol';
import { notify, request } from './protocol';

const KEY = 'gongwen.reportTypes';

/**
 * Choose Report Type (选择报告类型) — overrides the detected type of the current file. The choice is kept per
 * workspace (so it survives restarts) and handed to the server, which checks against that type.
 */
export function registerReportTypeCommand(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  onChange: () => void,
): vscode.Disposable {
  const stored = () => context.workspaceState.get<Record<string, string>>(KEY, {});
  for (const [uri, type] of Object.entries(stored())) void notify(client, 'gongwen/setReportType', { uri, type });

  return vscode.commands.registerCommand('gongwen.chooseReportType', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const uri = editor.document.uri.toString();
    const current = stored()[uri];
    const auto = vscode.l10n.t('Detect automatically');
    const now = vscode.l10n.t('current');
    const types = await request(client, 'gongwen/reportTypes', { textDocument: { uri } });
    const fromPack = vscode.l10n.t('workspace rule pack');
    const describe = (t: ReportTypeChoice) => [t.pack ? fromPack : '', t.name === current ? now : ''].filter(Boolean).join(' · ');
    const picked = await vscode.window.showQuickPick(
      [{ label: auto, description: current ? '' : now }, ...types.map((t) => ({ label: t.name, description: describe(t) }))],
      { title: vscode.l10n.t('Choose Report Type'), placeHolder: vscode.l10n.t('The structure and parts are checked against this type') },
    );
    if (!picked) return;
    const type = picked.label === auto ? null : picked.label;
    const next = { ...stored() };
    if (type) next[uri] = type;
    else delete next[uri];
    await context.workspaceState.update(KEY, next);
    await notify(client, 'gongwen/setReportType', { uri, type });
    onChange();
  });
}
