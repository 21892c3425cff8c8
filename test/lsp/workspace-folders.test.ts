import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './lsp-client';

const REPORT = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/review/all-categories.txt'), 'utf8');

/** A folder added to (or removed from) the workspace changes what 检查工作区 walks and which config governs a file. */
describe('workspace folders over LSP', () => {
  let client: TestClient;
  let first: string;
  let second: string;
  let folders: { uri: string; name: string }[] = [];

  before(async () => {
    first = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-wf1-'));
    second = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-wf2-'));
    fs.writeFileSync(path.join(first, 'a.txt'), REPORT);
    fs.writeFileSync(path.join(second, 'b.txt'), REPORT);
    fs.writeFileSync(path.join(second, 'c.txt'), REPORT);
    folders = [{ uri: pathToFileURL(first).toString(), name: 'one' }];
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23' };
    client.connection.onRequest('workspace/workspaceFolders', () => folders);
    const result = (await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0].uri,
      workspaceFolders: folders,
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    })) as { capabilities: { workspace?: { workspaceFolders?: { supported?: boolean; changeNotifications?: boolean } } } };
    assert.deepEqual(result.capabilities.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
    await client.connection.sendNotification('initialized', {});
  });
  after(async () => {
    await client.shutdown();
    for (const dir of [first, second]) fs.rmSync(dir, { recursive: true, force: true });
  });

  const checkWorkspace = () => client.connection.sendRequest('gongwen/checkWorkspace', {}) as Promise<{ files: number; checked: number }>;

  /** Waits until the server has taken the new folder list (it asks for it after the notification). */
  async function changeFolders(added: typeof folders, removed: typeof folders, expectedFiles: number): Promise<void> {
    folders = [...folders.filter((f) => !removed.some((r) => r.uri === f.uri)), ...added];
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added, removed } });
    for (let i = 0; i < 50 && (await checkWorkspace()).files !== expectedFiles; i++) await new Promise((r) => setTimeout(r, 20));
  }

  test('checks the folders it was started with, then an added folder, then not a removed one', async () => {
    const start = await checkWorkspace();
    assert.deepEqual([start.files, start.checked], [1, 1]);
    const added = { uri: pathToFileURL(second).toString(), name: 'two' };
    await changeFolders([added], [], 3);
    assert.equal((await checkWorkspace()).files, 3);
    await changeFolders([], [folders[0]], 2);
    const after = await checkWorkspace();
    assert.equal(after.files, 2);
    assert.ok(client.publishedCount(pathToFileURL(path.join(second, 'b.txt')).toString()) > 0);
  });

  test('a config in an added folder governs its files', async () => {
    fs.writeFileSync(path.join(second, '.gongwen.json'), JSON.stringify({ ignoreFiles: ['c.txt'] }));
    // The watched-file event is what a real client sends for the new config.
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path.join(second, '.gongwen.json')).toString(), type: 1 }],
    });
    let checked = -1;
    for (let i = 0; i < 50 && checked !== 1; i++) {
      checked = (await checkWorkspace()).checked;
      if (checked !== 1) await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(checked, 1);
  });
});
