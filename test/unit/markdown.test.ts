import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReport } from '../../engine';
import { findingsOf, segmenters, textsOf } from '../helpers/engine';

const md = [
  '---',
  'title: XXXX',
  '---',
  '# 一、总体情况',
  '',
  '<!-- 待补充 XXXX -->',
  '见[规定规定](https://example.org/XXXX)和<https://example.org/xxxx>。',
  '',
  '```text',
  '党的十九大和十九届历次全会精神',
  '```',
  '',
  '| 项目 | XXXX |',
  '|------|------|',
  '',
  '正文里的XXXX要报。',
].join('\n');

test('front matter, comments, link targets, code and tables are not report text', () => {
  assert.deepEqual(textsOf(md, 'placeholder', { language: 'markdown' }), ['XXXX']);
  assert.deepEqual(textsOf(md, 'outdated-phrasing', { language: 'markdown' }), []);
});

test('masking keeps every offset, so findings point into the original text', () => {
  const model = parseReport(md, 'markdown', segmenters[1]);
  assert.equal(model.prose.length, md.length);
  assert.equal(model.prose.split('\n').length, md.split('\n').length);
  const at = md.lastIndexOf('XXXX');
  assert.equal(model.prose.slice(at, at + 4), 'XXXX');
});

test('the same text as plaintext is all report text except URLs', () => {
  assert.deepEqual(textsOf(md, 'placeholder'), ['XXXX', 'XXXX', 'XXXX', 'XXXX']);
  assert.deepEqual(textsOf(md, 'outdated-phrasing'), ['党的十九大和十九届历次全会精神']);
});

/** [case, Markdown, parts that stay report text, parts that are masked]; each part is found by its first occurrence. */
const MASKING: [string, string, string[], string[]][] = [
  ['fenced code', '正文一。\n\n```text\n代码内容\n```\n\n正文二。', ['正文一。', '正文二。'], ['```text', '代码内容']],
  ['a fence with a blank line inside', '~~~\n代码一\n\n代码二\n~~~\n\n正文。', ['正文。'], ['代码一', '代码二']],
  ['inline code', '见`代码`说明。', ['见', '说明。'], ['`代码`']],
  ['an HTML block', '<div>\n块内文字\n</div>\n\n正文。', ['正文。'], ['<div>', '块内文字']],
  ['a comment over a blank line', '<!-- 注释\n\n仍是注释 -->\n\n正文。', ['正文。'], ['注释', '仍是注释 -->']],
  ['inline HTML', '正文<span>内文</span>。', ['正文', '内文', '。'], ['<span>', '</span>']],
  ['a link', '见[有关规定](https://example.org/a "标题")。', ['见', '有关规定', '。'], ['[', '](https://example.org/a "标题")']],
  ['an autolink', '见<https://example.org/x>。', ['见', '。'], ['<https://example.org/x>']],
  ['an image', '![示意图](a.png)正文。', ['正文。'], ['![示意图](a.png)']],
  [
    'a reference link and its definition',
    '见[有关规定][1]。\n\n[1]: https://example.org/x',
    ['有关规定'],
    ['][1]', '[1]: https://example.org/x'],
  ],
  ['front matter', '---\ntitle: 标题\n---\n正文。', ['正文。'], ['---\ntitle: 标题\n---']],
  ['headings', '# 一、总体情况\n正文。\n\n## （一）分项', ['一、总体情况', '正文。', '（一）分项'], ['# ', '## ']],
  ['a table', '| 项目 | 内容 |\n|---|---|\n| 甲 | 乙 |\n\n正文。', ['正文。'], ['| 项目 | 内容 |', '|---|---|', '| 甲 | 乙 |']],
  ['emphasis', '这是**重点**工作。', ['这是', '重点', '工作。'], ['**']],
  [
    'list and quote marks (an ordered number is a heading number)',
    '1. 加强学习。\n\n- 项目一\n\n> 引用内容。',
    ['1.', '加强学习。', '项目一', '引用内容。'],
    ['- ', '> '],
  ],
  ['a paragraph indented by spaces is not code', '    首行缩进的段落。', ['首行缩进的段落。'], []],
];

for (const [name, text, shown, masked] of MASKING) {
  test(`Markdown masking: ${name}`, () => {
    for (const segmenter of segmenters) {
      const { prose } = parseReport(text, 'markdown', segmenter);
      assert.equal(prose.length, text.length);
      assert.equal(prose.replace(/[^\n]/g, ''), text.replace(/[^\n]/g, ''), 'line breaks stay');
      for (const part of shown) assert.equal(prose.slice(text.indexOf(part), text.indexOf(part) + part.length), part, part);
      for (const part of masked) assert.match(prose.slice(text.indexOf(part), text.indexOf(part) + part.length), /^\s+$/, part);
    }
  });
}

