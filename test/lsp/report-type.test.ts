import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './lsp-client';

// A 情况报告 by its lead-in, without a 下步打算 part, numbered 一、二、.
const REPORT = [
  '市纪委：',
  '今年以来，我局持续加强党风廉政建设。现将有关情况报告如下：',
  '一、主要工作',
  '开展警示教育4次。',
  '二、存在的问题',
  '学习不够深入。',
  '特此报告。',
  '',
  '市财政局',
  '2026年11月20日',
].join('\n');

interface Structure {
  type: { id: string; name: string; confidence: string; reason: string };
  parts: { id: string; name: string; required: boolean; present: boolean; line?: number }[];
}

describe('report type and parts over LSP', () => {
  let client: TestClient;
  const uri = 'file:///tmp/type-report.txt';
  const structure = () => client.connection.sendRequest('gongwen/structure', { textDocument: { uri } }) as Promise<Structure>;

  before(async () => {
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23' };
    const { capabilities } = await client.initialize();
    assert.deepEqual(capabilities.executeCommandProvider, {
      commands: ['gongwen.server.insertSection', 'gongwen.server.renumber', 'gongwen.server.suppress', 'gongwen.server.fixCategory'],
    });
    await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
  });
  after(() => client.shutdown());

  test('gongwen/structure names the type, why, and each part with ✓/✗', async () => {
    const { type, parts } = await structure();
    assert.deepEqual(type, { id: 'situation', name: '情况报告', confidence: 'likely', reason: '正文含“有关情况报告如下”“情况报告如下”' });
    const state = Object.fromEntries(parts.map((p) => [p.name, [p.required, p.present, p.line]]));
    assert.deepEqual(state['主要工作及成效'], [true, true, 2]);
    assert.deepEqual(state['存在问题'], [false, true, 4]);
    assert.deepEqual(state['下步打算'], [true, false, undefined]);
  });

  test('the missing part is a diagnostic with an insert fix, and the server command inserts it', async () => {
    const diagnostics = await client.nextDiagnostics(uri, () =>
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }),
    );
    const missing = diagnostics.find((d) => d.code === 'missing-section')!;
    assert.match(missing.message, /缺少“下步打算”部分/);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.server.insertSection', arguments: [uri, 'next'] });
    const [applied] = client.appliedEdits;
    assert.equal(applied.label, '插入“下步打算”部分');
    assert.deepEqual(applied.edit.changes[uri], [
      {
        range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } },
        newText: '三、下步打算\n下一步，我们将XXXX。\n',
      },
    ]);
  });

  test('a type chosen for the file (or in settings) replaces the detected one', async () => {
    let diagnostics = await client.nextDiagnostics(uri, () =>
      client.connection.sendNotification('gongwen/setReportType', { uri, type: '对照检查材料' }),
    );
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'missing-section').map((d) => d.message.slice(0, 11)),
      ['缺少“原因分析”部分：', '缺少“整改措施”部分：'],
    );
    assert.equal((await structure()).type.confidence, 'certain');

    diagnostics = await client.nextDiagnostics(uri, () => client.connection.sendNotification('gongwen/setReportType', { uri, type: null }));
    assert.match(diagnostics.find((d) => d.code === 'missing-section')!.message, /下步打算/);

    client.settings = { referenceDate: '2026-11-23', reportType: '报告' };
    diagnostics = await client.nextDiagnostics(uri, () =>
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }),
    );
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'missing-section'),
      [],
    );
    assert.equal((await structure()).type.name, '报告');
  });
});
