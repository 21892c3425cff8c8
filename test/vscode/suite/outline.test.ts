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
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.deepEqual(names(symbols), [['一、基本情况', ['（一）强化理论武装', '（二）严格执行制度']], '二、存在问题', '三、下步打算']);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    assert.ok(
      folds.some((f) => f.start === 4 && f.end === 6),
      JSON.stringify(folds),
    );
  });

  it('moves the cursor to a heading picked in the 报告结构 view', async () => {
    const editor = await openCopy('自查报告.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    const [, problems] = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    await vscode.commands.executeCommand('gongwen.revealHeading', {
      name: problems.name,
      range: problems.range,
      selectionRange: problems.selectionRange,
      children: [],
    });
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, problems.selectionRange.start.line);
    assert.equal(vscode.window.activeTextEditor?.document.lineAt(problems.selectionRange.start.line).text, '二、存在问题');
  });
});

describe('Semantic highlighting of plain-text reports', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('the server marks headings, 主送机关, 结束语 and 成文日期 as semantic tokens', async () => {
    const editor = await openCopy('自查报告.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
      'vscode.provideDocumentSemanticTokensLegend',
      editor.document.uri,
    );
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri);
    const decoded: string[] = [];
    for (let i = 0, line = 0, char = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
      decoded.push(`${legend.tokenTypes[tokens.data[i + 3]]}:${editor.document.lineAt(line).text.slice(char, char + tokens.data[i + 2])}`);
    }
    assert.ok(decoded.includes('gongwenHeading:一、基本情况'), decoded.join(' | '));
    assert.ok(decoded.includes('gongwenAddressee:区委办公室：'));
    assert.ok(decoded.includes('gongwenClosing:特此报告。'));
    assert.ok(decoded.includes('gongwenDate:2026年11月20日'));
  });
});
