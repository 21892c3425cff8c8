import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../helpers/engine';
import { ruleTester } from '../helpers/rule-kit';

const report = (title: string, signature: string, opening = '现将有关情况报告如下：') =>
  `${title}\n\n市政府：\n${opening}\n一、工作情况\n正文。\n特此报告。\n\n${signature}\n2026年11月20日\n`;
const OPENING = '今年以来，某某市财政局在市委、市政府的坚强领导下，扎实推进各项工作。现将有关情况报告如下：';

ruleTester('unit-name', {
  valid: [
    report('某某市财政局关于2026年度工作情况的报告', '某某市财政局'),
    report('某某市财政局关于2026年度工作情况的报告', '财政局'),
    report('中共某某市财政局党组关于2026年度落实全面从严治党主体责任情况的报告', '中共某某市财政局党组'),
    report('某某市财政局党组关于2026年度工作情况的报告', '某某市财政局'),
    // the title does not name its author first, nor does the opening
    report('关于2026年度工作情况的报告', '某某市税务局'),
    // the opening names the author, and the 落款 is it (or its short form)
    report('关于2026年度工作情况的报告', '某某市财政局', OPENING),
    report('关于2026年度工作情况的报告', '财政局', OPENING),
    // a unit merely mentioned in the opening is not its author
    report('关于2026年度工作情况的报告', '某某市税务局', '按照某某市财政局的工作要求，我局扎实推进各项工作。现将有关情况报告如下：'),
    // joint signatures
    report('某某市财政局关于2026年度工作情况的报告', '某某市财政局、某某市税务局'),
    report('某某市财政局关于2026年度工作情况的报告', '某某市财政局  某某市税务局'),
    // a signature that is no unit name (a person)
    report('某某市财政局关于2026年度工作情况的报告', '张某某'),
  ],
  invalid: [
    {
      text: report('关于2026年度工作情况的报告', '某某市税务局', OPENING),
      findings: [{ text: '某某市税务局', message: /与开头中的发文单位“某某市财政局”不一致/, noFix: true }],
    },
    {
      text: report('某某市财政局关于2026年度工作情况的报告', '某某市税务局'),
      findings: [
        {
          text: '某某市税务局',
          message: '落款“某某市税务局”与标题中的发文单位“某某市财政局”不一致：请核对是否照抄了其他单位的报告。',
          noFix: true,
        },
      ],
    },
    { text: report('某某县教育局关于2026年度安全工作的自查报告', '某某县卫生健康委员会'), findings: [{ text: '某某县卫生健康委员会' }] },
  ],
});

test("unit-name names the title's unit as the related place", () => {
  const [f] = findingsOf(report('某某市财政局关于2026年度工作情况的报告', '某某市税务局'), 'unit-name');
  assert.deepEqual(
    f.related?.map((r) => [r.message, r.range.start.line, r.range.start.character, r.range.end.character]),
    [['标题中的发文单位：某某市财政局', 0, 0, 6]],
  );
});
