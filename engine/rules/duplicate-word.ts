import data from '../../data/reduplication.json';
import type { ReportModel } from '../model';
import type { Rule } from '../rule';
import type { Report, Token } from '../types';

const ababWords = new Set(data.abab.flatMap((e) => e.words));
const abbWords = new Set(data.abb.flatMap((e) => e.words));
const particles = new Set(data.particles.map((p) => p.char));
const functionWords = new Set(data.functionWords.flatMap((e) => e.chars));
const prefixes = new Set(data.prefixes.flatMap((e) => e.chars));
const HAN = /^\p{Script=Han}+$/u;
const NUMERALS = /^[〇零一二三四五六七八九十百千万亿两]+$/;
/** 一茬一茬, 一件一件, 两个两个, 一步步: a numeral and a measure word, doubled, mean "one by one". */
const ONE_BY_ONE = /^[一两].$/;
// BMP Han without the u flag: much faster, and a doubled rare (astral) character is not worth the cost.
const DOUBLED = /([\u3400-\u9fff]{1,4})\1/g;

/**
 * A word written twice (规定规定), a doubled function word (的的) or a stutter that repeats a
 * word's last character (教育育) — told apart from Chinese reduplication, which is correct text:
 * AABB (认认真真), ABAB (研究研究), AA (层层, 年年), ABB (阴沉沉), 一茬一茬, 看一看.
 * Works on segmenter tokens and asks the segmenter's dictionary where the form alone cannot tell.
 */
export const duplicateWord: Rule = {
  id: 'duplicate-word',
  category: 'wording',
  description: '重复的词或字（规定规定、教育育、的的），不含叠词（认认真真、研究研究、层层）',
  details:
    '规定规定、教育育、的的、在在；叠词不算：AABB（认认真真、时时处处）、ABAB（研究研究）、AA（层层、年年）、ABB（阴沉沉）、一茬一茬、看一看、目的的（见下文）。确定的笔误为安全修复。',
  defaultSeverity: 'warning',
  fix: 'mixed',
  scope: 'paragraph',
  examples: {
    valid: ['认认真真学习，研究研究办法，层层压实责任。'],
    invalid: ['组织干部执行各项规定规定。', '加强的的管理。'],
  },
  *check({ model }) {
    // Only a run of Han characters written twice in a row can be a repetition: segment just those places.
    const reported = new Set<number>();
    for (const m of model.prose.matchAll(DOUBLED)) {
      const start = m.index!;
      const end = start + m[0].length;
      const tokens = model.tokensAround(start, end);
      const pairs: [Token, Token][] = [];
      for (let i = 1; i < tokens.length; i++) {
        if (tokens[i].offset + tokens[i].text.length > start && tokens[i - 1].offset < end) pairs.push([tokens[i - 1], tokens[i]]);
      }
      // A phrase of several words written twice (调查研究调查研究) is a pair of units cut where the words are.
      const unit = m[1];
      const mid = start + unit.length;
      const last = tokens[tokens.length - 1];
      const edges = new Set(tokens.map((t) => t.offset)).add(last.offset + last.text.length);
      const severalWords = [...edges].some((at) => at > start && at < mid);
      if (severalWords && edges.has(start) && edges.has(mid) && edges.has(end)) {
        pairs.push([
          { text: unit, offset: start },
          { text: unit, offset: mid },
        ]);
      }
      for (const [prev, cur] of pairs) {
        const report = repetition(model, prev, cur);
        if (report && !reported.has(report.offset)) {
          reported.add(report.offset);
          yield report;
        }
      }
    }
  },
};

type Kind = 'reduplication' | 'slip' | 'unsure';

