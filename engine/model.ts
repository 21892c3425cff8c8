import { LineIndex } from './line-index';
import { maskMarkdown } from './markdown-mask';
import { parseStructure, ReportStructure } from './structure/parse';
import type { Language, Segmenter, Token } from './types';

/**
 * The parsed report every rule reads. `prose` has the same length as `text` with everything
 * that is not report text blanked out, so offsets found in `prose` are offsets in `text`.
 */
export interface ReportModel {
  readonly text: string;
  readonly language: Language;
  readonly prose: string;
  readonly lines: LineIndex;
  /**
   * Word tokens of the clause(s) around [start, end): segmentation is done where a rule needs it,
   * not over the whole text. `hmm: false` keeps unknown characters single (see onWordBoundaries).
   */
  tokensAround(start: number, end: number, hmm?: boolean): Token[];
  /**
   * Whether [start, end) starts and ends between dictionary words, so a phrase is not part of a
   * longer word. The clause around it is cut without jieba's HMM, which would glue an unknown
   * character to its neighbour (我局弛而不息 → 局弛).
   */
  onWordBoundaries(start: number, end: number): boolean;
  /** Whether the segmenter's dictionary holds `word` as one word (认真, 沉沉), cut without the HMM guesser. */
  isWord(word: string): boolean;
  /** Title, 主送机关, opening, heading tree, 结束语, 落款 and 成文日期, read once on first use. */
  structure(): ReportStructure;
}

const URL = /\b(?:https?|ftp):\/\/[^\s"'<>，。；！？、）)\]]+|\bwww\.[^\s"'<>，。；！？、）)\]]+/g;

export function parseReport(text: string, language: Language, segmenter: Segmenter): ReportModel {
  const lines = new LineIndex(text);
  const masked = language === 'markdown' ? maskMarkdown(text, lines) : text;
  // URLs and Gongwen's own marker comments (in .txt too) are not report text.
  const prose = masked.replace(URL, blank).replace(/<!--\s*gongwen[\s\S]*?-->/g, blank);
  let structure: ReportStructure | undefined;
  const model: ReportModel = {
    text,
    language,
    prose,
    lines,
    tokensAround: (start, end, hmm = true) => {
      const from = clauseEdge(prose, start, -1);
      const tokens: Token[] = [];
      let at = from;
      for (const text of segmenter.cut(prose.slice(from, clauseEdge(prose, end, 1)), hmm)) {
        tokens.push({ text, offset: at });
        at += text.length;
      }
      return tokens;
    },
    onWordBoundaries: (start, end) => {
      const tokens = model.tokensAround(start, end, false);
      return tokens.some((t) => t.offset === start) && tokens.some((t) => t.offset + t.text.length === end);
    },
    isWord: (word) => {
      const pieces = segmenter.cut(word, false);
      return pieces.length === 1 && pieces[0] === word;
    },
    structure: () => (structure ??= parseStructure(text, prose, language, model.lines)),
  };
  return model;
}

const CLAUSE_STOP = /[，。、；：！？,.;:!?\s“”《》（）]/;

/** Where the clause around `at` starts (direction -1) or ends (+1): punctuation always ends a word. */
function clauseEdge(text: string, at: number, direction: -1 | 1): number {
  let i = at;
  for (let n = 0; n < 60; n++) {
    if (direction < 0 ? i <= 0 || CLAUSE_STOP.test(text[i - 1]) : i >= text.length || CLAUSE_STOP.test(text[i])) break;
    i += direction;
  }
  return i;
}

function blank(match: string): string {
  return match.replace(/[^\r\n]/g, ' ');
}
