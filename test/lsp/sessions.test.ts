import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis } from '../../server/src/analysis';
import type { WorkspaceConfigs } from '../../server/src/workspace-config';

const REPORT =
  '关于2026年工作情况的报告\n\n一、基本情况\n今年以来，我局扎实推进各项工作。\n二、存在问题\n学习不够深入。\n\n某某局\n2026年11月20日\n';

/** The server's Analysis in process, with the least of a connection: what it publishes is recorded. */
function analysisOf(document: { current: TextDocument }) {
  const published: number[] = [];
  const quiet = () => undefined;
  const connection = {
    console: { log: quiet, warn: quiet, error: quiet },
    window: { showWarningMessage: quiet },
    sendDiagnostics: async (p: { version?: number }) => {
      published.push(p.version ?? -1);
    },
  } as unknown as Connection;
  const documents = { get: () => document.current, all: () => [document.current] } as unknown as TextDocuments<TextDocument>;
  const configs = { settingsFor: () => ({ options: {}, skip: false }) } as unknown as WorkspaceConfigs;
  return { analysis: new Analysis(connection, documents, configs), published };
}

describe('server sessions: one parse per document version', () => {
  test('every feature asking about one version gets the same session; a new version or new options get a new one', async () => {
    const document = { current: TextDocument.create('file:///r.txt', 'plaintext', 1, REPORT) };
    const { analysis, published } = analysisOf(document);
    const first = await analysis.sessionOf(document.current);
    assert.ok(first);
    await analysis.validate(document.current);
    assert.equal(await analysis.sessionOf(document.current), first, 'diagnostics reuse the session');
    assert.equal(published.at(-1), 1);

    document.current = TextDocument.update(document.current, [{ text: REPORT.replace('扎实', '切实') }], 2);
    const second = await analysis.sessionOf(document.current);
    assert.notEqual(second, first);
    assert.equal(await analysis.sessionOf(document.current), second);

    analysis.invalidate(); // settings or a config changed
    const third = await analysis.sessionOf(document.current);
    assert.notEqual(third, second);
    analysis.forget(document.current.uri);
    assert.notEqual(await analysis.sessionOf(document.current), third, 'a closed document keeps nothing');
  });

  test('a chosen report type opens a new session with that type', async () => {
    const document = { current: TextDocument.create('file:///r.txt', 'plaintext', 1, REPORT) };
    const { analysis } = analysisOf(document);
    const before = await analysis.sessionOf(document.current);
    analysis.chooseType(document.current.uri, '述职报告');
    const after = await analysis.sessionOf(document.current);
    assert.notEqual(after, before);
    assert.equal(after!.options.reportType, '述职报告');
  });
});
