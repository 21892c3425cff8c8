import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './lsp-client';

const REPORT = [
  '关于2026年度落实全面从严治党主体责任情况的报告',
  '',
  '市委：',
  '现将有关情况报告如下：',
  '一、主要工作',
  '党组增强“四个意识”、坚定“四个自信”，班子成员认真履行“一岗两责”。',
  '锲而不舍落实八项',
  '',
  '特此报告。',
].join('\n');
interface Hover {
  contents: { kind: string; value: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface Item {
  label: string;
  detail: string;
  documentation?: string;
  textEdit: { range: { start: { line: number; character: number } }; newText: string };
}

describe('固有表述 over LSP: hover card and completion', () => {
  let client: TestClient;
  const uri = 'file:///tmp/formulation-report.txt';
  const lines = REPORT.split('\n');
  const at = (needle: string, into = 1) => {
    const line = lines.findIndex((l) => l.includes(needle));
    return { line, character: lines[line].indexOf(needle) + into };
  };
  const hover = (position: { line: number; character: number }) =>
    client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }) as Promise<Hover | null>;

  before(async () => {
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23' };
    await client.initialize();
    await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
  });
  after(() => client.shutdown());

  test('a correct formulation has a card: canonical wording, items in order, verbs, source and date', async () => {
    const card = (await hover(at('四个意识')))!;
    assert.equal(card.contents.kind, 'markdown');
    assert.match(card.contents.value, /^\*\*固有表述 · 四个意识\*\*/);
    assert.match(card.contents.value, /\*\*规范表述：\*\* 增强“四个意识”（政治意识、大局意识、核心意识、看齐意识）/);
    assert.match(card.contents.value, /\*\*条目（顺序固定）：\*\* 政治意识、大局意识、核心意识、看齐意识/);
    assert.match(card.contents.value, /\*\*搭配：\*\* 增强、树牢、牢固树立/);
    assert.match(card.contents.value, /\*\*出处：\*\* 中共中央政治局会议.*（2016-01-29）/);
    const start = at('四个意识', 0);
    assert.deepEqual(card.range, { start, end: { line: start.line, character: start.character + 4 } });
  });

  test('on a wrong formulation the finding comes first, then the formulation card', async () => {
    const card = (await hover(at('一岗两责', 2)))!;
    const [finding, formulation] = card.contents.value.split('\n\n---\n\n');
    assert.match(finding, /^\*\*警告 · 政治性\/固有表述\*\* — 固有表述错字：“一岗两责”应为“一岗双责”/);
    assert.match(finding, /\[规则说明：formulation\]/);
    assert.match(formulation, /^\*\*固有表述 · 一岗双责\*\*/);
    assert.equal(card.range.start.character, at('一岗两责', 0).character);
  });

  test('the finding is a diagnostic in the 固有表述 category', async () => {
    const findings = (await client.connection.sendRequest('gongwen/review', { textDocument: { uri } })) as {
      categories: { id: string; parts: { findings: { rule: string; message: string }[] }[] }[];
    };
    const political = findings.categories.find((c) => c.id === 'political')!;
    assert.deepEqual(
      political.parts.flatMap((p) => p.findings.map((f) => f.rule)),
      ['formulation'],
    );
  });

  test('away from any formulation there is no card', async () => {
    assert.equal(await hover({ line: 2, character: 1 }), null);
  });

  test('typing 八项 offers the canonical full forms of 中央八项规定精神', async () => {
    const end = lines[6].length;
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 6, character: end },
    })) as Item[];
    const offered = items.filter((i) => i.detail === '规范提法');
    assert.deepEqual(
      offered.map((i) => i.label),
      ['中央八项规定精神', '中央八项规定及其实施细则精神'],
    );
    assert.deepEqual(offered[0].textEdit, {
      range: { start: { line: 6, character: end - 2 }, end: { line: 6, character: end } },
      newText: '中央八项规定精神',
    });
    assert.match(offered[0].documentation!, /条目：改进调查研究、精简会议活动/);
  });
});
