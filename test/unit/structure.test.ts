import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseReport } from '../../engine';
import type { Heading, ReportStructure } from '../../engine/structure/parse';
import { segmenters } from '../helpers/engine';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/structure');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const structureOf = (text: string, language: 'plaintext' | 'markdown' = 'plaintext'): ReportStructure =>
  parseReport(text, language, segmenters[1]).structure();

/** "marker title" per node, nested as arrays: a compact picture of the tree. */
function tree(headings: Heading[]): unknown[] {
  return headings.map((h) => {
    const label = `${h.marker?.text.trim() ?? '#'.repeat(h.level)}${h.title.text}`;
    return h.children.length ? [label, tree(h.children)] : label;
  });
}

test('reads title, 主送机关, lead-in, closing, signature and date of a full report', () => {
  const s = structureOf(read('full-report.txt'));
  assert.equal(s.title?.text, '关于2026年度履行全面从严治党主体责任情况的报告');
  assert.equal(s.addressee?.text, '市委：');
  assert.equal(s.leadIn?.text, '现将有关情况报告如下：');
  assert.equal(s.opening?.line, 3);
  assert.equal(s.closing?.text, '特此报告。');
  assert.equal(s.signature?.text, 'XX局党组');
  assert.equal(s.date?.text, '2026年11月20日');
  assert.equal(s.date?.iso, '2026-11-20');
});

test('builds the heading tree over four levels with 一是 items, ignoring full-width indentation', () => {
  const s = structureOf(read('full-report.txt'));
  assert.deepEqual(tree(s.headings), [
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
  const inline = s.series.map((x) => x.items.map((i) => i.text).join(''));
  assert.deepEqual(inline, ['一是二是三是']);
});

test('sections span to the next heading outside them; run-in headings are recognised', () => {
  const s = structureOf(read('full-report.txt'));
  const [first, second, third] = s.headings;
  assert.equal(first.line, 4);
  assert.equal(first.endLine, 11);
  assert.equal(second.line, 12);
  assert.equal(second.endLine, 14);
  assert.equal(third.endLine, 16, 'the last section ends before 特此报告');
  const strengthen = first.children[0];
  assert.equal(strengthen.runIn, true);
  assert.equal(first.runIn, false);
});

test('CRLF and LF give the same structure', () => {
  const lf = read('full-report.txt').replace(/\r\n/g, '\n');
  const crlf = lf.replace(/\n/g, '\r\n');
  assert.deepEqual(tree(structureOf(crlf).headings), tree(structureOf(lf).headings));
  assert.equal(structureOf(crlf).date?.iso, '2026-11-20');
});

test('a heading that runs into its body and a heading ending in 。 both have the short title', () => {
  const s = structureOf('一、深化学习教育。\n（一）在改进调查研究方面。XXXX班子成员坚持调查研究。\n');
  assert.deepEqual(tree(s.headings), [['一、深化学习教育', ['（一）在改进调查研究方面']]]);
  assert.equal(s.headings[0].runIn, false);
  assert.equal(s.headings[0].children[0].runIn, true);
});

test('Markdown: # headings, numbered or not; code, comments, tables and front matter are not headings', () => {
  const s = structureOf(read('report.md'), 'markdown');
  assert.equal(s.title?.text, '2026年工作总结');
  assert.equal(s.leadIn?.text, '现将2026年工作情况报告如下：');
  assert.deepEqual(tree(s.headings), [['一、主要工作', ['（一）推进重点任务']], '二、存在问题', '三、下步打算']);
  assert.equal(s.closing?.text, '特此报告。');
});

test('an item that carries on its parent siblings’ numbering is their sibling (（二）… then 三是)', () => {
  const s = structureOf('一、工作情况\n（一）甲方面。正文。\n（二）乙方面。正文。\n三是丙方面。正文。\n');
  assert.deepEqual(tree(s.headings), [['一、工作情况', ['（一）甲方面', '（二）乙方面', '三是丙方面']]]);
  const child = structureOf('（一）甲方面。正文。\n（二）乙方面。\n一是丙。\n二是丁。\n');
  assert.deepEqual(tree(child.headings), ['（一）甲方面', ['（二）乙方面', ['一是丙', '二是丁']]]);
});

test('wrong marker forms are still read as headings, with their correct form', () => {
  const s = structureOf('一.总体情况\n(一)学习\n1、集中学习\n(1)原文\n');
  assert.deepEqual(
    s.all.map((h) => [h.marker!.text.trim(), h.marker!.correct, h.level]),
    [
      ['一.', '一、', 1],
      ['(一)', '（一）', 2],
      ['1、', '1.', 3],
      ['(1)', '（1）', 4],
    ],
  );
});

test('dates: 公文 form, zero-padded, Chinese numerals and ISO are all recognised as 成文日期', () => {
  for (const [line, iso] of [
    ['2026年11月23日', '2026-11-23'],
    ['2026年01月05日', '2026-01-05'],
    ['二〇二六年十一月二十三日', '2026-11-23'],
    ['2026-11-23', '2026-11-23'],
    ['2026年2月30日', undefined],
  ]) {
    const s = structureOf(`一、情况\n正文。\n特此报告。\n\nXX局\n${line}\n`);
    assert.equal(s.date?.text, line);
    assert.equal(s.date?.iso, iso, line);
  }
});

test('a decimal or a year at line start is not a heading', () => {
  const s = structureOf('1.5亿元资金已拨付到位。\n2026年，我们持续推进。\n');
  assert.deepEqual(s.all, []);
});

test('第一，…第二，… is an in-paragraph series; NBSP and space indentation are ignored', () => {
  const s = structureOf('\u00a0\u00a0  一、学习情况\n\u00a0 \u3000第一，学原文。第二，悟原理。第三，抓落实。\n');
  assert.deepEqual(tree(s.headings), [['一、学习情况', ['第一，学原文']]]);
  assert.deepEqual(
    s.series.map((x) => x.items.map((i) => i.text)),
    [['第一，', '第二，', '第三，']],
  );
});
