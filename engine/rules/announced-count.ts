import { FORMULATIONS } from '../formulations/data';
import { parseChinese } from '../numbers';
import type { Rule } from '../rule';
import type { Heading, InlineSeries, Part, ReportStructure } from '../structure/parse';
import { bookTitleAround } from '../text-spans';
import type { Report } from '../types';

/**
 * 存在以下三个方面问题 / 主要做了五个方面工作 / 从四个方面抓好落实: a count of what follows. The number, then
 * 个方面/方面/项/点/条, then (within a few characters) what is counted.
 */
const ANNOUNCED =
  /(?<![第0-9一二三四五六七八九十])([两二三四五六七八九十]|十[一二三四五六七八九])(?:个方面|方面|项|点|条)(?:的)?(?:突出|主要|重点|具体|明显)?(?:问题|不足|工作|成效|措施|原因|做法|经验|打算|情况|内容|任务|特点|举措|短板|差距|意见|建议|要求|成果|亮点)/g;

/**
 * A quoted count formulation (做到“三个坚持”, 增强“四个意识”): it announces a list only when one starts right
 * after it and every item carries its word (一是坚持…, (一)增强政治意识); a passing mention counts nothing.
 */
const QUOTED_COUNT = /“([两二三四五六七八九十]|十[一二三四五六七八九])个([\u4e00-\u9fa5]{1,4})”/g;
/** 四个意识, 两个维护 …: the formulation rule knows their items and names the missing one; counting them too would say it twice. */
const KNOWN = new Set(FORMULATIONS.map((e) => e.name.replace(/[“”]/g, '')));
/** Characters between the closing quote and the list's first marker: ：, ，即, ，具体是： */
const QUOTE_TO_LIST = /^[，,]?(?:即|就是|具体是|主要是)?[：:，,]?\s*$/;

/**
 * The count a report announces and the items it then lists, at the right level: the subheadings of a heading
 * that announces it (二、存在的三个方面问题), the headings right after a paragraph that ends announcing it
 * (存在以下三个方面问题：), or the 一是…二是… series after it in the same paragraph. Only a run numbered 1, 2, 3…
 * from the start counts, so a table of contents or a second list does not add to it; when there is no such
 * list, nothing is said.
 */
export const announcedCount: Rule = {
  id: 'announced-count',
  category: 'consistency',
  description: '预告的数目与其后列出的条目数不符（“三个方面问题”后列了四条）',
  details:
    '“存在以下三个方面问题”“主要做了五个方面工作”一类的数目，与紧随其后的条目核对：标题中的数目对该标题下的下一级标题；' +
    '以冒号结尾的段落对紧接其后的同级标题（从“（一）”起连续编号的一组）；段内对其后的“一是、二是……”，或冒号后以顿号、分号分隔的短语列举。' +
    '引号中的数目提法（做到“三个坚持”）紧接着列出条目、且每条都含该词（一是坚持……）时同样核对。' +
    '没有可数的条目（如其后是段落叙述）时不报；目录或另起编号的标题不计入。只给消息和条目位置，不给修复。',
  defaultSeverity: 'warning',
  fix: 'none',
  examples: {
    valid: [
      '二、存在问题\n对照要求，还存在以下三个方面问题：\n（一）理论学习不够深入。\n（二）调查研究不够扎实。\n（三）工作作风不够过硬。\n',
      '今年主要做了三个方面工作：一是抓学习；二是抓整改；三是抓落实。\n',
    ],
    invalid: [
      '二、存在问题\n对照要求，还存在以下三个方面问题：\n（一）理论学习不够深入。\n（二）调查研究不够扎实。\n（三）工作作风不够过硬。\n（四）制度执行不够严格。\n',
      '今年主要做了三个方面工作：一是抓学习；二是抓整改；三是抓落实；四是抓队伍。\n',
      '始终做到“三个坚持”：一是坚持政治引领；二是坚持问题导向；三是坚持系统观念；四是坚持守正创新。\n',
    ],
  },
  *check({ model }) {
    const structure = model.structure();
    for (const paragraph of structure.paragraphs) {
      for (const m of paragraph.text.matchAll(ANNOUNCED)) {
        const count = parseChinese(m[1]);
        const at = paragraph.offset + m.index!;
        // 《关于三个方面问题的整改方案》 names a document; it announces nothing here.
        if (count === undefined || bookTitleAround(model.prose, at)) continue;
        const heading = headingOwning(structure, at);
        const items = heading ? itemsUnder(heading, structure) : itemsAfter(structure, paragraph, at, m.index! + m[0].length);
        if (!items || items.length === Number(count)) continue;
        yield mismatch(at, m[1].length, m[0], items);
      }
      for (const m of paragraph.text.matchAll(QUOTED_COUNT)) {
        const count = parseChinese(m[1]);
        const end = m.index! + m[0].length;
        if (count === undefined || KNOWN.has(m[0].slice(1, -1))) continue;
        const items = quotedItems(structure, model.prose, paragraph, end, m[2]);
        if (!items || items.length === Number(count)) continue;
        yield mismatch(paragraph.offset + m.index! + 1, m[1].length, m[0].slice(1, -1), items);
      }
    }
  },
};