test('a table, front matter and fence are masked however many plain paragraphs surround them', () => {
  const plain = '今年以来，我局认真落实各项部署。\n\n';
  const text = plain.repeat(3) + '```\n代码XXXX\n\n仍是代码XXXX\n```\n\n' + plain + '<!--\n\nXXXX\n-->\n\n' + plain + '正文XXXX。';
  assert.deepEqual(textsOf(text, 'placeholder', { language: 'markdown' }), ['XXXX']);
});

test('a long Markdown text is parsed in bounded parts with the same result: lists, long lines, fences, references', () => {
  // Each is far over the part size (engine/markdown.ts MAX_PARSED), so it is cut; what a reader sees must not change.
  const list = Array.from({ length: 300 }, (_, i) => `- 第${i + 1}项工作已经完成。`).join('\n');
  const quote = Array.from({ length: 300 }, () => '> - > 1. 引用中的列表项').join('\n');
  const line = '这是**重点**工作，'.repeat(400) + '经XXXX研究。';
  const fence = '```\n' + '代码XXXX\n'.repeat(600) + '```';
  const refs = Array.from({ length: 200 }, (_, i) => `见[规定${i}][1]。`).join('\n') + '\n\n[1]: https://example.org/XXXX';
  for (const text of [list, quote, line, fence, refs]) {
    const { prose } = parseReport(text, 'markdown', segmenters[0]);
    assert.equal(prose.length, text.length);
    assert.equal(prose.replace(/[^\n]/g, ''), text.replace(/[^\n]/g, ''), 'line breaks stay');
  }
  const prose = (text: string) => parseReport(text, 'markdown', segmenters[0]).prose;
  assert.equal((prose(list).match(/已经完成/g) ?? []).length, 300);
  assert.equal((prose(quote).match(/引用中的列表项/g) ?? []).length, 300);
  assert.equal((prose(line).match(/重点/g) ?? []).length, 400);
  assert.ok(!prose(line).includes('**'), 'emphasis marks are masked in every part');
  assert.ok(!prose(fence).includes('XXXX'), 'a fence longer than a part stays code');
  assert.equal((prose(refs).match(/规定\d+/g) ?? []).length, 200);
  assert.ok(!prose(refs).includes('[1]') && !prose(refs).includes('example.org'), 'every reference resolves to the definition');
  assert.deepEqual(textsOf(line, 'placeholder', { language: 'markdown' }), ['XXXX']);
});

test('in-text disable comments still switch rules off in Markdown', () => {
  const text = '<!-- gongwen-disable-next-line placeholder -->\n经XXXX研究。\n\n经XXXX研究。';
  const found = findingsOf(text, 'placeholder', { language: 'markdown' });
  assert.deepEqual(
    found.map((f) => f.range.start.line),
    [3],
  );
});

test('a Markdown heading keeps its role in the structure', () => {
  const model = parseReport('# 一、总体情况\n\n正文。\n\n## （一）分项\n\n内容。', 'markdown', segmenters[1]);
  assert.deepEqual(
    model.structure().all.map((h) => [h.title?.text, h.level]),
    [
      ['总体情况', 1],
      ['分项', 2],
    ],
  );
});

/** [case, text, paragraphs as plain text, paragraphs as Markdown]. */
const PARAGRAPHS: [string, string, string[], string[]][] = [
  [
    'a wrapped sentence is one paragraph',
    '第一行没有句号\n接着写完。\n\n新段落。',
    ['第一行没有句号\n接着写完。', '新段落。'],
    ['第一行没有句号\n接着写完。', '新段落。'],
  ],
  [
    'a heading line stands alone',
    '一、总体情况\n今年以来，工作顺利\n推进。',
    ['一、总体情况', '今年以来，工作顺利\n推进。'],
    ['一、总体情况', '今年以来，工作顺利\n推进。'],
  ],
  [
    'one paragraph per line in plain text; Markdown paragraphs end at blank lines',
    '第一句。\n第二句。\n\n第三段',
    ['第一句。', '第二句。', '第三段'],
    ['第一句。\n第二句。', '第三段'],
  ],
  ['a Markdown heading is its own paragraph', '# 标题\n正文', ['# 标题\n正文'], ['# 标题', '正文']],
];

for (const [name, text, plain, markdown] of PARAGRAPHS) {
  test(`paragraphs: ${name}`, () => {
    for (const [language, expected] of [
      ['plaintext', plain],
      ['markdown', markdown],
    ] as const) {
      const model = parseReport(text, language, segmenters[1]);
      assert.deepEqual(
        model.paragraphs().map((p) => text.slice(p.start, p.end)),
        expected,
        language,
      );
    }
  });
}

test("the flow joins a paragraph's lines and maps what is found there back to the text", () => {
  const text = '> 开展党史学习\n> 教育，Latin\nword 与`代码`\n教育。';
  const flow = parseReport(text, 'markdown', segmenters[1]).flow();
  assert.equal(flow.text.trim(), '开展党史学习教育，Latin word 与    \n教育。', 'a break next to inline code stays');
  const at = flow.text.indexOf('学习教育');
  const { offset, length } = flow.toText(at, 4);
  assert.equal(text.slice(offset, offset + length), '学习\n> 教育');
});
