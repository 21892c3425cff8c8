import type { LineIndex } from '../line-index';
import type { Language } from '../types';
import { Marker, readMarker } from './markers';
import { parseChineseDigits, parseChineseNumber } from './numerals';
import { Line, splitRunOn } from './run-on';

/** A piece of the report: where it is and what it says. Offsets are into the original text. */
export interface Part {
  offset: number;
  length: number;
  text: string;
  line: number;
}

export interface Heading {
  /** heading: 一、（一）1.（1） or a Markdown #; item: a line that starts with 一是 / 第一， */
  kind: 'heading' | 'item';
  /** 1–4 for numbered headings, the # count for unnumbered Markdown headings, parent + 1 for items. */
  level: number;
  marker?: Marker & { offset: number };
  /** The heading text without marker, up to the first 。 (or the whole line). */
  title: Part;
  /** Body text follows the heading on the same line (（一）在…方面。XXXX…). */
  runIn: boolean;
  /** An item that carries on the numbering of its heading siblings (（四）… then 五是). */
  continues?: boolean;
  line: number;
  /** The section: from the heading's line start to the end of its last line before the next sibling or ancestor. */
  start: number;
  end: number;
  endLine: number;
  children: Heading[];
  parent?: Heading;
}

/** An in-paragraph series such as 一是…二是…三是 (with the line-start item, if any, first). */
export interface InlineSeries {
  items: (Marker & { offset: number })[];
}

export interface ReportStructure {
  title?: Part;
  /** The line under the title of a text delivered at a meeting: ——2026年1月26日在……会议上 (or （2026年1月26日）). */
  subtitle?: Part;
  /** Delivered as a speech (政府工作报告, 讲话): its subtitle says where. No 主送机关, 开头语 or 特此报告 is asked of it. */
  delivered: boolean;
  addressee?: Part;
  /** The opening paragraph(s) before the first heading. */
  opening?: Part;
  /** 现将有关情况报告如下： */
  leadIn?: Part;
  headings: Heading[];
  /** Every paragraph (non-blank line, or piece of a one-line report) in document order, frame lines included. */
  paragraphs: Part[];
  /** The text was pasted as one long line and is read as the paragraphs cut out of it (run-on.ts). */
  runOn: boolean;
  /** Every heading and item in document order. */
  all: Heading[];
  series: InlineSeries[];
  closing?: Part;
  signature?: Part;
  date?: Part & { iso?: string };
}

const CLOSING_WORDS = '特此报告|特此汇报|专此报告|以上报告|以上汇报|以上情况|妥否';
const CLOSING = new RegExp(`^(?:${CLOSING_WORDS})`);
const LEAD_IN = /(?:现将|现就|特将|现把)[^。：:]{0,40}?(?:报告|汇报|总结)(?:如下|于后)[：:，,]?|(?:报告|汇报)如下[：:]/;
const DATE_FORMS =
  '(?:(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2}))';
const DATE = new RegExp(`^${DATE_FORMS}$`);
// Where a one-line report is cut (run-on.ts): its 结束语 anywhere, its 成文日期 at the end.
const RUN_ON_TAIL = { closing: new RegExp(CLOSING_WORDS, 'g'), date: new RegExp(`${DATE_FORMS}$`) };
// ——2026年1月20日在……会议上; 2026年1月27日在……会议上 (dash lost in copying); （2026年11月18日）; （二〇二二年一月二十日……通过）.
const SUBTITLE =
  /^(?:(?:[—─]{1,2}|－－|--)\s*\S|[（(]\s*[\d〇零一二三四五六七八九]{4}\s*年[^）)]*[）)]$|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在.{2,60}上)/;
const DELIVERED = /(?:会议?|论坛|典礼|仪式)上|讲话|致辞|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]$/;
const ENDS_AS_SENTENCE = /[。；，、：:！？!?]$/;
const INLINE_SERIES = /(?:^|[。；：！？])\s*(?=[一二三四五六七八九十]{1,3}是[^\s，。、；：]|第[一二三四五六七八九十]{1,3}，)/g;

/**
 * Reads the structure of a report from its prose (the text with non-report parts blanked).
 * Each non-blank line is one paragraph, as in .txt reports; Markdown heading marks come from `text`.
 */
