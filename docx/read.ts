import { DocxError, entryText, readZip, ZipEntry } from './zip';
import { NumberingCounter, parseNumbering } from './numbering';
import { attr, decodeXml, scanTags } from './xml';

/** A stretch of paragraph text that comes from one w:t element of document.xml. */
export interface TextPiece {
  /** Offsets of the piece in the paragraph's text. */
  from: number;
  to: number;
  /** Where the w:t content starts in document.xml, and its raw (escaped) content. */
  xmlFrom: number;
  raw: string;
  /** The run's properties (<w:rPr>…</w:rPr>, or ''), repeated when a run is split. */
  rPr: string;
}

export interface DocxParagraph {
  /** What a reader sees: the automatic numbering label, then the runs' text (current text of tracked changes). */
  text: string;
  /** Length of the numbering label at the start of `text` (it has no place in document.xml). */
  labelLength: number;
  pieces: TextPiece[];
  /** Heading level from the style or outline level (1-based), if any. */
  heading?: number;
  /** Table, row and cell when the paragraph is inside a table. */
  cell?: { table: number; row: number; col: number };
}

export interface DocxDocument {
  paragraphs: DocxParagraph[];
  /** The package and document.xml, for writers that modify a copy. */
  entries: Map<string, ZipEntry>;
  xml: string;
  /** What the text leaves out (text boxes, footnotes…), for an importer to report. */
  omitted: string[];
}

