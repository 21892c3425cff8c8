import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openCopy, waitForDiagnostics } from './helpers';

describe('Section completeness in VS Code', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('reports the missing 下步打算 where it belongs and inserts it from the 报告结构 view', async () => {
    const editor = await openCopy('情况报告.txt');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'missing-section'));
    const missing = diagnostics.find((d) => codeOf(d) === 'missing-section')!;
    assert.match(missing.message, /缺少“下步打算”部分/);
    // Anchored at the end of the last top-level part, where the missing part is inserted (before 特此报告).
    assert.equal(missing.range.start.line, 5, 'shown where the part goes');

    await vscode.commands.executeCommand('gongwen.insertSection', {
      kind: 'part',
      part: { id: 'next', name: '下步打算', required: true, present: false },
    });
    const text = editor.document.getText();
    assert.ok(text.includes('二、存在的问题\n学习不够深入，监督手段比较单一。\n三、下步打算\n下一步，我们将XXXX。\n特此报告。'), text);
    await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'missing-section'));
  });
});
