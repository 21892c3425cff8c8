// Crafted inputs for the growth benchmark (bench/growth.mjs): each kind builds a text (and, where the
// kind is about configuration, check options) of about `n` characters of input, shaped to hit one place
// where a careless loop would be quadratic: long runs of spaces between Chinese characters, very long
// lines of repeated patterns, runs of punctuation, many headings, many ignore entries or user entries.
import { reportText } from './inputs.mjs';

/** `unit` repeated to exactly `n` UTF-16 code units. */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Distinct two-character Han words, deterministic: 甲乙, 甲丙, …  */
const word = (i) => String.fromCharCode(0x4e00 + 256 + (i % 4096)) + String.fromCharCode(0x4e00 + 8192 + Math.floor(i / 4096));

export const KINDS = {
  'spaces between Chinese (one line)': (n) => ({ text: fill(`中${' '.repeat(200)}文`, n) }),
  'spaces between Chinese and digits': (n) => ({ text: fill('第 1 季度 2 项 ', n) }),
  'single spaces between Chinese': (n) => ({ text: fill('中 文 ', n) }),
  'one long line of report text': (n) => ({ text: reportText(n).replace(/\n/g, '') }),
  'one long sentence (no full stops, no line breaks)': (n) => ({ text: reportText(n).replace(/[\n。；！？]/g, '，') }),
  'doubled words on one line': (n) => ({ text: fill('规定规定，研究研究教育育的的', n) }),
  'one character repeated': (n) => ({ text: fill('的', n) }),
  'half-width marks between Chinese': (n) => ({ text: fill('中,文;好:是!否?(', n) }),
  'unclosed brackets and quotes': (n) => ({ text: fill('（“《‘', n) }),
  'nested half-width brackets': (n) => ({ text: `关于${'('.repeat(n / 2 - 3)}中${')'.repeat(n / 2 - 3)}` }),
  'a line of closing marks, then more lines': (n) => ({ text: `${'）'.repeat(n / 2)}x\n中文${'”'.repeat(n / 2)}x\n中文` }),
  'straight quotes': (n) => ({ text: fill('中"文', n) }),
  'runs of full-width punctuation': (n) => ({ text: fill('，，，。。。！！？？、、；；：：……——', n) }),
  'many headings, each with an outdated 提法': (n) => ({
    text: fill('一、深入学习党的十九大精神\n（一）持续推进\n开展党史学习教育，推进脱贫攻坚。\n', n),
  }),
  'formulations on one line (wrong forms, variants, item lists)': (n) => ({
    text: fill('坚定“四个意识”，中央八项规定精神，形式主义、官僚主义、享乐主义和奢靡主义，政治意识、大局意识、看齐意识、核心意识、', n),
  }),
  'many headings': (n) => ({ text: fill('一、总体情况\n（一）主要做法\n1.具体措施\n（1）细项\n一是加强学习。\n', n) }),
  placeholders: (n) => ({ text: fill('XX局XXXX年×××某某□□', n) }),
  dates: (n) => ({ text: fill('2026年11月20日，二〇二六年1月1日，2026-13-45。', n) }),
  'unterminated marker comments': (n) => ({ text: fill('<!-- gongwen ', n) }),
  'disable comments and findings': (n) => ({ text: fill('<!-- gongwen-disable-next-line placeholder -->\nXX局规定规定\n', n) }),
  'Markdown: brackets, emphasis, code marks': (n) => ({ text: fill('[中文*强调_`代码', n), options: { language: 'markdown' } }),
  'Markdown: nested lists and quotes': (n) => ({ text: fill('> - > 1. 中文\n', n), options: { language: 'markdown' } }),
  'many ignore entries': (n) => {
    // Half the input is the text, half the config: one entry per phrase, every phrase in the text.
    const count = Math.floor(n / 40);
    const ignore = Array.from({ length: count }, (_, i) => ({ text: `${word(i)}规定规定` }));
    return { text: fill(ignore.map((e) => e.text).join('，'), n / 2), options: { ignore } };
  },
  'many user entries': (n) => {
    const count = Math.floor(n / 40);
    const misusedWords = Array.from({ length: count }, (_, i) => ({
      id: `w${i}`,
      wrong: `的${word(i)}`,
      right: word(i),
      safe: false,
      reason: '测试',
      source: 'bench',
    }));
    return { text: fill(`的${word(7)}是`, n / 2), options: { pack: { misusedWords } } };
  },
};
