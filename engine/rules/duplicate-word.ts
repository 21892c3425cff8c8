import data from '../../data/reduplication.json';
import type { Rule } from '../rule';
import type { Report, Token } from '../types';

const allowedWords = new Set(data.words.map((w) => w.word));
const particles = new Set(data.particles.map((p) => p.char));
const HAN = /^\p{Script=Han}+$/u;
const NUMERALS = /^[〇零一二三四五六七八九十百千万亿两]+$/;
// BMP Han without the u flag: much faster, and a doubled rare (astral) character is not worth the cost.
const DOUBLED = /([\u3400-\u9fff]{1,4})\1/g;

/**
 * A word written twice (规定规定) or a stutter that repeats a word's last character (教育育).
 * Works on segmenter tokens, so reduplicated words (层层, 常常) and 一级抓一级 stay whole.
 */
export const duplicateWord: Rule = {
  id: 'duplicate-word',
  description: '重复的词或字（规定规定、教育育）',
  defaultSeverity: 'warning',
  fix: 'mixed',
  usesTokens: true,
  *check({ model }) {
    // Only a run of Han characters written twice in a row can be a repetition: segment just those places.
    const reported = new Set<number>();
    for (const m of model.prose.matchAll(DOUBLED)) {
      const start = m.index!;
      const end = start + m[0].length;
      const tokens = model.tokensAround(start, end);
      for (let i = 1; i < tokens.length; i++) {
        if (tokens[i].offset + tokens[i].text.length <= start || tokens[i - 1].offset >= end) continue;
        const report = repetition(tokens[i - 1], tokens[i]);
        if (report && !reported.has(report.offset)) {
          reported.add(report.offset);
          yield report;
        }
      }
    }
  },
};

function repetition(prev: Token, cur: Token): Report | undefined {
  const a = prev.text;
  const b = cur.text;
  if (!HAN.test(a) || !HAN.test(b) || NUMERALS.test(b) || !a.endsWith(b)) return undefined;
  const doubled = b + b;
  if (allowedWords.has(doubled)) return undefined;
  const stutter = b.length === 1 && a.length > 1;
  if (stutter && (particles.has(b) || /^一.$/.test(a))) return undefined; // 目的的, 一步步
  const start = cur.offset - b.length;
  return {
    offset: start,
    length: doubled.length,
    message: stutter
      ? `疑似多打了一个字：“${a}${b}”中的“${b}”重复。`
      : `疑似词语重复：“${doubled}”中的“${b}”写了两遍。`,
    fixes: [{
      title: `删除重复的“${b}”`,
      // A doubled character is a typing slip; a doubled word may hide a lost word, so a person decides.
      safe: stutter,
      edits: [{ offset: cur.offset, length: b.length, newText: '' }],
    }],
  };
}
