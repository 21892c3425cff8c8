import { ruleTester } from '../helpers/rule-kit';

// A 提法, a typo, a 书名号 or a quote that a line break inside a paragraph splits is read as one,
// in plain text (hard-wrapped paste) and in Markdown (soft breaks).

ruleTester('outdated-phrasing', {
  valid: [
    // a heading line is a paragraph of its own: its last word does not run into the next line
    '一、深入开展党史学习\n\n教育系统的工作。',
  ],
  invalid: [
    {
      text: '今年以来，我局深入开展党史学习\n教育，取得明显成效。',
      findings: [{ text: '深入开展党史学习\n教育', message: /“深入开展党史学习教育”/, range: [0, 7, 1, 2], safe: false }],
      output: '今年以来，我局巩固拓展党史学习教育成果，取得明显成效。',
    },
  ],
});

ruleTester('misused-word', {
  valid: ['今年以来，我局驰而\n不息纠治“四风”。'],
  invalid: [
    {
      text: '今年以来，我局弛而\n不息纠治“四风”。',
      findings: [{ text: '弛而\n不息', range: [0, 7, 1, 2] }],
      output: '今年以来，我局驰而不息纠治“四风”。',
    },
  ],
});

ruleTester('punctuation', {
  valid: ['认真学习《中国共产党\n纪律处分条例》，增强“四个\n意识”。'],
  invalid: [{ text: '认真学习《中国共产党纪律处分条例。\n\n增强“四个意识”。', findings: [{ text: '《', message: /没有配对的“》”/ }] }],
});
