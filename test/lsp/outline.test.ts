import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './lsp-client';

interface Symbol {
  name: string;
  detail: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: Symbol[];
}
interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/structure/full-report.txt');
const names = (symbols: Symbol[]): unknown[] => symbols.map((s) => (s.children?.length ? [s.name, names(s.children)] : s.name));

describe('outline over LSP', () => {
  let client: TestClient;
  const uri = 'file:///tmp/outline-report.txt';
  const text = fs.readFileSync(FIXTURE, 'utf8');

  before(async () => {
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23' };
    const { capabilities } = await client.initialize();
    assert.deepEqual(capabilities.documentSymbolProvider, { label: '公文报告' });
    assert.equal(capabilities.foldingRangeProvider, true);
    await client.nextDiagnostics(uri, () => client.open(uri, text));
  });
  after(() => client.shutdown());

  test('documentSymbol returns the nested heading tree with section ranges', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Symbol[];
    assert.deepEqual(names(symbols), [
      [
        '一、主要工作及成效',
        [
          ['（一）强化理论武装', [['1.抓好集中学习', ['（1）制定学习计划', '（2）开展专题研讨']], '2.抓好个人自学']],
          ['（二）压实主体责任', ['一是健全责任清单']],
        ],
      ],
      ['二、存在的问题', ['一是学习的系统性不够强', '二是监督的精准性有待提升']],
      '三、下一步工作打算',
    ]);
    const [first] = symbols;
    const lines = text.split('\n');
    assert.deepEqual(first.range, { start: { line: 4, character: 0 }, end: { line: 11, character: lines[11].length } });
    assert.deepEqual(first.selectionRange, {
      start: { line: 4, character: lines[4].indexOf('一、') },
      end: { line: 4, character: lines[4].length },
    });
    assert.equal(first.kind, 2); // Module for level 1
  });

  test('foldingRange folds each multi-line section', async () => {
    const ranges = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as {
      startLine: number;
      endLine: number;
      kind: string;
    }[];
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]),
      [
        [4, 11],
        [5, 9],
        [6, 8],
        [10, 11],
        [12, 14],
        [15, 16],
      ],
    );
    assert.ok(ranges.every((r) => r.kind === 'region'));
  });

  test('gongwen/structure gives the client view the same tree', async () => {
    const { headings } = (await client.connection.sendRequest('gongwen/structure', { textDocument: { uri } })) as { headings: Symbol[] };
    assert.equal(headings.length, 3);
    assert.equal(headings[1].children!.length, 2);
  });

  test('a report pasted as one line gets its outline and its diagnostics on that line', async () => {
    const oneLine = 'file:///tmp/outline-one-line.txt';
    const report = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/structure/one-line-report.txt'), 'utf8');
    const withoutPlan = report.slice(0, report.indexOf('三、下一步整改措施')) + report.slice(report.indexOf('特此报告。'));
    const diagnostics = await client.nextDiagnostics(oneLine, () => client.open(oneLine, withoutPlan));
    const missing = diagnostics.find((d) => d.code === 'missing-section')!;
    assert.match(missing.message, /缺少“整改措施”部分/);
    assert.deepEqual(missing.range.start, { line: 0, character: withoutPlan.indexOf('特此报告。') });
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: oneLine } })) as Symbol[];
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['一、自查工作开展情况', '二、存在的问题'],
    );
    assert.deepEqual(
      symbols[0].children!.map((s) => s.name),
      ['（一）加强组织领导', '（二）压实工作责任', '（三）开展隐患排查'],
    );
    assert.deepEqual(symbols[1].selectionRange.start, { line: 0, character: withoutPlan.indexOf('二、存在的问题') });
  });

  test('a document that is not a report has no outline in auto mode', async () => {
    const notes = 'file:///tmp/outline-notes.md';
    await client.nextDiagnostics(notes, () => client.open(notes, '# Notes\n\n## Todo\n\nSome text.\n', 'markdown'));
    assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: notes } }), []);
  });
});