export function parseStructure(text: string, prose: string, language: Language, index: LineIndex): ReportStructure {
  const body = splitRunOn(
    readLines(text, prose, language, index).filter((l) => l.content),
    RUN_ON_TAIL,
  );
  const structure: ReportStructure = {
    headings: [],
    all: [],
    series: [],
    paragraphs: body.map(part),
    delivered: false,
    runOn: body.length > new Set(body.map((l) => l.index)).size,
  };
  if (!body.length) return structure;

  let first = 0;
  let last = body.length - 1;
  // Front matter of the report: title, then 主送机关.
  const titleLine = body[0];
  if (isTitle(titleLine, body[1])) {
    structure.title = part(titleLine);
    first = 1;
    if (body[1] && SUBTITLE.test(body[1].content)) {
      structure.subtitle = part(body[first++]);
      structure.delivered = DELIVERED.test(structure.subtitle.text);
    }
  }
  if (first <= last && isAddressee(body[first])) structure.addressee = part(body[first++]);

  // Tail: 成文日期, 落款, 结束语.
  const date = last >= first ? readDate(body[last]) : undefined;
  if (date) {
    structure.date = date;
    last--;
    if (last >= first && isSignature(body[last])) structure.signature = part(body[last--]);
  }
  for (let i = last; i >= Math.max(first, last - 2); i--) {
    if (CLOSING.test(body[i].content)) {
      structure.closing = part(body[i]);
      last = i - 1;
      break;
    }
  }

  const mainLines = body.slice(first, last + 1);
  const bodyEnd = mainLines.length ? mainLines[mainLines.length - 1].end : titleLine.end;
  buildHeadings(mainLines, structure, bodyEnd);

  // The opening runs to the first heading; without headings it is the first paragraph, or up to the lead-in.
  const firstHeading = structure.all[0];
  const leadLine = mainLines.slice(0, 3).findIndex((l) => LEAD_IN.test(l.content));
  const openingLines = firstHeading ? mainLines.filter((l) => l.start < firstHeading.start) : mainLines.slice(0, Math.max(leadLine, 0) + 1);
  if (openingLines.length) {
    const a = openingLines[0];
    const b = openingLines[openingLines.length - 1];
    structure.opening = { offset: a.contentStart, length: b.end - a.contentStart, text: text.slice(a.contentStart, b.end), line: a.index };
    for (const l of openingLines) {
      const m = LEAD_IN.exec(l.content);
      if (m) structure.leadIn = { offset: l.contentStart + m.index, length: m[0].length, text: m[0], line: l.index };
    }
  }
  structure.series = readSeries(mainLines);
  return structure;
}

