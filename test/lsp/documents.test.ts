import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { clientFor, TestClient } from './lsp-client';

const REPORT =
  '关于报送项目清单的报告\n\n市委：\n现将有关情况报告如下：\n一、基本情况\n经XXXX研究，执行各项规定规定。\n特此报告。\n\n市财政局\n2026年11月20日\n';
const codes = (d: { code: string }[]) => d.map((x) => x.code).sort();

/** Every request a client makes about an open document; none may fail or take the server down. */
async function exercise(client: TestClient, uri: string): Promise<void> {
  const textDocument = { uri };
  const range = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };
  await client.connection.sendRequest('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } });
  await client.connection.sendRequest('textDocument/codeAction', {
    textDocument,
    range,
    context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
  });
  await client.connection.sendRequest('textDocument/documentSymbol', { textDocument });
  await client.connection.sendRequest('textDocument/foldingRange', { textDocument });
  await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument });
  await client.connection.sendRequest('textDocument/completion', { textDocument, position: { line: 4, character: 0 } });
  await client.connection.sendRequest('gongwen/structure', { textDocument });
}

describe('documents VS Code may send', () => {
  const started = clientFor({ enable: 'auto', referenceDate: '2026-11-23' });
  let client: TestClient;
  before(() => {
    client = started();
  });

  const unusual = [
    'file://host/share/report.txt', // UNC share: no local path on POSIX
    'file:///tmp/a%2Fb/report.txt', // percent-encoded slash
    'file:///tmp/%E6%8A%A5%E5%91%8A%20v2.txt', // percent-encoded Chinese and a space
    'untitled:Untitled-1',
    'untitled:',
    'vscode-notebook-cell:/tmp/notes.ipynb#W0sZmlsZQ%3D%3D',
    'file:',
    'file://',
    'vscode-vfs://github/org/repo/report.txt',
    'no-scheme-at-all',
  ];
  for (const uri of unusual) {
    test(`${uri} is checked and every request on it is answered`, async () => {
      const diagnostics = await client.nextDiagnostics(uri, () => client.open(uri, REPORT, 'gongwen'));
      assert.deepEqual(codes(diagnostics), ['duplicate-word', 'placeholder']);
      await exercise(client, uri);
      assert.equal(client.process.exitCode, null);
    });
  }

  test('a non-string text (number, null, object) is tracked but never checked, and the server stays up', async () => {
    for (const [i, text] of ([42, null, { text: REPORT }, [REPORT]] as unknown[]).entries()) {
      const uri = `file:///tmp/non-string-${i}.txt`;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 7 }, { text: REPORT }],
      });
      await exercise(client, uri);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    // Malformed opens and changes of every other shape.
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 5, languageId: 7, version: 'x', text: REPORT },
    });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///tmp/never-opened.txt', version: 2 },
      contentChanges: 'x',
    });
    // The server is alive and still checks ordinary documents.
    const uri = 'file:///tmp/after-garbage.txt';
    const diagnostics = await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
    assert.deepEqual(codes(diagnostics), ['duplicate-word', 'placeholder']);
    assert.equal(client.process.exitCode, null);
  });

  test('a change the server cannot apply stops checking that document instead of checking the wrong text', async () => {
    const uri = 'file:///tmp/bad-change.txt';
    await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 'a', character: 0 }, end: null }, text: '一' }],
    });
    const diagnostics = await client.nextDiagnostics(uri, () =>
      client.connection.sendRequest('gongwen/checkDocument', { textDocument: { uri } }),
    );
    assert.deepEqual(diagnostics, []);
  });
});
