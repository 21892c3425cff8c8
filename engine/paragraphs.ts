import type { LineIndex } from './line-index';
import { PieceMap } from './piece-map';
import { readMarker } from './structure/markers';
import type { Edit, Language, Report } from './types';

/** [start, end) offsets in the text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The one paragraph model of both languages. A block is a Markdown paragraph or heading (markdown.ts),
 * or in plain text a run of lines up to a blank line. A block is cut into paragraphs before a line
 * that starts with a heading or series marker (一、（一）1. 一是) and after it; in plain text also after
 * a line that ends a sentence (。；：！？…), since a .txt file saved from a word processor has one
 * paragraph per line, without blank lines. A paragraph spans whole lines of its block.
 */
export function paragraphsOf(blocks: readonly Span[] | undefined, prose: string, lines: LineIndex, language: Language): Span[] {
  const out: Span[] = [];
  let current: Span | undefined;
  let previous = '';
  const close = () => {
    if (current) out.push(current);
    current = undefined;
  };
  for (const block of blocks ?? runsOfLines(prose, lines)) {
    close();
    const first = lines.positionAt(block.start).line;
    const last = lines.positionAt(block.end).line;
    for (let line = first; line <= last; line++) {
      const start = Math.max(block.start, lines.lineStart(line));
      const end = Math.min(block.end, lines.lineEnd(line));
      const content = prose.slice(start, end);
      if (!content.trim()) continue;
      if (current && continues(previous, content, language)) current.end = end;
      else {
        close();
        current = { start, end };
      }
      previous = content;
    }
  }
  close();
  return out;
}

/** Runs of lines that are not blank, as spans from the first line's start to the last line's end. */
export function* runsOfLines(text: string, lines: LineIndex): Iterable<Span> {
  let run: Span | undefined;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    if (!text.slice(start, end).trim()) {
      if (run) yield run;
      run = undefined;
    } else if (run) run.end = end;
    else run = { start, end };
  }
  if (run) yield run;
}

const SENTENCE_END = /[。！？!?；;：:…]$/;
const CLOSING_MARKS = new Set('”’）)》」』]】');

function continues(previous: string, line: string, language: Language): boolean {
  const startsMarked = (text: string) => !!readMarker(text.trimStart());
  if (startsMarked(line) || startsMarked(previous)) return false;
  return language === 'markdown' || !SENTENCE_END.test(withoutClosers(previous.trimEnd()));
}

/**
 * `text` without the closing marks at its end. A loop from the end: the regular expression
 * /[”’）…]+$/ retries from every mark of a long run that is not at the end, quadratic in the run.
 */
function withoutClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_MARKS.has(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * The prose with the line breaks inside each paragraph joined, so a 提法 or a typo a line break splits
 * (党史学习⏎教育) reads as one: between two Chinese characters the break and the white space around it
 * go; between others they become one space. A break next to blanked syntax other than a quote mark (>),
 * such as inline code or a URL, stays a break. Offsets found in `text` map back with `toText`.
 */
export interface Flow {
  readonly text: string;
  /** The span of the original text that [at, at + length) of the flow came from. */
  toText(at: number, length: number): { offset: number; length: number };
  /** A report found in the flow, with its offset, length and fix edits in the original text. */
  report(report: Report): Report;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u;
const WHITE = /\s/;

export function flowOf(text: string, prose: string, paragraphs: readonly Span[]): Flow {
  const pieces = new PieceMap();
  pieces.add(0, 0);
  let flow = '';
  let copied = 0;
  for (const { start, end } of paragraphs) {
    for (let nl = prose.indexOf('\n', start); nl >= 0 && nl < end; nl = prose.indexOf('\n', nl + 1)) {
      let from = nl;
      while (from > start && WHITE.test(prose[from - 1])) from--;
      let to = nl + 1;
      while (to < end && WHITE.test(prose[to])) to++;
      if (from === start || to === end) continue;
      let transparent = true;
      for (let i = from; i < to && transparent; i++) transparent = WHITE.test(text[i]) || text[i] === '>';
      if (!transparent) continue;
      const joiner = CJK.test(prose[from - 1]) && CJK.test(prose[to]) ? '' : ' ';
      flow += prose.slice(copied, from) + joiner;
      if (joiner) pieces.add(flow.length - 1, from);
      pieces.add(flow.length, to);
      copied = to;
    }
  }
  if (!copied) return identity(prose);
  flow += prose.slice(copied);
  const toText = (at: number) => pieces.origin(at);
  const span = (at: number, length: number) => {
    const offset = toText(at);
    return { offset, length: length ? toText(at + length - 1) + 1 - offset : 0 };
  };
  return {
    text: flow,
    toText: span,
    report: (r) => {
      const { offset, length } = span(r.offset, r.length);
      const edit = (e: Edit): Edit => ({ ...e, ...span(e.offset, e.length) });
      return { ...r, offset, length, ...(r.fixes && { fixes: r.fixes.map((f) => ({ ...f, edits: f.edits.map(edit) })) }) };
    },
  };
}

function identity(prose: string): Flow {
  return { text: prose, toText: (offset, length) => ({ offset, length }), report: (r) => r };
}
