import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { applyEdits, check, parseReport } from '../../engine';
import type { Finding } from '../../engine/types';
import { REFERENCE_DATE, segmenters } from '../helpers/engine';

// A 自查报告 as it arrives when pasted from a web page: one line, no line breaks at all.
const ONE_LINE = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/structure/one-line-report.txt'), 'utf8');
const FRAME = new Set(['missing-section', 'section-order', 'addressee', 'lead-in', 'closing', 'heading-numbering', 'date-format']);
const structureOf = (text: string) => parseReport(text, 'plaintext', segmenters[1]).structure();
const frame = (text: string): Finding[] => check(text, { referenceDate: REFERENCE_DATE }).filter((f) => FRAME.has(f.rule));
const cut = (text: string, from: string, to: string) => text.slice(0, text.indexOf(from)) + text.slice(text.indexOf(to));

test('a one-line report is read as its paragraphs: title, 主送机关, lead-in, outline, 结束语, 落款, 成文日期', () => {
  assert.equal(ONE_LINE.trimEnd().split('\n').length, 1, 'the fixture is one line');
  const s = structureOf(ONE_LINE);
  assert.equal(s.runOn, true);
  assert.equal(s.title?.text, '关于2026年度落实安全生产责任制情况的自查报告');
  assert.equal(s.addressee?.text, '县应急管理局：');
  assert.equal(s.leadIn?.text, '现将自查情况报告如下：');
  assert.equal(s.closing?.text, '特此报告。');
  assert.equal(s.signature?.text, '××县交通运输局');
  assert.equal(s.date?.iso, '2026-11-20');
  const outline = s.all.map((h) => `${h.marker!.text}${h.kind === 'item' ? '…' : h.title.text}`);
  assert.deepEqual(outline, [
    '一、自查工作开展情况',
    '（一）加强组织领导',
    '（二）压实工作责任',
    '（三）开展隐患排查',
    '二、存在的问题',
    '一是…',
    '三、下一步整改措施',
    '一是…',
  ]);
  // Every piece is a view over the original text: same offsets, nothing rewritten.
  for (const p of s.paragraphs) assert.equal(ONE_LINE.slice(p.offset, p.offset + p.length), p.text);
  assert.equal(s.paragraphs.map((p) => p.text).join(''), ONE_LINE.replace(/\s/g, ''));
});

test('a complete one-line report gets no structure finding', () => {
  assert.deepEqual(
    frame(ONE_LINE).map((f) => `${f.rule}: ${f.message}`),
    [],
  );
});

test('one-line report: a missing part is found, shown before 特此报告, and inserted inline', () => {
  const text = cut(ONE_LINE, '三、下一步整改措施', '特此报告。');
  const [missing, ...rest] = frame(text).filter((f) => f.rule === 'missing-section');
  assert.equal(rest.length, 0);
  assert.match(missing.message, /缺少“整改措施”部分/);
  assert.equal(missing.offset, text.indexOf('特此报告。'));
  assert.equal(missing.range.start.line, 0);
  const fixed = applyEdits(text, missing.fixes[0].edits).text;
  assert.equal(fixed.trimEnd().split('\n').length, 1, 'still one line');
  assert.ok(fixed.includes('专业执法人员偏少。三、整改措施。'), fixed);
  assert.deepEqual(
    frame(fixed).filter((f) => f.rule === 'missing-section'),
    [],
  );
});

test('one-line report: a missing 结束语, lead-in and 主送机关 are reported where they belong', () => {
  const noClosing = ONE_LINE.replace('特此报告。', '');
  const [closing] = frame(noClosing).filter((f) => f.rule === 'closing');
  assert.equal(closing.offset, noClosing.indexOf('××县交通运输局'));
  assert.equal(applyEdits(noClosing, closing.fixes[0].edits).text, ONE_LINE);

  const noLeadIn = ONE_LINE.replace('现将自查情况报告如下：', '');
  assert.deepEqual(
    frame(noLeadIn).map((f) => f.rule),
    ['lead-in'],
  );

  const noAddressee = ONE_LINE.replace('县应急管理局：', '');
  const addressee = check(noAddressee, { referenceDate: REFERENCE_DATE }).filter((f) => f.rule === 'addressee');
  assert.equal(addressee.length, 1);
  assert.equal(addressee[0].offset, noAddressee.indexOf('按照县安委会'));
});

test('one-line report: the text opening directly with 一、 gets the lead-in inline', () => {
  const text = cut(ONE_LINE, '按照县安委会', '一、自查工作开展情况');
  const [lead] = frame(text).filter((f) => f.rule === 'lead-in');
  assert.equal(lead.text, '一、');
  const fixed = applyEdits(text, lead.fixes[0].edits).text;
  assert.ok(fixed.includes('县应急管理局：现将有关情况报告如下：一、自查工作开展情况'), fixed);
  assert.deepEqual(
    frame(fixed).filter((f) => f.rule === 'lead-in'),
    [],
  );
});

test('one-line report: numbering is checked at the original offsets', () => {
  const text = ONE_LINE.replace('（三）开展隐患排查', '（四）开展隐患排查');
  const [gap] = frame(text).filter((f) => f.rule === 'heading-numbering');
  assert.equal(gap.text, '（四）');
  assert.equal(gap.offset, text.indexOf('（四）'));
  assert.equal(applyEdits(text, gap.fixes[0].edits).text, ONE_LINE);
});

test('not cut: an in-sentence list, a short line, and a text whose headings start their own lines', () => {
  const inSentence =
    '××局2026年工作要点\n\n会议明确了两项任务：一、加强学习；二、强化监督。全局上下要认真抓好落实，确保各项任务按期完成，年底前报送完成情况。\n';
  assert.equal(structureOf(inSentence).runOn, false);
  assert.deepEqual(structureOf(inSentence).all, []);
  assert.equal(structureOf('任务如下：一、加强学习。二、强化监督。').runOn, false);
  const laidOut =
    '关于2026年工作情况的报告\n\n市委：\n现将有关情况报告如下：\n一、主要工作\n会议研究了三件事：一、学习贯彻全会精神，明确全年学习安排和具体要求。二、部署安全生产工作，压实各方责任。三、审议年度预算调整方案。\n二、存在的问题\n正文。\n';
  const s = structureOf(laidOut);
  assert.equal(s.runOn, false);
  assert.deepEqual(
    s.headings.map((h) => h.title.text),
    ['主要工作', '存在的问题'],
  );
});
