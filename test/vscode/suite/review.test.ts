import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension';
import { codeOf, gongwenDiagnostics, openCopy, waitForDiagnostics } from './helpers';

async function api(): Promise<GongwenApi> {
  const extension = vscode.extensions.getExtension<GongwenApi>('gongwen.gongwen')!;
  return extension.isActive ? extension.exports : extension.activate();
}

/** Waits until the 审校结果 view's data satisfies `accept`. */
async function waitForReview(accept: (r: ReturnType<GongwenApi['review']>) => boolean): Promise<ReturnType<GongwenApi['review']>> {
  const { review } = await api();
  const deadline = Date.now() + 30_000;
  while (!accept(review())) {
    if (Date.now() > deadline) throw new Error(`审校结果 not as expected: ${JSON.stringify(review())}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return review();
}

describe('审校结果 view, 检查工作区所有报告 and 导出审校报告', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('the view lists the findings by category, then by part, and follows the edits', async () => {
    const editor = await openCopy('自查报告.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'duplicate-word'));
    const review = await waitForReview((r) => r.categories.some((c) => c.id === 'wording'));
    assert.deepEqual(
      review.categories.map((c) => c.id),
      ['outdated', 'wording', 'placeholder'],
    );
    const wording = review.categories.find((c) => c.id === 'wording')!;
    assert.deepEqual(
      wording.parts.map((p) => p.label),
      ['一、基本情况'],
    );
    assert.equal(wording.count, 1);
    // Typing away the repeated word empties its category.
    const text = editor.document.getText();
    const at = editor.document.positionAt(text.indexOf('规定规定'));
    await editor.edit((e) => e.delete(new vscode.Range(at, at.translate(0, 2))));
    await waitForReview((r) => !r.categories.some((c) => c.id === 'wording') && r.categories.some((c) => c.id === 'placeholder'));
  });

  it('a clean report shows 未发现问题 with the reference date and data version', async () => {
    const editor = await openCopy('编号.txt');
    await editor.edit((e) =>
      e.replace(
        new vscode.Range(0, 0, editor.document.lineCount, 0),
        '关于报送年度工作要点的报告\n\n市委：\n现将有关情况报告如下：\n一、基本情况\n今年以来，我们层层压实责任。\n特此报告。\n\n市财政局\n2026年11月20日\n',
      ),
    );
    const review = await waitForReview((r) => r.checked && r.categories.length === 0);
    assert.match(review.referenceDate!.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(review.dataVersion, /条提法/);
  });

  it('修复本类安全问题 fixes the safe findings of one category only', async () => {
    const editor = await openCopy('自查报告.txt');
    await editor.edit((e) => e.insert(new vscode.Position(5, 0), '全年开展学习12次,覆盖全体党员。\n'));
    await waitForReview((r) => r.categories.some((c) => c.id === 'punctuation' && c.safe === 1));
    const fixed = await vscode.commands.executeCommand<number>('gongwen.fixCategory', {
      kind: 'category',
      category: { id: 'punctuation' },
    });
    assert.equal(fixed, 1);
    assert.ok(editor.document.getText().includes('12次，覆盖'));
    assert.ok(editor.document.getText().includes('规定规定'), 'other categories untouched');
  });

  it('检查工作区所有报告 fills the Problems panel for reports that are not open', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const closed = vscode.Uri.joinPath(folder, '情况报告.txt');
    assert.equal(gongwenDiagnostics(closed).length, 0);
    await vscode.commands.executeCommand('gongwen.checkWorkspace');
    await waitForDiagnostics(closed, (d) => d.length > 0);
    await waitForDiagnostics(vscode.Uri.joinPath(folder, '自查报告.txt'), (d) => d.some((x) => codeOf(x) === 'placeholder'));
    assert.equal(gongwenDiagnostics(vscode.Uri.joinPath(folder, 'notes.md')).length, 0, 'not a report: left alone');
  });

  it('导出审校报告 writes the report next to the file and opens it', async () => {
    const editor = await openCopy('自查报告.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'placeholder'));
    const target = await vscode.commands.executeCommand<vscode.Uri>('gongwen.exportReview', 'file', 'markdown');
    assert.equal(path.basename(target.fsPath), '自查报告.审校报告.md');
    const markdown = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(markdown, /^# 审校报告：关于2026年度作风建设情况的自查报告/);
    assert.match(markdown, /\| 占位符 \| \d+ \| 0 \| 0 \| \d+ \|/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, target.fsPath);
    const sarif = await vscode.commands.executeCommand<vscode.Uri>('gongwen.exportReview', 'workspace', 'sarif');
    const log = JSON.parse(fs.readFileSync(sarif.fsPath, 'utf8'));
    assert.equal(log.version, '2.1.0');
    assert.ok(log.runs[0].artifacts.some((a: { location: { uri: string } }) => a.location.uri === '自查报告.txt'));
  });
});