function readLines(text: string, prose: string, language: Language, lineIndex: LineIndex): Line[] {
  return Array.from(lineIndex.spans(), ({ start, end, index }) => {
    const raw = prose.slice(start, end);
    // trimStart/trimEnd drop exactly \s (which holds U+3000, U+00A0 and U+FEFF), natively: the regex /\s*$/
    // tried every position of every line (a quarter of the parse of 100,000 characters).
    const trimmed = raw.trimStart();
    const indent = raw.length - trimmed.length;
    const content = trimmed.trimEnd();
    const mdHash = language === 'markdown' ? /^ {0,3}(#{1,6})(?:\s|$)/.exec(text.slice(start, end)) : null;
    return { index, start, end: start + indent + content.length, content, contentStart: start + indent, mdLevel: mdHash?.[1].length };
  });
}

function part(line: Line): Part {
  return { offset: line.contentStart, length: line.content.length, text: line.content, line: line.index };
}

function isTitle(line: Line, next: Line | undefined): boolean {
  if (!next || readMarker(line.content) || line.content.length > 60 || ENDS_AS_SENTENCE.test(line.content)) return false;
  if (line.mdLevel === 1 || SUBTITLE.test(next.content)) return true;
  return (
    /报告|总结|材料|汇报|情况|发言|讲话|致辞|述职|述责述廉|方案|意见|通知|通报|清单|台账/.test(line.content) || next.index > line.index + 1
  );
}

function isAddressee(line: Line): boolean {
  return /[：:]$/.test(line.content) && line.content.length <= 40 && !/如下|：.+：/.test(line.content) && !readMarker(line.content);
}

function isSignature(line: Line): boolean {
  return line.content.length <= 40 && !ENDS_AS_SENTENCE.test(line.content) && !readMarker(line.content) && !CLOSING.test(line.content);
}

function readDate(line: Line): (Part & { iso?: string }) | undefined {
  const m = DATE.exec(line.content);
  if (!m) return undefined;
  let ymd: number[] | undefined;
  if (m[1]) ymd = [+m[1], +m[2], +m[3]];
  else if (m[7]) ymd = [+m[7], +m[8], +m[9]];
  else {
    const y = parseChineseDigits(m[4]);
    const mo = parseChineseNumber(m[5]);
    const d = parseChineseNumber(m[6]);
    if (y && mo && d) ymd = [y, mo, d];
  }
  const iso = ymd && validDate(ymd) ? `${ymd[0]}-${String(ymd[1]).padStart(2, '0')}-${String(ymd[2]).padStart(2, '0')}` : undefined;
  return { ...part(line), iso };
}

function validDate([y, m, d]: number[]): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function buildHeadings(lines: Line[], structure: ReportStructure, bodyEnd: number): void {
  const stack: Heading[] = []; // open headings (never items), innermost last
  const roots = structure.headings;
  for (const line of lines) {
    const marker = readMarker(line.content);
    if (!marker && line.mdLevel === undefined) continue;
    const heading = makeHeading(line, marker);
    if (heading.kind === 'heading') {
      while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
      attach(heading, stack[stack.length - 1], roots);
      stack.push(heading);
    } else {
      // An item continues its parent's siblings when it carries on their numbering (（四）… then 五是).
      const owner = stack[stack.length - 1];
      const siblings = owner ? (owner.parent?.children ?? roots) : roots;
      const previous = siblings[siblings.length - 1];
      const continues =
        owner &&
        previous?.marker &&
        previous.marker.number === heading.marker!.number - 1 &&
        (previous !== owner || !owner.children.some((c) => c.kind === 'item'));
      const parent = continues ? owner.parent : owner;
      heading.level = continues ? owner.level : (owner?.level ?? 0) + 1;
      if (continues) heading.continues = true;
      attach(heading, parent, roots);
    }
    structure.all.push(heading);
  }
  // Each section ends with the last line before the next heading that is not inside it.
  const position = new Map(lines.map((l, i) => [l.start, i]));
  for (let i = 0; i < structure.all.length; i++) {
    const h = structure.all[i];
    let j = i + 1;
    while (j < structure.all.length && isDescendant(structure.all[j], h)) j++;
    const next = structure.all[j];
    const last = next ? lines[position.get(next.start)! - 1] : lines[lines.length - 1];
    h.end = next ? last.end : Math.max(bodyEnd, last.end);
    h.endLine = last.index;
  }
}

function makeHeading(line: Line, marker: Marker | undefined): Heading {
  const afterMarker = marker ? marker.text.length : 0;
  const rest = line.content.slice(afterMarker);
  const stop = /[。！？；]/.exec(rest);
  const title = (stop ? rest.slice(0, stop.index) : rest).replace(/[：:]$/, '');
  const titleOffset = line.contentStart + afterMarker;
  const isItem = marker?.level === 0 && line.mdLevel === undefined;
  return {
    kind: isItem ? 'item' : 'heading',
    level: marker && marker.level > 0 ? marker.level : (line.mdLevel ?? 0),
    marker: marker && { ...marker, offset: line.contentStart },
    title: { offset: titleOffset, length: title.length, text: title, line: line.index },
    runIn: !!stop && rest.slice(stop.index + 1).trim().length > 0,
    line: line.index,
    start: line.start,
    end: line.end,
    endLine: line.index,
    children: [],
  };
}

function attach(heading: Heading, parent: Heading | undefined, roots: Heading[]): void {
  heading.parent = parent;
  (parent ? parent.children : roots).push(heading);
}

function isDescendant(node: Heading, ancestor: Heading): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function readSeries(lines: Line[]): InlineSeries[] {
  const series: InlineSeries[] = [];
  for (const line of lines) {
    if (!line.content.includes('是') && !line.content.includes('第')) continue;
    const items: InlineSeries['items'] = [];
    for (const m of line.content.matchAll(INLINE_SERIES)) {
      const at = m.index! + m[0].length; // the match ends where the item's marker starts
      const marker = readMarker(line.content.slice(at));
      if (marker && marker.level === 0) items.push({ ...marker, offset: line.contentStart + at });
    }
    if (items.length >= 2) series.push({ items });
  }
  return series;
}