/** The list right after a quoted count (same paragraph, or the headings after its colon), if each item names `word`. */
function quotedItems(structure: ReportStructure, prose: string, paragraph: Part, endInParagraph: number, word: string): Item[] | undefined {
  const series = seriesIn(structure, paragraph.offset + endInParagraph, paragraph.offset + paragraph.length);
  const between = series && prose.slice(paragraph.offset + endInParagraph, series.items[0].offset);
  const items =
    series && QUOTE_TO_LIST.test(between!)
      ? seriesItems(series)
      : (enumerationAfter(paragraph, endInParagraph) ?? itemsAfterColon(structure, paragraph, endInParagraph));
  if (!items) return undefined;
  // What each item says before its first stop: 一是坚持政治引领；二是…
  const said = (item: Item) => prose.slice(item.offset + item.label.length, item.offset + 40).split(/[。；，：！？\n]/)[0];
  return items.every((item) => (item.worded ? item.label : said(item)).includes(word)) ? items : undefined;
}

interface Item {
  offset: number;
  length: number;
  label: string;
  /** The label holds the item's words (a heading's marker and title, an enumerated item); a series item's is its marker only. */
  worded?: boolean;
}

/** The heading whose title holds the announcement (二、存在的三个方面问题), if it is one. */
function headingOwning(structure: ReportStructure, at: number): Heading | undefined {
  return structure.all.find((h) => h.kind === 'heading' && h.title.offset <= at && at < h.title.offset + h.title.length);
}

/** A heading's own list: its subheadings numbered from 1, else its 一是 items, else one series in its first paragraph. */
function itemsUnder(heading: Heading, structure: ReportStructure): Item[] | undefined {
  const sub = numberedRun(heading.children.filter((c) => c.kind === 'heading'));
  if (sub.length) return sub.map(headingItem);
  const items = numberedRun(heading.children.filter((c) => c.kind === 'item'));
  if (items.length) return items.map(headingItem);
  const next = structure.paragraphs.find((p) => p.offset > heading.title.offset && p.offset < heading.end);
  const series = next && seriesIn(structure, next.offset, next.offset + next.length);
  return series && seriesItems(series);
}

/**
 * What follows an announcement in a paragraph: a 一是 series after it in the same paragraph, else — when the
 * paragraph ends there with a colon — the headings that come right after the paragraph.
 */
function itemsAfter(structure: ReportStructure, paragraph: Part, at: number, endInParagraph: number): Item[] | undefined {
  const series = seriesIn(structure, at, paragraph.offset + paragraph.length);
  if (series) return seriesItems(series);
  return enumerationAfter(paragraph, endInParagraph) ?? itemsAfterColon(structure, paragraph, endInParagraph);
}

/**
 * A list after a colon to the end of its sentence, split at ； (else at 、): 三个方面问题：学习不深、调研不实、作风不硬。
 * A list with a ， in it, or an item longer than a short phrase, is narrative and counts nothing.
 */
function enumerationAfter(paragraph: Part, endInParagraph: number): Item[] | undefined {
  const m = /^[^。；！？：:，,]{0,6}[：:]([^。！？：:，,\n]+)(?:[。！？]|$)/.exec(paragraph.text.slice(endInParagraph));
  if (!m) return undefined;
  const separator = m[1].includes('；') ? '；' : '、';
  const parts = m[1].replace(/[；;]$/, '').split(separator);
  if (parts.length < 2 || parts.some((part) => !part.trim() || part.length > 16)) return undefined;
  let at = paragraph.offset + endInParagraph + m[0].indexOf(m[1]);
  return parts.map((part) => {
    const item = { offset: at, length: part.length, label: part, worded: true };
    at += part.length + separator.length;
    return item;
  });
}

/** The headings right after `paragraph` when it ends, a few characters after `endInParagraph`, with a colon. */
function itemsAfterColon(structure: ReportStructure, paragraph: Part, endInParagraph: number): Item[] | undefined {
  if (!/^[^。；！？]{0,6}[：:]\s*$/.test(paragraph.text.slice(endInParagraph))) return undefined;
  const index = structure.paragraphs.indexOf(paragraph);
  const following = structure.paragraphs[index + 1];
  const first = following && structure.all.find((h) => h.line === following.line);
  if (!first) return undefined;
  const siblings = first.parent ? first.parent.children : structure.headings;
  const run = numberedRun(siblings.slice(siblings.indexOf(first)).filter((h) => h.kind === first.kind));
  return run.length ? run.map(headingItem) : undefined;
}

/** The first series that starts in [from, to). */
function seriesIn(structure: ReportStructure, from: number, to: number): InlineSeries | undefined {
  return structure.series.find((s) => s.items[0].offset >= from && s.items[0].offset < to);
}

/** Headings numbered 1, 2, 3… from the first: stops where the numbering starts again (a contents list, then the body). */
function numberedRun(headings: Heading[]): Heading[] {
  const run: Heading[] = [];
  for (const h of headings) {
    if (!h.marker || h.marker.number !== run.length + 1) break;
    run.push(h);
  }
  return run;
}

function seriesItems(series: InlineSeries): Item[] | undefined {
  const run: Item[] = [];
  for (const item of series.items) {
    if (item.number !== run.length + 1) break;
    run.push({ offset: item.offset, length: item.text.length, label: item.text });
  }
  return run.length >= 2 ? run : undefined;
}

function headingItem(h: Heading): Item {
  const start = h.marker?.offset ?? h.title.offset;
  return {
    offset: start,
    length: h.title.offset + h.title.length - start,
    label: `${h.marker?.text ?? ''}${h.title.text}`.slice(0, 24),
    worded: true,
  };
}

function mismatch(at: number, length: number, phrase: string, items: Item[]): Report {
  return {
    offset: at,
    length,
    message: `文中预告“${phrase}”，其后列出${items.length}条（${items[0].label.slice(0, 6)}…${items[items.length - 1].label.slice(0, 6)}）：请核对数目或条目。`,
    related: items.map((item, i) => ({ offset: item.offset, length: item.length, message: `第${i + 1}条：${item.label}` })),
  };
}
