import type { fromMarkdown as FromMarkdown } from 'mdast-util-from-markdown' with { 'resolution-mode': 'import' };
import type { LineIndex } from './line-index';
import { PieceMap } from './piece-map';
import { runsOfLines, Span } from './paragraphs';

// The parser is an ES module; the engine compiles to CommonJS (esbuild bundles it; Node ≥ 20.19 requires it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fromMarkdown } = require('mdast-util-from-markdown') as { fromMarkdown: typeof FromMarkdown };

/** What the walk reads of an mdast node. */
interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
}

/**
 * The Markdown front end: the text parsed by micromark (mdast-util-from-markdown, with positions).
 * Only text nodes are report text; everything else — code (fenced and inline), HTML and comments,
 * link destinations, autolinks, images, definitions, syntax marks — is blanked in `prose`, which
 * keeps every offset and line break of the text. Ordered-list numbers stay: 1. is a 公文 heading number.
 * `blocks` are the paragraphs and headings, the units paragraphs are cut from (paragraphs.ts).
 */
export function readMarkdown(text: string, index: LineIndex): { prose: string; blocks: Span[] } {
  // Front matter and GFM tables are not CommonMark: they are blanked before parsing, so the parser
  // sees blank lines there and every offset stays where it was.
  const source = blankTables(blankFrontMatter(text, index), index);
  const kept: Span[] = [];
  const keep = (start: number, end: number) => kept.push({ start, end });
  const blocks: Span[] = [];
  // Reference definitions ([1]: url) go before every batch, so a reference resolves wherever it is.
  const definitions = definitionLines(source);
  const visit = (node: MdNode, toText: (at: number) => number): void => {
    if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
    if (node.position.end.offset <= definitions.length) return; // the definitions put before the batch
    // Leaves never span two pieces (a blank line ends them, and an open fence or HTML block keeps its piece going).
    const start = toText(node.position.start.offset);
    const end = toText(node.position.end.offset - 1) + 1;
    switch (node.type) {
      case 'text': {
        // A text node's position covers the block quote marks (>) that start its continuation lines.
        let from = start;
        for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
          keep(from, nl);
          from = nl + 1 + CONTAINER_PREFIX.exec(text.slice(nl + 1, end))![0].length;
        }
        keep(from, end);
        return;
      }
      case 'paragraph':
      case 'heading':
        blocks.push({ start, end });
        break;
      case 'listItem':
        if (/^\d/.test(text[start])) keep(start, start + /^\d+[.)]/.exec(text.slice(start, start + 11))![0].length);
        break;
      case 'link':
        if (text[start] === '<') return; // an autolink shows its URL
        break;
      case 'code':
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'definition':
        return;
    }
    for (const child of node.children ?? []) visit(child, toText);
  };
  // The parts that need the parser, one after another with a blank line between, parsed a batch at a time:
  // micromark's set-up costs as much as a few paragraphs, and its cost grows faster than the length of one
  // container (nested quotes and lists) or one line of unclosed marks, so no batch is longer than MAX_PARSED.
  let parsed = definitions;
  let pieceMap = new PieceMap();
  const parse = () => {
    const map = pieceMap;
    // Indented code is off: 公文 paragraphs are often indented by spaces, and they are report text.
    if (parsed.length > definitions.length) {
      visit(fromMarkdown(parsed, { extensions: [{ disable: { null: ['codeIndented'] } }] }), (at) => map.origin(at));
    }
    parsed = definitions;
    pieceMap = new PieceMap();
  };
  for (const piece of pieces(source, index)) {
    if (piece.plain) {
      keep(piece.start, piece.end);
      blocks.push(piece);
      continue;
    }
    for (const part of bounded(source, piece)) {
      if (parsed.length > definitions.length && parsed.length + part.end - part.start > MAX_PARSED) parse();
      pieceMap.add(parsed.length, part.start);
      parsed += source.slice(part.start, part.end) + '\n\n';
    }
  }
  parse();
  blocks.sort((a, b) => a.start - b.start);
  return {
    prose: blankOutside(
      text,
      kept.sort((a, b) => a.start - b.start),
    ),
    blocks,
  };
}

