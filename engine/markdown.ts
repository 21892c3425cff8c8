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
  // The parts that need the parser, one after another with a blank line between, parsed at once:
  // micromark's set-up costs as much as a few paragraphs.
  let parsed = '';
  const pieceMap = new PieceMap();
  for (const piece of pieces(source, index)) {
    if (piece.plain) {
      keep(piece.start, piece.end);
      blocks.push(piece);
    } else {
      pieceMap.add(parsed.length, piece.start);
      parsed += source.slice(piece.start, piece.end) + '\n\n';
    }
  }
  const toText = (at: number) => pieceMap.origin(at);
  const visit = (node: MdNode): void => {
    if (node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
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
    for (const child of node.children ?? []) visit(child);
  };
  // Indented code is off: 公文 paragraphs are often indented by spaces, and they are report text.
  if (parsed) visit(fromMarkdown(parsed, { extensions: [{ disable: { null: ['codeIndented'] } }] }));
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
/** A link reference definition ([1]: url): references elsewhere need it, so the text is parsed whole. */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/**
 * micromark costs far more per block than a regular expression, and most paragraphs of a report are
 * plain sentences. The text is cut at blank lines into runs of lines; a run with no character that
 * could be syntax, outside any fenced code or HTML block, is a paragraph as it stands; the others are
 * parsed, and a stretch of them goes on while a fence or HTML block is open.
 */
function* pieces(text: string, index: LineIndex): Iterable<Span & { plain: boolean }> {
  if (DEFINITION.test(text)) {
    if (text.trim()) yield { start: 0, end: text.length, plain: false };
    return;
  }
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
