import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openCopy, waitForDiagnostics } from './helpers';

describe('Gongwen commands in VS Code', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('重新编号 renumbers the headings and nothing else', async () => {
    const editor = await openCopy('编号.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'heading-numbering'));
    await vscode.commands.executeCommand('gongwen.renumber');
    assert.equal(editor.document.getText(), '市委：\n现将有关情况报告如下：\n一、甲\n（一）子项\n（二）子项\n二、乙\n三、丙\n特此报告。\n');
  });

  it('检查当前报告 checks a note that auto mode leaves alone', async () => {
    const editor = await openCopy('notes.md');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'gongwen').length, 0);
    await vscode.commands.executeCommand('gongwen.checkDocument');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'placeholder'));
  });

  it('切换为公文报告模式 switches the language, and the gongwen language is checked', async () => {
    const editor = await openCopy('编号.txt');
    await vscode.commands.executeCommand('gongwen.switchToGongwenMode');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'gongwen');
    await waitForDiagnostics(vscode.window.activeTextEditor!.document.uri, (d) => d.some((x) => codeOf(x) === 'heading-numbering'));
    assert.equal(editor.document.uri.toString(), vscode.window.activeTextEditor!.document.uri.toString());
  });

  it('the snippets are offered for plaintext reports by their pinyin prefix', async () => {
    const editor = await openCopy('编号.txt');
    await editor.edit((e) => e.insert(new vscode.Position(8, 0), 'tcbg'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      new vscode.Position(8, 4),
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('tcbg'), labels.join(', '));
  });
});
