import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../engine';
import { TestClient } from '../lsp/lsp-client';

const BASE = fs.readFileSync(`${__dirname}/../../../samples/sample-report.txt`, 'utf8');
const PIECES = ['规定', '规定规定', 'XX', ',', '“', '党的十九大和十九届历次全会精神', '\n', '一、', '弛而不息', '。', ' ', '\uD842\uDFB7'];

describe('language server under load', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23', enable: 'always' };
    await client.initialize();
  });
  after(() => client.shutdown());

  test('1,000 rapid edits end in the diagnostics a fresh check of the final text gives', async () => {
    const uri = 'file:///tmp/stress-edits.txt';
    const mirror = TextDocument.create(uri, 'plaintext', 1, BASE);
    await client.nextDiagnostics(uri, () => client.open(uri, BASE));
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let version = 2; version <= 1001; version++) {
      const text = mirror.getText();
      const start = Math.floor(next() * text.length);
      const end = next() < 0.3 ? Math.min(text.length, start + Math.floor(next() * 5)) : start;
      const change = {
        range: { start: mirror.positionAt(start), end: mirror.positionAt(end) },
        text: PIECES[Math.floor(next() * PIECES.length)],
      };
      TextDocument.update(mirror, [change], version);
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    }
    const final = await client.nextDiagnostics(
      uri,
      () => undefined,
      () => client.versions.get(uri)!.at(-1) === 1001,
      30_000,
    );
    const expected = check(mirror.getText(), { referenceDate: '2026-11-23' });
    const shape = (list: { code?: string; rule?: string; range: unknown }[]) =>
      list.map((d) => JSON.stringify([d.code ?? d.rule, d.range]));
    assert.deepEqual(shape(final), shape(expected));
  });

  test('opening and closing 1,000 documents does not grow the server', async () => {
    const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${client.process.pid}/status`, 'utf8'))![1]) / 1024;
    const cycle = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const uri = `file:///tmp/stress-${i}.txt`;
        await client.nextDiagnostics(uri, () => client.open(uri, BASE));
        await client.nextDiagnostics(uri, () => client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } }));
      }
    };
    await cycle(0, 200);
    const warm = rss();
    await cycle(200, 1000);
    const grown = rss() - warm;
    assert.ok(grown < 30, `RSS grew ${grown.toFixed(1)} MB over 800 open/close cycles`);
  });
});
