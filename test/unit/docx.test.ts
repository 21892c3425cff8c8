import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  annotateDocx,
  checkDocx,
  annotateFindings,
  docxText,
  exportDocx,
  importDocx,
  layoutBlocks,
  readDocx,
  splitTitle,
  DocxError,
} from '../../docx';
import { entryText, readZip } from '../../docx/zip';
import { formatNumber } from '../../docx/numbering';
import { check } from '../../engine';
import { docx, p, W } from '../helpers/docx-fixture';

const lvl = (ilvl: number, fmt: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
const numbered = (ilvl: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

test('automatic numbering is read as the label a reader sees, deeper levels restarting', () => {
  const doc = readDocx(
    docx(
      [
        numbered(0, '主要工作'),
        numbered(1, '抓学习'),
        numbered(1, '抓落实'),
        numbered(2, '细项'),
        numbered(0, '存在问题'),
        numbered(1, '认识不足'),
      ].join(''),
      { numbering: NUMBERING },
    ),
  );
  assert.deepEqual(
    doc.paragraphs.map((x) => x.text),
    ['一、主要工作', '（一）抓学习', '（二）抓落实', '1.细项', '二、存在问题', '（一）认识不足'],
  );
  assert.deepEqual(
    doc.paragraphs.map((x) => x.labelLength),
    [2, 3, 3, 2, 2, 3],
  );
});

test('numbering given by a paragraph style, and a heading level from the style name', () => {
  const styles =
    '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
  const doc = readDocx(
    docx('<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>', { numbering: NUMBERING, styles }),
  );
  assert.equal(doc.paragraphs[0].text, '一、总体情况');
  assert.equal(doc.paragraphs[0].heading, 1);
});

test('Chinese counting and other number formats', () => {
  assert.deepEqual(
    [1, 10, 12, 20, 21, 105].map((n) => formatNumber(n, 'chineseCounting')),
    ['一', '十', '十二', '二十', '二十一', '一百零五'],
  );
  assert.equal(formatNumber(3, 'decimalEnclosedCircle'), '③');
  assert.equal(formatNumber(2, 'ideographTraditional'), '乙');
  assert.equal(formatNumber(4, 'upperRoman'), 'IV');
});

test('tables are read cell by cell in reading order, and imported as a Markdown table', () => {
  const cell = (t: string) => `<w:tc>${p(t)}</w:tc>`;
  const body =
    p('前言') + `<w:tbl><w:tr>${cell('项目')}${cell('金额')}</w:tr><w:tr>${cell('道路')}${cell('120万元')}</w:tr></w:tbl>` + p('结语');
  const doc = readDocx(docx(body));
  assert.deepEqual(
    doc.paragraphs.map((x) => x.text),
    ['前言', '项目', '金额', '道路', '120万元', '结语'],
  );
  assert.deepEqual(doc.paragraphs[4].cell, { table: 0, row: 1, col: 1 });
  assert.equal(importDocx(docx(body)).markdown, '前言\n\n| 项目 | 金额 |\n| --- | --- |\n| 道路 | 120万元 |\n\n结语\n');
});

test('tracked changes read as the current text; headers, text boxes and deleted text are left out', () => {
  const body =
    '<w:p><w:r><w:t>加强</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>旧的</w:delText></w:r></w:del>' +
    '<w:ins w:id="2" w:author="a"><w:r><w:t>新的</w:t></w:r></w:ins><w:r><w:t>管理</w:t></w:r></w:p>' +
    '<w:p><w:r><mc:AlternateContent xmlns:mc="x"><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>框中</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:t>备用</w:t></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>';
  const doc = readDocx(docx(body));
  assert.deepEqual(
    doc.paragraphs.map((x) => x.text),
    ['加强新的管理', '正文'],
  );
  assert.ok(doc.omitted.includes('文本框中的文字'));
  assert.ok(importDocx(docx(body)).notes.some((n) => n.startsWith('修订记录')));
});

/** The text between a comment's range markers, read from the annotated document.xml. */
function commented(xml: string, id: number): string {
  const m = new RegExp(`<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`).exec(xml);
  assert.ok(m, `comment ${id} has a range`);
  return [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('');
}

test("a comment is anchored exactly on its span, across runs, keeping each run's formatting", () => {
  const bold = '<w:rPr><w:b/></w:rPr>';
  const source = docx(p('关于进一', ['步加', bold], '强管理&的通知') + p('第二段'), { extra: { 'word/media/logo.bin': 'binary' } });
  const doc = readDocx(source);
  assert.equal(doc.paragraphs[0].text, '关于进一步加强管理&的通知');
  const result = annotateDocx(
    doc,
    [
      { paragraph: 0, start: 3, end: 7, comment: '第一条\n建议：改' },
      { paragraph: 0, start: 9, end: 10, comment: '第二条' },
      { paragraph: 1, start: 0, end: 3, comment: '第三条' },
    ],
    [],
    { date: '2026-12-01T00:00:00Z' },
  );
  assert.equal(result.comments, 3);
  const out = readZip(result.bytes);
  const xml = entryText(out, 'word/document.xml') ?? '';
  assert.equal(commented(xml, 0), '一步加强');
  assert.equal(commented(xml, 1), '&amp;');
  assert.equal(commented(xml, 2), '第二段');
  // The split halves of the bold run stay bold.
  assert.equal((xml.match(/<w:rPr><w:b\/><\/w:rPr><w:t[^>]*>(步|加|步加)?<\/w:t>/g) ?? []).length >= 1, true);
  assert.match(xml, /<w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">步加<\/w:t><\/w:r>/);
  // The text reads as before; the other parts are byte for byte the same.
  assert.equal(docxText(readDocx(result.bytes)), docxText(doc));
  const inEntries = readZip(source);
  for (const name of ['_rels/.rels', 'word/media/logo.bin']) assert.deepEqual(out.get(name)?.raw, inEntries.get(name)?.raw, name);
  const comments = entryText(out, 'word/comments.xml') ?? '';
  assert.match(
    comments,
    /<w:comment w:id="0" w:author="Gongwen" w:date="2026-12-01T00:00:00Z" w:initials="GW"><w:p><w:r><w:t xml:space="preserve">第一条<\/w:t><\/w:r><\/w:p><w:p><w:r><w:t xml:space="preserve">建议：改<\/w:t>/,
  );
  assert.match(entryText(out, '[Content_Types].xml') ?? '', /PartName="\/word\/comments\.xml"/);
  assert.match(entryText(out, 'word/_rels/document.xml.rels') ?? '', /relationships\/comments" Target="comments\.xml"/);
});

test('comments are added to a document that has some, with new ids', () => {
  const existing = `<w:comments ${W}><w:comment w:id="4" w:author="张三"><w:p><w:r><w:t>原有</w:t></w:r></w:p></w:comment></w:comments>`;
  const doc = readDocx(docx(p('正文内容'), { extra: { 'word/comments.xml': existing } }));
  const out = readZip(annotateDocx(doc, [{ paragraph: 0, start: 0, end: 2, comment: '新' }], [], { date: '2026-12-01T00:00:00Z' }).bytes);
  const comments = entryText(out, 'word/comments.xml') ?? '';
  assert.match(comments, /w:id="4" w:author="张三"[\s\S]*w:id="5" w:author="Gongwen"/);
});

test("a safe fix as a tracked change: w:del of the old text and w:ins of the new, in the run's formatting", () => {
  const doc = readDocx(docx(p(['开展警示教育育4次', '<w:rPr><w:i/></w:rPr>'])));
  const result = annotateDocx(
    doc,
    [],
    [
      { paragraph: 0, start: 6, end: 7, newText: '' },
      { paragraph: 0, start: 7, end: 8, newText: '四' },
    ],
    { date: 'D' },
  );
  const xml = entryText(readZip(result.bytes), 'word/document.xml') ?? '';
  assert.equal(result.changes, 2);
  assert.match(
    xml,
    /<w:del w:id="\d+" w:author="Gongwen" w:date="D"><w:r><w:rPr><w:i\/><\/w:rPr><w:delText xml:space="preserve">育<\/w:delText><\/w:r><\/w:del>/,
  );
  assert.match(
    xml,
    /<w:ins w:id="\d+" w:author="Gongwen" w:date="D"><w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">四<\/w:t><\/w:r><\/w:ins>/,
  );
  assert.equal(docxText(readDocx(result.bytes)), '开展警示教育四次');
});

test('a change across runs is not tracked: it becomes its comment', () => {
  const doc = readDocx(docx(p('教育', '育人')));
  const result = annotateDocx(doc, [], [{ paragraph: 0, start: 1, end: 3, newText: '育', fallback: '重复' }], { date: 'D' });
  assert.equal(result.changes, 0);
  assert.equal(result.comments, 1);
  assert.equal(commented(entryText(readZip(result.bytes), 'word/document.xml') ?? '', 0), '育育');
});

test('corrupt, encrypted and non-Word files get a clear message', () => {
  assert.throws(
    () => readDocx(Buffer.from('not a zip')),
    (e: unknown) => e instanceof DocxError && /不是有效的 \.docx/.test(e.message),
  );
  const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
  assert.throws(() => readDocx(cfb), /密码保护/);
  const truncated = docx(p('内容')).subarray(0, 60);
  assert.throws(() => readDocx(truncated), DocxError);
});

test('long titles split into a trapezoid at the end of a phrase, never inside a number', () => {
  assert.deepEqual(splitTitle('关于开展安全检查的通知'), ['关于开展安全检查的通知']);
  const lines = splitTitle('关于2026年度落实中央八项规定精神情况的自查报告');
  assert.equal(lines.join(''), '关于2026年度落实中央八项规定精神情况的自查报告');
  assert.equal(lines.length, 2);
  assert.ok([...lines[0]].length <= [...lines[1]].length, 'upper line not longer');
  assert.ok(!/\d$/.test(lines[0]));
});

const REPORT =
  '# 关于2026年度安全生产工作情况的报告\n\n市人民政府：\n\n现将有关情况报告如下。\n\n一、主要工作\n\n（一）加强组织领导。局党组研究部署。\n\n1．完善制度。\n\n| 项目 | 数量 |\n| --- | --- |\n| 检查 | 12次 |\n\n附件：1．检查清单\n2．整改台账\n\n市应急管理局\n2026年11月20日\n';

test('layout blocks: title, 主送机关, headings by 公文 numbering, table, 附件说明, 落款', () => {
  const kinds = layoutBlocks(REPORT).map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind));
  assert.deepEqual(kinds, [
    'title',
    'blank',
    'addressee',
    'body',
    'h1',
    'h2',
    'h3',
    'table',
    'blank',
    'attachment',
    'attachment',
    'blank',
    'signature',
  ]);
});

test('the exported document has the GB/T 9704 page, fonts and page numbers', () => {
  const entries = readZip(exportDocx(REPORT));
  const xml = entryText(entries, 'word/document.xml') ?? '';
  assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"\/>/);
  assert.match(xml, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  assert.match(xml, /w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/);
  assert.match(xml, /w:eastAsia="黑体"[\s\S]*一、主要工作/);
  assert.match(xml, /w:eastAsia="楷体_GB2312"[^]*?（一）加强组织领导。<\/w:t>/);
  assert.match(entryText(entries, 'word/fontTable.xml') ?? '', /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
  assert.match(entryText(entries, 'word/footer1.xml') ?? '', /<w:jc w:val="right"\/>[\s\S]*— <\/w:t>[\s\S]* PAGE [\s\S]* —<\/w:t>/);
  assert.match(entryText(entries, 'word/footer2.xml') ?? '', /<w:jc w:val="left"\/>/);
  assert.match(entryText(entries, 'word/settings.xml') ?? '', /<w:evenAndOddHeaders\/>/);
});

test('round trip: export, read back, the same text and the same findings', () => {
  const source =
    '关于2026年度工作情况的报告\n\n市委：\n今年以来,我局弛而不息纠治“四风”，开展警示教育育4次。\n一、主要工作\n特此报告。\n\nXX局\n2026年11月20日\n';
  const options = { referenceDate: '2026-12-01' };
  const checked = checkDocx(exportDocx(source), options);
  const lines = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  assert.deepEqual(lines(checked.text), lines(source));
  const key = (f: { rule: string; text: string; message: string }) => `${f.rule}|${f.text}|${f.message}`;
  assert.deepEqual(checked.findings.map(key).sort(), check(source, options).map(key).sort());
  assert.ok(checked.findings.length >= 3);
  // Annotating the export anchors every finding on its own text.
  const result = annotateFindings(checked, 'comments', 'D');
  const xml = entryText(readZip(result.bytes), 'word/document.xml') ?? '';
  assert.equal(result.comments, checked.findings.length);
  checked.findings.forEach((f, i) => {
    if (f.text) assert.equal(commented(xml, i), f.text.replace(/&/g, '&amp;'));
  });
});
