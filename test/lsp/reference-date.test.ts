import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './lsp-client';

// A 2026 report copied from 2021: the title says 2026年度, the 成文日期 still 2021.
const REPORT = [
  '关于2026年度落实全面从严治党主体责任情况的自查报告',
  '',
  '县委：',
  '今年以来，我局深入开展党史学习教育。现将有关情况报告如下：',
  '一、主要工作',
  '组织专题学习12次。',
  '特此报告。',
  '',
  '县财政局',
  '2021年11月20日',
].join('\n');

interface ReferenceDateInfo {
  date: string;
  mode: string;
  source: string;
  documentDate?: string;
  reason: string;
  explanation: string;
}

describe('reference date over LSP', () => {
  let client: TestClient;
  const uri = 'file:///tmp/reference-date-report.txt';
  const referenceDate = async () =>
    ((await client.connection.sendRequest('gongwen/structure', { textDocument: { uri } })) as { referenceDate: ReferenceDateInfo })
      .referenceDate;
  const reconfigure = (settings: Record<string, unknown>) => {
    client.settings = settings;
    return client.nextDiagnostics(uri, () => client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null }));
  };

  before(async () => {
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23' };
    await client.initialize();
    await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
  });
  after(() => client.shutdown());

  test('gongwen/structure says which date was used and why; draft mode reports the stale 提法 and the old date', async () => {
    assert.deepEqual(await referenceDate(), {
      date: '2026-11-23',
      mode: 'draft',
      source: 'option',
      documentDate: '2021-11-20',
      reason: '草稿模式：指定的参考日期；成文日期 2021-11-20 仅作参考',
      explanation: '参考日期 2026-11-23（草稿模式：指定的参考日期；成文日期 2021-11-20 仅作参考）',
    });
    const diagnostics = await reconfigure({ referenceDate: '2026-11-23' });
    const codes = diagnostics.map((d) => d.code);
    assert.ok(codes.includes('outdated-phrasing') && codes.includes('document-date'), codes.join(' '));
  });

  test('gongwen.dateMode = archive judges at the 成文日期', async () => {
    const diagnostics = await reconfigure({ dateMode: 'archive' });
    assert.ok(!diagnostics.some((d) => d.code === 'outdated-phrasing'));
    assert.deepEqual(await referenceDate(), {
      date: '2021-11-20',
      mode: 'archive',
      source: 'document',
      documentDate: '2021-11-20',
      reason: '存档模式：成文日期',
      explanation: '参考日期 2021-11-20（存档模式：成文日期）',
    });
  });
});
