import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openCopy, waitForDiagnostics } from './helpers';

const REPORT =
  '关于2026年度落实全面从严治党主体责任情况的报告\n\n市委：\n现将有关情况报告如下：\n一、主要工作\n党组成员坚定“四个意识”，认真履行“一岗双责”。\n特此报告。\n\n市财政局\n2026年11月20日\n';

describe('固有表述 in the editor', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('a wrong verb is an error with the right one as a quick fix, and the hover shows the formulation card', async () => {
    const editor = await openCopy('编号.txt');
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), REPORT));
    const uri = editor.document.uri;
    const [finding] = (await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'formulation'))).filter(
      (x) => codeOf(x) === 'formulation',
    );
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(finding.range), '坚定“四个意识”');
    assert.match(finding.message, /应为“增强‘四个意识’”/);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range);
    assert.ok(
      actions.some((a) => a.title.includes('改为“增强“四个意识””')),
      actions.map((a) => a.title).join(' | '),
    );

    // A correct formulation has its card too: canonical wording, items, source and date.
    const at = editor.document.positionAt(editor.document.getText().indexOf('一岗双责') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /固有表述 · 一岗双责/);
    assert.match(text, /出处：/);
  });
});
