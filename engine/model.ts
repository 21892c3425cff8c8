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
  /** Word tokens of `prose`, cut once on first use. */
  tokens(): Token[];
  /**
   * Offsets between dictionary words: a phrase on word boundaries starts and ends on these. Cut
   * without jieba's HMM, which would glue an unknown character to its neighbour (我局弛 → 局弛).
   */
  boundaries(): Set<number>;
  /** Title, 主送机关, opening, heading tree, 结束语, 落款 and 成文日期, read once on first use. */
  structure(): ReportStructure;
}

const URL = /\b(?:https?|ftp):\/\/[^\s"'<>，。；！？、）)\]]+|\bwww\.[^\s"'<>，。；！？、）)\]]+/g;

export function parseReport(text: string, language: Language, segmenter: Segmenter): ReportModel {
  const masked = language === 'markdown' ? maskMarkdown(text) : text;
  // URLs and Gongwen's own marker comments (in .txt too) are not report text.
  const prose = masked.replace(URL, blank).replace(/<!--\s*gongwen[\s\S]*?-->/g, blank);
  let tokens: Token[] | undefined;
  let structure: ReportStructure | undefined;
  let boundaries: Set<number> | undefined;
  const model: ReportModel = {
    text,
    language,
    prose,
    lines: new LineIndex(text),
    tokens: () => (tokens ??= tokenize(prose, segmenter)),
    boundaries: () => (boundaries ??= new Set(tokenize(prose, segmenter, false).flatMap((t) => [t.offset, t.offset + t.text.length]))),
    structure: () => (structure ??= parseStructure(text, prose, language)),
  };
  return model;
}

function blank(match: string): string {
  return match.replace(/[^\r\n]/g, ' ');
}

function tokenize(prose: string, segmenter: Segmenter, hmm = true): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const piece of segmenter.cut(prose, hmm)) {
    // Segmenters return pieces that concatenate to the input; re-find defensively if not.
    const at = prose.startsWith(piece, offset) ? offset : prose.indexOf(piece, offset);
    if (at < 0) break;
    tokens.push({ text: piece, offset: at });
    offset = at + piece.length;
  }
  return tokens;
}
