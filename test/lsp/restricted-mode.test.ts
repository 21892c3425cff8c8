import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './lsp-client';

const TEXT = '加强综和治理，经XXXX研究，执行各项规定规定。\n';

describe('Restricted Mode: built-in checks run, the workspace rule pack does not', () => {
  let client: TestClient;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  const codes = (d: { code: string }[]) => d.map((x) => x.code).sort();
  const structure = (uri: string) =>
    client.connection.sendRequest('gongwen/structure', { textDocument: { uri } }) as Promise<{ restricted: boolean }>;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-restricted-'));
    fs.writeFileSync(
      path.join(dir, '.gongwen.json'),
      JSON.stringify({
        rules: { 'duplicate-word': 'off' },
        misusedWords: [{ id: 'local', wrong: '综和', right: '综合', reason: '错别字。', source: '本单位', anywhere: true }],
      }),
    );
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23', enable: 'always' };
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { workspaceTrusted: false },
    });
    await client.connection.sendNotification('initialized', {});
  });
  after(() => client.shutdown());

  test("untrusted: the pack entry is not used, the config's rules setting and the built-in rules are", async () => {
    const uri = uriOf('r.txt');
    const d = await client.nextDiagnostics(uri, () => client.open(uri, TEXT));
    // 综和治理 is the built-in typo rule's (综合治理, same sound) while the pack that names it is not used.
    assert.deepEqual(codes(d), ['placeholder', 'typo']);
    assert.equal((await structure(uri)).restricted, true);
  });

  test('once the workspace is trusted, the pack runs and the view no longer says restricted', async () => {
    const uri = uriOf('r.txt');
    const d = await client.nextDiagnostics(uri, () => client.connection.sendNotification('gongwen/workspaceTrust', { trusted: true }));
    assert.deepEqual(codes(d), ['misused-word', 'placeholder']);
    assert.equal((await structure(uri)).restricted, false);
  });
});

describe('a client that says nothing about trust is trusted', () => {
  test('the pack runs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-trusted-'));
    fs.writeFileSync(
      path.join(dir, '.gongwen.json'),
      JSON.stringify({
        misusedWords: [{ id: 'local', wrong: '综和', right: '综合', reason: '错别字。', source: '本单位', anywhere: true }],
      }),
    );
    const client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23', enable: 'always' };
    try {
      await client.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(dir).toString(),
        workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
        capabilities: { workspace: { configuration: true } },
      });
      await client.connection.sendNotification('initialized', {});
      const uri = pathToFileURL(path.join(dir, 'r.txt')).toString();
      const d = await client.nextDiagnostics(uri, () => client.open(uri, TEXT));
      assert.deepEqual(d.map((x) => x.code).sort(), ['duplicate-word', 'misused-word', 'placeholder']);
    } finally {
      await client.shutdown();
    }
  });
});

test('the manifest declares limited support for untrusted workspaces, with a description in both languages', () => {
  const root = path.resolve(__dirname, '../../..');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: 'limited', description: '%untrustedWorkspaces.description%' });
  const zh = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.zh-cn.json'), 'utf8'));
  assert.match(zh['untrustedWorkspaces.description'], /受限模式下内置检查照常进行/);
});