const CONTAINER_PREFIX = /^[ \t]*(?:>[ \t]?)*/;

/** Characters and line starts that may be Markdown syntax; a run of lines without any is one plain paragraph. */
const SYNTAX = /[`*_<>[\]!#|~&\\]|^[ \t]*(?:[-+]|\d{1,9}[.)])(?:[ \t]|$)|^[ \t]*(?:=+|-+)[ \t]*$/m;
const FENCE_LINE = /^[ \t]*(`{3,}|~{3,})/;
/** HTML blocks that blank lines do not end (CommonMark kinds 1–5), with what ends each. */
const HTML_BLOCKS: [RegExp, string][] = [
  [/<!--/, '-->'],
  [/<\?/, '?>'],
  [/<!\[CDATA\[/, ']]>'],
  [/<![A-Za-z]/, '>'],
  [/<script/i, '</script>'],
  [/<pre/i, '</pre>'],
  [/<style/i, '</style>'],
  [/<textarea/i, '</textarea>'],
];
/** A link reference definition line ([1]: url). */
const DEFINITION_LINE = /^ {0,3}\[[^\]\n]+\]:.*$/gm;
/** Characters given to micromark at once (see readMarkdown); definitions beyond this are not repeated per batch. */
const MAX_PARSED = 2000;

/** The text's reference definitions, as lines to put before each batch (none when they are many). */
function definitionLines(text: string): string {
  const lines = text.match(DEFINITION_LINE);
  const joined = lines ? lines.join('\n') + '\n\n' : '';
  return joined.length <= MAX_PARSED ? joined : '';
}

/**
 * A piece cut into parts of at most MAX_PARSED characters: between lines, preferring a line that starts a
 * block (a list item, a quote, a heading) over one that continues a paragraph, never inside an open fence or
 * HTML block; a longer line after a sentence end. Real reports' pieces are far shorter and stay whole.
 */
function* bounded(text: string, piece: Span): Iterable<Span> {
  if (piece.end - piece.start <= MAX_PARSED) {
    yield piece;
    return;
  }
  let start = piece.start;
  let open: RegExp | string | undefined;
  let cut = -1; // the last line start in the part where it may be cut, preferring block starts
  let cutIsBlock = false;
  for (let line = piece.start; line < piece.end;) {
    let eol = text.indexOf('\n', line);
    if (eol < 0 || eol > piece.end) eol = piece.end;
    if (!open && line > start) {
      const block = BLOCK_START.test(text.slice(line, Math.min(eol, line + 16)));
      if (block || !cutIsBlock) [cut, cutIsBlock] = [line, block];
    }
    if (eol - start > MAX_PARSED && !open) {
      if (cut > start) {
        yield { start, end: cut - 1 };
        start = cut;
      }
      // One line longer than a part: cut after a sentence end, else a clause mark (else anywhere but inside a surrogate pair).
      while (start === line && eol - start > MAX_PARSED) {
        const window = text.slice(start, start + MAX_PARSED);
        let at = lastStop(window, SENTENCE_ENDS) || lastStop(window, CLAUSE_ENDS);
        if (at <= 0) at = MAX_PARSED - (/[\ud800-\udbff]/.test(window[MAX_PARSED - 1]) ? 1 : 0);
        yield { start, end: start + at };
        start += at;
        line = start;
      }
      cut = -1;
      cutIsBlock = false;
    }
    open = stillOpen(text.slice(line, eol), open);
    line = eol + 1;
  }
  if (start < piece.end) yield { start, end: piece.end };
}

const SENTENCE_ENDS = ['。', '！', '？', '；'];
const CLAUSE_ENDS = ['，', '、', '：', ' '];
/** Just after the last of these marks in `window`, or 0. */
const lastStop = (window: string, marks: string[]) => Math.max(...marks.map((m) => window.lastIndexOf(m))) + 1;

const BLOCK_START = /^[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]|#)/;

/**
 * micromark costs far more per block than a regular expression, and most paragraphs of a report are
 * plain sentences. The text is cut at blank lines into runs of lines; a run with no character that
 * could be syntax, outside any fenced code or HTML block, is a paragraph as it stands; the others are
 * parsed, and a stretch of them goes on while a fence or HTML block is open.
 */
function* pieces(text: string, index: LineIndex): Iterable<Span & { plain: boolean }> {
  let parsed: Span | undefined; // the stretch to parse, growing
  let open: RegExp | string | undefined; // the fence (its closing line) or HTML end that is still open
  for (const run of runsOfLines(text, index)) {
    const content = text.slice(run.start, run.end);
    if (!open && !SYNTAX.test(content)) {
      if (parsed) yield { ...parsed, plain: false };
      parsed = undefined;
      const lead = /^\s*/.exec(content)![0].length;
      yield { start: run.start + lead, end: run.start + content.trimEnd().length, plain: true };
      continue;
    }
    if (parsed) parsed.end = run.end;
    else parsed = { ...run };
    open = stillOpen(content, open);
  }
  if (parsed) yield { ...parsed, plain: false };
}

/** What is open at the end of `content` (a fence's closing line, an HTML block's end), given what was open before it. */
function stillOpen(content: string, open: RegExp | string | undefined): RegExp | string | undefined {
  for (const line of content.split('\n')) {
    if (open instanceof RegExp) {
      if (open.test(line)) open = undefined;
      continue;
    }
    if (typeof open === 'string') {
      if (line.includes(open)) open = undefined;
      continue;
    }
    const fence = FENCE_LINE.exec(line);
    if (fence) {
      open = new RegExp(`^[ \\t]*${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*\\r?$`);
      continue;
    }
    for (const [start, end] of HTML_BLOCKS) {
      const m = start.exec(line);
      if (m && !line.includes(end, m.index + 2)) open = end;
    }
  }
  return open;
}

const FENCE = /^(---|\.\.\.)[ \t]*$/;

/** A YAML block (--- … --- or ...) on the first line, blanked. */
function blankFrontMatter(text: string, index: LineIndex): string {
  if (!/^---[ \t]*(\r?\n|$)/.test(text)) return text;
  for (let line = 1; line < index.lineCount; line++) {
    if (FENCE.test(text.slice(index.lineStart(line), index.lineEnd(line)))) return blank(text, [{ start: 0, end: index.lineEnd(line) }]);
  }
  return text;
}

const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * GFM tables (a header row with |, a delimiter row |---|---|, rows up to a blank line), blanked:
 * their cells are data, not sentences.
 */
function blankTables(text: string, index: LineIndex): string {
  const tables: Span[] = [];
  const lineText = (line: number) => text.slice(index.lineStart(line), index.lineEnd(line));
  for (let line = 1; line < index.lineCount; line++) {
    const row = lineText(line);
    if (!row.includes('|') || !row.includes('-') || !DELIMITER_ROW.test(row) || !lineText(line - 1).includes('|')) continue;
    let last = line;
    while (last + 1 < index.lineCount && lineText(last + 1).includes('|') && lineText(last + 1).trim()) last++;
    tables.push({ start: index.lineStart(line - 1), end: index.lineEnd(last) });
    line = last;
  }
  return tables.length ? blank(text, tables) : text;
}

/** `text` with everything outside the spans (in order, apart) blanked. */
function blankOutside(text: string, spans: Span[]): string {
  let out = '';
  let copied = 0;
  for (const { start, end } of spans) {
    if (start < copied) continue; // nested spans are kept already
    out += blankLine(text.slice(copied, start)) + text.slice(start, end);
    copied = end;
  }
  return out + blankLine(text.slice(copied));
}

const blankLine = (text: string) => text.replace(/[^\r\n]/g, ' ');

/** `text` with the spans (in order, apart) blanked, line breaks kept. */
function blank(text: string, spans: Span[]): string {
  let out = '';
  let copied = 0;
  for (const { start, end } of spans) {
    out += text.slice(copied, start) + blankLine(text.slice(start, end));
    copied = end;
  }
  return out + text.slice(copied);
}
