import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, openCopy, quickFixesAt, waitForDiagnostics } from './helpers';

const typos = (list: vscode.Diagnostic[]) => list.filter((d) => codeOf(d) === 'typo');

describe('typo detection in VS Code', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('shows a typo no list names, and its quick fix corrects only that word', async () => {
    const editor = await openCopy('错别字.txt');
    const uri = editor.document.uri;
    const found = typos(await waitForDiagnostics(uri, (d) => typos(d).length === 2));
    const duty = found.find((d) => editor.document.getText(d.range) === '主体责认');
    assert.ok(duty, found.map((d) => editor.document.getText(d.range)).join());
    assert.match(duty.message, /主体责任/);
    const before = editor.document.getText();
    const actions = await quickFixesAt(uri, duty.range);
    const fix = actions.find((a) => a.title === '改为“主体责任”');
    assert.ok(fix?.edit, `quick fix offered: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(!fix.isPreferred, 'a judgement fix is not the preferred (auto) fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(), before.replace('主体责认', '主体责任'));
    await waitForDiagnostics(uri, (d) => typos(d).length === 1);
  });

  it('加入词典 writes the word to the workspace config, and the typo is no longer shown', async () => {
    const editor = await openCopy('错别字.txt');
    const uri = editor.document.uri;
    const name = typos(await waitForDiagnostics(uri, (d) => typos(d).length === 2)).find(
      (d) => editor.document.getText(d.range) === '时侯',
    )!;
    const actions = await quickFixesAt(uri, name.range);
    const add = actions.find((a) => a.title === '将“时侯”加入词典（本工作区不再提示）');
    assert.ok(add?.command, `加入词典 offered: ${actions.map((a) => a.title).join(', ')}`);
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    const config = path.join(path.dirname(uri.fsPath), '.gongwen.json');
    const remaining = await waitForDiagnostics(uri, (d) => typos(d).length === 1);
    assert.equal(editor.document.getText(remaining[0].range), '主体责认');
    assert.deepEqual(JSON.parse(fs.readFileSync(config, 'utf8')).words, ['时侯']);
  });
});
