import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './lsp-client';

const REPORT =
  '关于报送项目清单的报告\n\n市委：\n现将有关情况报告如下：\n一、基本情况\n经XXXX研究，执行各项规定规定。\n特此报告。\n\n市财政局\n2026年11月20日\n';
type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
type DocumentChange = { kind?: 'create'; uri: string; textDocument?: { uri: string }; edits?: Change[] };
type Edit = { changes?: Record<string, Change[]>; documentChanges?: DocumentChange[] };
interface Action {
  title: string;
  edit?: Edit;
  command?: { command: string; arguments: unknown[] };
}

/** Applies text edits (positions in `before`) as the editor would. */
function applyToText(before: string, edits: Change[]): string {
  const doc = TextDocument.create('file:///x', 'text', 0, before);
  const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
  let text = before;
  for (const e of sorted) text = text.slice(0, doc.offsetAt(e.range.start)) + e.newText + text.slice(doc.offsetAt(e.range.end));
  return text;
}

const applyEditToDisk = (edit: unknown) => applyToDisk(edit as Edit);

/** Applies a WorkspaceEdit to the files on disk, as the editor would. */
function applyToDisk(edit: Edit): void {
  const apply = (uri: string, edits: Change[]) => {
    const file = new URL(uri);
    fs.writeFileSync(file, applyToText(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '', edits));
  };
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) apply(uri, edits);
  for (const change of edit.documentChanges ?? []) {
    if (change.kind === 'create') {
      if (!fs.existsSync(new URL(change.uri))) fs.writeFileSync(new URL(change.uri), '');
    } else apply(change.textDocument!.uri, change.edits!);
  }
}

