import { ruleTester } from '../helpers/rule-kit';

const spans = (text: string, found: string[]) => ({ text, findings: found.map((t) => ({ text: t })) });

ruleTester('placeholder', {
  valid: [
    // ordinary Latin words, X光 and arithmetic
    '采购XXL号工作服和Xbox设备',
    '开展X光检查',
    '购置 X 射线安检机一台',
    '为驾驶员配发 Windows X 系统终端',
    '面积为3×4米',
    '3 * 4 = 12',
    '某单位存在问题',
    // “数据要素×” is the name of a national action plan, not a ×× placeholder
    '深入实施“数据要素×”行动',
    '推动“人工智能+”“数据要素×”融合',
  ],
  invalid: [
    // X runs, ×××, asterisks, 某某 and 20XX年 in report text
    spans('在市委和xxxx的坚强领导下，20XX年，×××同志、某某同志在市*局先后举办X次学习。', ['xxxx', '20XX', '×××', '某某', '*', 'X']),
    {
      // in Markdown, emphasis and code are not placeholders but a lone star in text is
      text: '这是**重点工作**，见`XXXX`代码。\n\n```\nXXXX\n```\n\n市*局党组。',
      languages: ['markdown'],
      findings: [{ text: '*', range: [6, 1, 6, 2] }],
    },
    {
      // errors with a message naming the text and no automatic fix
      text: '经XXXX研究',
      findings: [{ text: 'XXXX', severity: 'error', message: /遗留占位符“XXXX”/, noFix: true, range: [0, 1, 0, 5] }],
    },
    // a placeholder date is one finding, not one per part
    { text: '20xx年xx月xx日', findings: [{ text: '20xx年xx月xx日', message: /遗留占位符“20xx年xx月xx日”（日期）/ }] },
    spans('成文日期：20xx年xx月xx日', ['20xx年xx月xx日']),
    spans('于20XX年X月X日召开专题民主生活会', ['20XX年X月X日']),
    spans('会议定于2026年X月X日召开', ['X月X日']),
    spans('×××局\n××××年××月××日', ['×××', '××××年××月××日']),
    spans('统计截至20xx年xx月', ['20xx年xx月']),
    // two placeholders that are not one date stay two
    spans('XX局和XX县', ['XX', 'XX']),
    spans('xx年度XX工作', ['xx', 'XX']),
    // a single X set off by spaces between Chinese words (typeset templates)
    spans('全年组织专题研讨 X 次，撰写心得体会 X 篇', ['X', 'X']),
  ],
});
