import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openCopy, quickFixesAt, setSetting, waitForDiagnostics } from './helpers';

const codes = (list: vscode.Diagnostic[]) => list.map(codeOf).sort();

describe('Gongwen in a real VS Code extension host', () => {
  afterEach(async () => {
    await setSetting('rules', undefined);
    await setSetting('enable', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates for a plaintext report and publishes diagnostics', async () => {
    const editor = await openCopy('自查报告.txt');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length >= 4);
    assert.deepEqual(codes(diagnostics), ['duplicate-word', 'outdated-phrasing', 'placeholder', 'placeholder']);
    const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'gongwen');
    assert.ok(extension?.isActive, 'extension is active');
    const outdated = diagnostics.find((d) => codeOf(d) === 'outdated-phrasing')!;
    assert.equal(editor.document.getText(outdated.range), '党的十九大和十九届历次全会精神');
    assert.equal(outdated.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('offers the server quick fix, and applying it changes only that span', async () => {
    const editor = await openCopy('自查报告.txt');
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'outdated-phrasing'));
    const outdated = diagnostics.find((d) => codeOf(d) === 'outdated-phrasing')!;
    const before = editor.document.getText();
    const actions = await quickFixesAt(uri, outdated.range);
    const fix = actions.find((a) => a.title === '替换为“党的二十大和二十届历次全会精神”');
    assert.ok(fix?.edit, `quick fix offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const start = editor.document.offsetAt(outdated.range.start);
    const old = '党的十九大和十九届历次全会精神';
    assert.equal(editor.document.getText(), before.slice(0, start) + '党的二十大和二十届历次全会精神' + before.slice(start + old.length));
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'outdated-phrasing'));
  });

  it('follows gongwen.rules: a rule turned off disappears, a severity override applies', async () => {
    const editor = await openCopy('自查报告.txt');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length >= 4);
    await setSetting('rules', { placeholder: 'off', 'duplicate-word': 'error' });
    const diagnostics = await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'placeholder') && d.length > 0);
    assert.deepEqual(codes(diagnostics), ['duplicate-word', 'outdated-phrasing']);
    assert.equal(diagnostics.find((d) => codeOf(d) === 'duplicate-word')!.severity, vscode.DiagnosticSeverity.Error);
  });

  it('leaves Markdown notes alone in auto mode and checks them with enable: always', async () => {
    const editor = await openCopy('notes.md');
    const uri = editor.document.uri;
    assert.equal(editor.document.languageId, 'markdown');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(codes(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen')), []);
    await setSetting('enable', 'always');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(codes(diagnostics), ['duplicate-word', 'placeholder', 'punctuation']);
  });
});
