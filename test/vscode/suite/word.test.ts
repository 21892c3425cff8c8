import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { docxText, readDocx } from '../../../docx';
import { codeOf, openCopy, waitForDiagnostics } from './helpers';

describe('Word in and out in VS Code', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('导出为公文格式 Word writes a .docx, and 导入 Word 文档 brings it back as a checked Markdown report', async () => {
    const editor = await openCopy('自查报告.txt');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-word-'));
    const target = vscode.Uri.file(path.join(dir, '自查报告.docx'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('gongwen.exportDocx', target);
    assert.equal(written?.fsPath, target.fsPath);
    const lines = (s: string) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    assert.deepEqual(lines(docxText(readDocx(fs.readFileSync(target.fsPath)))), lines(editor.document.getText()));

    const imported = await vscode.commands.executeCommand<vscode.Uri>('gongwen.importDocx', target);
    assert.equal(imported?.fsPath, path.join(dir, '自查报告.md'));
    const document = vscode.window.activeTextEditor?.document;
    assert.equal(document?.uri.fsPath, imported.fsPath);
    assert.deepEqual(lines(document.getText()), lines(editor.document.getText()));
    // The imported report is checked like any other.
    const original = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    await waitForDiagnostics(document.uri, (d) => original.some((o) => d.some((x) => codeOf(x) === codeOf(o))));
  });

  it('opening a .docx shows the page that offers the import', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-word-'));
    await openCopy('自查报告.txt');
    const target = vscode.Uri.file(path.join(dir, 'r.docx'));
    await vscode.commands.executeCommand('gongwen.exportDocx', target);
    await vscode.commands.executeCommand('vscode.open', target);
    const deadline = Date.now() + 10_000;
    let input: unknown;
    while (Date.now() < deadline) {
      input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      if (input instanceof vscode.TabInputCustom) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(input instanceof vscode.TabInputCustom, 'a custom editor tab');
    assert.equal(input.viewType, 'gongwen.docxImport');
  });
});
