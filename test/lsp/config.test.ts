import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './lsp-client';

const REPORT = '关于报送项目清单的报告\n\n市委：\n现将有关情况报告如下：\n一、基本情况\n经XXXX研究，执行各项规定规定。\n特此报告。\n\n市财政局\n2026年11月20日\n';
type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
type DocumentChange = { kind?: 'create'; uri: string; textDocument?: { uri: string }; edits?: Change[] };
interface Action { title: string; edit: { changes?: Record<string, Change[]>; documentChanges?: DocumentChange[] } }

/** Applies a WorkspaceEdit to the files on disk, as the editor would. */
function applyToDisk(edit: Action['edit']): void {
  const apply = (uri: string, edits: Change[]) => {
    const file = new URL(uri);
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const doc = TextDocument.create(uri, 'text', 0, before);
    const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    let text = before;
    for (const e of sorted) text = text.slice(0, doc.offsetAt(e.range.start)) + e.newText + text.slice(doc.offsetAt(e.range.end));
    fs.writeFileSync(file, text);
  };
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) apply(uri, edits);
  for (const change of edit.documentChanges ?? []) {
    if (change.kind === 'create') { if (!fs.existsSync(new URL(change.uri))) fs.writeFileSync(new URL(change.uri), ''); }
    else apply(change.textDocument!.uri, change.edits!);
  }
}

describe('workspace config and suppression over LSP', () => {
  let client: TestClient;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  const codes = (d: { code: string }[]) => d.map((x) => x.code).sort();
  const actionsAt = async (uri: string, line: number) => client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 200 } }, context: { diagnostics: [] },
  }) as Promise<Action[]>;
  const configChanged = () => client.connection.sendNotification('workspace/didChangeWatchedFiles',
    { changes: [{ uri: uriOf('.gongwen.json'), type: 2 }] });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ws-'));
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23' };
    await client.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(dir).toString(), workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
    });
    await client.connection.sendNotification('initialized', {});
  });
  after(() => client.shutdown());

  test('without a config, 关闭此规则 creates .gongwen.json, and the rule goes quiet after the file event', async () => {
    const uri = uriOf('a.txt');
    fs.writeFileSync(new URL(uri), REPORT);
    const d = await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
    assert.deepEqual(codes(d), ['duplicate-word', 'placeholder']);
    const actions = await actionsAt(uri, 5);
    const off = actions.find((a) => a.title === '在本工作区关闭规则 duplicate-word')!;
    assert.equal(off.edit.documentChanges![0].kind, 'create');
    applyToDisk(off.edit);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.gongwen.json'), 'utf8')), { rules: { 'duplicate-word': 'off' } });
    const after = await client.nextDiagnostics(uri, configChanged);
    assert.deepEqual(codes(after), ['placeholder']);
  });

  test('在本工作区忽略 adds an ignore entry to the existing file, keeping what is there', async () => {
    const uri = uriOf('a.txt');
    const actions = await actionsAt(uri, 5);
    const ignore = actions.find((a) => a.title === '在本工作区忽略“XXXX”')!;
    assert.equal(ignore.edit.documentChanges![0].kind, undefined, 'an edit of the existing file');
    applyToDisk(ignore.edit);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.gongwen.json'), 'utf8')),
      { rules: { 'duplicate-word': 'off' }, ignore: [{ rule: 'placeholder', text: 'XXXX' }] });
    assert.deepEqual(await client.nextDiagnostics(uri, configChanged), []);
  });

  test('in .txt, 忽略此处 is an ignore entry for this file only', async () => {
    fs.writeFileSync(path.join(dir, '.gongwen.json'), '{}');
    await client.nextDiagnostics(uriOf('a.txt'), configChanged);
    const uri = uriOf('sub/b.txt');
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    fs.writeFileSync(new URL(uri), REPORT);
    await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
    const here = (await actionsAt(uri, 5)).find((a) => a.title === '忽略此处（placeholder）')!;
    applyToDisk(here.edit);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.gongwen.json'), 'utf8')),
      { ignore: [{ rule: 'placeholder', text: 'XXXX', files: ['sub/b.txt'] }] });
    assert.deepEqual(codes(await client.nextDiagnostics(uri, configChanged)), ['duplicate-word']);
    assert.deepEqual(codes(await client.nextDiagnostics(uriOf('a.txt'), configChanged)), ['duplicate-word', 'placeholder']);
  });

  test('in Markdown, 忽略此处 inserts a gongwen-disable-next-line comment above the line', async () => {
    const uri = uriOf('c.md');
    const md = REPORT.replace('一、基本情况', '## 一、基本情况');
    await client.nextDiagnostics(uri, () => client.open(uri, md, 'markdown'));
    const here = (await actionsAt(uri, 5)).find((a) => a.title === '忽略此处（placeholder）')!;
    assert.deepEqual(here.edit.changes![uri], [{
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } },
      newText: '<!-- gongwen-disable-next-line placeholder -->\n',
    }]);
    const lines = md.split('\n');
    lines.splice(5, 0, '<!-- gongwen-disable-next-line placeholder -->');
    const d = await client.nextDiagnostics(uri, () => client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ text: lines.join('\n') }],
    }));
    assert.deepEqual(codes(d), ['duplicate-word']);
  });

  test('an invalid config is one diagnostic on the config file with its line; checking goes on', async () => {
    const config = '{\n  "rules": {\n    "placeholder": "loud"\n  }\n}\n';
    fs.writeFileSync(path.join(dir, '.gongwen.json'), config);
    const configUri = uriOf('.gongwen.json');
    const problems = await client.nextDiagnostics(configUri, async () => {
      await configChanged();
    }, (list) => list.length > 0);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 2);
    assert.match(problems[0].message, /规则“placeholder”的级别应为/);
    assert.deepEqual(codes(await client.nextDiagnostics(uriOf('a.txt'), configChanged)), ['duplicate-word', 'placeholder']);
    fs.writeFileSync(path.join(dir, '.gongwen.json'), '{}');
    assert.deepEqual(await client.nextDiagnostics(configUri, configChanged, (list) => list.length === 0), []);
  });
});
