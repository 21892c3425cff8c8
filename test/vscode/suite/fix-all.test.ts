import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openCopy, waitForDiagnostics } from './helpers';

const FIXED = '今年以来，我局驰而不息纠治“四风”，现将有关情况报告如下：';

describe('Fix all in VS Code', () => {
  afterEach(async () => {
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'plaintext' })
      .update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('公文：修复所有安全问题 fixes every safe problem and nothing else', async () => {
    const editor = await openCopy('标点.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'punctuation'));
    const before = editor.document.getText();
    await vscode.commands.executeCommand('gongwen.fixAll');
    const after = editor.document.getText();
    assert.equal(after.split('\n')[3], FIXED);
    assert.equal(after.split('\n')[5], '落实“第一议题”制度，全年开展集中学习12次。');
    const untouched = (text: string) => text.split('\n').filter((_, i) => i !== 3 && i !== 5);
    assert.deepEqual(untouched(after), untouched(before));
  });

  it('editor.codeActionsOnSave with source.fixAll.gongwen fixes on save', async () => {
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'plaintext' })
      .update('codeActionsOnSave', { 'source.fixAll.gongwen': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    const editor = await openCopy('标点.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'punctuation'));
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.equal(editor.document.getText().split('\n')[3], FIXED);
    assert.equal(editor.document.isDirty, false);
  });
});
