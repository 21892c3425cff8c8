import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TestClient } from './lsp-client';

// A span that ends before it starts: the finding names both dates as related information.
const REPORT = '关于2026年整改工作情况的报告\n\n现将有关情况报告如下：\n2026年3月15日至3月1日集中整改，第一章与第12章分列。\n特此报告。\n';

let client: TestClient;
const uri = 'file:///tmp/related-report.txt';
before(async () => {
  client = new TestClient('stdio');
  client.settings = { referenceDate: '2026-11-23' };
  await client.initialize();
});
after(() => client.shutdown());

test('findings that compare two places carry them as DiagnosticRelatedInformation in the same document', async () => {
  const diagnostics = await client.nextDiagnostics(
    uri,
    () => client.open(uri, REPORT),
    (d) => d.length > 0,
  );
  const span = diagnostics.find((d) => d.code === 'date-validity');
  assert.deepEqual(span?.relatedInformation, [
    { location: { uri, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 10 } } }, message: '开始日期“2026年3月15日”' },
    { location: { uri, range: { start: { line: 3, character: 11 }, end: { line: 3, character: 15 } } }, message: '结束日期“3月1日”' },
  ]);
  const ordinal = diagnostics.find((d) => d.code === 'numeral-usage');
  assert.equal(ordinal?.relatedInformation?.[0].message, '前文写作“第一章”');
  assert.ok(diagnostics.filter((d) => !['date-validity', 'numeral-usage'].includes(String(d.code))).every((d) => !d.relatedInformation));
});

test('a sum that does not add up names each part as related information', async () => {
  const sums = 'file:///tmp/related-sums.txt';
  const text = '关于2026年检查工作情况的报告\n\n现将有关情况报告如下：\n共检查单位12家，其中机关5家、企业6家。\n特此报告。\n';
  const diagnostics = await client.nextDiagnostics(
    sums,
    () => client.open(sums, text),
    (d) => d.length > 0,
  );
  const sum = diagnostics.find((d) => d.code === 'sum-check');
  assert.equal(sum?.message, '总数12家与分项之和不符：5+6=11家。请核对数字。');
  assert.deepEqual(sum?.relatedInformation, [
    { location: { uri: sums, range: { start: { line: 3, character: 13 }, end: { line: 3, character: 15 } } }, message: '分项：5家' },
    { location: { uri: sums, range: { start: { line: 3, character: 18 }, end: { line: 3, character: 20 } } }, message: '分项：6家' },
  ]);
});
