import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

const KEY = 'gongwen.reportTypes';
// A copy of the type names in data/report-types.json (and of the gongwen.reportType enum in package.json).
const TYPES = ['自查报告', '情况报告', '工作总结', '述职报告', '对照检查材料', '整改情况报告', '政府工作报告', '大会工作报告', '讲话稿',
  '通知', '问题清单', '台账', '公报', '报告'];

/**
 * Choose Report Type (选择报告类型) — overrides the detected type of the current file. The choice is kept per
 * workspace (so it survives restarts) and handed to the server, which checks against that type.
 */
export function registerReportTypeCommand(context: vscode.ExtensionContext, client: LanguageClient,
  onChange: () => void): vscode.Disposable {
  const stored = () => context.workspaceState.get<Record<string, string>>(KEY, {});
  for (const [uri, type] of Object.entries(stored())) void client.sendNotification('gongwen/setReportType', { uri, type });

  return vscode.commands.registerCommand('gongwen.chooseReportType', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const uri = editor.document.uri.toString();
    const current = stored()[uri];
    const auto = vscode.l10n.t('Detect automatically');
    const now = vscode.l10n.t('current');
    const picked = await vscode.window.showQuickPick(
      [{ label: auto, description: current ? '' : now }, ...TYPES.map((t) => ({ label: t, description: t === current ? now : '' }))],
      { title: vscode.l10n.t('Choose Report Type'), placeHolder: vscode.l10n.t('The structure and parts are checked against this type') });
    if (!picked) return;
    const type = picked.label === auto ? null : picked.label;
    const next = { ...stored() };
    if (type) next[uri] = type; else delete next[uri];
    await context.workspaceState.update(KEY, next);
    await client.sendNotification('gongwen/setReportType', { uri, type });
    onChange();
  });
}