/** The parts of a run or paragraph whose text is not the current text, or not body text. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'mc:Fallback', 'w:txbxContent', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange']);

interface StyleInfo {
  numId?: string;
  ilvl?: number;
  heading?: number;
  basedOn?: string;
}

export function readDocx(bytes: Buffer): DocxDocument {
  const entries = readZip(bytes);
  const xml = entryText(entries, 'word/document.xml');
  if (xml === undefined) throw new DocxError('不是 Word 文档（.docx 包中没有 word/document.xml）');
  const styles = parseStyles(entryText(entries, 'word/styles.xml'));
  const counter = new NumberingCounter(parseNumbering(entryText(entries, 'word/numbering.xml')));
  const omitted = new Set<string>();
  const paragraphs: DocxParagraph[] = [];
  let skip = 0;
  let skipName = '';
  let paragraph: { runs: string; pieces: TextPiece[]; style?: string; numId?: string; ilvl?: number; outline?: number } | undefined;
  let inPPr = false;
  let rPrStart = -1;
  let rPr = '';
  let textStart = -1;
  const tables: { index: number; row: number; col: number }[] = [];
  let tableCount = 0;
  for (const tag of scanTags(xml)) {
    if (skip) {
      if (tag.name === skipName && tag.kind === 'open') skip++;
      else if (tag.name === skipName && tag.kind === 'close') skip--;
      continue;
    }
    if (SKIPPED.has(tag.name) && tag.kind === 'open') {
      if (tag.name === 'w:txbxContent') omitted.add('文本框中的文字');
      skip = 1;
      skipName = tag.name;
      continue;
    }
    const { name, kind } = tag;
    if (name === 'w:t' && paragraph) {
      if (kind === 'open') textStart = tag.end;
      else if (kind === 'close' && textStart >= 0) {
        const raw = xml.slice(textStart, tag.start);
        const text = decodeXml(raw);
        const from = paragraph.runs.length;
        paragraph.runs += text;
        paragraph.pieces.push({ from, to: from + text.length, xmlFrom: textStart, raw, rPr });
        textStart = -1;
      }
      continue;
    }
    switch (name) {
      case 'w:p':
        if (kind === 'open') paragraph = { runs: '', pieces: [] };
        else if (paragraph) {
          paragraphs.push(finish(paragraph));
          paragraph = undefined;
        }
        if (kind === 'empty') paragraphs.push(finish({ runs: '', pieces: [] }));
        break;
      case 'w:pPr':
        inPPr = kind === 'open';
        break;
      case 'w:pStyle':
        if (inPPr && paragraph) paragraph.style = attr(tag.attrs, 'w:val');
        break;
      case 'w:numId':
        if (inPPr && paragraph) paragraph.numId = attr(tag.attrs, 'w:val');
        break;
      case 'w:ilvl':
        if (inPPr && paragraph) paragraph.ilvl = Number(attr(tag.attrs, 'w:val') ?? 0);
        break;
      case 'w:outlineLvl':
        if (inPPr && paragraph) paragraph.outline = Number(attr(tag.attrs, 'w:val') ?? 9);
        break;
      case 'w:r':
        if (kind !== 'close') rPr = '';
        break;
      case 'w:rPr':
        if (inPPr) break;
        if (kind === 'open') rPrStart = tag.start;
        else if (kind === 'close' && rPrStart >= 0) {
          rPr = xml.slice(rPrStart, tag.end);
          rPrStart = -1;
        } else if (kind === 'empty') rPr = '';
        break;
      case 'w:tab':
        // A tab inside w:tabs (paragraph properties) is a tab stop, not a character.
        if (paragraph && !inPPr) paragraph.runs += '\t';
        break;
      case 'w:noBreakHyphen':
        if (paragraph) paragraph.runs += '-';
        break;
      case 'w:tbl':
        if (kind === 'open') tables.push({ index: tableCount++, row: -1, col: -1 });
        else if (kind === 'close') tables.pop();
        break;
      case 'w:tr':
        if (kind === 'open' && tables.length) {
          const t = tables[tables.length - 1];
          t.row++;
          t.col = -1;
        }
        break;
      case 'w:tc':
        if (kind === 'open' && tables.length) tables[tables.length - 1].col++;
        break;
      case 'w:footnoteReference':
        omitted.add('脚注');
        break;
      case 'w:endnoteReference':
        omitted.add('尾注');
        break;
      case 'w:drawing':
      case 'w:pict':
        omitted.add('图片和图形');
        break;
      case 'm:oMath':
        omitted.add('公式');
        break;
    }
  }
  return { paragraphs, entries, xml, omitted: [...omitted] };

  function finish(p: {
    runs: string;
    pieces: TextPiece[];
    style?: string;
    numId?: string;
    ilvl?: number;
    outline?: number;
  }): DocxParagraph {
    const style = styleChain(styles, p.style);
    const numId = p.numId ?? style.numId;
    const label = numId && numId !== '0' ? counter.next(numId, p.ilvl ?? style.ilvl ?? 0) : '';
    const outline = p.outline !== undefined && p.outline < 9 ? p.outline + 1 : undefined;
    const t = tables[tables.length - 1];
    const result: DocxParagraph = {
      text: label + p.runs,
      labelLength: label.length,
      pieces: p.pieces.map((piece) => ({ ...piece, from: piece.from + label.length, to: piece.to + label.length })),
    };
    const heading = outline ?? style.heading;
    if (heading) result.heading = heading;
    if (t) result.cell = { table: t.index, row: t.row, col: t.col };
    return result;
  }
}

function parseStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  let current: StyleInfo | undefined;
  for (const tag of scanTags(xml)) {
    if (tag.name === 'w:style') {
      if (tag.kind === 'open') styles.set(attr(tag.attrs, 'w:styleId') ?? '', (current = {}));
      else current = undefined;
      continue;
    }
    if (!current || tag.kind === 'close') continue;
    const val = attr(tag.attrs, 'w:val');
    if (tag.name === 'w:name' && val) {
      const m = /^(?:heading|标题)\s*(\d)$/i.exec(val);
      if (m && current.heading === undefined) current.heading = Number(m[1]);
    } else if (tag.name === 'w:basedOn') current.basedOn = val;
    else if (tag.name === 'w:numId') current.numId = val;
    else if (tag.name === 'w:ilvl') current.ilvl = Number(val ?? 0);
    else if (tag.name === 'w:outlineLvl' && val !== undefined && Number(val) < 9) current.heading = Number(val) + 1;
  }
  return styles;
}

/** A style's numbering and heading level, inherited through basedOn (cycles stop after a few steps). */
function styleChain(styles: Map<string, StyleInfo>, id: string | undefined): StyleInfo {
  const merged: StyleInfo = {};
  for (let step = 0, s = id; s && step < 10; step++) {
    const style = styles.get(s);
    if (!style) break;
    merged.numId ??= style.numId;
    merged.ilvl ??= style.ilvl;
    merged.heading ??= style.heading;
    s = style.basedOn;
  }
  return merged;
}

/** The text the engine checks: one line per paragraph, so line n is paragraph n + 1 (¶). */
export function docxText(doc: DocxDocument): string {
  return doc.paragraphs.map((p) => p.text.replace(/[\r\n]/g, ' ')).join('\n');
}
