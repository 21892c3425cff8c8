import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openCopy, waitForDiagnostics } from './helpers';

const names = (symbols: vscode.DocumentSymbol[]): unknown[] =>
  symbols.map((s) => (s.children.length ? [s.name, names(s.children)] : s.name));

describe('Report structure in VS Code', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('gives Outline, breadcrumbs and Go to Symbol the heading tree of a .txt report', async () => {
    const editor = await openCopy('自查报告.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepEqual(names(symbols), [
      ['一、基本情况', ['（一）强化理论武装', '（二）严格执行制度']],
      '二、存在问题',
      '三、下步打算',
    ]);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    assert.ok(folds.some((f) => f.start === 4 && f.end === 6), JSON.stringify(folds));
  });

  it('moves the cursor to a heading picked in the 报告结构 view', async () => {
    const editor = await openCopy('自查报告.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    const [, problems] = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider', editor.document.uri);
    await vscode.commands.executeCommand('gongwen.revealHeading', {
      name: problems.name, range: problems.range, selectionRange: problems.selectionRange, children: [],
    });
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, problems.selectionRange.start.line);
    assert.equal(vscode.window.activeTextEditor?.document.lineAt(problems.selectionRange.start.line).text, '二、存在问题');
  });
});