describe('workspace config and suppression over LSP', () => {
  let client: TestClient;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  const codes = (d: { code: string }[]) => d.map((x) => x.code).sort();
  const actionsAt = async (uri: string, line: number) =>
    client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line, character: 200 } },
      context: { diagnostics: [] },
    }) as Promise<Action[]>;
  /** What picking the action does: its own edit, or the edit its command has the client apply (to disk, here). */
  const editOf = async (action: Action): Promise<Edit> => {
    if (action.edit) return action.edit;
    const count = client.appliedEdits.length;
    const applied = await client.connection.sendRequest('workspace/executeCommand', action.command);
    assert.equal(applied, true);
    assert.equal(client.appliedEdits.length, count + 1);
    return client.appliedEdits[count].edit as Edit;
  };
  const configChanged = () =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('.gongwen.json'), type: 2 }] });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-ws-'));
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23' };
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
    });
    await client.connection.sendNotification('initialized', {});
    client.onApplyEdit = applyEditToDisk;
  });
  after(() => client.shutdown());

  test('without a config, 关闭此规则 creates .gongwen.json, and the rule goes quiet after the file event', async () => {
    const uri = uriOf('a.txt');
    fs.writeFileSync(new URL(uri), REPORT);
    const d = await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
    assert.deepEqual(codes(d), ['duplicate-word', 'placeholder']);
    const actions = await actionsAt(uri, 5);
    const off = await editOf(actions.find((a) => a.title === '在本工作区关闭规则 duplicate-word')!);
    assert.equal(off.documentChanges![0].kind, 'create');
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.gongwen.json'), 'utf8')), { rules: { 'duplicate-word': 'off' } });
    const after = await client.nextDiagnostics(uri, configChanged);
    assert.deepEqual(codes(after), ['placeholder']);
  });

  test('在本工作区忽略 adds an ignore entry to the existing file, keeping what is there', async () => {
    const uri = uriOf('a.txt');
    const actions = await actionsAt(uri, 5);
    const ignore = await editOf(actions.find((a) => a.title === '在本工作区忽略“XXXX”')!);
    assert.equal(ignore.documentChanges![0].kind, undefined, 'an edit of the existing file');
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.gongwen.json'), 'utf8')), {
      rules: { 'duplicate-word': 'off' },
      ignore: [{ rule: 'placeholder', text: 'XXXX' }],
    });
    assert.deepEqual(await client.nextDiagnostics(uri, configChanged), []);
  });

  test('加入词典 on a typo adds the word to the workspace words, and the typo rule goes quiet on it', async () => {
    const uri = uriOf('c.txt');
    const text = REPORT.replace('执行各项规定规定。', '时侯村执行各项规定。');
    fs.writeFileSync(new URL(uri), text);
    const d = await client.nextDiagnostics(uri, () => client.open(uri, text));
    assert.ok(codes(d).includes('typo'));
    const actions = await actionsAt(uri, 5);
    await editOf(actions.find((a) => a.title === '将“时侯”加入词典（本工作区不再提示）')!);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.gongwen.json'), 'utf8')).words, ['时侯']);
    assert.ok(!codes(await client.nextDiagnostics(uri, configChanged)).includes('typo'));
  });

  test('a config change made by a quick fix takes effect at once, also for a report outside the workspace folders', async () => {
    // No didChangeWatchedFiles: the editor watches the workspace folders only, and this report is outside them.
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-outside-'));
    const uri = pathToFileURL(path.join(outside, 'd.txt')).toString();
    const text = REPORT.replace('执行各项规定规定。', '时侯村执行各项规定。');
    fs.writeFileSync(new URL(uri), text);
    assert.ok(codes(await client.nextDiagnostics(uri, () => client.open(uri, text))).includes('typo'));
    const add = (await actionsAt(uri, 5)).find((a) => a.title === '将“时侯”加入词典（本工作区不再提示）')!;
    const diagnostics = await client.nextDiagnostics(uri, () => client.connection.sendRequest('workspace/executeCommand', add.command));
    assert.ok(!codes(diagnostics).includes('typo'), codes(diagnostics).join());
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(outside, '.gongwen.json'), 'utf8')).words, ['时侯']);
  });

  test('in .txt, 忽略此处 is an ignore entry for this file only', async () => {
    fs.writeFileSync(path.join(dir, '.gongwen.json'), '{}');
    await client.nextDiagnostics(uriOf('a.txt'), configChanged);
    const uri = uriOf('sub/b.txt');
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    fs.writeFileSync(new URL(uri), REPORT);
    await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
    await editOf((await actionsAt(uri, 5)).find((a) => a.title === '忽略此处（placeholder）')!);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.gongwen.json'), 'utf8')), {
      ignore: [{ rule: 'placeholder', text: 'XXXX', files: ['sub/b.txt'] }],
    });
    assert.deepEqual(codes(await client.nextDiagnostics(uri, configChanged)), ['duplicate-word']);
    assert.deepEqual(codes(await client.nextDiagnostics(uriOf('a.txt'), configChanged)), ['duplicate-word', 'placeholder']);
  });

  test('in Markdown, 忽略此处 inserts a gongwen-disable-next-line comment above the line', async () => {
    const uri = uriOf('c.md');
    const md = REPORT.replace('一、基本情况', '## 一、基本情况');
    await client.nextDiagnostics(uri, () => client.open(uri, md, 'markdown'));
    const here = (await actionsAt(uri, 5)).find((a) => a.title === '忽略此处（placeholder）')!;
    assert.deepEqual(here.edit!.changes![uri], [
      {
        range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } },
        newText: '<!-- gongwen-disable-next-line placeholder -->\n',
      },
    ]);
    const lines = md.split('\n');
    lines.splice(5, 0, '<!-- gongwen-disable-next-line placeholder -->');
    const d = await client.nextDiagnostics(uri, () =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: lines.join('\n') }],
      }),
    );
    assert.deepEqual(codes(d), ['duplicate-word']);
  });

  test('an invalid config is one diagnostic on the config file with its line; checking goes on', async () => {
    const config = '{\n  "rules": {\n    "placeholder": "loud"\n  }\n}\n';
    fs.writeFileSync(path.join(dir, '.gongwen.json'), config);
    const configUri = uriOf('.gongwen.json');
    const problems = await client.nextDiagnostics(
      configUri,
      async () => {
        await configChanged();
      },
      (list) => list.length > 0,
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 2);
    assert.match(problems[0].message, /规则“placeholder”的级别应为/);
    assert.deepEqual(codes(await client.nextDiagnostics(uriOf('a.txt'), configChanged)), ['duplicate-word', 'placeholder']);
    fs.writeFileSync(path.join(dir, '.gongwen.json'), '{}');
    assert.deepEqual(await client.nextDiagnostics(configUri, configChanged, (list) => list.length === 0), []);
  });
  test('a quick fix edits the open config document at its version, keeping unsaved edits, comments and tabs', async () => {
    const configFile = path.join(dir, '.gongwen.json');
    fs.writeFileSync(configFile, '{\n\t"rules": {}\n}\n');
    await client.nextDiagnostics(uriOf('a.txt'), configChanged);
    const configUri = uriOf('.gongwen.json');
    const published = client.publishedCount(configUri);
    const unsaved = '{\n\t// 草稿：先提醒\n\t"rules": { "placeholder": "warning" }\n}\n';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: configUri, languageId: 'jsonc', version: 7, text: unsaved },
    });
    // The edit is against the open (unsaved) config, which this test reads instead of the disk.
    client.onApplyEdit = undefined;
    const edit = await editOf((await actionsAt(uriOf('a.txt'), 5)).find((a) => a.title === '在本工作区忽略“XXXX”')!);
    client.onApplyEdit = applyEditToDisk;
    const [change] = edit.documentChanges!;
    assert.deepEqual(change.textDocument, { uri: configUri, version: 7 });
    const after = applyToText(unsaved, change.edits!);
    assert.equal(
      after,
      '{\n\t// 草稿：先提醒\n\t"rules": { "placeholder": "warning" },\n\t"ignore": [\n\t\t{\n\t\t\t"rule": "placeholder",\n\t\t\t"text": "XXXX"\n\t\t}\n\t]\n}\n',
    );
    // Only the inserted span is replaced, not the whole document.
    assert.ok(
      change.edits!.every((e) => e.range.start.line >= 2),
      JSON.stringify(change.edits),
    );
    // Opening the config did not check it as a report or clear its diagnostics.
    assert.equal(client.publishedCount(configUri), published);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: configUri } });
    assert.equal(fs.readFileSync(configFile, 'utf8'), '{\n\t"rules": {}\n}\n', 'the file on disk is not touched');
  });

  test('a CRLF YAML config stays CRLF, with its comments, after 忽略 and 关闭规则', async () => {
    fs.rmSync(path.join(dir, '.gongwen.json'));
    const yamlFile = path.join(dir, '.gongwen.yaml');
    const before = '# 本单位的约定\r\nrules:\r\n  placeholder: warning # 先提醒\r\nignore:\r\n  - text: 某某\r\n';
    fs.writeFileSync(yamlFile, before);
    await client.nextDiagnostics(uriOf('a.txt'), configChanged);
    const actions = await actionsAt(uriOf('a.txt'), 5);
    const ignore = await editOf(actions.find((a) => a.title === '在本工作区忽略“XXXX”')!);
    assert.equal(ignore.documentChanges![0].textDocument!.uri, uriOf('.gongwen.yaml'));
    await editOf(actions.find((a) => a.title === '在本工作区关闭规则 duplicate-word')!);
    const after = fs.readFileSync(yamlFile, 'utf8');
    assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, `only CRLF line ends: ${JSON.stringify(after)}`);
    assert.equal(
      after,
      '# 本单位的约定\r\nrules:\r\n  placeholder: warning # 先提醒\r\n  duplicate-word: off\r\nignore:\r\n  - text: 某某\r\n' +
        '  - rule: placeholder\r\n    text: XXXX\r\n',
    );
    assert.deepEqual(await client.nextDiagnostics(uriOf('a.txt'), configChanged), []);
    fs.rmSync(yamlFile);
    fs.writeFileSync(path.join(dir, '.gongwen.json'), '{}');
    await client.nextDiagnostics(uriOf('a.txt'), configChanged);
  });

  test('a config with a syntax error is not edited: the fix says why', async () => {
    fs.writeFileSync(path.join(dir, '.gongwen.json'), '{ "rules": ');
    await client.nextDiagnostics(uriOf('a.txt'), configChanged);
    const action = (await actionsAt(uriOf('a.txt'), 5)).find((a) => a.title === '在本工作区忽略“XXXX”')!;
    const count = client.appliedEdits.length;
    assert.equal(await client.connection.sendRequest('workspace/executeCommand', action.command), false);
    assert.equal(client.appliedEdits.length, count);
    assert.ok(client.messages.some((m) => m.message.includes('语法错误')));
    assert.equal(fs.readFileSync(path.join(dir, '.gongwen.json'), 'utf8'), '{ "rules": ');
    fs.writeFileSync(path.join(dir, '.gongwen.json'), '{}');
    await client.nextDiagnostics(uriOf('a.txt'), configChanged);
  });

  test('the config command only ever edits a Gongwen config file', async () => {
    const count = client.appliedEdits.length;
    const applied = await client.connection.sendRequest('workspace/executeCommand', {
      command: 'gongwen.server.suppress',
      arguments: [{ file: path.join(dir, 'a.txt'), jsonPath: ['rules', 'x'], value: 'off' }],
    });
    assert.equal(applied, false);
    assert.equal(client.appliedEdits.length, count);
  });

  test("gongwen/reportTypes offers the pack's report types first, then the built-in list", async () => {
    type Offered = { id: string; name: string; pack: boolean }[];
    const offered = () =>
      client.connection.sendRequest('gongwen/reportTypes', { textDocument: { uri: uriOf('a.txt') } }) as Promise<Offered>;
    const builtin = await offered();
    assert.ok(builtin.length > 10 && builtin.every((t) => !t.pack));
    assert.ok(builtin.some((t) => t.name === '自查报告'));
    fs.writeFileSync(
      path.join(dir, '.gongwen.json'),
      JSON.stringify({
        reportTypes: [{ id: 'research', name: '调研报告', title: ['调研报告'], parts: [{ part: 'problems', required: true }] }],
      }),
    );
    await client.nextDiagnostics(uriOf('a.txt'), configChanged);
    const withPack = await offered();
    assert.deepEqual(withPack[0], { id: 'research', name: '调研报告', pack: true });
    assert.deepEqual(withPack.slice(1), builtin);
    fs.writeFileSync(path.join(dir, '.gongwen.json'), '{}');
    await client.nextDiagnostics(uriOf('a.txt'), configChanged);
  });
});