function repetition(model: ReportModel, prev: Token, cur: Token): Report | undefined {
  const a = prev.text;
  const b = cur.text;
  if (!HAN.test(a) || !HAN.test(b) || NUMERALS.test(b) || !a.endsWith(b)) return undefined;
  const start = cur.offset - b.length;
  if (b.length === 2 && centralEnterpriseName(model.prose, start)) return undefined;
  const kind = b.length === 1 ? doubledCharacter(model, a, start) : doubledWord(model, b);
  if (kind === 'reduplication') return undefined;
  const wholeWord = a === b;
  return {
    offset: start,
    length: 2 * b.length,
    message:
      b.length > 1
        ? `疑似词语重复：“${b}${b}”中的“${b}”写了两遍。`
        : wholeWord
          ? `疑似多打了一个字：“${b}”连写了两次。`
          : `疑似多打了一个字：“${a}${b}”中的“${b}”重复。`,
    fixes: [
      {
        title: `删除重复的“${b}”`,
        // Only a certain slip is fixed without a person: an unknown ABB form (X沉沉) would lose meaning.
        safe: kind === 'slip',
        edits: [{ offset: cur.offset, length: b.length, newText: '' }],
      },
    ],
  };
}

/**
 * 中节能节能环保产业园, 中建材建材市场: a 中 + field short name of a central enterprise (中节能, 中建材) followed by the
 * field word itself. Only where 中 opens the clause, so 会议中节能节能 (a stutter after a word ending in 中) still counts.
 */
function centralEnterpriseName(text: string, start: number): boolean {
  return text[start - 1] === '中' && (start === 1 || /[\s，。；：、（“《——]/.test(text[start - 2]));
}

/** One character twice at `start`: after a one-character token (AA) or after a word ending in it (AB + B). */
function doubledCharacter(model: ReportModel, word: string, start: number): Kind {
  const text = model.prose;
  const c = text[start];
  // AABB: two different doubled characters in a row are a reduplication (认认真真, 时时处处), never two slips.
  const pairBefore = start >= 2 && text[start - 2] === text[start - 1] && text[start - 1] !== c;
  const pairAfter = text[start + 2] !== undefined && text[start + 2] === text[start + 3] && text[start + 2] !== c;
  if (pairBefore || pairAfter || insideWord(model, start)) return 'reduplication';
  if (word.length === 1) return functionWords.has(c) ? 'slip' : 'reduplication'; // 的的 / 层层, 年年
  const abb = word.slice(-2) + c;
  if (particles.has(c) || functionWords.has(c) || ONE_BY_ONE.test(word) || abbWords.has(abb) || model.isWord(abb)) return 'reduplication';
  // The second character may begin the next word: 拓展展会, 完善善后 (a word), 安全全链条 (a prefix).
  const next = text.slice(start + 1, start + 5);
  if (
    (prefixes.has(c) && HAN.test(next[1] ?? '')) ||
    [2, 3, 4].some((k) => next.length >= k && HAN.test(next.slice(0, k)) && model.isWord(next.slice(0, k)))
  ) {
    return 'reduplication';
  }
  // When BB is a word the form may be an ABB adjective the lists do not know: report, but let a person fix it.
  return model.isWord(c + c) ? 'unsure' : 'slip';
}

/**
 * A word of two or more characters twice: ABAB reduplication when known. Otherwise reported; the fix is
 * safe only for three characters or more, since any two-character verb or adjective may be doubled
 * (锻炼锻炼, 雪白雪白) and no list of them is complete.
 */
function doubledWord(model: ReportModel, word: string): Kind {
  if (ababWords.has(word) || ONE_BY_ONE.test(word) || model.isWord(word + word)) return 'reduplication';
  return word.length > 2 ? 'slip' : 'unsure';
}

/** Whether the doubled character at `start` sits inside a longer dictionary word (不了了之). */
function insideWord(model: ReportModel, start: number): boolean {
  const text = model.prose;
  for (const [from, to] of [
    [start - 1, start + 3],
    [start - 2, start + 2],
    [start, start + 4],
    [start - 1, start + 2],
    [start, start + 3],
  ]) {
    if (from < 0 || to > text.length) continue;
    const piece = text.slice(from, to);
    if (HAN.test(piece) && model.isWord(piece)) return true;
  }
  return false;
}
