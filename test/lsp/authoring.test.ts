import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './lsp-client';

const REPORT = [
  '关于报送项目清单的报告',
  '',
  '市委：',
  '现将有关情况报告如下：',
  '一、基本情况',
  '（一）项目总体情况',
  '正文。',
  '二、项目明细',
  '',
  '特此报告。',
].join('\n');
type Item = { label: string; detail: string; textEdit: { range: { start: { line: number; character: number } }; newText: string } };

describe('authoring features over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient('stdio');
    client.settings = { referenceDate: '2026-11-23' };
    const { capabilities } = await client.initialize();
    assert.deepEqual(capabilities.completionProvider, { triggerCharacters: ['、', '（'] });
    const semantic = capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } };
    assert.deepEqual(semantic.legend.tokenTypes, [
      'gongwenHeading',
      'gongwenAddressee',
      'gongwenClosing',
      'gongwenDate',
      'gongwenPlaceholder',
    ]);
  });
  after(() => client.shutdown());

  const completions = (uri: string, line: number, character: number) =>
    client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } }) as Promise<Item[]>;

  test('at a line start, the next heading number of each level is offered', async () => {
    const uri = 'file:///tmp/complete-heading.txt';
    await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
    const items = await completions(uri, 8, 0);
    assert.deepEqual(
      items.map((i) => `${i.label} ${i.detail}`),
      ['三、 一级标题', '（一） 二级标题', '1. 三级标题', '（1） 四级标题'],
    );
    const typed = REPORT.replace('二、项目明细\n\n', '二、项目明细\n（\n');
    await client.nextDiagnostics(uri, () =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: typed }],
      }),
    );
    const afterParen = await completions(uri, 8, 1);
    const sub = afterParen.find((i) => i.label === '（一）')!;
    assert.deepEqual(sub.textEdit.range.start, { line: 8, character: 0 }, 'replaces the typed （');
  });

  test('the first characters of a 规范提法 complete to its current form', async () => {
    const uri = 'file:///tmp/complete-formulation.txt';
    const text = REPORT.replace('正文。', '坚决做到两个');
    await client.nextDiagnostics(uri, () => client.open(uri, text));
    const items = await completions(uri, 6, '坚决做到两个'.length);
    assert.deepEqual(
      items.filter((i) => i.detail === '规范提法').map((i) => i.label),
      ['两个确立', '两个维护', '“两个一百年”奋斗目标', '两个毫不动摇'],
    );
    assert.deepEqual(items.find((i) => i.label === '两个维护')!.textEdit, {
      range: { start: { line: 6, character: 4 }, end: { line: 6, character: 6 } },
      newText: '两个维护',
    });
  });

  test('semantic tokens mark headings, 主送机关, 结束语, 成文日期 and placeholders in plain text', async () => {
    const uri = 'file:///tmp/semantic.txt';
    const text = REPORT.replace('正文。', '经XX研究。') + '\n\n市财政局\n2026年11月20日\n';
    await client.nextDiagnostics(uri, () => client.open(uri, text));
    const { data } = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as {
      data: number[];
    };
    const lines = text.split('\n');
    const tokens: string[] = [];
    for (let i = 0, line = 0, char = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      tokens.push(`${data[i + 3]}:${lines[line].slice(char, char + data[i + 2])}`);
    }
    assert.deepEqual(tokens, [
      '1:市委：',
      '0:一、基本情况',
      '0:（一）项目总体情况',
      '4:XX',
      '0:二、项目明细',
      '2:特此报告。',
      '3:2026年11月20日',
    ]);
  });

  test('检查当前报告 checks a document that does not look like a report', async () => {
    const uri = 'file:///tmp/not-a-report.txt';
    assert.deepEqual(await client.nextDiagnostics(uri, () => client.open(uri, 'note: XXXX 规定规定\n')), []);
    const d = await client.nextDiagnostics(uri, () => client.connection.sendRequest('gongwen/checkDocument', { textDocument: { uri } }));
    assert.deepEqual(d.map((x) => x.code).sort(), ['duplicate-word', 'placeholder', 'punctuation']);
  });

  test('重新编号 renumbers every sequence and fixes number forms, changing nothing else', async () => {
    const uri = 'file:///tmp/renumber.txt';
    const text = [
      '市委：',
      '现将有关情况报告如下：',
      '一、甲',
      '(一)子',
      '（三）子',
      '三、乙',
      '正文：四、不动。',
      '五、丙',
      '特此报告。',
    ].join('\n');
    await client.nextDiagnostics(uri, () => client.open(uri, text));
    const before = client.appliedEdits.length;
    const fixed = await client.connection.sendRequest('workspace/executeCommand', { command: 'gongwen.server.renumber', arguments: [uri] });
    assert.equal(fixed, 3, 'the form of (一), and one renumbering per sequence');
    const [edit] = client.appliedEdits.slice(before);
    assert.equal(edit.label, '重新编号');
    const [change] = edit.edit.changes[uri];
    const lines = text.split('\n');
    const start = (change.range as { start: { line: number; character: number } }).start;
    const end = (change.range as { end: { line: number; character: number } }).end;
    const startOffset = lines.slice(0, start.line).join('\n').length + (start.line ? 1 : 0) + start.character;
    const endOffset = lines.slice(0, end.line).join('\n').length + (end.line ? 1 : 0) + end.character;
    const result = text.slice(0, startOffset) + change.newText + text.slice(endOffset);
    assert.equal(
      result,
      ['市委：', '现将有关情况报告如下：', '一、甲', '（一）子', '（二）子', '二、乙', '正文：四、不动。', '三、丙', '特此报告。'].join(
        '\n',
      ),
    );
  });

  test('gongwen.maxLength: a report over the limit is reported; the structure request counts 字', async () => {
    const uri = 'file:///tmp/too-long.txt';
    client.settings = { referenceDate: '2026-11-23', maxLength: 20 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const d = await client.nextDiagnostics(uri, () => client.open(uri, REPORT));
    const length = d.find((x) => x.code === 'length')!;
    assert.match(length.message, /^全文 54 字，超过设定的上限 20 字（多 34 字）。$/);
    const { charCount } = (await client.connection.sendRequest('gongwen/structure', { textDocument: { uri } })) as { charCount: number };
    assert.equal(charCount, 54);
    client.settings = { referenceDate: '2026-11-23' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });
});
