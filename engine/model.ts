import { boundedMemo } from './bounded-memo';
import { LineIndex } from './line-index';
import { readMarkdown } from './markdown';
import { Flow, flowOf, paragraphsOf, Span } from './paragraphs';
import { movedStructure } from './structure/moved';
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
  /** The paragraphs (paragraphs.ts: the same model in plain text and Markdown), in text order. */
  paragraphs(): readonly Span[];
  /**
   * `prose` with the line breaks inside paragraphs joined (党史学习⏎教育 reads as one), for rules that
   * match phrases; `toText`/`report` map what they find back to offsets in `text`.
   */
  flow(): Flow & Pick<ReportModel, 'onWordBoundaries' | 'tokensAround'>;
  /** Title, 主送机关, opening, heading tree, 结束语, 落款 and 成文日期, read once on first use. */
  structure(): ReportStructure;
  /**
   * The model as a rule of paragraph scope sees one of its paragraphs (engine/incremental.ts): the
   * paragraph's text and prose alone, from offset 0, with the report's structure moved to match and the
   * same dictionary answers. Short, so a re-check after a keystroke reads one paragraph, not the report.
   */
  within(paragraph: Span): ReportModel;
}

const URL = /\b(?:https?|ftp):\/\/[^\s"'<>，。；！？、）)\]]+|\bwww\.[^\s"'<>，。；！？、）)\]]+/g;

export function parseReport(text: string, language: Language, segmenter: Segmenter): ReportModel {
  const lines = new LineIndex(text);
  const markdown = language === 'markdown' ? readMarkdown(text, lines) : undefined;
  // URLs and Gongwen's own marker comments (in .txt too) are not report text.
  const prose = blankMarkerComments((markdown?.prose ?? text).replace(URL, blank));
  let structure: ReportStructure | undefined;
  const parts: ModelParts = {
    lines,
    segmenter,
    // Rules ask about the same short words again and again (的的 in a run of 的): ask the dictionary once.
    words: boundedMemo<boolean>(MAX_CACHED_CUTS * 16),
    structure: () => (structure ??= parseStructure(text, prose, language, lines)),
  };
  return modelOf(text, language, prose, () => paragraphsOf(markdown?.blocks, prose, lines, language), parts);
}

/** What a model and the paragraph views made from it share. */
interface ModelParts {
  lines: LineIndex;
  segmenter: Segmenter;
  words: (word: string, compute: () => boolean) => boolean;
  structure: () => ReportStructure;
}

function modelOf(text: string, language: Language, prose: string, readParagraphs: () => Span[], shared: ModelParts): ReportModel {
  const { lines, segmenter, words } = shared;
  let paragraphs: Span[] | undefined;
  let flow: ReturnType<ReportModel['flow']> | undefined;
  const { tokensAround, onWordBoundaries } = wordsOf(prose, segmenter, lines);
  const model: ReportModel = {
    text,
    language,
    prose,
    lines,
    tokensAround,
    onWordBoundaries,
    paragraphs: () => (paragraphs ??= readParagraphs()),
    flow: () => {
      if (flow) return flow;
      const view = flowOf(text, prose, model.paragraphs());
      return (flow = { ...view, ...(view.text === prose ? { onWordBoundaries, tokensAround } : wordsOf(view.text, segmenter)) });
    },
    isWord: (word) =>
      words(word, () => {
        const pieces = segmenter.cut(word, false);
        return pieces.length === 1 && pieces[0] === word;
      }),
    structure: shared.structure,
    within: ({ start, end }) => {
      const ownText = text.slice(start, end);
      const firstLine = lines.positionAt(start).line;
      let moved: ReportStructure | undefined;
      return modelOf(ownText, language, prose === text ? ownText : prose.slice(start, end), () => [{ start: 0, end: end - start }], {
        lines: new LineIndex(ownText),
        segmenter,
        words,
        structure: () => (moved ??= movedStructure(shared.structure(), start, firstLine)),
      });
    },
  };
  return model;
}

/**
 * Word questions about one text: its clauses are cut where a rule asks, and each window once. `lines`: the
 * text's line index, when `prose` has its line breaks (the model's prose; not the flow, which joins them).
 */
function wordsOf(prose: string, segmenter: Segmenter, lines?: LineIndex): Pick<ReportModel, 'tokensAround' | 'onWordBoundaries'> {
  // Neighbouring matches in one long clause share a window (see clauseEdge): cut it once.
  const cuts = boundedMemo<Token[]>(MAX_CACHED_CUTS);
  const lineStart = (at: number) => (lines ??= new LineIndex(prose)).lineStart(lines.positionAt(at).line);
  const tokensAround = (start: number, end: number, hmm = true) => {
    const from = clauseEdge(prose, start, -1, lineStart);
    const to = clauseEdge(prose, end, 1, lineStart);
    return cuts(`${from}:${to}:${hmm}`, () => {
      const list: Token[] = [];
      let at = from;
      for (const text of segmenter.cut(prose.slice(from, to), hmm)) {
        list.push({ text, offset: at });
        at += text.length;
      }
      return Object.freeze(list) as Token[];
    });
  };
  return {
    tokensAround,
    onWordBoundaries: (start, end) => {
      const tokens = tokensAround(start, end, false);
      return startsToken(tokens, start) && (startsToken(tokens, end) || end === tokens.at(-1)!.offset + tokens.at(-1)!.text.length);
    },
  };
}

const CLAUSE_STOP = /[，。、；：！？,.;:!?\s“”《》（）]/;
/** How far a window reaches for the end of the clause before giving up. */
const REACH = 60;
/**
 * Where a window that found no clause end stops instead: the next multiple of GRID from the start of
 * its line beyond REACH, so the many matches of one long run of text (的的的…, a line without
 * punctuation) share a few windows and the segmenter cuts each once, rather than once per match.
 * Counted from the line, not the text, so a paragraph cuts the same wherever it moves to: an edit
 * elsewhere leaves its findings as they were (engine/incremental.ts reuses them).
 */
const GRID = 64;
const MAX_CACHED_CUTS = 256;

/** Where the clause around `at` starts (direction -1) or ends (+1): punctuation always ends a word. */
function clauseEdge(text: string, at: number, direction: -1 | 1, lineStart: (at: number) => number): number {
  let i = at;
  for (let n = 0; n < REACH; n++) {
    if (direction < 0 ? i <= 0 || CLAUSE_STOP.test(text[i - 1]) : i >= text.length || CLAUSE_STOP.test(text[i])) return i;
    i += direction;
  }
  const line = lineStart(at);
  return direction < 0 ? line + Math.floor((i - line) / GRID) * GRID : Math.min(text.length, line + Math.ceil((i - line) / GRID) * GRID);
}

/** Whether a token of `tokens` (contiguous, in order) starts at `at`: binary search, not a scan per question. */
function startsToken(tokens: readonly Token[], at: number): boolean {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].offset === at) return true;
    if (tokens[mid].offset < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const MARKER_START = /<!--\s*gongwen/g;

/**
 * `<!-- gongwen… -->` blanked. The end of each is found with indexOf, and once no `-->` follows, none
 * of the later starts can end either: a lazy regular expression would rescan to the end of the text
 * from every unclosed start.
 */
function blankMarkerComments(text: string): string {
  let result = '';
  let copied = 0;
  MARKER_START.lastIndex = 0;
  for (let m; (m = MARKER_START.exec(text));) {
    const close = text.indexOf('-->', m.index + m[0].length);
    if (close < 0) break;
    result += text.slice(copied, m.index) + blank(text.slice(m.index, close + 3));
    copied = MARKER_START.lastIndex = close + 3;
  }
  return copied ? result + text.slice(copied) : text;
}

function blank(match: string): string {
  return match.replace(/[^\r\n]/g, ' ');
}
